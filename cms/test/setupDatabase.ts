/** On PostgreSQL, each test file works in its own copy of the migrated template, dropped after it. */
import { afterAll, inject } from 'vitest'

import { databaseName, onServer, postgresServer, withDatabase } from './postgres'

const server = postgresServer()
const template = inject('postgresTemplate')

type Pool = { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }
type Cached = { payload?: { db?: { pool?: Pool } } | null }

if (server && template) {
  const name = databaseName('hcri_test')
  await onServer(server, `create database ${name} template ${template}`)
  process.env.DATABASE_URI = withDatabase(server, name)
  afterAll(async () => {
    // payload.destroy() leaves the adapter's connection pool open, and the drop ends its
    // connections: expected here, so not an uncaught error.
    const cached = (globalThis as { _payload?: Map<string, Cached> })._payload
    const pools = [...(cached?.values() ?? [])].flatMap((entry) => entry.payload?.db?.pool ?? [])
    for (const pool of pools) pool.on('error', () => {})
    await onServer(server, `drop database if exists ${name} with (force)`)
    for (const pool of pools) void pool.end().catch(() => {})
  })
}

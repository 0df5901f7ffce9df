/** On PostgreSQL, each test file works in its own copy of the migrated template, dropped after it. */
import { afterAll, inject } from 'vitest'

import { databaseName, dropDatabase, onServer, postgresServer, withDatabase } from './postgres'

const server = postgresServer()
const template = inject('postgresTemplate')

if (server && template) {
  const name = databaseName('hcri_test')
  await onServer(server, `create database ${name} template ${template}`)
  process.env.DATABASE_URI = withDatabase(server, name)
  afterAll(async () => {
    // Every Payload this file booted (getPayload keeps them, by key).
    const cached = (globalThis as { _payload?: Map<string, { payload?: { db?: unknown } | null }> })
      ._payload
    await dropDatabase(
      server,
      name,
      [...(cached?.values() ?? [])].map((c) => c.payload),
    )
  })
}

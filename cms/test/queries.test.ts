/**
 * The SQL behind the list requests the admin, the site's loader and partners make. No query may
 * read a whole translations table for each document: at 2,000 resources that made `GET
 * /api/resources?limit=24` (newest first) take 5 s (cms/src/lib/sqliteIndexes.ts). Checked on the
 * query plans, not on timings: SQLite says whether it scans a table or looks rows up by index.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicCollections } from '@hcri/shared/enums'

import { bootPayload, makeUser } from './payload'

type Statement = { sql: string; args?: unknown }
type Client = { execute: (statement: string | Statement) => Promise<{ rows: unknown[] }> }

let payload: Payload
let client: Client
const issued: Statement[] = []

beforeAll(async () => {
  payload = await bootPayload()
  client = (payload.db as unknown as { client: Client }).client
  const execute = client.execute.bind(client)
  client.execute = async (statement) => {
    issued.push(typeof statement === 'string' ? { sql: statement } : statement)
    return execute(statement)
  }
})

afterAll(async () => {
  await payload?.destroy()
})

/** The SQL one call issues, and every full scan of a translations table in their plans. */
async function scansOf(call: () => Promise<unknown>): Promise<{ sql: number; scans: string[] }> {
  issued.length = 0
  await call()
  const statements = issued.filter((s) => /^\s*select/i.test(s.sql))
  const scans: string[] = []
  for (const s of statements) {
    const plan = await client.execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args as [] })
    for (const row of plan.rows as { detail: string }[])
      if (/^SCAN \S*_locales\b/.test(row.detail)) scans.push(row.detail)
  }
  return { sql: statements.length, scans }
}

describe('list queries read translations by index', () => {
  for (const collection of publicCollections) {
    for (const sort of [undefined, '-createdAt', '-updatedAt']) {
      it(`${collection}, as the public reads them, sorted ${sort ?? 'by default'}`, async () => {
        const { sql, scans } = await scansOf(() =>
          payload.find({ collection, limit: 24, depth: 0, overrideAccess: false, sort }),
        )
        expect(sql).toBeGreaterThan(0)
        expect(scans).toEqual([])
      })
    }

    it(`${collection}, as staff list them and their versions in the admin`, async () => {
      const user = await makeUser(payload, 'editor', `editor-${collection}`)
      const list = await scansOf(() =>
        payload.find({ collection, limit: 10, draft: true, overrideAccess: false, user }),
      )
      const versions = await scansOf(() =>
        payload.findVersions({
          collection,
          limit: 10,
          sort: '-updatedAt',
          overrideAccess: false,
          user,
        }),
      )
      expect(list.sql + versions.sql).toBeGreaterThan(1)
      expect([...list.scans, ...versions.scans]).toEqual([])
    })
  }
})

/**
 * The SQL behind the list requests the admin, the site's loader and partners make. No query may
 * read a whole translations table for each document, nor sort every document to find the newest: at
 * 2,000 resources that made `GET
 * /api/resources?limit=24` (newest first) take 5 s (cms/src/lib/sqliteIndexes.ts, and
 * postgresIndexes.ts for PostgreSQL, where a list sorted by date must also come from an index).
 * Checked on the query plans, not on timings: the database says whether it scans a table or looks
 * rows up by index.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicCollections } from '@hcri/shared/enums'

import { bootPayload, makeUser } from './payload'

type Statement = { sql: string; args?: unknown }
type Client = { execute: (statement: string | Statement) => Promise<{ rows: unknown[] }> }
type PgClient = {
  query: (text: string | { text: string }, values?: unknown) => Promise<{ rows: unknown[] }>
  release: () => void
}
type Pool = PgClient & { connect: () => Promise<PgClient> }
type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Index Cond'?: string
  'Sort Key'?: string[]
  Plans?: PlanNode[]
}

let payload: Payload
const issued: Statement[] = []
/** The full scans of translations tables in one statement's plan, as the database reports them. */
let scansIn: (s: Statement) => Promise<string[]>

beforeAll(async () => {
  payload = await bootPayload()
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (pool) {
    const query = pool.query.bind(pool)
    pool.query = async (text, values) => {
      issued.push({ sql: typeof text === 'string' ? text : text.text, args: values })
      return query(text, values)
    }
    scansIn = async (s) => {
      // PostgreSQL scans and sorts small tables whole whatever their indexes: with both priced
      // out, it still does so only when no index can find or order the rows.
      const session = await pool.connect()
      try {
        await session.query('set enable_seqscan = off')
        await session.query('set enable_sort = off')
        const { rows } = await session.query(`explain (format json) ${s.sql}`, s.args)
        const scans: string[] = []
        const walk = (node: PlanNode) => {
          const table = node['Relation Name'] ?? ''
          const index = node['Index Name'] ?? ''
          if (node['Node Type'] === 'Seq Scan' && table.endsWith('_locales'))
            scans.push(`Seq Scan on ${table}`)
          // The unique (_locale, _parent_id) index without a _locale condition is read whole.
          if (
            index.endsWith('_locale_parent_id_unique') &&
            !/_locale =/.test(node['Index Cond'] ?? '')
          )
            scans.push(
              `${node['Node Type']} using ${index} (${node['Index Cond'] ?? 'no condition'})`,
            )
          // Newest first read from an index, not every document built and then sorted (sorting
          // too is priced out; an incremental sort only orders ties of an index's order).
          if (node['Node Type'] === 'Sort' && /_at\b/.test(node['Sort Key']?.join() ?? ''))
            scans.push(`${node['Node Type']} by ${node['Sort Key']!.join(', ')}`)
          node.Plans?.forEach(walk)
        }
        walk((rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]!.Plan)
        return scans
      } finally {
        await session.query('reset enable_seqscan')
        await session.query('reset enable_sort')
        session.release()
      }
    }
    return
  }
  const client = (payload.db as unknown as { client: Client }).client
  const execute = client.execute.bind(client)
  client.execute = async (statement) => {
    issued.push(typeof statement === 'string' ? { sql: statement } : statement)
    return execute(statement)
  }
  scansIn = async (s) => {
    const plan = await execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args as [] })
    const rows = plan.rows as { detail: string; parent: number }[]
    const scans = rows
      .map((row) => row.detail)
      .filter((detail) => /^SCAN \S*_locales\b/.test(detail))
    // Newest first read from an index, not every row built and then sorted (a tree for the right
    // part of the order only orders ties of an index's order).
    if (/ order by "\w+"\."(created_at|updated_at|last_reviewed)"/.test(s.sql))
      scans.push(
        ...rows
          .filter((row) => row.parent === 0 && row.detail === 'USE TEMP B-TREE FOR ORDER BY')
          .map((row) => `${row.detail} (${/ order by .*$/.exec(s.sql)![0]})`),
      )
    return scans
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
  for (const s of statements) scans.push(...(await scansIn(s)))
  return { sql: statements.length, scans }
}
describe('list queries read translations by index', () => {
  for (const collection of publicCollections) {
    // Partners' feeds ask for the recently reviewed (cms/src/fields/lastReviewed.ts).
    const reviewed = ['resources', 'places', 'pages'].includes(collection) ? ['-lastReviewed'] : []
    for (const sort of [undefined, '-createdAt', '-updatedAt', ...reviewed]) {
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

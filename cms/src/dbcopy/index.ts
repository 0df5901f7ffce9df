/**
 * Copies a whole SQL database (SQLite or PostgreSQL) into another, freshly migrated one: every
 * table Payload made from the content model (documents, their translations, relationships,
 * arrays and blocks, drafts and versions, users with their password hashes and sessions,
 * preferences, jobs, globals), row by row with the ids kept, so every relationship still points
 * where it did. Rows go through Payload's own table definitions on both sides, which convert each
 * value (SQLite's text dates and JSON, its 0/1 booleans) to the other database's types. Hooks do
 * not run: nothing is re-slugged, re-hashed, re-versioned or published. Then compares the two
 * through Payload's database API, document by document in every language (compareDatabases).
 */
import type { Payload } from 'payload'

import { getTableName, sql } from '@payloadcms/db-postgres/drizzle'
import {
  getTableConfig as pgTableConfig,
  type PgTable,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import {
  getTableConfig as sqliteTableConfig,
  type SQLiteTable,
} from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type Table = PgTable | SQLiteTable
type Rows = Record<string, unknown>[]
/** What the copy needs of Payload's SQL adapters (db-sqlite and db-postgres alike). */
type SqlAdapter = {
  name: string
  tables: Record<string, Table>
  drizzle: {
    select: (fields?: Record<string, unknown>) => { from: (t: Table) => Promise<Rows> }
    insert: (t: Table) => { values: (rows: Rows) => Promise<unknown> }
    transaction: <T>(run: (tx: SqlAdapter['drizzle']) => Promise<T>) => Promise<T>
    execute?: (query: unknown) => Promise<unknown>
  }
  pool?: { query: (text: string) => Promise<{ rows: Record<string, unknown>[] }> }
}

/** Payload's record of which migrations ran: the target has its own, from being migrated. */
const ownedByTarget = new Set(['payload_migrations'])

const sqlAdapter = (payload: Payload): SqlAdapter => {
  const db = payload.db as unknown as SqlAdapter
  if (!db.tables || !db.drizzle)
    throw new Error(
      `The ${db.name} database cannot be copied: this command copies between SQL databases (SQLite, PostgreSQL).`,
    )
  return db
}

const foreignTables = (db: SqlAdapter, table: Table): string[] => {
  const config =
    db.name === 'postgres'
      ? pgTableConfig(table as PgTable)
      : sqliteTableConfig(table as SQLiteTable)
  return config.foreignKeys.map((fk) => getTableName(fk.reference().foreignTable))
}

/** Tables in an order where every row's foreign keys point to rows already copied. */
export function dependencyOrder(db: SqlAdapter, names: string[]): string[] {
  const byName = new Map<string, Table>(names.map((n) => [n, db.tables[n]!]))
  const nameOf = new Map([...byName].map(([n, t]) => [getTableName(t), n]))
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting')
      throw new Error(
        `The tables refer to each other in a circle (${[...path, name].join(' → ')}).`,
      )
    state.set(name, 'visiting')
    for (const foreign of foreignTables(db, byName.get(name)!)) {
      const dependency = nameOf.get(foreign)
      if (dependency && dependency !== name) visit(dependency, [...path, name])
    }
    state.set(name, 'done')
    order.push(name)
  }
  for (const name of [...names].sort()) visit(name, [])
  return order
}

const countRows = async (db: SqlAdapter, name: string): Promise<number> =>
  Number((await db.drizzle.select({ n: sql`count(*)` }).from(db.tables[name]!))[0]!.n)

export type CopyReport = { tables: Record<string, number>; rows: number }

/** Copies every table of `source` into `target`, which must be migrated and empty. */
export async function copyDatabase(source: Payload, target: Payload): Promise<CopyReport> {
  const from = sqlAdapter(source)
  const to = sqlAdapter(target)
  const names = Object.keys(to.tables).filter((n) => !ownedByTarget.has(n))
  const missing = names.filter((n) => !from.tables[n])
  if (missing.length)
    throw new Error(
      `The source has no table for ${missing.join(', ')}: is it a database of this CMS?`,
    )
  for (const name of names)
    if ((await countRows(to, name)) > 0)
      throw new Error(
        `The target database is not empty (table ${name} has rows): copy only into a new, freshly migrated database.`,
      )

  const order = dependencyOrder(to, names)
  const tables: Record<string, number> = {}
  // One transaction: a copy that fails half-way leaves the target as empty as it was.
  await to.drizzle.transaction(async (tx) => {
    for (const name of order) {
      const rows = await from.drizzle.select().from(from.tables[name]!)
      tables[name] = rows.length
      if (!rows.length) continue
      // Databases cap the parameters of one statement (SQLite 32,766): a few thousand per insert.
      const perRow = Object.keys(rows[0]!).length
      const size = Math.max(1, Math.floor(4000 / perRow))
      for (let i = 0; i < rows.length; i += size)
        await tx.insert(to.tables[name]!).values(rows.slice(i, i + size))
    }
    // PostgreSQL's serial ids come from sequences that explicit ids do not move: start each after
    // the largest id copied, or the next document created would collide.
    if (to.name === 'postgres')
      for (const name of order) {
        const table = getTableName(to.tables[name]!)
        const found = (await tx.execute!(
          sql.raw(`select pg_get_serial_sequence('"${table}"', 'id') as s`),
        )) as { rows: { s: string | null }[] }
        const sequence = found.rows[0]?.s
        if (sequence)
          await tx.execute!(
            sql.raw(
              `select setval('${sequence}', coalesce((select max(id) from "${table}"), 0) + 1, false)`,
            ),
          )
      }
  })
  return { tables, rows: Object.values(tables).reduce((a, b) => a + b, 0) }
}

/** Dates as one spelling: PostgreSQL answers `2026-12-01 09:00:00+00`, SQLite stores ISO. */
const isoDate = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:?\d\d)?)$/
function normalise(value: unknown): unknown {
  if (typeof value === 'string' && isoDate.test(value)) return new Date(value).toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, normalise(v)]),
    )
  return value
}

/** The first place two values differ, as a path (`title.ur`), or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (a === b) return undefined
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      )
      if (found) return found
    }
    return undefined
  }
  return path || '(value)'
}

const byId = (docs: Record<string, unknown>[]) =>
  new Map(docs.map((d) => [String(d.id), normalise(d)]))

function compareSets(label: string, a: Record<string, unknown>[], b: Record<string, unknown>[]) {
  const differences: string[] = []
  const left = byId(a)
  const right = byId(b)
  for (const [id, doc] of left) {
    if (!right.has(id)) differences.push(`${label} ${id}: missing from the target`)
    else {
      const where = firstDifference(doc, right.get(id))
      if (where) differences.push(`${label} ${id}: differs at ${where}`)
    }
  }
  for (const id of right.keys())
    if (!left.has(id)) differences.push(`${label} ${id}: only in the target`)
  return differences
}

/**
 * Every document, version and global of `a` and `b`, read through Payload's database API in every
 * language (hidden fields such as password hashes included, as the database holds them), and
 * every table's row count. Returns the differences: none when the copy is whole.
 */
export async function compareDatabases(a: Payload, b: Payload): Promise<string[]> {
  const differences: string[] = []
  const all = { locale: 'all', limit: 0, pagination: false } as const
  for (const { slug, versions } of a.config.collections) {
    if (slug === 'payload-migrations') continue
    const [left, right] = await Promise.all(
      [a, b].map((p) => p.db.find({ collection: slug, ...all, sort: 'id' })),
    )
    differences.push(...compareSets(slug, left!.docs, right!.docs))
    if (versions) {
      const [lv, rv] = await Promise.all(
        [a, b].map((p) => p.db.findVersions({ collection: slug, ...all, sort: 'id' })),
      )
      differences.push(...compareSets(`${slug} version`, lv!.docs, rv!.docs))
    }
  }
  for (const { slug, versions } of a.config.globals) {
    const [left, right] = await Promise.all(
      [a, b].map((p) => p.db.findGlobal({ slug, locale: 'all' })),
    )
    const where = firstDifference(normalise(left ?? null), normalise(right ?? null))
    if (where) differences.push(`global ${slug}: differs at ${where}`)
    if (versions) {
      const [lv, rv] = await Promise.all(
        [a, b].map((p) => p.db.findGlobalVersions({ global: slug, ...all, sort: 'id' })),
      )
      differences.push(...compareSets(`global ${slug} version`, lv!.docs, rv!.docs))
    }
  }
  const from = sqlAdapter(a)
  const to = sqlAdapter(b)
  for (const name of Object.keys(to.tables)) {
    if (ownedByTarget.has(name) || !from.tables[name]) continue
    const [x, y] = await Promise.all([countRows(from, name), countRows(to, name)])
    if (x !== y) differences.push(`table ${name}: ${x} rows in the source, ${y} in the target`)
  }
  return differences
}

/**
 * The CMS suite's second run, on PostgreSQL (scripts/test.sh starts a throw-away server and sets
 * HCRI_TEST_POSTGRES_URI). The run migrates one template database with the committed PostgreSQL
 * migrations (test/globalSetup.ts); each test file gets its own copy (test/setupDatabase.ts),
 * dropped after it. Copying a template takes a few milliseconds, where pushing the schema per file
 * takes seconds, and the tests then run on exactly the schema production gets from its migrations.
 */
import pg from 'pg'

/** The server's maintenance database, when this run is on PostgreSQL. */
export const postgresServer = () => process.env.HCRI_TEST_POSTGRES_URI || undefined

/** The same server address with another database (socket addresses keep their ?host=). */
export function withDatabase(uri: string, database: string): string {
  const q = uri.indexOf('?')
  const base = q < 0 ? uri : uri.slice(0, q)
  const slash = base.indexOf('/', base.indexOf('//') + 2)
  return `${slash < 0 ? base : base.slice(0, slash)}/${database}${q < 0 ? '' : uri.slice(q)}`
}

/** Runs statements on a database (CREATE and DROP DATABASE on the server's own); the last's rows. */
export async function onServer(server: string, ...statements: string[]): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    let rows: unknown[] = []
    for (const statement of statements) rows = (await client.query(statement)).rows
    return rows
  } finally {
    await client.end()
  }
}

/** A name PostgreSQL takes without quoting: the tests make their own, never from input. */
export const databaseName = (prefix: string) =>
  `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`

type Pool = { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }

/**
 * Drops a test database, ending the connections of the Payloads that used it first.
 * payload.destroy() leaves the Postgres adapter's pool open, and the drop ends its connections:
 * expected here, so not an uncaught error.
 */
export async function dropDatabase(
  server: string,
  name: string,
  payloads: ({ db?: unknown } | null | undefined)[],
): Promise<void> {
  const pools = payloads.flatMap((p) => (p?.db as { pool?: Pool } | undefined)?.pool ?? [])
  for (const pool of pools) pool.on('error', () => {})
  await onServer(server, `drop database if exists ${name} with (force)`)
  for (const pool of pools) void pool.end().catch(() => {})
}

/**
 * `pnpm --filter @hcri/cms db:copy --from <DATABASE_URI> --to <DATABASE_URI>`: moves the CMS's
 * content from one SQL database to another (SQLite to PostgreSQL, or back). Brings the target up
 * to its committed migrations, refuses one that holds anything, copies every table in one
 * transaction, then compares the two and prints the differences (none, or it exits 1).
 * README: Operations, "Moving from SQLite to PostgreSQL".
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { loadCmsEnv } from '../lib/env'

loadCmsEnv()
// A one-off command: no scheduled jobs, no site builds.
process.env.HCRI_DISABLE_JOBS = 'true'
process.env.PUBLISH_TARGET = 'off'

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' } },
})
if (!values.from || !values.to) {
  console.error('Usage: pnpm --filter @hcri/cms db:copy --from <DATABASE_URI> --to <DATABASE_URI>')
  process.exit(2)
}
const from = values.from
const to = values.to

// Loaded only now: the config reads the environment (secret, database) when it is imported.
const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { databaseAdapter, databaseKind, sqliteUrl } = await import('../lib/database')
const { migrations } = await import('../migrations')
const { migrations: postgresMigrations } = await import('../migrations-postgres')
const { compareDatabases, copyDatabase } = await import('./index')
type Migration = import('payload').Migration
type SanitizedConfig = import('payload').SanitizedConfig

/** An address as it may be shown: never its password. */
const shown = (uri: string) => uri.replace(/\/\/[^@/]*@/, '//***@')

for (const uri of [from, to])
  if (databaseKind(uri) === 'mongodb') {
    console.error('db:copy copies between SQL databases (SQLite, PostgreSQL), not MongoDB.')
    process.exit(2)
  }
const sourceFile = databaseKind(from) === 'sqlite' ? sqliteUrl(from).slice('file:'.length) : ''
if (sourceFile && sourceFile !== ':memory:' && !existsSync(sourceFile)) {
  console.error(`There is no SQLite database at ${sourceFile}.`)
  process.exit(2)
}

const config = await configPromise
const open = (uri: string, key: string) =>
  getPayload({ config: { ...config, db: databaseAdapter(uri) as SanitizedConfig['db'] }, key })

const started = Date.now()
const source = await open(from, 'db-copy-source')
const target = await open(to, 'db-copy-target')
let code = 0
try {
  console.log(`Migrating the target ${shown(to)}`)
  await target.db.migrate({
    migrations: (databaseKind(to) === 'postgres'
      ? postgresMigrations
      : migrations) as unknown as Migration[],
  })
  console.log(`Copying from ${shown(from)}`)
  const report = await copyDatabase(source, target)
  for (const [table, rows] of Object.entries(report.tables))
    if (rows) console.log(`  ${table.padEnd(48)} ${rows}`)
  console.log(`Copied ${report.rows} rows in ${Object.keys(report.tables).length} tables.`)
  const differences = await compareDatabases(source, target)
  for (const d of differences.slice(0, 50)) console.log(`  ${d}`)
  console.log(`Compared source and target: ${differences.length} differences.`)
  if (differences.length) code = 1
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} catch (error) {
  code = 1
  console.error('\nCopy failed:', error instanceof Error ? error.message : error)
} finally {
  await source.destroy().catch(() => {})
  await target.destroy().catch(() => {})
}
process.exit(code)

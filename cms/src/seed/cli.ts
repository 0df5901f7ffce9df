/**
 * The seed as a process (started by run.ts): boots Payload, brings a file database up to the
 * committed migrations, seeds, and shows new staff logins once.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { loadCmsEnv } from '../lib/env'
import { cmsRoot } from '../lib/paths'

loadCmsEnv()
// A one-off script must not start the every-minute scheduled-publishing cron.
process.env.HCRI_DISABLE_JOBS = 'true'
// Seeding writes many documents; the start script builds one release once it is done.
process.env.HCRI_SEEDING = 'true'

// Loaded only now: the config reads the environment (secret, database) when it is imported.
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { databaseKind, isMemory, sqliteUrl } = await import('../lib/database')
const { migrations } = await import('../migrations')
const { migrations: postgresMigrations } = await import('../migrations-postgres')
const { seed, SeedRefused } = await import('./index')
type Login = import('./index').Login
type Migration = import('payload').Migration

const loginsFile = path.join(cmsRoot, 'data', 'seed-logins.txt')

function showLogins(logins: Login[]) {
  const lines = [
    'Staff logins made by the seed (shown only this once)',
    '',
    ...logins.map((l) => `${l.role.padEnd(12)} ${l.email.padEnd(26)} ${l.password}`),
    '',
    ...(process.env.SEED_PASSWORD
      ? []
      : [`Also saved in ${path.relative(process.cwd(), loginsFile) || loginsFile}`]),
    'Sign in at /admin and change these passwords.',
  ]
  const width = Math.max(...lines.map((l) => l.length))
  console.log(`\n┌${'─'.repeat(width + 2)}┐`)
  for (const l of lines) console.log(`│ ${l.padEnd(width)} │`)
  console.log(`└${'─'.repeat(width + 2)}┘`)
  // A known password (SEED_PASSWORD, the tests' databases) needs no note, and must not overwrite
  // the note of the developer's own database.
  if (process.env.SEED_PASSWORD) return
  mkdirSync(path.dirname(loginsFile), { recursive: true })
  writeFileSync(
    loginsFile,
    `# Made by the seed on ${new Date().toISOString()}. Change these passwords after signing in.\n` +
      logins.map((l) => `${l.role}\t${l.email}\t${l.password}`).join('\n') +
      '\n',
    { mode: 0o600 },
  )
  chmodSync(loginsFile, 0o600)
}

const started = Date.now()
const payload = await getPayload({ config })
let code = 0
try {
  const uri = process.env.DATABASE_URI
  // A file or PostgreSQL database has no schema push: the committed migrations create and update it.
  // (The SQLite migrations' typed arguments are narrower than the adapter-neutral `Migration`.)
  if (databaseKind(uri) === 'sqlite' && !isMemory(sqliteUrl(uri)))
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (databaseKind(uri) === 'postgres')
    await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
  const { logins } = await seed(payload, { log: (line) => console.log(line) })
  if (logins.length) showLogins(logins)
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} catch (error) {
  code = 1
  if (error instanceof SeedRefused) console.error(`\nSeed refused: ${error.message}`)
  else console.error('\nSeed failed:', error)
} finally {
  await payload.destroy().catch(() => {})
}
process.exit(code)

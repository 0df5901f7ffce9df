import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { migrations as postgresMigrations } from '../migrations-postgres'
import { cmsRoot } from './paths'
import { indexListsPg } from './postgresIndexes'
import { indexListsSqlite } from './sqliteIndexes'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The adapter DATABASE_URI names: MongoDB, PostgreSQL, or SQLite (the embedded default). */
export function databaseKind(uri: string | undefined): DatabaseKind {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (uri && /^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (!uri || uri.startsWith('file:') || uri === ':memory:') return 'sqlite'
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//***@')}" is not supported. Use a postgres:// or postgresql:// address, a mongodb:// or mongodb+srv:// address, or file:./data/cms.db for SQLite (the default when DATABASE_URI is empty).`,
  )
}

/**
 * libsql reads `file:./x.db` relative to the current folder, which differs between next start,
 * scripts and tests: resolve it against cms/ once.
 */
export function sqliteUrl(uri: string | undefined): string {
  if (!uri) return `file:${path.join(cmsRoot, 'data', 'cms.db')}`
  if (uri === ':memory:' || uri === 'file::memory:') return 'file::memory:'
  const file = uri.replace(/^file:/, '')
  return `file:${path.isAbsolute(file) ? file : path.resolve(cmsRoot, file)}`
}

/** In-memory test databases create their schema by themselves; files use committed migrations. */
export const isMemory = (url: string) => url === 'file::memory:'

/** Where an adapter's SQL migrations live; HCRI_MIGRATION_DIR lets a test check them in a copy. */
export const migrationDir = (kind: 'sqlite' | 'postgres') =>
  process.env.HCRI_MIGRATION_DIR ||
  path.join(cmsRoot, 'src', kind === 'postgres' ? 'migrations-postgres' : 'migrations')

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  const kind = databaseKind(uri)
  if (kind === 'mongodb') return mongooseAdapter({ url: uri! })
  // PostgreSQL's schema only ever comes from its committed migrations (the tests' databases too:
  // test/postgres.ts), so what is tested is what production gets.
  if (kind === 'postgres')
    return postgresAdapter({
      pool: { connectionString: uri! },
      afterSchemaInit: [indexListsPg],
      migrationDir: migrationDir('postgres'),
      push: false,
      prodMigrations: postgresMigrations,
    })
  const url = sqliteUrl(uri)
  return sqliteAdapter({
    client: { url },
    // More than one CMS process may share a file: readers go on during a write (WAL), and a writer
    // waits for another's write to end instead of failing at once.
    ...(isMemory(url) ? {} : { wal: true, busyTimeout: 10_000 }),
    afterSchemaInit: [indexListsSqlite],
    // Overridable so a test can check, in a copy, that the committed migrations match the config.
    migrationDir: migrationDir('sqlite'),
    push: isMemory(url),
    prodMigrations: isMemory(url) ? undefined : migrations,
  })
}

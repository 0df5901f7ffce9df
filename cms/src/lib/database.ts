import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { cmsRoot } from './paths'
import { indexTranslationsByDocument } from './sqliteIndexes'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** MongoDB when the URI says so (the client's production); SQLite, the embedded default, otherwise. */
export function databaseKind(uri: string | undefined): DatabaseKind {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (!uri || uri.startsWith('file:') || uri === ':memory:') return 'sqlite'
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//***@')}" is not supported. Use a mongodb:// or mongodb+srv:// address, or file:./data/cms.db for SQLite (the default when DATABASE_URI is empty).`,
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

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri! })
  const url = sqliteUrl(uri)
  return sqliteAdapter({
    client: { url },
    // More than one CMS process may share a file: readers go on during a write (WAL), and a writer
    // waits for another's write to end instead of failing at once.
    ...(isMemory(url) ? {} : { wal: true, busyTimeout: 10_000 }),
    afterSchemaInit: [indexTranslationsByDocument],
    // Overridable so a test can check, in a copy, that the committed migrations match the config.
    migrationDir: process.env.HCRI_MIGRATION_DIR || path.join(cmsRoot, 'src', 'migrations'),
    push: isMemory(url),
    prodMigrations: isMemory(url) ? undefined : migrations,
  })
}

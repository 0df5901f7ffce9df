/**
 * The database part of a backup, per kind of database. SQLite: a copy made inside one read
 * transaction (a file copy under its shared lock, or `VACUUM INTO` in WAL mode), so it is the
 * database as it was at one instant while the CMS keeps writing.
 * PostgreSQL: pg_dump's custom format (one snapshot too), restored with pg_restore.
 * MongoDB: mongodump/mongorestore by hand (README: Operations).
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { databaseKind, sqliteUrl } from '../lib/database'
import { cmsRoot } from '../lib/paths'

export type BackupKind = 'sqlite' | 'postgres' | 'mongodb'

/** The database kind of a URI; PostgreSQL is recognised here even before the CMS runs on it. */
export function backupKind(uri: string | undefined): BackupKind {
  if (uri && /^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  return databaseKind(uri)
}

/** The file name of the database inside an archive's db/ folder. */
export const dbFileName = (kind: BackupKind) => (kind === 'postgres' ? 'postgres.dump' : 'cms.db')

const mongoRefusal =
  'MongoDB is backed up with mongodump and restored with mongorestore (README: Operations); `pnpm backup` covers SQLite and PostgreSQL.'

/** The SQLite file behind a URI (never an in-memory database). */
export function sqliteFile(uri: string | undefined): string {
  const url = sqliteUrl(uri)
  if (url === 'file::memory:') throw new Error('An in-memory database cannot be backed up.')
  return url.slice('file:'.length)
}

/** Runs a command with arguments (no shell), rejecting with its last error lines. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)))
    child.on('error', (e) => reject(new Error(`${command} could not start: ${e.message}`)))
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} failed (${code}): ${err.trim()}`)),
    )
  })
}

/** How long the last SQLite copy held its lock (saves could not commit), in ms. */
export let lockedMs = 0

/** Writes a consistent copy of the database to `file`. Returns the migrations it has run. */
export async function snapshotDatabase(uri: string | undefined, file: string): Promise<string[]> {
  const kind = backupKind(uri)
  if (kind === 'mongodb') throw new Error(mongoRefusal)
  if (kind === 'postgres') {
    // The URI is passed as an argument, not through a shell; pg_dump reads a password in it.
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--file=${file}`, uri!])
    const names = await run('psql', [
      uri!,
      '-Atc',
      'select name from payload_migrations order by name',
    ]).catch(() => '')
    return names.split('\n').filter(Boolean)
  }
  const live = sqliteFile(uri)
  const source = createClient({ url: `file:${live}` })
  try {
    // This connection waits for a save under way rather than failing.
    await source.execute('PRAGMA busy_timeout = 30000')
    const mode = String((await source.execute('PRAGMA journal_mode')).rows[0]?.journal_mode)
    if (mode === 'wal') {
      // Readers never block writers in WAL: VACUUM INTO copies one snapshot, compacted.
      await source.execute({ sql: 'VACUUM INTO ?', args: [file] })
    } else {
      // Rollback journal: while a read transaction holds its shared lock no save can commit (the
      // CMS's saves fail at once, having no busy timeout), so the lock is held only for a plain
      // copy of the file, the quickest consistent copy there is (VACUUM INTO rebuilds every table).
      const read = await source.transaction('read')
      try {
        await read.execute('select count(*) from sqlite_master')
        const started = Date.now()
        await copyFile(live, file)
        lockedMs = Date.now() - started
      } finally {
        read.close()
      }
    }
  } finally {
    source.close()
  }
  return sqliteMigrations(file)
}

/** Names of the migrations a SQLite database has run. */
export async function sqliteMigrations(file: string): Promise<string[]> {
  const db = createClient({ url: `file:${file}` })
  try {
    const tables = await db.execute(
      "select name from sqlite_master where type = 'table' and name = 'payload_migrations'",
    )
    if (tables.rows.length === 0) return []
    const rows = await db.execute('select name from payload_migrations order by name')
    return rows.rows.map((r) => String(r.name)).filter((n) => n !== 'dev')
  } finally {
    db.close()
  }
}

/** Upload file names a SQLite snapshot refers to (every `*filename` column of `media`). */
export async function referencedMedia(kind: BackupKind, file: string): Promise<Set<string> | null> {
  if (kind !== 'sqlite') return null
  const db = createClient({ url: `file:${file}` })
  try {
    const columns = (await db.execute("select name from pragma_table_info('media')")).rows
      .map((r) => String(r.name))
      .filter((name) => /filename$/.test(name))
    const names = new Set<string>()
    for (const column of columns) {
      const rows = await db.execute(
        `select "${column}" as f from media where "${column}" is not null`,
      )
      for (const row of rows.rows) names.add(String(row.f))
    }
    return names
  } finally {
    db.close()
  }
}

/** Whether the database holds anything beyond its schema (any row but the migrations' record). */
export async function databaseIsEmpty(uri: string | undefined): Promise<boolean> {
  const kind = backupKind(uri)
  if (kind === 'mongodb') throw new Error(mongoRefusal)
  if (kind === 'postgres') {
    const count = await run('psql', [
      uri!,
      '-Atc',
      "select count(*) from pg_tables where schemaname = 'public'",
    ])
    return Number(count.trim()) === 0
  }
  const file = sqliteFile(uri)
  if (!existsSync(file)) return true
  const db = createClient({ url: `file:${file}` })
  try {
    const tables = (
      await db.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'payload_migrations'",
      )
    ).rows.map((r) => String(r.name))
    for (const table of tables) {
      const rows = await db.execute(`select 1 from "${table.replace(/"/g, '""')}" limit 1`)
      if (rows.rows.length > 0) return false
    }
    return true
  } finally {
    db.close()
  }
}

/** The migrations this code knows (its migration folder). */
export function knownMigrations(): string[] {
  const dir = process.env.HCRI_MIGRATION_DIR || path.join(cmsRoot, 'src', 'migrations')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
}

/**
 * Puts the database of an archive in place. SQLite: the file is written beside the live one and
 * renamed over it (with its journal files removed first, which would otherwise be replayed into it).
 */
export async function restoreDatabase(uri: string | undefined, file: string): Promise<void> {
  const kind = backupKind(uri)
  if (kind === 'mongodb') throw new Error(mongoRefusal)
  if (kind === 'postgres') {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-acl',
      '--exit-on-error',
      `--dbname=${uri!}`,
      file,
    ])
    return
  }
  const { copyFile, mkdir, rename, rm, chmod } = await import('node:fs/promises')
  const target = sqliteFile(uri)
  await mkdir(path.dirname(target), { recursive: true })
  const temp = `${target}.restoring-${process.pid}`
  await copyFile(file, temp)
  await chmod(temp, 0o600)
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${target}${suffix}`, { force: true })
  await rename(temp, target)
}

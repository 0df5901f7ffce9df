import path from 'node:path'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { databaseAdapter, databaseKind, isMemory, sqliteUrl } from '../src/lib/database'
import { cmsRoot } from '../src/lib/paths'
import { migrations } from '../src/migrations'
import { migrations as postgresMigrations } from '../src/migrations-postgres'

/** Which database DATABASE_URI selects: MongoDB, PostgreSQL or embedded SQLite. */
describe('databaseKind', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/cms.db', 'sqlite'],
    ['file:/var/lib/hcri/cms.db', 'sqlite'],
    [':memory:', 'sqlite'],
    ['file::memory:', 'sqlite'],
    ['mongodb://localhost:27017/hcri', 'mongodb'],
    ['mongodb://user:pass@db1.example.org,db2.example.org/hcri?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://user:pass@cluster0.example.mongodb.net/hcri', 'mongodb'],
    ['postgres://user:secret@localhost:5432/hcri', 'postgres'],
    ['postgresql://user:secret@db.example.org/hcri?sslmode=require', 'postgres'],
    ['postgres://hcri@/hcri?host=/var/run/postgresql', 'postgres'],
  ] as const)('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it.each([
    'mysql://localhost/hcri',
    'postgres:/localhost/hcri',
    './data/cms.db',
    'mongodb:/localhost',
  ])('"%s" is refused with a message saying what to use', (uri) => {
    expect(() => databaseKind(uri)).toThrow(
      /^DATABASE_URI ".*" is not supported\. Use a postgres:\/\/ or postgresql:\/\/ address, a mongodb:\/\/ or mongodb\+srv:\/\/ address, or file:\.\/data\/cms\.db for SQLite/,
    )
  })

  it('the error never repeats a password', () => {
    expect(() => databaseKind('mysql://admin:hunter2@db.example.org/hcri')).toThrow(
      '"mysql://***@db.example.org/hcri"',
    )
    expect(() => databaseKind('mysql://admin:hunter2@db.example.org/hcri')).not.toThrow(/hunter2/)
  })
})

describe('sqliteUrl', () => {
  it('defaults to cms/data/cms.db, as an absolute path', () => {
    expect(sqliteUrl(undefined)).toBe(`file:${path.join(cmsRoot, 'data', 'cms.db')}`)
    expect(path.isAbsolute(sqliteUrl(undefined).slice('file:'.length))).toBe(true)
  })

  it('resolves relative paths against the cms folder, whatever the current folder', () => {
    const cwd = process.cwd()
    try {
      process.chdir('/tmp')
      expect(sqliteUrl('file:./data/cms.db')).toBe(`file:${path.join(cmsRoot, 'data', 'cms.db')}`)
      expect(sqliteUrl('file:data/other.db')).toBe(`file:${path.join(cmsRoot, 'data', 'other.db')}`)
      expect(sqliteUrl('file:../backups/cms.db')).toBe(
        `file:${path.resolve(cmsRoot, '..', 'backups', 'cms.db')}`,
      )
    } finally {
      process.chdir(cwd)
    }
  })

  it('keeps absolute paths', () => {
    expect(sqliteUrl('file:/var/lib/hcri/cms.db')).toBe('file:/var/lib/hcri/cms.db')
  })

  it('maps both spellings of in-memory to libsql’s, which pushes its schema', () => {
    expect(sqliteUrl(':memory:')).toBe('file::memory:')
    expect(sqliteUrl('file::memory:')).toBe('file::memory:')
    expect(isMemory(sqliteUrl(':memory:'))).toBe(true)
    expect(isMemory(sqliteUrl('file:./data/cms.db'))).toBe(false)
  })

  it('the cms folder is the one holding the CMS package', () => {
    expect(path.basename(cmsRoot)).toBe('cms')
    expect(path.isAbsolute(cmsRoot)).toBe(true)
  })
})

describe('databaseAdapter (built, never connected)', () => {
  /** What an adapter needs from Payload to be built (not connected). */
  const fakePayload = {
    config: {},
    logger: { warn: () => {}, info: () => {}, error: () => {} },
  } as unknown as Payload

  it('mongodb:// gives the Mongoose adapter, with the address given', () => {
    const adapter = databaseAdapter('mongodb://localhost:27017/hcri')
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
    const built = adapter.init({ payload: fakePayload }) as unknown as {
      url: string
      packageName: string
    }
    expect(built.url).toBe('mongodb://localhost:27017/hcri')
    expect(built.packageName).toBe('@payloadcms/db-mongodb')
  })

  it('mongodb+srv:// gives the Mongoose adapter too', () => {
    expect(databaseAdapter('mongodb+srv://u:p@cluster0.example.mongodb.net/hcri').name).toBe(
      'mongoose',
    )
  })

  it('a file gives SQLite with the absolute path, committed migrations and no schema push', () => {
    const adapter = databaseAdapter('file:./data/test-only.db')
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('number')
    const built = adapter.init({ payload: fakePayload }) as unknown as {
      clientConfig: { url: string }
      push: boolean
      prodMigrations?: { name: string }[]
      migrationDir: string
    }
    expect(built.clientConfig.url).toBe(`file:${path.join(cmsRoot, 'data', 'test-only.db')}`)
    expect(built.push).toBe(false)
    expect(built.prodMigrations?.map((m) => m.name)).toEqual(migrations.map((m) => m.name))
    expect(migrations.length).toBeGreaterThan(0)
    expect(built.migrationDir).toBe(path.join(cmsRoot, 'src', 'migrations'))
  })

  it('in-memory SQLite (the tests) pushes its schema and runs no migrations', () => {
    const built = databaseAdapter(':memory:').init({ payload: fakePayload }) as unknown as {
      clientConfig: { url: string }
      push: boolean
      prodMigrations?: unknown
    }
    expect(built.clientConfig.url).toBe('file::memory:')
    expect(built.push).toBe(true)
    expect(built.prodMigrations).toBeUndefined()
  })

  it('no DATABASE_URI gives SQLite in cms/data', () => {
    const saved = process.env.DATABASE_URI
    delete process.env.DATABASE_URI
    try {
      const built = databaseAdapter().init({ payload: fakePayload }) as unknown as {
        clientConfig: { url: string }
      }
      expect(built.clientConfig.url).toBe(`file:${path.join(cmsRoot, 'data', 'cms.db')}`)
    } finally {
      process.env.DATABASE_URI = saved
    }
  })

  it('postgres:// gives the Postgres adapter: committed PostgreSQL migrations, no schema push', () => {
    const adapter = databaseAdapter('postgres://hcri:secret@localhost:5432/hcri')
    expect(adapter.name).toBe('postgres')
    expect(adapter.defaultIDType).toBe('number')
    const built = adapter.init({ payload: fakePayload }) as unknown as {
      poolOptions: { connectionString: string }
      push: boolean
      prodMigrations?: { name: string }[]
      migrationDir: string
      packageName: string
    }
    expect(built.packageName).toBe('@payloadcms/db-postgres')
    expect(built.poolOptions.connectionString).toBe('postgres://hcri:secret@localhost:5432/hcri')
    expect(built.push).toBe(false)
    expect(built.prodMigrations?.map((m) => m.name)).toEqual(postgresMigrations.map((m) => m.name))
    expect(postgresMigrations.length).toBeGreaterThan(0)
    expect(built.migrationDir).toBe(path.join(cmsRoot, 'src', 'migrations-postgres'))
  })

  it('an unsupported address stops the start with the same message', () => {
    expect(() => databaseAdapter('mysql://localhost/hcri')).toThrow(/is not supported/)
  })
})

/**
 * `pnpm --filter @hcri/cms db:copy`: a SQLite file's content moved into a freshly migrated
 * database, PostgreSQL on the PostgreSQL run (SQLite to PostgreSQL, the README's move), another
 * SQLite file on the SQLite run. The command itself runs, as an operator would start it; then this
 * file compares source and target itself and uses the target: logins, translations, drafts, the
 * queued job, and a new document after the copied ids.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { getPayload, type Migration, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicCollections } from '@hcri/shared/enums'

import { compareDatabases } from '../src/dbcopy'
import { databaseAdapter } from '../src/lib/database'
import { cmsRoot } from '../src/lib/paths'
import { migrations } from '../src/migrations'
import { uploadImage, validData } from './fixtures'
import { makeUser, rawSql, richText } from './payload'
import { databaseName, dropDatabase, onServer, postgresServer, withDatabase } from './postgres'

const run = promisify(execFile)
const server = postgresServer()
const password = 'correct horse battery staple'

let dir: string
let fromUri: string
let toUri: string
let targetDatabase: string | undefined
let source: Payload
let target: Payload
let editorEmail: string
let resourceId: number | string
let output: string

const open = async (uri: string, key: string) => {
  const { default: config } = await import('../src/payload.config')
  return getPayload({
    config: { ...(await config), db: databaseAdapter(uri) as SanitizedConfig['db'] },
    key,
  })
}

const copy = () =>
  run('pnpm', ['run', 'db:copy', '--from', fromUri, '--to', toUri], {
    cwd: cmsRoot,
    env: { ...process.env },
    timeout: 120_000,
  })

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hcri-dbcopy-'))
  fromUri = `file:${path.join(dir, 'source.db')}`
  if (server) {
    targetDatabase = databaseName('hcri_copy')
    await onServer(server, `create database ${targetDatabase}`)
    toUri = withDatabase(server, targetDatabase)
  } else toUri = `file:${path.join(dir, 'target.db')}`

  // The source: a migrated SQLite file with something in every kind of table.
  source = await open(fromUri, 'dbcopy-source')
  await source.db.migrate({ migrations: migrations as unknown as Migration[] })
  const editor = await makeUser(source, 'editor', 'copy-editor')
  editorEmail = editor.email
  await makeUser(source, 'contributor', 'copy-contributor')
  const image = await uploadImage(source)
  for (const collection of publicCollections)
    await source.create({
      collection,
      data: { ...validData(collection, image.id), _status: 'published' },
    } as never)
  // A resource in two languages, published, then a newer draft on top.
  const resource = await source.create({
    collection: 'resources',
    data: {
      ...validData('resources', image.id),
      title: 'Reporting hate crime',
      _status: 'published',
    },
  } as never)
  resourceId = (resource as { id: number | string }).id
  await source.update({
    collection: 'resources',
    id: resourceId,
    locale: 'ur',
    data: { title: 'نفرت انگیز جرم کی رپورٹ', summary: 'ایک مختصر رہنمائی', body: richText('مدد') },
  } as never)
  await source.update({
    collection: 'resources',
    id: resourceId,
    draft: true,
    data: { title: 'Reporting hate crime (draft)', _status: 'draft' },
  } as never)
  await source.updateGlobal({ slug: 'navigation', data: {} } as never)
  await source.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'resources', value: resourceId } },
    waitUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000),
  } as never)
  // A sign-in leaves a session row.
  await source.login({ collection: 'users', data: { email: editorEmail, password } })

  const result = await copy()
  output = result.stdout
  target = await open(toUri, 'dbcopy-target')
}, 240_000)

afterAll(async () => {
  if (server && targetDatabase) await dropDatabase(server, targetDatabase, [target])
  await fs.rm(dir, { recursive: true, force: true })
})

describe(`db:copy, SQLite to ${server ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('copies every table and finds no difference between source and target', async () => {
    expect(output).toMatch(/Copied \d+ rows in \d+ tables\./)
    expect(output).toContain('Compared source and target: 0 differences.')
    expect(output).not.toMatch(/secret|password/i)
    expect(await compareDatabases(source, target)).toEqual([])
  })

  it('the copy holds what was made: both languages, the draft over the published version', async () => {
    const published = await target.findByID({
      collection: 'resources',
      id: resourceId,
      locale: 'all',
    })
    expect((published as unknown as { title: Record<string, string> }).title).toMatchObject({
      en: 'Reporting hate crime',
      ur: 'نفرت انگیز جرم کی رپورٹ',
    })
    const draft = await target.findByID({ collection: 'resources', id: resourceId, draft: true })
    expect(draft.title).toBe('Reporting hate crime (draft)')
    const versions = await target.findVersions({
      collection: 'resources',
      where: { parent: { equals: resourceId } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    const jobs = await target.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(jobs.totalDocs).toBe(1)
    for (const collection of publicCollections)
      expect((await target.count({ collection })).totalDocs).toBe(
        (await source.count({ collection })).totalDocs,
      )
  })

  it('staff sign in on the target with their old passwords (the hashes came across)', async () => {
    const { user } = await target.login({
      collection: 'users',
      data: { email: editorEmail, password },
    })
    expect(user?.email).toBe(editorEmail)
    await expect(
      target.login({
        collection: 'users',
        data: { email: editorEmail, password: 'wrong password' },
      }),
    ).rejects.toThrow()
  })

  it('new documents on the target get ids after the copied ones', async () => {
    const before = await source.find({ collection: 'resources', sort: '-id', limit: 1 })
    const created = await target.create({
      collection: 'resources',
      data: { ...validData('resources', 1), _status: 'draft' },
      draft: true,
    } as never)
    expect(Number((created as { id: number }).id)).toBeGreaterThan(Number(before.docs[0]!.id))
  })

  it('the comparison sees a translation changed behind its back', async () => {
    const table = 'resources_locales'
    await rawSql(target, `update ${table} set title = ? where _parent_id = ? and _locale = ?`, [
      'Changed',
      resourceId,
      'ur',
    ])
    expect(await compareDatabases(source, target)).toContain(
      `resources ${resourceId}: differs at title.ur`,
    )
  })

  it('refuses a target that already holds content, and changes nothing there', async () => {
    const before = (await target.count({ collection: 'resources' })).totalDocs
    const refused = await copy().then(
      () => undefined,
      (error: { stdout?: string; stderr?: string; code?: number }) => error,
    )
    expect(refused?.code).toBe(1)
    expect(`${refused?.stdout}${refused?.stderr}`).toContain('The target database is not empty')
    expect((await target.count({ collection: 'resources' })).totalDocs).toBe(before)
  })
})

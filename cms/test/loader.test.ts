import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ContentValidationError,
  dumpLoader,
  memoryLoaderContext,
  payloadLoader,
  requestsInFlight,
} from '@hcri/shared/loader'

import * as restRoute from '../src/app/(payload)/api/[...slug]/route'
import { bootPayload, makeUser, rawSql, richText } from './payload'

/**
 * The site's content loader against a real Payload on SQLite, through the CMS's REST route handler
 * (the code `next start` serves), with requests counted.
 */
let payload: Payload
let editor: Awaited<ReturnType<typeof makeUser>>
let requests: string[] = []

const cmsFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input))
  requests.push(url.pathname + url.search)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return restRoute.GET(new Request(url, init), { params: Promise.resolve({ slug }) })
}

const memoryStore = () => memoryLoaderContext()

async function createResource(n: number, status: 'published' | 'draft' = 'published') {
  return payload.create({
    collection: 'resources',
    user: editor,
    overrideAccess: false,
    draft: status === 'draft',
    data: {
      title: `Resource number ${n}`,
      summary: `Summary ${n}`,
      category: 'support',
      body: richText(`Body ${n}`),
      _status: status,
    } as never,
  })
}

beforeAll(async () => {
  payload = await bootPayload()
  editor = await makeUser(payload, 'editor')
  for (let n = 1; n <= 23; n++) await createResource(n)
  await createResource(99, 'draft')
})
afterAll(async () => {
  await payload?.destroy()
})

describe('loaders run together', () => {
  it('send the CMS no more than requestsInFlight requests at once, and load everything', async () => {
    let inFlight = 0
    let most = 0
    const counted: typeof fetch = async (input, init) => {
      inFlight++
      most = Math.max(most, inFlight)
      try {
        return await cmsFetch(input, init)
      } finally {
        inFlight--
      }
    }
    const cmsUrl = 'http://queued.cms.test'
    const stores = ['resources', 'films', 'stories', 'events', 'places', 'pages'].map(
      (collection) => {
        const store = memoryStore()
        const loader = payloadLoader({ collection, cmsUrl, fetch: counted, batchSize: 5 })
        return { store, loader }
      },
    )
    // As Astro runs them: all at once. Without the queue, six requests would be in flight.
    await Promise.all(stores.map(({ store, loader }) => loader.load(store.ctx)))
    expect(most).toBe(requestsInFlight)
    const published = await payload.count({
      collection: 'resources',
      where: { _status: { equals: 'published' } },
    })
    expect(stores[0]!.store.entries.size).toBe(published.totalDocs)
  })
})

describe('payloadLoader', () => {
  const { ctx, entries } = memoryStore()
  const loader = payloadLoader({
    collection: 'resources',
    cmsUrl: 'http://cms.test',
    fetch: cmsFetch,
    batchSize: 10,
  })

  it('loads every published document across pages, with all languages, and no drafts', async () => {
    requests = []
    await loader.load(ctx)
    expect(entries.size).toBe(23)
    const titles = [...entries.values()].map((e) => (e.data.title as { en: string }).en)
    expect(titles).toContain('Resource number 23')
    expect(titles).not.toContain('Resource number 99')
    // 23 documents fetched in batches of 10.
    expect(requests.filter((r) => r.includes('locale=all'))).toHaveLength(3)
  })

  it('lists what is published in one request, from the list made for it', async () => {
    requests = []
    await loader.load(memoryStore().ctx)
    expect(requests.filter((r) => !r.includes('locale=all'))).toEqual([
      '/api/published-list/resources',
    ])
  })

  it('a second sync with nothing changed fetches no document', async () => {
    requests = []
    await loader.load(ctx)
    expect(requests.filter((r) => r.includes('locale=all'))).toHaveLength(0)
    expect(entries.size).toBe(23)
  })

  it('fetches only what changed, and removes what was unpublished or deleted', async () => {
    const all = await payload.find({ collection: 'resources', limit: 100, sort: 'id' })
    const [first, second, third] = all.docs
    await payload.update({ collection: 'resources', id: first!.id, data: { title: 'A new title' } })
    await payload.update({ collection: 'resources', id: second!.id, data: { _status: 'draft' } })
    await payload.delete({ collection: 'resources', id: third!.id })

    requests = []
    await loader.load(ctx)
    const fetches = requests.filter((r) => r.includes('locale=all'))
    expect(fetches).toHaveLength(1)
    expect(fetches[0]).toContain(`where[id][in]=${first!.id}&`)
    expect((entries.get(String(first!.id))!.data.title as { en: string }).en).toBe('A new title')
    expect(entries.has(String(second!.id))).toBe(false)
    expect(entries.has(String(third!.id))).toBe(false)
    expect(entries.size).toBe(21)
  })

  it('reads what is published, not an answer the CMS kept for other readers', async () => {
    requests = []
    await loader.load(ctx)
    // A partner asks what the loader asks, and the CMS keeps the answer (api/readCache.ts).
    for (const list of [...requests]) await cmsFetch(`http://cms.test${list}`)
    const [doc] = (await payload.find({ collection: 'resources', limit: 1, sort: 'id' })).docs
    // Changed past Payload's hooks, so the kept answer still stands: only a fresh read shows it.
    await rawSql(payload, 'update resources set updated_at = ? where id = ?', [
      '2030-01-01T00:00:00.000Z',
      doc!.id,
    ])
    await rawSql(payload, `update resources_locales set title = ? where _parent_id = ?`, [
      'Changed at the source',
      doc!.id,
    ])
    await loader.load(ctx)
    expect((entries.get(String(doc!.id))!.data.title as { en: string }).en).toBe(
      'Changed at the source',
    )
  })

  it('fails the build on a document that does not match the content model, naming it', async () => {
    const doc = await createResource(50)
    // Written straight to the database, as a broken import or migration could: a required field
    // left empty (PostgreSQL's enum types refuse a value outside the list, SQLite's text would not).
    await payload.db.updateOne({
      collection: 'resources',
      id: doc.id,
      data: { category: null, updatedAt: new Date().toISOString() },
    })
    const fresh = memoryStore()
    const error = await loader.load(fresh.ctx).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentValidationError)
    expect((error as Error).message).toContain('"resources"')
    expect((error as Error).message).toContain(`id ${doc.id}`)
    expect((error as Error).message).toContain('category')
  })
})

describe('dumpLoader', () => {
  it('loads the very entries the CMS loader stored, from a file, and forgets what left it', async () => {
    const fromCms = memoryStore()
    await payloadLoader({ collection: 'resources', cmsUrl: 'http://cms.test', fetch: cmsFetch })
      .load(fromCms.ctx)
      .catch(() => undefined)
    const good = [...fromCms.entries.values()].filter((e) => e.data.category !== 'not-a-category')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hcri-dump-'))
    const file = path.join(dir, 'dump.json')
    writeFileSync(file, JSON.stringify({ entries: { resources: good } }))
    try {
      const fromDump = memoryStore()
      fromDump.ctx.store.set({ id: 'gone', data: {}, digest: 'x' })
      requests = []
      await dumpLoader({ name: 'resources', file }).load(fromDump.ctx)
      expect(requests).toEqual([])
      expect([...fromDump.entries.keys()].sort()).toEqual(good.map((e) => e.id).sort())
      for (const e of good) expect(fromDump.entries.get(e.id)).toEqual(e)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('checks a dump against the content model like the CMS loader', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hcri-dump-'))
    const file = path.join(dir, 'dump.json')
    const bad = { id: '7', data: { id: 7, title: 'x', category: 'not-a-category' }, digest: '1' }
    writeFileSync(file, JSON.stringify({ entries: { resources: [bad] } }))
    try {
      const error = await dumpLoader({ name: 'resources', file })
        .load(memoryStore().ctx)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ContentValidationError)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Field,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@hcri/shared/payload-types'

import { maxAnswerAgeMs, readCacheStats } from '../src/api/readCache'
import { hasContentStamp, isBookkeeping, readContentStamp } from '../src/lib/contentStamp'
import { uploadImage, validData } from './fixtures'
import { bootPayload, makeUser, rawSql } from './payload'
import { login, rest } from './routes'

/**
 * Anonymous reads answered from memory (src/api/readCache.ts): what is kept is served again, and
 * nothing kept outlives a change to what it shows — whoever makes the change, however.
 */
let payload: Payload
let editor: User & { collection: 'users' }
let editorToken: string
let posterId: number

type Doc = Record<string, unknown> & { id: number }
type List = { docs: Doc[] }

const read = async (path: string, query = '', headers?: Record<string, string>) => {
  const answer = await rest({ method: 'GET', segments: path.split('/'), query, headers })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return answer.body as List & Doc
}
const titles = (list: List) => list.docs.map((d) => d.title)
const stats = () => readCacheStats(payload)
/** A change past Payload's hooks, so the stamp stays as it was. */
const renameBehindPayload = (id: number, title: string) =>
  rawSql(payload, 'update resources_locales set title = ? where _parent_id = ?', [title, id])

async function publish(collection: 'resources' | 'stories', data: Record<string, unknown> = {}) {
  return (await payload.create({
    collection,
    data: { ...validData(collection, posterId), ...data, _status: 'published' },
    user: editor,
  } as never)) as unknown as Doc
}

beforeAll(async () => {
  payload = await bootPayload()
  editor = await makeUser(payload, 'editor')
  editorToken = await login(payload, editor.email, 'correct horse battery staple')
  posterId = (await uploadImage(payload, 64, 36)).id
})

afterAll(async () => {
  await payload.destroy()
})

describe('what is kept is served again', () => {
  it('answers the same anonymous request from memory, byte for byte', async () => {
    await publish('resources')
    const first = await rest({ method: 'GET', segments: ['resources'], query: 'limit=5&depth=1' })
    const before = stats()
    const second = await rest({ method: 'GET', segments: ['resources'], query: 'limit=5&depth=1' })
    expect(stats().hits).toBe(before.hits + 1)
    expect(second).toEqual(first)
  })

  it('keeps each address, language and origin apart', async () => {
    const doc = await publish('resources')
    await payload.update({
      collection: 'resources',
      id: doc.id,
      locale: 'ur',
      data: { ...validData('resources', posterId), title: 'اردو عنوان' },
      user: editor,
    })
    const en = await read(`resources/${doc.id}`)
    const ur = await read(`resources/${doc.id}`, 'locale=ur')
    expect([en.title, ur.title]).toEqual([doc.title, 'اردو عنوان'])
    expect((await read(`resources/${doc.id}`, 'locale=ur')).title).toBe('اردو عنوان')
    const entries = stats().entries
    await read(`resources/${doc.id}`, '', { origin: 'https://partner.example' })
    await read(`resources/${doc.id}`, '', { 'accept-language': 'ur' })
    expect(stats().entries).toBe(entries + 2)
  })

  it('keeps at most 500 answers, however many addresses are asked for', async () => {
    for (let page = 1; page <= 520; page++) await read('resources', `limit=1&page=${page}`)
    expect(stats().entries).toBeLessThanOrEqual(500)
    expect(stats().entries).toBeGreaterThan(400)
  })
})

describe('nothing kept outlives a change', () => {
  it('shows an edit, a new document, an unpublished one and a deleted one at once', async () => {
    const a = await publish('resources')
    const b = await publish('resources')
    const query = 'limit=100&depth=0&sort=-createdAt'
    expect(titles(await read('resources', query))).toEqual(
      expect.arrayContaining([a.title, b.title]),
    )
    await read('resources', query)

    await payload.update({
      collection: 'resources',
      id: a.id,
      data: { title: 'Renamed' },
      user: editor,
    })
    expect(titles(await read('resources', query))).toContain('Renamed')
    expect((await read(`resources/${a.id}`)).title).toBe('Renamed')

    const c = await publish('resources')
    expect(titles(await read('resources', query))).toContain(c.title)

    await payload.update({
      collection: 'resources',
      id: b.id,
      data: { _status: 'draft' },
      user: editor,
    })
    expect(titles(await read('resources', query))).not.toContain(b.title)

    await payload.delete({ collection: 'resources', id: c.id, user: editor })
    expect(titles(await read('resources', query))).not.toContain(c.title)
  })

  it('hides a storyteller made anonymous, in the list and in the films that show the story', async () => {
    const story = await publish('stories', { displayName: 'Amira' })
    const film = (await payload.create({
      collection: 'films',
      data: { ...validData('films', posterId), relatedStories: [story.id], _status: 'published' },
      user: editor,
    } as never)) as unknown as Doc
    const shown = async () => {
      const list = await read('stories', 'limit=100')
      const inList = list.docs.find((d) => d.id === story.id)
      const inFilm = ((await read(`films/${film.id}`, 'depth=1')).relatedStories as Doc[])[0]
      return [inList?.displayName, inFilm?.displayName]
    }
    expect(await shown()).toEqual(['Amira', 'Amira'])
    expect(await shown()).toEqual(['Amira', 'Amira'])
    await payload.update({
      collection: 'stories',
      id: story.id,
      data: { anonymous: true },
      user: editor,
    })
    expect(await shown()).toEqual([undefined, undefined])
  })

  it('shows a change to a global', async () => {
    await read('globals/footer')
    expect((await read('globals/footer')).about).not.toBe('Changed just now')
    await payload.updateGlobal({
      slug: 'footer',
      data: { about: 'Changed just now' },
      user: editor,
    })
    expect((await read('globals/footer')).about).toBe('Changed just now')
  })

  it('serves a change another CMS process made once its stamp is in the database', async () => {
    const doc = await publish('resources')
    await read(`resources/${doc.id}`)
    // What another process writes: the document, then a new stamp.
    await renameBehindPayload(doc.id, 'Elsewhere')
    expect((await read(`resources/${doc.id}`)).title).toBe(doc.title)
    await rawSql(payload, `update payload_kv set data = ? where key = 'hcri:content-stamp'`, [
      JSON.stringify({ stamp: 'another-process' }),
    ])
    expect((await read(`resources/${doc.id}`)).title).toBe('Elsewhere')
    expect(await readContentStamp(payload)).toBe('another-process')
  })

  // SQLite runs without transactions (Payload's default there): each write commits at once, and so
  // is its stamp renewed. PostgreSQL runs each change in one (the suite runs on both).
  it('renews the stamp when a change commits, not before, and not for one rolled back', async () => {
    const doc = await publish('resources')
    let inTransaction = false
    const rename = async (title: string) => {
      const req = await createLocalReq({ user: editor }, payload)
      inTransaction = await initTransaction(req)
      await payload.update({ collection: 'resources', id: doc.id, data: { title }, req })
      return req
    }
    const stored = async () =>
      (await payload.findByID({ collection: 'resources', id: doc.id })).title

    const before = await readContentStamp(payload)
    const committed = await rename('Committed')
    expect((await readContentStamp(payload)) === before).toBe(inTransaction)
    await commitTransaction(committed)
    const after = await readContentStamp(payload)
    expect(after).not.toBe(before)
    expect((await read(`resources/${doc.id}`)).title).toBe('Committed')

    await killTransaction(await rename('Rolled back'))
    expect((await readContentStamp(payload)) === after).toBe(inTransaction)
    expect(await stored()).toBe(inTransaction ? 'Committed' : 'Rolled back')
    expect((await read(`resources/${doc.id}`)).title).toBe(await stored())
  })

  it('lets a kept answer go after a minute, should a change never renew the stamp', async () => {
    const doc = await publish('resources')
    await read(`resources/${doc.id}`)
    await renameBehindPayload(doc.id, 'A minute later')
    expect((await read(`resources/${doc.id}`)).title).toBe(doc.title)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + maxAnswerAgeMs)
      expect((await read(`resources/${doc.id}`)).title).toBe('A minute later')
    } finally {
      vi.useRealTimers()
    }
  })

  it('answers without the cache, and correctly, when the stamp cannot be read', async () => {
    const doc = await publish('resources')
    await read(`resources/${doc.id}`)
    await rawSql(payload, `delete from payload_kv where key = 'hcri:content-stamp'`)
    await renameBehindPayload(doc.id, 'No stamp')
    const before = stats()
    expect((await read(`resources/${doc.id}`)).title).toBe('No stamp')
    expect(stats()).toMatchObject({ hits: before.hits, misses: before.misses })
    // The next change makes the stamp again, and the cache is used once more.
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { title: 'Back' },
      user: editor,
    })
    expect(await readContentStamp(payload)).not.toBeNull()
    await read(`resources/${doc.id}`)
    expect((await read(`resources/${doc.id}`)).title).toBe('Back')
    expect(stats().hits).toBe(before.hits + 1)
  })
})

describe('only what anyone may ask is kept', () => {
  it('never answers staff from the cache, nor anyone from what staff were answered', async () => {
    const draft = (await payload.create({
      collection: 'resources',
      data: { ...validData('resources', posterId), _status: 'draft' },
      draft: true,
      user: editor,
    })) as unknown as Doc
    const query = 'limit=200&draft=true&sort=-createdAt'
    expect(titles(await read('resources', query))).not.toContain(draft.title)
    const before = stats()
    const staff = await read('resources', query, { authorization: `JWT ${editorToken}` })
    expect(titles(staff)).toContain(draft.title)
    expect(stats()).toMatchObject({ hits: before.hits, misses: before.misses })
    expect(titles(await read('resources', query))).not.toContain(draft.title)
  })

  it('leaves a request with a cookie to Payload', async () => {
    await read('resources', 'limit=2', { cookie: `payload-token=${editorToken}` })
    const before = stats()
    const withCookie = await read('resources', 'limit=2', { cookie: 'payload-lng=en' })
    expect(withCookie.docs).toHaveLength(2)
    expect(stats()).toMatchObject({ hits: before.hits, misses: before.misses })
  })

  it('makes the answer anew when asked to, as a reload that bypasses caches does', async () => {
    const doc = await publish('resources')
    await read(`resources/${doc.id}`)
    await renameBehindPayload(doc.id, 'Fresh')
    expect((await read(`resources/${doc.id}`)).title).toBe(doc.title)
    const fresh = await read(`resources/${doc.id}`, '', { 'cache-control': 'no-cache' })
    expect(fresh.title).toBe('Fresh')
  })

  it('keeps no refusal and nothing of collections the public cannot read', async () => {
    const before = stats()
    const users = await rest({ method: 'GET', segments: ['users'] })
    expect(users.status).toBe(403)
    const missing = await rest({ method: 'GET', segments: ['resources', '999999'] })
    expect(missing.status).toBe(404)
    await rest({ method: 'GET', segments: ['resources', '999999'] })
    expect(stats().hits).toBe(before.hits)
  })

  it('is used only where every change renews the stamp, and what it shows is covered too', () => {
    const stamped = new Set<string>()
    for (const c of payload.config.collections) {
      expect(hasContentStamp(c), c.slug).toBe(!isBookkeeping(c.slug))
      if (hasContentStamp(c)) stamped.add(c.slug)
    }
    for (const g of payload.config.globals) {
      expect(hasContentStamp(g), g.slug).toBe(!isBookkeeping(g.slug))
    }
    // A list may show any document it relates to: those must renew the stamp too.
    const targets = (fields: Field[]): string[] =>
      fields.flatMap((f) => {
        const own =
          'relationTo' in f && f.relationTo ? [f.relationTo].flat().map(String) : ([] as string[])
        const nested = [
          ...('fields' in f && Array.isArray(f.fields) ? targets(f.fields) : []),
          ...('tabs' in f ? f.tabs.flatMap((t) => targets(t.fields)) : []),
          ...('blocks' in f ? f.blocks.flatMap((b) => targets(b.fields)) : []),
        ]
        return [...own, ...nested]
      })
    for (const c of payload.config.collections.filter(hasContentStamp)) {
      for (const target of targets(c.fields))
        expect(stamped, `${c.slug} → ${target}`).toContain(target)
    }
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@hcri/shared/payload-types'

import { listedCollections } from '../src/api/publishedList'
import { contentCollections, uploadImage, validData, type ContentCollection } from './fixtures'
import { bootPayload, makeUser } from './payload'
import { login, rest } from './routes'

/**
 * GET /api/published-list/:collection (src/api/publishedList.ts): of each collection the site
 * builds from, exactly what the public may read — ids and times only — whoever asks.
 */
let payload: Payload
let editor: User & { collection: 'users' }
let editorToken: string
let posterId: number
const hidden: Record<string, (number | string)[]> = {}

type Item = { id: number | string; updatedAt: string; slug?: string }

const listed = async (collection: string, headers?: Record<string, string>) => {
  const answer = await rest({ method: 'GET', segments: ['published-list', collection], headers })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return (answer.body as { docs: Item[] }).docs
}

/** What the public API answers an anonymous reader for the same collection. */
const publicApi = async (collection: string) => {
  const answer = await rest({
    method: 'GET',
    segments: [collection],
    query: 'limit=0&sort=id&depth=0&select[updatedAt]=true&select[slug]=true',
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return (answer.body as { docs: Item[] }).docs.map(({ id, updatedAt, slug }) =>
    slug === undefined ? { id, updatedAt } : { id, updatedAt, slug },
  )
}

async function make(collection: ContentCollection, status: 'published' | 'draft') {
  const doc = await payload.create({
    collection,
    data: { ...validData(collection, posterId), _status: status },
    draft: status === 'draft',
    user: editor,
  } as never)
  return (doc as unknown as { id: number }).id
}

beforeAll(async () => {
  payload = await bootPayload()
  editor = await makeUser(payload, 'editor')
  editorToken = await login(payload, editor.email, 'correct horse battery staple')
  posterId = (await uploadImage(payload, 64, 36)).id
  for (const collection of contentCollections) {
    await make(collection, 'published')
    await make(collection, 'published')
    const draft = await make(collection, 'draft')
    const unpublished = await make(collection, 'published')
    await payload.update({
      collection,
      id: unpublished,
      data: { _status: 'draft' },
      user: editor,
    } as never)
    const deleted = await make(collection, 'published')
    await payload.delete({ collection, id: deleted, user: editor } as never)
    hidden[collection] = [draft, unpublished, deleted]
  }
  // A file no published page shows is not public (src/lib/publicMedia.ts).
  hidden.media = [(await uploadImage(payload, 32, 18)).id]
})

afterAll(async () => {
  await payload.destroy()
})

describe('published-list', () => {
  it('lists what the public API shows an anonymous reader, ids, times and slugs only, for every collection the site builds from', async () => {
    for (const collection of listedCollections) {
      const docs = await listed(collection)
      expect(docs, collection).toEqual(await publicApi(collection))
      // Media have no slug.
      const keys = collection === 'media' ? ['id', 'updatedAt'] : ['id', 'slug', 'updatedAt']
      for (const doc of docs) expect(Object.keys(doc).sort(), collection).toEqual(keys)
      if ((contentCollections as readonly string[]).includes(collection))
        expect(docs.length, collection).toBeGreaterThanOrEqual(2)
    }
    expect((await listed('media')).map((d) => d.id)).toContain(posterId)
  })

  it('never lists a draft, an unpublished or a deleted document, nor a file no published page shows', async () => {
    for (const [collection, ids] of Object.entries(hidden)) {
      const shown = (await listed(collection)).map((d) => d.id)
      for (const id of ids) expect(shown, `${collection} ${id}`).not.toContain(id)
    }
  })

  it('answers staff with the public list, never with their drafts', async () => {
    const headers = { Authorization: `JWT ${editorToken}` }
    for (const collection of contentCollections) {
      const staffList = await listed(collection, headers)
      expect(staffList, collection).toEqual(await listed(collection))
      const all = await rest({
        method: 'GET',
        segments: [collection],
        query: 'limit=0&depth=0&draft=true',
        headers,
      })
      // Staff could read the drafts: the list still leaves them out.
      expect((all.body as { docs: Item[] }).docs.length).toBeGreaterThan(staffList.length)
    }
  })

  it('lists nothing of a collection the site does not build from', async () => {
    for (const collection of ['users', 'support-requests', 'survey-responses', 'payload-kv', 'x']) {
      const answer = await rest({ method: 'GET', segments: ['published-list', collection] })
      expect(answer.status, collection).toBe(404)
      expect(JSON.stringify(answer.body), collection).not.toContain('updatedAt')
    }
    const signedIn = await rest({
      method: 'GET',
      segments: ['published-list', 'users'],
      headers: { Authorization: `JWT ${editorToken}` },
    })
    expect(signedIn.status).toBe(404)
  })
})

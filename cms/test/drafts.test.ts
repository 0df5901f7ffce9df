import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@hcri/shared/payload-types'

import { attempt, contentCollections, titleField, uploadImage, validData } from './fixtures'
import { bootPayload, makeUser } from './payload'

/**
 * Drafts never leave the CMS: not through REST (what the static site's loader calls), not through
 * the Local API, not with `draft=true`, not through versions.
 */
let payload: Payload
let editor: User & { collection: 'users' }
let editorToken: string
let posterId: number

type Doc = Record<string, unknown> & { id: number }
type Body = Record<string, unknown> & {
  docs?: Doc[]
  totalDocs?: number
  errors?: { message: string }[]
}

/** A GET through Payload's own REST route handler, as `next start` serves it. */
async function rest(path: string, token?: string): Promise<{ status: number; body: Body }> {
  const { default: config } = await import('../src/payload.config')
  const url = new URL(`http://localhost:3000/api/${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers = token ? { Authorization: `JWT ${token}` } : undefined
  const res = await REST_GET(config)(new Request(url, { headers }), {
    params: Promise.resolve({ slug }),
  })
  return { status: res.status, body: (await res.json()) as Body }
}

const titles = (docs: Doc[] | undefined) => (docs ?? []).map((d) => d.title)

let draftOnly: Doc
let withNewerDraft: Doc

beforeAll(async () => {
  payload = await bootPayload()
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  editorToken = (
    await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'correct horse battery staple' },
    })
  ).token!
  posterId = (await uploadImage(payload, 64, 36)).id

  const create = async (title: string, status: 'draft' | 'published') =>
    (await payload.create({
      collection: 'resources',
      draft: status === 'draft',
      data: { ...validData('resources', posterId), title, _status: status },
      user: editor,
      overrideAccess: false,
    } as never)) as unknown as Doc

  await create('Published guide', 'published')
  draftOnly = await create('Secret draft guide', 'draft')
  withNewerDraft = await create('Live title', 'published')
  await payload.update({
    collection: 'resources',
    id: withNewerDraft.id,
    draft: true,
    data: { title: 'Unpublished new title', summary: 'Unpublished new summary' },
    user: editor,
    overrideAccess: false,
  } as never)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('anonymous REST (what the static site reads)', () => {
  it('lists only published documents, with their published content', async () => {
    const { status, body } = await rest('resources?limit=100')
    expect(status).toBe(200)
    expect(titles(body.docs)).toEqual(expect.arrayContaining(['Live title', 'Published guide']))
    expect(titles(body.docs)).not.toContain('Secret draft guide')
    expect(JSON.stringify(body)).not.toMatch(/Secret draft|Unpublished new/)
    for (const doc of body.docs ?? []) expect(doc._status).toBe('published')
  })

  it('draft=true does not leak drafts', async () => {
    const { body } = await rest('resources?limit=100&draft=true')
    // Payload then lists the latest versions, filtered to published ones: a document whose latest
    // version is a newer draft drops out of this list (never its draft content in).
    expect(titles(body.docs)).toContain('Published guide')
    expect(titles(body.docs)).not.toContain('Secret draft guide')
    expect(JSON.stringify(body)).not.toMatch(/Secret draft|Unpublished new/)
    for (const doc of body.docs ?? []) expect(doc._status).toBe('published')
  })

  it('asking for drafts by status finds nothing', async () => {
    const { body } = await rest('resources?limit=100&draft=true&where[_status][equals]=draft')
    expect(body.docs).toEqual([])
  })

  it('a draft is not found by id, with or without draft=true', async () => {
    expect((await rest(`resources/${draftOnly.id}`)).status).toBe(404)
    const withDraft = await rest(`resources/${draftOnly.id}?draft=true`)
    expect(withDraft.status).toBe(404)
    expect(JSON.stringify(withDraft.body)).not.toContain('Secret draft')
  })

  it('a published document with a newer draft shows the published version, even with draft=true', async () => {
    for (const query of ['', '?draft=true', '?draft=true&locale=all']) {
      const { status, body } = await rest(`resources/${withNewerDraft.id}${query}`)
      expect(status).toBe(200)
      const title = body.title as string | { en: string }
      expect(typeof title === 'string' ? title : title.en).toBe('Live title')
      expect(JSON.stringify(body)).not.toContain('Unpublished new')
    }
  })

  it('versions are not readable', async () => {
    const list = await rest('resources/versions?limit=100')
    expect(list.status).toBe(403)
    expect(JSON.stringify(list.body)).not.toContain('Unpublished new')
    const versions = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: withNewerDraft.id } },
    })
    const one = await rest(`resources/versions/${versions.docs[0]!.id}`)
    expect(one.status).toBe(403)
    expect(JSON.stringify(one.body)).not.toContain('Unpublished new')
  })

  it.each(contentCollections)(
    '%s: a draft never appears in the anonymous list',
    async (collection) => {
      const field = titleField(collection)
      const live = (await payload.create({
        collection,
        data: { ...validData(collection, posterId), _status: 'published' },
      } as never)) as unknown as Doc
      const draft = (await payload.create({
        collection,
        draft: true,
        data: { ...validData(collection, posterId), _status: 'draft' },
      } as never)) as unknown as Doc
      const { status, body } = await rest(`${collection}?limit=100&draft=true`)
      expect(status).toBe(200)
      const names = (body.docs ?? []).map((d) => d[field])
      expect(names).toContain(live[field])
      expect(names).not.toContain(draft[field])
      expect((await rest(`${collection}/${draft.id}?draft=true`)).status).toBe(404)
    },
  )

  it('an editor signed in does see the newer draft (so the checks above can fail)', async () => {
    const { status, body } = await rest(`resources/${withNewerDraft.id}?draft=true`, editorToken)
    expect(status).toBe(200)
    expect(body.title).toBe('Unpublished new title')
    const list = await rest('resources?limit=100&draft=true', editorToken)
    expect(titles(list.body.docs)).toContain('Secret draft guide')
    expect((await rest('resources/versions?limit=100', editorToken)).status).toBe(200)
  })
})

describe('anonymous Local API (overrideAccess: false, no user)', () => {
  const anonymous = { overrideAccess: false as const }

  it('find returns only published documents, with or without draft', async () => {
    for (const draft of [false, true]) {
      const { docs } = await payload.find({
        collection: 'resources',
        limit: 100,
        draft,
        ...anonymous,
      })
      const found = docs.map((d) => d.title)
      expect(found).toContain('Published guide')
      if (!draft) expect(found).toContain('Live title')
      expect(found).not.toContain('Secret draft guide')
      expect(found).not.toContain('Unpublished new title')
      for (const doc of docs) expect(doc._status).toBe('published')
    }
  })

  it('findByID of a draft is not found, even with draft: true', async () => {
    for (const draft of [false, true]) {
      const result = await attempt(() =>
        payload.findByID({ collection: 'resources', id: draftOnly.id, draft, ...anonymous }),
      )
      expect(result.ok).toBe(false)
      expect(!result.ok && result.status).toBe(404)
    }
  })

  it('a published document with a newer draft reads as published, even with draft: true', async () => {
    const doc = await payload.findByID({
      collection: 'resources',
      id: withNewerDraft.id,
      draft: true,
      ...anonymous,
    })
    expect(doc.title).toBe('Live title')
    expect(doc.summary).not.toContain('Unpublished new')
  })

  it('versions are refused', async () => {
    const list = await attempt(() =>
      payload.findVersions({ collection: 'resources', ...anonymous }),
    )
    expect(!list.ok && list.status).toBe(403)
    const any = await payload.findVersions({ collection: 'resources', limit: 1 })
    const one = await attempt(() =>
      payload.findVersionByID({ collection: 'resources', id: any.docs[0]!.id, ...anonymous }),
    )
    expect(one.ok).toBe(false)
  })

  it('unpublishing takes a document out of the public API at once', async () => {
    const doc = (await payload.create({
      collection: 'resources',
      data: { ...validData('resources', posterId), _status: 'published' },
    } as never)) as unknown as Doc
    expect((await rest(`resources/${doc.id}`)).status).toBe(200)
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
    } as never)
    expect((await rest(`resources/${doc.id}`)).status).toBe(404)
    const { docs } = await payload.find({ collection: 'resources', limit: 100, ...anonymous })
    expect(docs.map((d) => d.id)).not.toContain(doc.id)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedResult } from '../src/seed'
import { eventCounts } from '../src/seed/events'
import { filmSlugs } from '../src/seed/films'
import { pageCount } from '../src/seed/pages'
import { resourceCount, translatedResources } from '../src/seed/resources'
import { anonymousStorySlug, storyCount } from '../src/seed/stories'
import { userEmails } from '../src/seed/users'
import { bootPayload } from './payload'

const password = 'seed-test-password-0123'
const lines: string[] = []
const log = (line: string) => lines.push(line)

let payload: Payload
let first: SeedResult

beforeAll(async () => {
  payload = await bootPayload()
  first = await seed(payload, { log, env: { SEED_PASSWORD: password } })
}, 180_000)

afterAll(async () => {
  await payload?.destroy()
})

const count = async (
  collection: 'resources' | 'stories' | 'films' | 'events' | 'pages' | 'places',
  published?: boolean,
) =>
  (
    await payload.count({
      collection,
      where:
        published === undefined ? {} : { _status: { equals: published ? 'published' : 'draft' } },
    })
  ).totalDocs

describe('seed on an empty database', () => {
  it('creates the expected content', async () => {
    expect(await count('resources', true)).toBe(resourceCount)
    expect(await count('stories', true)).toBe(storyCount)
    expect(await count('pages', true)).toBe(pageCount)
    expect(await count('events', true)).toBe(eventCounts.published)
    expect(await count('events', false)).toBe(eventCounts.drafts)
    // The campaign film is a draft (no file or platform id is known yet); the site's own short
    // film is published.
    expect(await count('films', false)).toBe(1)
    expect(await count('films', true)).toBe(filmSlugs.length - 1)
    // No verified Walsall addresses: no places are invented.
    expect(await count('places')).toBe(0)
    expect(resourceCount).toBeGreaterThanOrEqual(8)
    expect(lines).toContain(`resources: ${resourceCount} created, 0 already there`)
  })

  it('makes one account per role with the given password', async () => {
    expect(first.logins.map((l) => l.email)).toEqual(userEmails)
    expect(first.logins.map((l) => l.role)).toEqual([
      'admin',
      'editor',
      'contributor',
      'support',
      'researcher',
    ])
    const { user } = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.org', password },
    })
    expect(user?.role).toBe('editor')
  })

  it('publishes every resource, readable without signing in, with a review date and sources', async () => {
    const anon = await payload.find({
      collection: 'resources',
      overrideAccess: false,
      limit: 100,
      depth: 0,
    })
    expect(anon.totalDocs).toBe(resourceCount)
    for (const doc of anon.docs) {
      expect(doc._status).toBe('published')
      expect(doc.lastReviewed).toBeTruthy()
      expect(doc.sources?.length).toBeGreaterThan(0)
      const one = await payload.findByID({
        collection: 'resources',
        id: doc.id,
        overrideAccess: false,
        depth: 0,
      })
      expect(one.body.root.children.length).toBeGreaterThan(0)
    }
    const embeddable = anon.docs.filter((d) => d.embeddable).length
    expect(embeddable).toBeGreaterThan(resourceCount / 2)
    const hateCrime = anon.docs.find((d) => d.slug === 'what-is-a-hate-crime')!
    expect(hateCrime.related?.length).toBeGreaterThan(0)
  })

  it('has Urdu for the translated resources and falls back to English for the rest', async () => {
    for (const slug of translatedResources) {
      const { docs } = await payload.find({
        collection: 'resources',
        where: { slug: { equals: slug } },
        locale: 'ur',
        fallbackLocale: false,
        overrideAccess: false,
        depth: 0,
      })
      expect(docs[0]?.title).toMatch(/[\u0600-\u06FF]/)
      expect(docs[0]?.body.root.direction).toBe('rtl')
    }
    const { docs } = await payload.find({
      collection: 'resources',
      where: { slug: { equals: 'restorative-justice' } },
      locale: 'ur',
      overrideAccess: false,
      depth: 0,
    })
    expect(docs[0]?.title).toBe('Restorative justice')
  })

  it('hides the anonymous storyteller’s name from the public, not from staff', async () => {
    const where = { slug: { equals: anonymousStorySlug } }
    const anon = await payload.find({
      collection: 'stories',
      where,
      overrideAccess: false,
      depth: 0,
    })
    expect(anon.docs[0]?.anonymous).toBe(true)
    expect(anon.docs[0]?.displayName).toBeUndefined()
    expect(anon.docs[0]?.portrait).toBeUndefined()
    expect(anon.docs[0]?.consent).toBeUndefined()
    const staff = await payload.find({ collection: 'stories', where, depth: 0 })
    expect(staff.docs[0]?.displayName).toBeTruthy()
    expect(staff.docs[0]?.consent?.given).toBe(true)
  })

  it('fills the globals', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.emergency.emergencyNumber).toBe('999')
    expect(settings.defaultShareImage).toBeTruthy()
    const nav = await payload.findGlobal({ slug: 'navigation', depth: 0 })
    expect(nav.items?.map((i) => i.link.url)).toEqual([
      '/resources/',
      '/report/',
      '/safe-spaces/',
      '/films/',
      '/stories/',
      '/events/',
    ])
    const footer = await payload.findGlobal({ slug: 'footer', depth: 0 })
    expect(footer.partners?.length).toBeGreaterThan(3)
  })

  it('gives every seeded picture alt text', async () => {
    const media = await payload.find({
      collection: 'media',
      where: { mimeType: { like: 'image/' } },
      limit: 100,
      depth: 0,
    })
    expect(media.totalDocs).toBeGreaterThan(0)
    for (const m of media.docs) {
      expect(m.alt?.length).toBeGreaterThan(10)
      expect(m.width).toBeGreaterThanOrEqual(1280)
      expect(m.height! / m.width!).toBeCloseTo(9 / 16, 2)
    }
  })

  it('publishes its own film with every accessibility piece', async () => {
    const { docs } = await payload.find({
      collection: 'films',
      where: { slug: { equals: 'report-it-who-to-call' } },
      depth: 1,
      overrideAccess: false,
    })
    const film = docs[0]!
    expect(film.provider).toBe('upload')
    expect(typeof film.video === 'object' && film.video?.mimeType).toBe('video/webm')
    expect(film.captions?.map((c) => c.language)).toEqual(['en', 'ur'])
    for (const c of film.captions ?? [])
      expect(typeof c.file === 'object' && c.file.mimeType).toBe('text/vtt')
    expect(
      typeof film.audioDescribed?.video === 'object' && film.audioDescribed.video?.mimeType,
    ).toBe('video/webm')
    expect(JSON.stringify(film.transcript)).toContain('0800 138 1625')
    expect(film.duration).toBeGreaterThan(20)
  })
})

describe('seed again', () => {
  it('creates nothing the second time and says so', async () => {
    lines.length = 0
    const again = await seed(payload, { log, env: { SEED_PASSWORD: password } })
    expect(again.created).toBe(0)
    expect(again.logins).toEqual([])
    expect(lines).toContain(`resources: 0 created, ${resourceCount} already there`)
    expect(lines.at(-1)).toBe('Nothing to do: everything was already there.')
  })

  it('refuses a non-empty database in production unless forced', async () => {
    await expect(seed(payload, { log, env: { NODE_ENV: 'production' } })).rejects.toThrow(
      /not empty.*SEED_FORCE=true/s,
    )
    const forced = await seed(payload, { log, env: { NODE_ENV: 'production', SEED_FORCE: 'true' } })
    expect(forced.created).toBe(0)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign } from '../src/publish/preview'
import {
  attempt,
  downloadBody,
  file,
  pdf,
  png,
  uniqueName,
  uploadImage,
  validData,
} from './fixtures'
import { bootPayload, makeUser } from './payload'
import { graphqlQuery, login, restAt } from './routes'

/**
 * Field privacy that fails closed: what the public must never read (an anonymous storyteller's
 * name and portrait, consent records) stays hidden on every read path, and no query answers
 * questions about it. Attacks are the ones a visitor can type into a browser.
 */
const realName = 'Zainab Secretname'

let payload: Payload
let contributorToken: string
let posterId: number
let anonymous: { id: number; title: string }
let named: { id: number; title: string }
let filmId: number
let portraitId: number
let portraitFilename: string

type Doc = Record<string, unknown>
const leaks = (value: unknown) => JSON.stringify(value ?? null).includes('Secretname')

beforeAll(async () => {
  payload = await bootPayload()
  await makeUser(payload, 'admin', 'first')
  const contributor = await makeUser(payload, 'contributor', 'writer')
  contributorToken = await login(payload, contributor.email, 'correct horse battery staple')
  posterId = (await uploadImage(payload, 64, 36)).id
  const portrait = await uploadImage(payload, 64, 64)
  portraitId = portrait.id
  portraitFilename = portrait.filename!
  anonymous = (await payload.create({
    collection: 'stories',
    data: {
      ...validData('stories', posterId),
      anonymous: true,
      displayName: realName,
      portrait: portraitId,
      _status: 'published',
    },
  } as never)) as never
  named = (await payload.create({
    collection: 'stories',
    data: { ...validData('stories', posterId), _status: 'published' },
  } as never)) as never
  filmId = (
    await payload.create({
      collection: 'films',
      data: {
        ...validData('films', posterId),
        relatedStories: [anonymous.id],
        _status: 'published',
      },
    } as never)
  ).id as number
})
afterAll(async () => {
  await payload?.destroy()
})

describe('an anonymous storyteller’s name is hidden on every read path', () => {
  type Body = Doc & { docs?: Doc[] }
  /** Where the anonymous story is in each kind of answer: it must be there, without the name. */
  const byId = (body: Body) => body
  const inList = (body: Body) => body.docs?.find((doc) => doc.id === anonymous.id)
  const inFilm = (body: Body) => (body.relatedStories as Doc[] | undefined)?.[0]
  const inFilmList = (body: Body) => inFilm(body.docs?.[0] ?? {})

  it.each([
    [`stories/ID?select[displayName]=true`, byId],
    [`stories/ID?select[anonymous]=false`, byId],
    [`stories/ID?select[displayName]=true&select[portrait]=true&depth=1`, byId],
    [`stories?where[id][equals]=ID&select[displayName]=true`, inList],
    [`stories?where[id][equals]=ID&select[anonymous]=false&depth=2`, inList],
    [`stories?where[id][equals]=ID&draft=true&select[displayName]=true`, inList],
    [`films/FILM?depth=1&populate[stories][displayName]=true`, inFilm],
    [
      `films/FILM?depth=2&populate[stories][displayName]=true&populate[stories][portrait]=true`,
      inFilm,
    ],
    [`films?where[id][equals]=FILM&depth=1&populate[stories][anonymous]=false`, inFilmList],
  ])('REST %s', async (path, story) => {
    const res = await restAt(
      'GET',
      path.replace('ID', String(anonymous.id)).replace('FILM', String(filmId)),
    )
    // The story itself is in the answer (not an error or an empty list), only its name is not.
    expect(res.status, res.text).toBe(200)
    expect(story(res.body as Body)?.id, res.text).toBe(anonymous.id)
    expect(leaks(res.body), res.text).toBe(false)
    expect(res.text).not.toContain(portraitFilename)
  })

  it('REST: a named storyteller still shows, even with a narrow select', async () => {
    const res = await restAt('GET', `stories/${named.id}?select[displayName]=true`)
    expect(res.status).toBe(200)
    expect(res.body.displayName).toBe('Amira')
  })

  it('REST: a list reads its storytellers’ choices in one query, not one per story', async () => {
    const db = payload.db as unknown as Record<'find' | 'findOne', (args: never) => unknown>
    const reads: string[] = []
    const originals = { find: db.find, findOne: db.findOne }
    for (const method of ['find', 'findOne'] as const) {
      db[method] = (args: { collection: string }) => {
        if (args.collection === 'stories') reads.push(method)
        return originals[method].call(payload.db, args as never)
      }
    }
    try {
      const res = await restAt('GET', 'stories?limit=50&depth=0&sort=title')
      const docs = (res.body as Body).docs ?? []
      expect(docs.find((d) => d.id === named.id)?.displayName).toBe('Amira')
      expect(leaks(res.body)).toBe(false)
      expect(docs.length).toBeGreaterThanOrEqual(2)
      // The list itself, then every story's choice at once.
      expect(reads).toEqual(['find', 'find'])
    } finally {
      Object.assign(db, originals)
    }
  })

  it('Local API with overrideAccess: false, select and populate', async () => {
    const bySelect = await payload.findByID({
      collection: 'stories',
      id: anonymous.id,
      select: { displayName: true, portrait: true },
      overrideAccess: false,
    })
    expect(bySelect.id).toBe(anonymous.id)
    expect(leaks(bySelect)).toBe(false)
    const film = await payload.findByID({
      collection: 'films',
      id: filmId,
      depth: 1,
      populate: { stories: { displayName: true } },
      overrideAccess: false,
    })
    expect((film.relatedStories as Doc[] | undefined)?.[0]?.id).toBe(anonymous.id)
    expect(leaks(film)).toBe(false)
  })

  it('GraphQL: by id, in a list and populated through a film', async () => {
    const res = await graphqlQuery(`{
      Story(id: ${anonymous.id}) { title displayName portrait { filename } }
      Stories(limit: 100) { docs { id displayName } }
      Film(id: ${filmId}) { relatedStories { displayName } }
    }`)
    // Answered, with the story in each place; only the name and portrait are left out.
    const data = (res.body as { data?: Record<string, Doc> }).data
    expect(data?.Story?.title, res.text).toBe(anonymous.title)
    expect((data?.Stories?.docs as Doc[]).map((d) => String(d.id))).toContain(String(anonymous.id))
    expect(data?.Film?.relatedStories, res.text).toHaveLength(1)
    expect(leaks(res.body), res.text).toBe(false)
    expect(res.text).not.toContain(portraitFilename)
  })

  it('versions are for staff only', async () => {
    const res = await restAt('GET', `stories/versions?where[parent][equals]=${anonymous.id}`)
    expect(res.status).toBe(403)
    expect(leaks(res.body)).toBe(false)
  })
})

describe('no oracle: the public cannot query or sort on hidden fields', () => {
  /**
   * The public's answers for the right first letters and for wrong ones must not differ. Staff,
   * who may read the field, do get different answers: the query is one that would tell.
   */
  it.each([
    [
      'count',
      'Zainab',
      (p: string) => `stories/count?where[id][equals]=ID&where[displayName][like]=${p}`,
    ],
    ['find', 'Zainab', (p: string) => `stories?where[id][equals]=ID&where[displayName][like]=${p}`],
    [
      'find, or',
      'Zainab',
      (p: string) => `stories?where[or][0][displayName][like]=${p}&where[or][0][id][equals]=ID`,
    ],
    [
      'through a film',
      'Zainab',
      (p: string) => `films?where[relatedStories.displayName][like]=${p}`,
    ],
    [
      'consent notes',
      'Signed form',
      (p: string) => `stories/count?where[consent.notes][like]=${p}`,
    ],
  ])('%s', async (_name, prefix, path) => {
    const ask = (p: string, token?: string) =>
      restAt('GET', path(p).replace('ID', String(anonymous.id)), { token })
    const right = await ask(prefix)
    const wrong = await ask('Qqqqqq')
    expect(right.status).toBeLessThan(500)
    if (right.status === 200) expect(right.body).toEqual(wrong.body)
    else expect([400, 403]).toContain(right.status)
    expect(leaks(right.body)).toBe(false)

    const staffRight = await ask(prefix, contributorToken)
    const staffWrong = await ask('Qqqqqq', contributorToken)
    expect(staffRight.status, staffRight.text).toBe(200)
    expect(staffRight.body).not.toEqual(staffWrong.body)
  })

  it('sorting by a hidden field is refused for the public', async () => {
    const res = await restAt('GET', 'stories?sort=displayName')
    expect([400, 403]).toContain(res.status)
    const staff = await restAt('GET', 'stories?sort=displayName', { token: contributorToken })
    expect(staff.status).toBe(200)
  })

  it('GraphQL where on a hidden field answers nothing about it', async () => {
    const q = (p: string) =>
      graphqlQuery(`{ Stories(where: { displayName: { like: "${p}" } }) { totalDocs } }`)
    const right = await q('Zainab')
    const wrong = await q('Qqqqqq')
    expect(right.body?.data?.Stories?.totalDocs ?? null).toEqual(
      wrong.body?.data?.Stories?.totalDocs ?? null,
    )
    // Staff, who may read the name, get an answer that tells: the query itself works.
    const staff = (p: string) =>
      graphqlQuery(`{ Stories(where: { displayName: { like: "${p}" } }) { totalDocs } }`, {
        token: contributorToken,
      })
    expect((await staff('Zainab')).body?.data?.Stories?.totalDocs).toBe(1)
    expect((await staff('Qqqqqq')).body?.data?.Stories?.totalDocs).toBe(0)
  })
})

describe('preview links show only what visitors would see', () => {
  const previewGet = (collection: string, id: number) => {
    const exp = Math.floor(Date.now() / 1000) + 600
    return restAt(
      'GET',
      `publish/preview/${collection}/${id}?exp=${exp}&sig=${sign(collection, id, exp)}`,
    )
  }

  it('no consent record and no anonymous storyteller’s name or portrait', async () => {
    await payload.update({
      collection: 'stories',
      id: anonymous.id,
      draft: true,
      data: { title: 'A draft title' },
    })
    const res = await previewGet('stories', anonymous.id)
    expect(res.status).toBe(200)
    expect(res.body.title).toMatchObject({ en: 'A draft title' })
    expect(res.body).not.toHaveProperty('consent')
    expect(res.body).not.toHaveProperty('displayName')
    expect(res.body).not.toHaveProperty('portrait')
    expect(leaks(res.body)).toBe(false)
  })

  it('a named storyteller’s draft keeps the name (the page shows it)', async () => {
    const res = await previewGet('stories', named.id)
    expect(res.body.displayName).toBe('Amira')
    expect(res.body).not.toHaveProperty('consent')
  })
})

describe('media: the public sees only files that published content shows', () => {
  const upload = async (alt: string) =>
    payload.create({
      collection: 'media',
      data: { alt },
      file: file(await png(40, 30), uniqueName('privacy', 'png'), 'image/png'),
    })

  it('lists and serves used files; not files only on drafts, unused, or an anonymous portrait', async () => {
    const used = await upload('Used on a published resource')
    const draftOnly = await upload('Only on a draft resource')
    const unused = await upload('Not used anywhere yet')
    await payload.create({
      collection: 'resources',
      data: { ...validData('resources', posterId), image: used.id, _status: 'published' },
    } as never)
    await payload.create({
      collection: 'resources',
      draft: true,
      data: { ...validData('resources', posterId), image: draftOnly.id, _status: 'draft' },
    } as never)

    const list = await restAt('GET', 'media?limit=1000&depth=0')
    expect(list.status).toBe(200)
    const ids = (list.body.docs as Doc[]).map((d) => d.id)
    expect(ids).toContain(used.id)
    expect(ids).toContain(posterId)
    expect(ids).not.toContain(draftOnly.id)
    expect(ids).not.toContain(unused.id)
    expect(ids).not.toContain(portraitId)

    for (const [doc, visible] of [
      [used, true],
      [draftOnly, false],
      [unused, false],
    ] as const) {
      const byId = await restAt('GET', `media/${doc.id}`)
      expect(byId.status, `media ${doc.alt}`).toBe(visible ? 200 : 404)
      const served = await restAt('GET', `media/file/${doc.filename}`)
      expect(served.status, `file of ${doc.alt}`).toBe(visible ? 200 : 403)
      const size = doc.sizes?.thumbnail?.filename
      if (size) expect((await restAt('GET', `media/file/${size}`)).status).toBe(visible ? 200 : 403)
    }
    expect((await restAt('GET', `media/file/${portraitFilename}`)).status).toBe(403)
    const count = await restAt('GET', `media/count?where[id][equals]=${draftOnly.id}`)
    expect(count.body.totalDocs).toBe(0)
  })

  it('staff see every file', async () => {
    const unused = await upload('Staff can see this')
    const res = await restAt('GET', `media/${unused.id}`, { token: contributorToken })
    expect(res.status).toBe(200)
  })

  it('a file becomes public when its page is published, and private again when it is unpublished', async () => {
    const image = await upload('Published later')
    const doc = await payload.create({
      collection: 'resources',
      draft: true,
      data: { ...validData('resources', posterId), image: image.id, _status: 'draft' },
    } as never)
    expect((await restAt('GET', `media/${image.id}`)).status).toBe(404)
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' } })
    expect((await restAt('GET', `media/${image.id}`)).status).toBe(200)
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'draft' } })
    expect((await restAt('GET', `media/${image.id}`)).status).toBe(404)
  })

  it('files in rich text (a Download block) and in site settings are public', async () => {
    const leaflet = await payload.create({
      collection: 'media',
      data: {},
      file: file(pdf(), uniqueName('leaflet', 'pdf'), 'application/pdf'),
    })
    await payload.create({
      collection: 'resources',
      data: {
        ...validData('resources', posterId),
        body: downloadBody(leaflet.id),
        _status: 'published',
      },
    } as never)
    const share = await upload('Default share image')
    await payload.updateGlobal({ slug: 'site-settings', data: { defaultShareImage: share.id } })
    expect((await restAt('GET', `media/${leaflet.id}`)).status).toBe(200)
    expect((await restAt('GET', `media/${share.id}`)).status).toBe(200)
  })

  it('an attempt to read hidden media through a query is refused or empty', async () => {
    const byId = (id: number) =>
      attempt(() =>
        payload.find({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false }),
      )
    const res = await byId(portraitId)
    expect(res.ok && res.value.totalDocs).toBe(0)
    // The same query finds a file published content shows.
    const shown = await byId(posterId)
    expect(shown.ok && shown.value.totalDocs).toBe(1)
  })
})

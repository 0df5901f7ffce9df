import { REST_GET } from '@payloadcms/next/routes'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@hcri/shared'
import type { User } from '@hcri/shared/payload-types'

import {
  attempt,
  contentCollections,
  expectPlainEnglish,
  file,
  globals,
  png,
  titleField,
  uniqueName,
  uploadImage,
  validData,
  type ContentCollection,
} from './fixtures'
import { bootPayload, makeUser } from './payload'
import { graphqlQuery, login, restAt } from './routes'

/**
 * Who may do what, through the Local API with access control on (`overrideAccess: false`), as the
 * admin and the REST API enforce it. Each row of a table is one test.
 */
type Actor = 'anonymous' | 'contributor' | 'editor' | 'admin'
type Staff = Exclude<Actor, 'anonymous'>
const actors: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']

let payload: Payload
let posterId: number
let firstUser: User
const users = {} as Record<Staff, User & { collection: 'users' }>

/** Access-controlled options for an actor. */
const as = (actor: Actor) =>
  actor === 'anonymous'
    ? { overrideAccess: false as const }
    : { overrideAccess: false as const, user: users[actor] }

type Doc = Record<string, unknown> & { id: number }

async function createDoc(
  collection: ContentCollection,
  status: 'draft' | 'published',
): Promise<Doc> {
  return (await payload.create({
    collection,
    draft: status === 'draft',
    data: { ...validData(collection, posterId), _status: status },
  } as never)) as unknown as Doc
}

/** Whether anonymous visitors can read the document (what reaches the static site). */
async function publiclyVisible(collection: ContentCollection, id: number) {
  const result = await attempt(() => payload.findByID({ collection, id, overrideAccess: false }))
  return result.ok
}

beforeAll(async () => {
  payload = await bootPayload()
  // The first account ever made is an admin, whatever role was asked for (the "create first user"
  // screen), so it is made before the real test accounts.
  firstUser = await makeUser(payload, 'contributor', 'first')
  users.admin = await makeUser(payload, 'admin')
  users.editor = await makeUser(payload, 'editor')
  users.contributor = await makeUser(payload, 'contributor')
  posterId = (await uploadImage(payload, 64, 36)).id
})
afterAll(async () => {
  await payload?.destroy()
})

describe('accounts', () => {
  it('the very first account is made an admin; later accounts keep the role they were given', () => {
    expect(firstUser.role).toBe('admin')
    expect(users.editor.role).toBe('editor')
    expect(users.contributor.role).toBe('contributor')
  })
})

describe('content collections (resources, films, stories, events, places, pages)', () => {
  type Op =
    | 'create a draft'
    | 'read published'
    | 'read a draft'
    | 'edit a draft'
    | 'publish'
    | 'delete'
  const rules: Record<Op, Record<Actor, boolean>> = {
    'create a draft': { anonymous: false, contributor: true, editor: true, admin: true },
    'read published': { anonymous: true, contributor: true, editor: true, admin: true },
    'read a draft': { anonymous: false, contributor: true, editor: true, admin: true },
    'edit a draft': { anonymous: false, contributor: true, editor: true, admin: true },
    publish: { anonymous: false, contributor: false, editor: true, admin: true },
    delete: { anonymous: false, contributor: false, editor: true, admin: true },
  }
  const cases = contentCollections.flatMap((collection) =>
    (Object.keys(rules) as Op[]).flatMap((op) =>
      actors.map((actor) => ({ collection, op, actor, allowed: rules[op][actor] })),
    ),
  )

  it.each(cases)(
    '$collection: $actor may $op → $allowed',
    async ({ collection, op, actor, allowed }) => {
      const field = titleField(collection)
      switch (op) {
        case 'create a draft': {
          const data: Record<string, unknown> = {
            ...validData(collection, posterId),
            _status: 'draft',
          }
          const result = await attempt(() =>
            payload.create({ collection, data, draft: true, ...as(actor) } as never),
          )
          if (allowed) {
            expect(result.ok, !result.ok ? result.message : '').toBe(true)
            const stored = await payload.find({
              collection,
              where: { [field]: { equals: data[field] } },
              draft: true,
            } as never)
            expect(stored.totalDocs).toBe(1)
          } else {
            expect(result.ok).toBe(false)
            expect(!result.ok && result.status).toBe(403)
          }
          return
        }
        case 'read published': {
          const doc = await createDoc(collection, 'published')
          const byId = await attempt(() =>
            payload.findByID({ collection, id: doc.id, ...as(actor) }),
          )
          const list = await payload.find({ collection, limit: 0, pagination: false, ...as(actor) })
          expect(byId.ok).toBe(allowed)
          expect(list.docs.some((d) => d.id === doc.id)).toBe(allowed)
          return
        }
        case 'read a draft': {
          const doc = await createDoc(collection, 'draft')
          const byId = await attempt(() =>
            payload.findByID({ collection, id: doc.id, draft: true, ...as(actor) }),
          )
          const list = await payload.find({
            collection,
            draft: true,
            limit: 0,
            pagination: false,
            ...as(actor),
          })
          expect(byId.ok).toBe(allowed)
          if (!allowed) expect(!byId.ok && byId.status).toBe(404)
          expect(list.docs.some((d) => d.id === doc.id)).toBe(allowed)
          return
        }
        case 'edit a draft': {
          const doc = await createDoc(collection, 'draft')
          const title = `Edited by ${actor}`
          const result = await attempt(() =>
            payload.update({
              collection,
              id: doc.id,
              draft: true,
              data: { [field]: title },
              ...as(actor),
            } as never),
          )
          const stored = (await payload.findByID({
            collection,
            id: doc.id,
            draft: true,
          })) as unknown as Doc
          if (allowed) {
            expect(result.ok, !result.ok ? result.message : '').toBe(true)
            expect(stored[field]).toBe(title)
          } else {
            expect(!result.ok && result.status).toBe(403)
            expect(stored[field]).toBe(doc[field])
          }
          return
        }
        case 'publish': {
          const doc = await createDoc(collection, 'draft')
          const result = await attempt(() =>
            payload.update({
              collection,
              id: doc.id,
              data: { _status: 'published' },
              ...as(actor),
            } as never),
          )
          expect(result.ok, !result.ok ? result.message : '').toBe(allowed)
          expect(await publiclyVisible(collection, doc.id)).toBe(allowed)
          if (!allowed) expect(!result.ok && result.status).toBe(403)
          if (actor === 'contributor' && !result.ok) {
            expect(result.message).toMatch(/cannot publish/)
            expect(result.message).toMatch(/ask an editor/)
            expectPlainEnglish(result.message)
          }
          return
        }
        case 'delete': {
          const doc = await createDoc(collection, 'published')
          const result = await attempt(() =>
            payload.delete({ collection, id: doc.id, ...as(actor) }),
          )
          const left = await payload.count({ collection, where: { id: { equals: doc.id } } })
          expect(result.ok).toBe(allowed)
          expect(left.totalDocs).toBe(allowed ? 0 : 1)
          if (!allowed) expect(!result.ok && result.status).toBe(403)
          return
        }
      }
    },
  )
})

describe('contributors: drafts only, never the live version', () => {
  it.each(contentCollections)(
    '%s: creating as "published" is refused with an explanation',
    async (collection) => {
      const data: Record<string, unknown> = {
        ...validData(collection, posterId),
        _status: 'published',
      }
      const result = await attempt(() =>
        payload.create({ collection, data, ...as('contributor') } as never),
      )
      expect(result.ok).toBe(false)
      expect(!result.ok && result.status).toBe(403)
      expect(!result.ok && result.message).toMatch(
        /^Contributors can save drafts but cannot publish\./,
      )
      const stored = await payload.count({
        collection,
        where: { [titleField(collection)]: { equals: data[titleField(collection)] } },
      } as never)
      expect(stored.totalDocs).toBe(0)
    },
  )

  it('a document created without a status is a draft', async () => {
    const doc = (await payload.create({
      collection: 'resources',
      data: validData('resources', posterId),
      ...as('contributor'),
    } as never)) as unknown as Doc
    expect(doc._status).toBe('draft')
    expect(await publiclyVisible('resources', doc.id)).toBe(false)
  })

  it.each(contentCollections)(
    '%s: an edit to a published document is saved as a draft; visitors still see the published version',
    async (collection) => {
      const field = titleField(collection)
      const doc = await createDoc(collection, 'published')
      // No `draft` flag: what a REST PATCH without ?draft=true sends.
      const result = await attempt(() =>
        payload.update({
          collection,
          id: doc.id,
          data: { [field]: 'Changed by a contributor' },
          ...as('contributor'),
        } as never),
      )
      expect(result.ok, !result.ok ? result.message : '').toBe(true)
      const live = (await payload.findByID({
        collection,
        id: doc.id,
        overrideAccess: false,
      })) as unknown as Doc
      expect(live[field]).toBe(doc[field])
      const draft = (await payload.findByID({
        collection,
        id: doc.id,
        draft: true,
        ...as('editor'),
      })) as unknown as Doc
      expect(draft[field]).toBe('Changed by a contributor')
    },
  )

  it('cannot unpublish a published document: the change is kept as a draft', async () => {
    const doc = await createDoc('resources', 'published')
    const result = await attempt(() =>
      payload.update({
        collection: 'resources',
        id: doc.id,
        data: { _status: 'draft' },
        ...as('contributor'),
      } as never),
    )
    // Saved (not refused for another reason), as a draft beside the live version.
    expect(result.ok, !result.ok ? result.message : '').toBe(true)
    expect(await publiclyVisible('resources', doc.id)).toBe(true)
  })

  it('an editor can publish what a contributor drafted', async () => {
    const doc = (await payload.create({
      collection: 'resources',
      draft: true,
      data: validData('resources', posterId),
      ...as('contributor'),
    } as never)) as unknown as Doc
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { _status: 'published' },
      ...as('editor'),
    } as never)
    expect(await publiclyVisible('resources', doc.id)).toBe(true)
  })
})

describe('no route around the roles: contributors never make anything live', () => {
  type Op =
    | 'duplicate a published document as published (REST)'
    | 'duplicate a published document (Local API)'
    | 'restore a published version'
    | 'bulk publish drafts'
    | 'bulk edit published documents'
    | 'bulk delete'
    | 'publish through GraphQL'
    | 'schedule publishing'
    | 'delete an editor’s schedule'
  const rules: Record<Op, Record<Staff, boolean>> = {
    'duplicate a published document as published (REST)': {
      contributor: false,
      editor: true,
      admin: true,
    },
    'duplicate a published document (Local API)': { contributor: false, editor: true, admin: true },
    'restore a published version': { contributor: false, editor: true, admin: true },
    'bulk publish drafts': { contributor: false, editor: true, admin: true },
    'bulk edit published documents': { contributor: false, editor: true, admin: true },
    'bulk delete': { contributor: false, editor: true, admin: true },
    'publish through GraphQL': { contributor: false, editor: true, admin: true },
    'schedule publishing': { contributor: false, editor: true, admin: true },
    'delete an editor’s schedule': { contributor: false, editor: true, admin: true },
  }
  const staff: Staff[] = ['contributor', 'editor', 'admin']
  const cases = contentCollections.flatMap((collection) =>
    (Object.keys(rules) as Op[]).flatMap((op) =>
      staff.map((actor) => ({ collection, op, actor, allowed: rules[op][actor] })),
    ),
  )
  const tokens = {} as Record<Staff, string>
  const graphqlName: Record<ContentCollection, string> = {
    resources: 'Resource',
    films: 'Film',
    stories: 'Story',
    events: 'Event',
    places: 'Place',
    pages: 'Page',
  }
  const liveTitle = async (collection: ContentCollection, id: number) => {
    const doc = await attempt(() => payload.findByID({ collection, id, overrideAccess: false }))
    return doc.ok ? (doc.value as unknown as Doc)[titleField(collection)] : undefined
  }
  const publicCount = async (collection: ContentCollection, title: string) =>
    (
      await payload.count({
        collection,
        where: { [titleField(collection)]: { equals: title } },
        overrideAccess: false,
      } as never)
    ).totalDocs
  const scheduleJobs = async (collection: ContentCollection, id: number) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          taskSlug: { equals: 'schedulePublish' },
          'input.doc.relationTo': { equals: collection },
          'input.doc.value': { equals: String(id) },
        },
        overrideAccess: true,
      } as never)
    ).docs

  beforeAll(async () => {
    for (const actor of staff)
      tokens[actor] = await login(payload, users[actor].email, 'correct horse battery staple')
  })

  it.each(cases)(
    '$collection: $actor may $op → $allowed',
    async ({ collection, op, actor, allowed }) => {
      const field = titleField(collection)
      const fresh = `Copy ${Math.random().toString(36).slice(2, 8)}`
      switch (op) {
        case 'duplicate a published document as published (REST)': {
          const doc = await createDoc(collection, 'published')
          const res = await restAt('POST', `${collection}/${doc.id}/duplicate?draft=false`, {
            token: tokens[actor],
            body: { [field]: fresh, slug: slugify(fresh) },
          })
          expect(res.status).toBeLessThan(500)
          expect(await publicCount(collection, fresh)).toBe(allowed ? 1 : 0)
          return
        }
        case 'duplicate a published document (Local API)': {
          const doc = await createDoc(collection, 'published')
          await attempt(() =>
            payload.duplicate({
              collection,
              id: doc.id,
              data: { [field]: fresh, slug: slugify(fresh) },
              ...as(actor),
            } as never),
          )
          expect(await publicCount(collection, fresh)).toBe(allowed ? 1 : 0)
          return
        }
        case 'restore a published version': {
          const doc = await createDoc(collection, 'published')
          await payload.update({
            collection,
            id: doc.id,
            data: { [field]: fresh, _status: 'published' },
          } as never)
          const { docs } = await payload.findVersions({
            collection,
            where: { parent: { equals: doc.id } },
            sort: 'createdAt',
          })
          const first = docs.find((v) => {
            const version = v.version as unknown as Doc
            return version[field] === doc[field] && version._status === 'published'
          })!
          await attempt(() => payload.restoreVersion({ collection, id: first.id, ...as(actor) }))
          expect(await liveTitle(collection, doc.id)).toBe(allowed ? doc[field] : fresh)
          return
        }
        case 'bulk publish drafts': {
          const draft = await createDoc(collection, 'draft')
          await attempt(() =>
            payload.update({
              collection,
              where: { id: { in: [draft.id] } },
              data: { _status: 'published' },
              ...as(actor),
            } as never),
          )
          expect(await publiclyVisible(collection, draft.id)).toBe(allowed)
          return
        }
        case 'bulk edit published documents': {
          const doc = await createDoc(collection, 'published')
          await attempt(() =>
            payload.update({
              collection,
              where: { id: { in: [doc.id] } },
              data: { [field]: fresh },
              ...as(actor),
            } as never),
          )
          expect(await liveTitle(collection, doc.id)).toBe(allowed ? fresh : doc[field])
          return
        }
        case 'bulk delete': {
          const doc = await createDoc(collection, 'published')
          await attempt(() =>
            payload.delete({ collection, where: { id: { in: [doc.id] } }, ...as(actor) }),
          )
          expect(await publiclyVisible(collection, doc.id)).toBe(!allowed)
          return
        }
        case 'publish through GraphQL': {
          const draft = await createDoc(collection, 'draft')
          const res = await graphqlQuery(
            `mutation { update${graphqlName[collection]}(id: ${draft.id}, data: { _status: published }) { id } }`,
            { token: tokens[actor] },
          )
          expect(res.status).toBeLessThan(500)
          expect(await publiclyVisible(collection, draft.id)).toBe(allowed)
          return
        }
        case 'schedule publishing': {
          const draft = await createDoc(collection, 'draft')
          const req = await createLocalReq({ user: users[actor] }, payload)
          await attempt(async () =>
            schedulePublishHandler({
              type: 'publish',
              date: new Date(Date.now() - 1000),
              doc: { relationTo: collection, value: String(draft.id) },
              req,
            } as never),
          )
          expect((await scheduleJobs(collection, draft.id)).length).toBe(allowed ? 1 : 0)
          return
        }
        case 'delete an editor’s schedule': {
          const doc = await createDoc(collection, 'published')
          const job = await payload.jobs.queue({
            task: 'schedulePublish',
            waitUntil: new Date(Date.now() + 86_400_000),
            input: {
              type: 'unpublish',
              doc: { relationTo: collection, value: String(doc.id) },
              user: { relationTo: 'users', value: users.editor.id },
            },
          } as never)
          const req = await createLocalReq({ user: users[actor] }, payload)
          await attempt(async () => schedulePublishHandler({ deleteID: job.id, req } as never))
          const left = (await scheduleJobs(collection, doc.id)).map((j) => j.id)
          if (allowed) expect(left).not.toContain(job.id)
          else expect(left).toContain(job.id)
          return
        }
      }
    },
  )
})

describe('media', () => {
  type Op =
    | 'upload'
    | 'read media published content uses'
    | 'read media nothing published uses'
    | 'edit media nothing published uses'
    | 'edit media published content uses'
    | 'replace the file of media published content uses'
    | 'delete'
  const rules: Record<Op, Record<Actor, boolean>> = {
    upload: { anonymous: false, contributor: true, editor: true, admin: true },
    'read media published content uses': {
      anonymous: true,
      contributor: true,
      editor: true,
      admin: true,
    },
    'read media nothing published uses': {
      anonymous: false,
      contributor: true,
      editor: true,
      admin: true,
    },
    'edit media nothing published uses': {
      anonymous: false,
      contributor: true,
      editor: true,
      admin: true,
    },
    'edit media published content uses': {
      anonymous: false,
      contributor: false,
      editor: true,
      admin: true,
    },
    'replace the file of media published content uses': {
      anonymous: false,
      contributor: false,
      editor: true,
      admin: true,
    },
    delete: { anonymous: false, contributor: false, editor: true, admin: true },
  }
  const cases = (Object.keys(rules) as Op[]).flatMap((op) =>
    actors.map((actor) => ({ op, actor, allowed: rules[op][actor] })),
  )

  it.each(cases)('media: $actor may $op → $allowed', async ({ op, actor, allowed }) => {
    const small = async () => file(await png(48, 32), uniqueName('access', 'png'), 'image/png')
    const existing = async () =>
      payload.create({
        collection: 'media',
        data: { alt: 'A small test image' },
        file: await small(),
      })
    /** Media a published resource shows: what the live site depends on. */
    const used = async () => {
      const doc = await existing()
      await payload.create({
        collection: 'resources',
        data: { ...validData('resources', posterId), image: doc.id, _status: 'published' },
      } as never)
      return doc
    }
    let result: Awaited<ReturnType<typeof attempt>>
    switch (op) {
      case 'upload':
        result = await attempt(async () =>
          payload.create({
            collection: 'media',
            data: { alt: 'A small test image' },
            file: await small(),
            ...as(actor),
          }),
        )
        break
      case 'read media published content uses': {
        const doc = await used()
        result = await attempt(() =>
          payload.findByID({ collection: 'media', id: doc.id, ...as(actor) }),
        )
        break
      }
      case 'read media nothing published uses': {
        const doc = await existing()
        result = await attempt(() =>
          payload.findByID({ collection: 'media', id: doc.id, ...as(actor) }),
        )
        // Hidden from the public as if it did not exist.
        if (!allowed) {
          expect(!result.ok && result.status).toBe(404)
          return
        }
        break
      }
      case 'edit media published content uses':
      case 'edit media nothing published uses': {
        const doc = op === 'edit media published content uses' ? await used() : await existing()
        result = await attempt(() =>
          payload.update({
            collection: 'media',
            id: doc.id,
            data: { alt: 'A better description' },
            ...as(actor),
          }),
        )
        const stored = await payload.findByID({ collection: 'media', id: doc.id })
        expect(stored.alt).toBe(allowed ? 'A better description' : 'A small test image')
        break
      }
      case 'replace the file of media published content uses': {
        const doc = await used()
        result = await attempt(async () =>
          payload.update({
            collection: 'media',
            id: doc.id,
            data: {},
            file: await small(),
            ...as(actor),
          }),
        )
        const stored = await payload.findByID({ collection: 'media', id: doc.id })
        expect(stored.filename === doc.filename).toBe(!allowed)
        break
      }
      case 'delete': {
        const doc = await existing()
        result = await attempt(() =>
          payload.delete({ collection: 'media', id: doc.id, ...as(actor) }),
        )
        expect(
          (await payload.count({ collection: 'media', where: { id: { equals: doc.id } } }))
            .totalDocs,
        ).toBe(allowed ? 0 : 1)
        break
      }
    }
    expect(result.ok, !result.ok ? result.message : '').toBe(allowed)
    if (!allowed) expect(!result.ok && result.status).toBe(403)
  })
})

describe('users', () => {
  type Op =
    | 'create an account'
    | 'list accounts'
    | 'read their own account'
    | 'read another account'
    | 'edit their own name'
    | 'edit another account'
    | 'change another account’s role'
    | 'delete another account'
  /** `null`: the operation means nothing for this actor (anonymous has no account). */
  const rules: Record<Op, Record<Actor, boolean | null>> = {
    'create an account': { anonymous: false, contributor: false, editor: false, admin: true },
    'list accounts': { anonymous: false, contributor: false, editor: false, admin: true },
    'read their own account': { anonymous: null, contributor: true, editor: true, admin: true },
    'read another account': { anonymous: false, contributor: false, editor: false, admin: true },
    'edit their own name': { anonymous: null, contributor: true, editor: true, admin: true },
    'edit another account': { anonymous: false, contributor: false, editor: false, admin: true },
    'change another account’s role': {
      anonymous: false,
      contributor: false,
      editor: false,
      admin: true,
    },
    'delete another account': { anonymous: false, contributor: false, editor: false, admin: true },
  }
  const cases = (Object.keys(rules) as Op[]).flatMap((op) =>
    actors
      .filter((actor) => rules[op][actor] !== null)
      .map((actor) => ({ op, actor, allowed: rules[op][actor]! })),
  )
  const target = () => makeUser(payload, 'contributor', 'target')

  it.each(cases)('users: $actor may $op → $allowed', async ({ op, actor, allowed }) => {
    switch (op) {
      case 'create an account': {
        const email = uniqueName('new', 'example.org').replace('.example', '@example')
        const result = await attempt(() =>
          payload.create({
            collection: 'users',
            data: { name: 'New', email, password: 'a long enough password', role: 'editor' },
            ...as(actor),
          }),
        )
        expect(result.ok).toBe(allowed)
        if (!allowed) expect(!result.ok && result.status).toBe(403)
        const stored = await payload.find({
          collection: 'users',
          where: { email: { equals: email } },
        })
        // An admin's choice of role is kept (the role field's own access lets admins set it).
        expect(stored.docs.map((u) => u.role)).toEqual(allowed ? ['editor'] : [])
        return
      }
      case 'list accounts': {
        const result = await attempt(() =>
          payload.find({ collection: 'users', limit: 0, pagination: false, ...as(actor) }),
        )
        if (actor === 'anonymous') {
          expect(!result.ok && result.status).toBe(403)
          return
        }
        expect(result.ok).toBe(true)
        const ids = result.ok ? result.value.docs.map((d) => d.id) : []
        if (allowed) expect(ids.length).toBeGreaterThanOrEqual(4)
        // Everyone else sees only themselves.
        else expect(ids).toEqual([users[actor as Staff].id])
        return
      }
      case 'read their own account': {
        const me = users[actor as Staff]
        const result = await attempt(() =>
          payload.findByID({ collection: 'users', id: me.id, ...as(actor) }),
        )
        expect(result.ok).toBe(allowed)
        return
      }
      case 'read another account': {
        const other = await target()
        const result = await attempt(() =>
          payload.findByID({ collection: 'users', id: other.id, ...as(actor) }),
        )
        expect(result.ok).toBe(allowed)
        if (!allowed) expect(!result.ok && result.status).toBe(actor === 'anonymous' ? 403 : 404)
        return
      }
      case 'edit their own name': {
        const me = users[actor as Staff]
        const result = await attempt(() =>
          payload.update({
            collection: 'users',
            id: me.id,
            data: { name: `${actor} renamed` },
            ...as(actor),
          }),
        )
        expect(result.ok).toBe(allowed)
        expect((await payload.findByID({ collection: 'users', id: me.id })).name).toBe(
          `${actor} renamed`,
        )
        return
      }
      case 'edit another account': {
        const other = await target()
        const result = await attempt(() =>
          payload.update({
            collection: 'users',
            id: other.id,
            data: { name: 'Renamed' },
            ...as(actor),
          }),
        )
        expect(result.ok).toBe(allowed)
        expect((await payload.findByID({ collection: 'users', id: other.id })).name).toBe(
          allowed ? 'Renamed' : 'target',
        )
        return
      }
      case 'change another account’s role': {
        const other = await target()
        await attempt(() =>
          payload.update({
            collection: 'users',
            id: other.id,
            data: { role: 'editor' },
            ...as(actor),
          }),
        )
        expect((await payload.findByID({ collection: 'users', id: other.id })).role).toBe(
          allowed ? 'editor' : 'contributor',
        )
        return
      }
      case 'delete another account': {
        const other = await target()
        const result = await attempt(() =>
          payload.delete({ collection: 'users', id: other.id, ...as(actor) }),
        )
        expect(result.ok).toBe(allowed)
        if (!allowed) expect(!result.ok && result.status).toBe(403)
        expect(
          (await payload.count({ collection: 'users', where: { id: { equals: other.id } } }))
            .totalDocs,
        ).toBe(allowed ? 0 : 1)
        return
      }
    }
  })

  // Only admins create accounts (the table above), so a non-admin meets the role field's own
  // access when saving their own account: the save goes through, the role change is dropped.
  it.each([
    { who: 'a contributor', actor: 'contributor' },
    { who: 'an editor', actor: 'editor' },
  ] as const)(
    '$who saving their own account cannot make themselves admin; the rest is saved',
    async ({ actor }) => {
      const me = await makeUser(payload, actor, `climber-${actor}`)
      const result = await attempt(() =>
        payload.update({
          collection: 'users',
          id: me.id,
          data: { name: `${actor} climbing`, role: 'admin' },
          overrideAccess: false,
          user: me,
        }),
      )
      expect(result.ok, !result.ok ? result.message : '').toBe(true)
      const stored = await payload.findByID({ collection: 'users', id: me.id })
      expect(stored.name).toBe(`${actor} climbing`)
      expect(stored.role).toBe(actor)
    },
  )
})

describe('globals', () => {
  const updates: Record<(typeof globals)[number], Record<string, unknown>> = {
    'site-settings': { tagline: 'Standing together against hate' },
    navigation: { items: [{ link: { label: 'Report it', url: '/report/' } }] },
    footer: { about: 'A partnership in Walsall.' },
  }
  const canUpdate: Record<(typeof globals)[number], Record<Actor, boolean>> = {
    'site-settings': { anonymous: false, contributor: false, editor: false, admin: true },
    navigation: { anonymous: false, contributor: false, editor: true, admin: true },
    footer: { anonymous: false, contributor: false, editor: true, admin: true },
  }
  const cases = globals.flatMap((slug) =>
    actors.flatMap((actor) => [
      { slug, op: 'read', actor, allowed: true },
      { slug, op: 'update', actor, allowed: canUpdate[slug][actor] },
    ]),
  )

  it.each(cases)('$slug: $actor may $op → $allowed', async ({ slug, op, actor, allowed }) => {
    if (op === 'read') {
      const result = await attempt(() => payload.findGlobal({ slug, ...as(actor) }))
      expect(result.ok).toBe(allowed)
      return
    }
    const before = await payload.findGlobal({ slug })
    const result = await attempt(() =>
      payload.updateGlobal({ slug, data: updates[slug], ...as(actor) } as never),
    )
    expect(result.ok, !result.ok ? result.message : '').toBe(allowed)
    if (!allowed) {
      expect(!result.ok && result.status).toBe(403)
      expect(await payload.findGlobal({ slug })).toEqual(before)
    }
  })
})

describe('stories: what the public never sees', () => {
  let named: Doc
  let anonymous: Doc
  const GET = async (path: string) => {
    const { default: config } = await import('../src/payload.config')
    const url = new URL(`http://localhost:3000/api/${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const res = await REST_GET(config)(new Request(url), { params: Promise.resolve({ slug }) })
    return (await res.json()) as Record<string, unknown> & { docs?: Record<string, unknown>[] }
  }

  beforeAll(async () => {
    named = (await payload.create({
      collection: 'stories',
      data: { ...validData('stories', posterId), _status: 'published' },
    } as never)) as unknown as Doc
    anonymous = (await payload.create({
      collection: 'stories',
      data: {
        ...validData('stories', posterId),
        anonymous: true,
        displayName: 'Real Name',
        portrait: posterId,
        _status: 'published',
      },
    } as never)) as unknown as Doc
  })

  it('consent records are never readable anonymously (Local API and REST)', async () => {
    const local = (await payload.findByID({
      collection: 'stories',
      id: named.id,
      overrideAccess: false,
    })) as unknown as Doc
    expect(local.title).toBe(named.title)
    expect(local).not.toHaveProperty('consent')
    const rest = await GET(`stories/${named.id}`)
    expect(rest.title).toBe(named.title)
    expect(rest).not.toHaveProperty('consent')
    const list = await GET('stories?limit=100')
    expect(list.docs!.length).toBeGreaterThan(0)
    for (const doc of list.docs!) expect(doc).not.toHaveProperty('consent')
  })

  it('a named story shows its display name', async () => {
    const local = (await payload.findByID({
      collection: 'stories',
      id: named.id,
      overrideAccess: false,
    })) as unknown as Doc
    expect(local.displayName).toBe('Amira')
  })

  it('an anonymous story never gives out the name or portrait (Local API, REST, populated in a film)', async () => {
    const local = (await payload.findByID({
      collection: 'stories',
      id: anonymous.id,
      overrideAccess: false,
    })) as unknown as Doc
    expect(local).not.toHaveProperty('displayName')
    expect(local).not.toHaveProperty('portrait')
    const rest = await GET(`stories/${anonymous.id}?depth=1`)
    expect(rest.title).toBe(anonymous.title)
    expect(rest).not.toHaveProperty('displayName')
    expect(rest).not.toHaveProperty('portrait')
    expect(JSON.stringify(rest)).not.toContain('Real Name')

    const film = (await payload.create({
      collection: 'films',
      data: {
        ...validData('films', posterId),
        relatedStories: [anonymous.id],
        _status: 'published',
      },
    } as never)) as unknown as Doc
    const populated = await GET(`films/${film.id}?depth=1`)
    const story = (populated.relatedStories as Record<string, unknown>[])[0]!
    expect(story.title).toBe(anonymous.title)
    expect(story).not.toHaveProperty('displayName')
    expect(JSON.stringify(populated)).not.toContain('Real Name')
  })

  it('staff see consent, and an anonymous storyteller’s name and portrait, to edit them', async () => {
    for (const actor of ['contributor', 'editor', 'admin'] as const) {
      const doc = (await payload.findByID({
        collection: 'stories',
        id: anonymous.id,
        depth: 0,
        ...as(actor),
      })) as unknown as Doc
      expect(doc.displayName).toBe('Real Name')
      expect(doc.portrait).toBe(posterId)
      expect(doc.consent).toMatchObject({ given: true, notes: 'Signed form, first name only.' })
    }
  })
})

describe('login lockout', () => {
  const password = 'correct horse battery staple'
  const login = (email: string, pw: string) =>
    attempt(() => payload.login({ collection: 'users', data: { email, password: pw } }))

  // By client and account (test/login.test.ts): here every attempt comes from the same client.
  it('five wrong passwords shut the client out: the sixth attempt fails even with the right password', async () => {
    const user = await makeUser(payload, 'editor', 'lockme')
    for (let i = 1; i <= 5; i++) {
      const wrong = await login(user.email, `wrong password ${i}`)
      expect(wrong.ok).toBe(false)
    }
    const right = await login(user.email, password)
    expect(right.ok).toBe(false)
    expect(!right.ok && right.message).toMatch(/too many wrong passwords/i)
    // Nothing is stored on the account: nobody else is locked out of it.
    const stored = await payload.findByID({
      collection: 'users',
      id: user.id,
      showHiddenFields: true,
    })
    expect(stored).not.toHaveProperty('lockUntil')
  })

  it('four wrong passwords do not lock the account', async () => {
    const user = await makeUser(payload, 'editor', 'nearly')
    for (let i = 1; i <= 4; i++) expect((await login(user.email, `wrong ${i}`)).ok).toBe(false)
    const right = await login(user.email, password)
    expect(right.ok, !right.ok ? right.message : '').toBe(true)
    expect(right.ok && right.value.token).toBeTruthy()
  })

  it('a locked account does not lock anyone else out', async () => {
    const other = await makeUser(payload, 'contributor', 'bystander')
    expect((await login(other.email, password)).ok).toBe(true)
  })
})

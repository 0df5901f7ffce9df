import type {
  CollectionConfig,
  Config,
  Field,
  GlobalConfig,
  Payload,
  PayloadRequest,
} from 'payload'

import { publicCollections } from '@hcri/shared/enums'

import { richTextBlocks } from '../blocks'
import { asVisitor, walkAsPublic } from './publicFields'

type Id = number | string
type Data = Record<string, unknown>

/**
 * Which media files published content shows: what anonymous readers (and so the site build) may
 * read, and what contributors may no longer change. Worked out from the published documents and
 * globals, through the same field access the public gets (an anonymous storyteller's portrait is
 * not shown, so it is not public). Kept per Payload instance; every change to content here forgets
 * it. After `maxAgeMs` a cheap look at what was last changed (another CMS process's changes count
 * too) decides whether to work it out again: that reads the published documents' ids and times,
 * and walks only those changed since they were last walked (the first time, every one: most of a
 * second at the full content set, 2,000 resources).
 */
const maxAgeMs = 10_000
type Entry = { at: number; signature: Promise<string>; ids: Promise<Set<string>> }
const cache = new WeakMap<Payload, Entry>()

export function forgetPublicMedia(payload: Payload) {
  cache.delete(payload)
}

export function publicMediaIds(req: PayloadRequest): Promise<Set<string>> {
  const cached = cache.get(req.payload)
  if (cached && Date.now() - cached.at < maxAgeMs) return cached.ids
  const signature = contentSignature(req)
  const ids = signature.then(async (now) =>
    cached && (await cached.signature.catch(() => undefined)) === now ? cached.ids : collect(req),
  )
  const entry = { at: Date.now(), signature, ids }
  cache.set(req.payload, entry)
  // A failed look-up is not kept: the next request tries again.
  ids.catch(() => cache.get(req.payload) === entry && cache.delete(req.payload))
  return ids
}

/**
 * What changes whenever the public files could: per collection, how many documents are published
 * and when the latest of them changed (unpublishing and deleting change one or the other); per
 * global, when it changed. A few indexed look-ups.
 */
async function contentSignature(req: PayloadRequest): Promise<string> {
  const { payload } = req
  const own = { ...req, context: {} } as PayloadRequest
  const parts: string[] = []
  for (const slug of publicCollections) {
    const { totalDocs, docs } = await payload.find({
      collection: slug,
      where: { _status: { equals: 'published' } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: true,
      req: own,
    })
    parts.push(`${slug}:${totalDocs}:${docs[0]?.updatedAt ?? ''}`)
  }
  for (const global of payload.config.globals) {
    const doc = await payload.findGlobal({
      slug: global.slug as 'site-settings',
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: true,
      req: own,
    })
    parts.push(`${global.slug}:${(doc as { updatedAt?: string }).updatedAt ?? ''}`)
  }
  return parts.join('|')
}

/** The same, as ids of the database's own type (numbers on SQL databases), for `where`. */
export async function publicMediaIdList(req: PayloadRequest): Promise<Id[]> {
  const ids = [...(await publicMediaIds(req))]
  return req.payload.db.defaultIDType === 'number' ? ids.map(Number) : ids
}

/**
 * The media each published document shows, by collection and id, with the `updatedAt` it was
 * worked out from: what a document shows the public depends on that document alone (its fields,
 * its own flags such as a story's `anonymous`), and every change to it changes `updatedAt`. So
 * after one edit only that document is read and walked again (a few milliseconds instead of most
 * of a second at the full content set, on the path of every publish: the site build's first
 * read of media waits for this list).
 */
type Shown = { updatedAt: string; ids: string[] }
const shownBy = new WeakMap<Payload, Map<string, Shown>>()

async function collect(req: PayloadRequest): Promise<Set<string>> {
  const { payload } = req
  const ids = new Set<string>()
  // Local API calls set the locale on the request they are given: a copy keeps the caller's
  // (an update running as we look must keep its own locale) while sharing its transaction.
  const own = { ...req, context: {} } as PayloadRequest
  // Field access answers for the public: a visitor's request, without a user.
  const visitor = asVisitor(req)
  const before = shownBy.get(payload) ?? new Map<string, Shown>()
  const now = new Map<string, Shown>()
  const published = { _status: { equals: 'published' } } as const
  for (const slug of publicCollections) {
    const config = payload.collections[slug].config
    // Ids and times straight from the database: Payload's find would run every document's read
    // hooks for fields not asked for (~0.1 s at the full set, before every build's media list).
    const untrashed = config.trash ? [{ deletedAt: { exists: false } }] : []
    const { docs: listed } = await payload.db.find<{ id: Id; updatedAt: string }>({
      collection: slug,
      where: { and: [published, ...untrashed] },
      limit: 0,
      pagination: false,
      select: { updatedAt: true },
      req: own,
    })
    const changed: Id[] = []
    for (const { id, updatedAt } of listed) {
      const kept = before.get(`${slug}:${id}`)
      if (kept?.updatedAt === updatedAt) now.set(`${slug}:${id}`, kept)
      else changed.push(id)
    }
    // Read in full only what changed since it was walked (everything, the first time).
    const { docs } = changed.length
      ? await payload.find({
          collection: slug,
          where: { and: [published, { id: { in: changed } }] },
          locale: 'all',
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req: own,
        })
      : { docs: [] }
    for (const doc of docs as unknown as (Data & { id: Id; updatedAt: string })[]) {
      const shown = new Set<string>()
      await walk(config.fields, doc, visitor, shown)
      now.set(`${slug}:${doc.id}`, { updatedAt: doc.updatedAt, ids: [...shown] })
    }
  }
  // Documents no longer published are no longer in it.
  shownBy.set(payload, now)
  for (const { ids: shown } of now.values()) for (const id of shown) ids.add(id)
  for (const global of payload.config.globals) {
    const doc = (await payload.findGlobal({
      slug: global.slug as 'site-settings',
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      req: own,
    })) as unknown as Data
    await walk(global.fields, doc, visitor, ids)
  }
  return ids
}

const isMedia = (field: Field) =>
  (field.type === 'upload' || field.type === 'relationship') &&
  (field.relationTo === 'media' ||
    (Array.isArray(field.relationTo) && field.relationTo.includes('media')))

function addId(value: unknown, ids: Set<string>): void {
  if (value === null || value === undefined) return
  if (Array.isArray(value)) return value.forEach((v) => addId(v, ids))
  if (typeof value === 'object') {
    const v = value as { relationTo?: string; value?: unknown; id?: unknown }
    if ('relationTo' in v) return v.relationTo === 'media' ? addId(v.value, ids) : undefined
    return addId(v.id, ids)
  }
  ids.add(String(value))
}

/** Adds the media a document shows the public: upload fields, and uploads in rich text. */
async function walk(fields: Field[], doc: Data, req: PayloadRequest, ids: Set<string>) {
  const visit = async (field: Field, value: unknown): Promise<void> => {
    if (isMedia(field)) addId(value, ids)
    else if (field.type === 'richText') await richText(value)
  }
  // Lexical nodes: uploads, and blocks whose fields hold media (a Download block's PDF).
  const richText = async (node: unknown): Promise<void> => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const child of node) await richText(child)
      return
    }
    const n = node as Data & { type?: string; fields?: Data; children?: unknown; root?: unknown }
    if (n.type === 'upload' && n.relationTo === 'media') addId(n.value, ids)
    if (n.type === 'block' && n.fields) {
      const block = richTextBlocks.find((b) => b.slug === n.fields!.blockType)
      if (block) await walkAsPublic(block.fields, n.fields, doc, req, visit)
    }
    await richText(n.root)
    await richText(n.children)
  }
  await walkAsPublic(fields, doc, doc, req, visit)
}

/** Forgets the list whenever anything staff change could add or remove a public file. */
export function trackPublicMedia(config: Config): Config {
  const forget = ({ req }: { req: PayloadRequest }) => forgetPublicMedia(req.payload)
  const collection = (c: CollectionConfig): CollectionConfig =>
    c.slug === 'users'
      ? c
      : {
          ...c,
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), forget],
            afterDelete: [...(c.hooks?.afterDelete ?? []), forget],
          },
        }
  const global = (g: GlobalConfig): GlobalConfig => ({
    ...g,
    hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), forget] },
  })
  return {
    ...config,
    collections: config.collections?.map(collection),
    globals: config.globals?.map(global),
  }
}

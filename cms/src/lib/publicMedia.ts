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

type Id = number | string
type Data = Record<string, unknown>

/**
 * Which media files published content shows: what anonymous readers (and so the site build) may
 * read, and what contributors may no longer change. Worked out from the published documents and
 * globals, through the same field access the public gets (an anonymous storyteller's portrait is
 * not shown, so it is not public). Kept per Payload instance; every change to content forgets it,
 * and it is never older than `maxAgeMs`, so a second CMS process's changes count soon too.
 */
const maxAgeMs = 10_000
const cache = new WeakMap<Payload, { at: number; ids: Promise<Set<string>> }>()

export function forgetPublicMedia(payload: Payload) {
  cache.delete(payload)
}

export function publicMediaIds(req: PayloadRequest): Promise<Set<string>> {
  const cached = cache.get(req.payload)
  if (cached && Date.now() - cached.at < maxAgeMs) return cached.ids
  const ids = collect(req)
  cache.set(req.payload, { at: Date.now(), ids })
  // A failed look-up is not kept: the next request tries again.
  ids.catch(() => cache.get(req.payload)?.ids === ids && cache.delete(req.payload))
  return ids
}

/** The same, as ids of the database's own type (numbers on SQL databases), for `where`. */
export async function publicMediaIdList(req: PayloadRequest): Promise<Id[]> {
  const ids = [...(await publicMediaIds(req))]
  return req.payload.db.defaultIDType === 'number' ? ids.map(Number) : ids
}

async function collect(req: PayloadRequest): Promise<Set<string>> {
  const { payload } = req
  const ids = new Set<string>()
  // Local API calls set the locale on the request they are given: a copy keeps the caller's
  // (an update running as we look must keep its own locale) while sharing its transaction.
  const own = { ...req, context: {} } as PayloadRequest
  // A request of its own: the visitor's, without a user, so field access answers for the public.
  const visitor = { ...req, user: null, context: {} } as PayloadRequest
  for (const slug of publicCollections) {
    const config = payload.collections[slug].config
    const { docs } = await payload.find({
      collection: slug,
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: own,
    })
    for (const doc of docs)
      await walk(config.fields, doc as unknown as Data, doc as unknown as Data, visitor, ids)
  }
  for (const global of payload.config.globals) {
    const doc = (await payload.findGlobal({
      slug: global.slug as 'site-settings',
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      req: own,
    })) as unknown as Data
    await walk(global.fields, doc, doc, visitor, ids)
  }
  return ids
}

const isMedia = (field: Field) =>
  (field.type === 'upload' || field.type === 'relationship') &&
  (field.relationTo === 'media' ||
    (Array.isArray(field.relationTo) && field.relationTo.includes('media')))

/** A value in every language (`locale: 'all'`) or just one. */
const perLocale = (field: Field, value: unknown): unknown[] =>
  'localized' in field &&
  field.localized &&
  value &&
  typeof value === 'object' &&
  !Array.isArray(value)
    ? Object.values(value)
    : [value]

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

async function walk(fields: Field[], data: Data, doc: Data, req: PayloadRequest, ids: Set<string>) {
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group')
        await walk(field.fields, data, doc, req, ids)
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          const value = 'name' in tab && tab.name ? data[tab.name] : data
          if (value && typeof value === 'object')
            await walk(tab.fields, value as Data, doc, req, ids)
        }
      continue
    }
    const read = 'access' in field ? field.access?.read : undefined
    if (read && !(await read({ req, doc, data: doc, siblingData: data, id: doc.id as Id })))
      continue
    for (const value of perLocale(field, data[field.name])) {
      if (value === null || value === undefined) continue
      if (isMedia(field)) addId(value, ids)
      else if (field.type === 'group' && typeof value === 'object')
        await walk(field.fields, value as Data, doc, req, ids)
      else if (field.type === 'array' && Array.isArray(value))
        for (const row of value) await walk(field.fields, row as Data, doc, req, ids)
      else if (field.type === 'blocks' && Array.isArray(value))
        for (const row of value as Data[]) {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block) await walk(block.fields, row, doc, req, ids)
        }
      else if (field.type === 'richText') await walkRichText(value, doc, req, ids)
    }
  }
}

/** Uploads and blocks inside Lexical rich text (a Download block's PDF, for one). */
async function walkRichText(node: unknown, doc: Data, req: PayloadRequest, ids: Set<string>) {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) await walkRichText(child, doc, req, ids)
    return
  }
  const n = node as Data & { type?: string; fields?: Data; children?: unknown; root?: unknown }
  if (n.type === 'upload' && n.relationTo === 'media') addId(n.value, ids)
  if (n.type === 'block' && n.fields) {
    const block = richTextBlocks.find((b) => b.slug === n.fields!.blockType)
    if (block) await walk(block.fields, n.fields, doc, req, ids)
  }
  await walkRichText(n.root, doc, req, ids)
  await walkRichText(n.children, doc, req, ids)
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

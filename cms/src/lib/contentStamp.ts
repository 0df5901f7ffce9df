/**
 * The content stamp: one value in the database that every change to content replaces, so anything
 * worked out from content (api/readCache.ts) can tell, with one indexed read, whether it still
 * holds. It lives in Payload's key-value collection, so every CMS process sharing the database sees
 * another's changes, and it is written through the writing request, so it commits (or rolls back)
 * with the change itself.
 */
import { randomUUID } from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  GlobalAfterChangeHook,
  GlobalConfig,
  Payload,
  PayloadRequest,
} from 'payload'

const kvCollection = 'payload-kv'
const key = 'hcri:content-stamp'

/**
 * Payload's own bookkeeping (preferences, document locks, jobs, migrations, the key-value store):
 * nobody outside the admin reads it and no content shows it, and staff write it all day.
 */
export const isBookkeeping = (slug: string) => slug.startsWith('payload-')

/** Whether the stamp covers a collection or global: changes to it renew the stamp. */
export const hasContentStamp = (entity: { custom?: Record<string, unknown> }) =>
  entity.custom?.contentStamp === true

type Stamp = { stamp: string }

/** The current stamp; null when it cannot be read (then nothing may be taken as still valid). */
export async function readContentStamp(payload: Payload): Promise<string | null> {
  try {
    const doc = await payload.db.findOne<{ id: number | string; data?: Partial<Stamp> }>({
      collection: kvCollection,
      where: { key: { equals: key } },
      select: { data: true },
      req: {} as PayloadRequest,
    })
    return typeof doc?.data?.stamp === 'string' ? doc.data.stamp : null
  } catch {
    return null
  }
}

/** Replaces the stamp within the request's transaction; the row is made once, at start. */
export async function renewContentStamp(req: PayloadRequest): Promise<void> {
  const data = { data: { stamp: randomUUID() } satisfies Stamp }
  const updated = await req.payload.db.updateMany({
    collection: kvCollection,
    where: { key: { equals: key } },
    data,
    returning: false,
    req,
  })
  // Without a row (a database made before the stamp existed, or emptied by hand) every read
  // misses the cache until one is made; making it here could clash with another process's.
  if (updated === null || (Array.isArray(updated) && updated.length === 0)) {
    const found = await req.payload.db.findOne({
      collection: kvCollection,
      where: { key: { equals: key } },
      req,
    })
    if (!found)
      await req.payload.db.create({ collection: kvCollection, data: { key, ...data }, req })
  }
}

/**
 * Makes the stamp's row at start. Another process starting at once may make it first, and a
 * database not migrated yet has no table for it: either way the first change makes it.
 */
export async function ensureContentStamp(payload: Payload): Promise<void> {
  if ((await readContentStamp(payload)) !== null) return
  await payload.db
    .upsert({
      collection: kvCollection,
      data: { key, data: { stamp: randomUUID() } satisfies Stamp },
      where: { key: { equals: key } },
      req: {} as PayloadRequest,
    })
    .catch(() => undefined)
}

const afterChange: CollectionAfterChangeHook = async ({ req }) => {
  await renewContentStamp(req)
}
const afterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await renewContentStamp(req)
}
const afterGlobalChange: GlobalAfterChangeHook = async ({ req }) => {
  await renewContentStamp(req)
}

/**
 * Renews the stamp on every change to every collection and global but Payload's bookkeeping.
 * Applied last, so its hooks run after every other hook's own writes.
 */
export function withContentStamp(config: Config): Config {
  const collection = (c: CollectionConfig): CollectionConfig =>
    isBookkeeping(c.slug)
      ? c
      : {
          ...c,
          custom: { ...c.custom, contentStamp: true },
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(c.hooks?.afterDelete ?? []), afterDelete],
          },
        }
  const global = (g: GlobalConfig): GlobalConfig =>
    isBookkeeping(g.slug)
      ? g
      : {
          ...g,
          custom: { ...g.custom, contentStamp: true },
          hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), afterGlobalChange] },
        }
  const onInit = config.onInit
  return {
    ...config,
    collections: config.collections?.map(collection),
    globals: config.globals?.map(global),
    onInit: async (payload) => {
      await ensureContentStamp(payload)
      await onInit?.(payload)
    },
  }
}

/**
 * The content stamp: one value in the database that every change to content replaces, so anything
 * worked out from content (api/readCache.ts) can tell, with one indexed read, whether it still
 * holds. It lives in Payload's key-value collection, so every CMS process sharing the database sees
 * another's changes.
 *
 * It is replaced once the change has committed, in a statement of its own, never inside the
 * change's transaction: there, one row that every change writes would hold each change up until
 * the others commit (PostgreSQL) or fail one of two changes made at once (MongoDB's write
 * conflicts). So a change is visible a moment before its stamp; a process that dies in that
 * moment leaves its stamp unrenewed, which is why what is kept under a stamp also expires.
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
const newStamp = (): Stamp => ({ stamp: randomUUID() })

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

/** Replaces the stamp, in a statement of its own. */
export async function renewContentStamp(payload: Payload): Promise<void> {
  try {
    const updated = await payload.db.updateMany({
      collection: kvCollection,
      where: { key: { equals: key } },
      data: { data: newStamp() },
      req: {} as PayloadRequest,
    })
    if (!updated?.length) await ensureContentStamp(payload)
  } catch {
    // The change itself has committed: failing now would report a saved change as lost. Answers
    // kept under the old stamp expire on their own (api/readCache.ts).
    payload.logger.warn('The content stamp could not be renewed; kept answers expire on their own.')
  }
}

/** Changes made in a transaction, by transaction id: their stamp is renewed when it commits. */
const waiting = new WeakMap<Payload, Set<number | string>>()

/**
 * Has the database adapter renew the stamp after a transaction with changes to content commits
 * (and forget it when it is rolled back). Payload offers no hook after a commit.
 */
function renewAfterCommit(payload: Payload) {
  const ids = new Set<number | string>()
  waiting.set(payload, ids)
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    await commit(id)
    if (ids.delete(await id)) await renewContentStamp(payload)
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      ids.delete(await id)
    }
  }
}

/** The id of the transaction a change is in, if one is open (SQLite runs without, by default). */
async function openTransaction(req: PayloadRequest): Promise<number | string | null> {
  const id = await req.transactionID
  const sessions = (req.payload.db as { sessions?: Record<string, unknown> }).sessions
  return (typeof id === 'string' || typeof id === 'number') && sessions?.[id] ? id : null
}

/** A change: its stamp is renewed now if it has committed already, or when its transaction does. */
async function changed(req: PayloadRequest) {
  const id = await openTransaction(req)
  const ids = waiting.get(req.payload)
  if (id !== null && ids) ids.add(id)
  else await renewContentStamp(req.payload)
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
      data: { key, data: newStamp() },
      where: { key: { equals: key } },
      req: {} as PayloadRequest,
    })
    .catch(() => undefined)
}

const afterChange: CollectionAfterChangeHook = ({ req }) => changed(req)
const afterDelete: CollectionAfterDeleteHook = ({ req }) => changed(req)
const afterGlobalChange: GlobalAfterChangeHook = ({ req }) => changed(req)

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
      renewAfterCommit(payload)
      await ensureContentStamp(payload)
      await onInit?.(payload)
    },
  }
}

/**
 * The publisher the running CMS uses, and the hooks that ask it for a build. One per process:
 * Next.js can load this module more than once, so it lives on globalThis. Its queue is in the
 * database, shared with every other CMS process (queue.ts).
 */
import type {
  CollectionSlug,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { hasDraftsEnabled } from 'payload/shared'

import { publishConfig, publishTarget } from './config'
import { createPublisher, type Publisher } from './publisher'

const key = Symbol.for('hcri.publisher')
type WithPublisher = typeof globalThis & { [key]?: Publisher }

export function getPublisher(): Publisher {
  const g = globalThis as WithPublisher
  g[key] ??= createPublisher(publishConfig())
  return g[key]
}

const skipAll = () => process.env.HCRI_SEEDING === 'true' || publishTarget() === 'off'

/**
 * A CMS server takes part in running the queue from its start. Scripts that boot Payload (seed,
 * migrations, benchmarks) and `next build` do not: they only ask for builds.
 */
export function attachPublisher(payload: Payload): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  if (skipAll()) return
  getPublisher().attach(payload)
}

/** Seeding writes hundreds of documents and ends with a release of its own; scripts may opt out. */
const skip = (req: PayloadRequest) => skipAll() || Boolean(req.context?.skipPublish)

type Status = { _status?: 'draft' | 'published' | null }
type Storyteller = { anonymous?: boolean | null; displayName?: string | null; portrait?: unknown }

const liveKey = (collection: string, id: unknown) => `publish:wasLive:${collection}:${String(id)}`
const storytellerKey = (id: unknown) => `publish:storyteller:${String(id)}`

/**
 * Stories are people's own: taking one off the site is recorded (so no older release brings it
 * back) even for a write that asks for no build.
 */
const withdrawable = (slug: string) => slug === 'stories' && publishTarget() === 'local'
const watched = (req: PayloadRequest, slug: string) => !skip(req) || withdrawable(slug)

const mainDoc = async (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as (Status & Storyteller) | null

const portraitId = (p: unknown) =>
  p && typeof p === 'object' ? String((p as { id?: unknown }).id) : p ? String(p) : ''

/** A live story that now names less of its teller (made anonymous, name or portrait changed). */
const lessNamed = (before: Storyteller, after: Storyteller) =>
  (!before.anonymous && Boolean(after.anonymous)) ||
  (before.displayName ?? '') !== (after.displayName ?? '') ||
  portraitId(before.portrait) !== portraitId(after.portrait)

/**
 * Whether the document is on the site before this change. Saving a draft leaves the published
 * document untouched (only a new version is written); unpublishing changes the document itself.
 */
export const rememberLive: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  collection,
  req,
}) => {
  if (
    operation === 'update' &&
    originalDoc?.id !== undefined &&
    hasDraftsEnabled(collection) &&
    watched(req, collection.slug)
  ) {
    const main = await mainDoc(req, collection.slug, originalDoc.id)
    req.context[liveKey(collection.slug, originalDoc.id)] = main?._status === 'published'
    if (collection.slug === 'stories' && main?._status === 'published')
      req.context[storytellerKey(originalDoc.id)] = main
  }
  return data
}

const withdraw = (id: unknown) => getPublisher().withdraw(String(id))

/** Publishing (or re-publishing) and unpublishing change the site; saving a draft does not. */
export const publishOnChange: CollectionAfterChangeHook = async ({
  doc,
  collection,
  operation,
  req,
}) => {
  if (!watched(req, collection.slug)) return doc
  const build = async (reason: string) => {
    if (!skip(req)) await getPublisher().request(req.payload, reason, { req })
  }
  if (!hasDraftsEnabled(collection)) {
    // A new upload is on no page yet; an edited one (alt text, a replaced file) may be. A new
    // survey is listed at once (surveys have no drafts: staff set its opening date).
    if (operation === 'update' || collection.slug !== 'media')
      await build(`${collection.slug} ${doc.id} ${operation === 'create' ? 'added' : 'changed'}`)
    return doc
  }
  if ((doc as Status)._status === 'published') {
    const before = req.context[storytellerKey(doc.id)] as Storyteller | undefined
    if (withdrawable(collection.slug) && before && lessNamed(before, doc as Storyteller))
      await withdraw(doc.id)
    await build(`${collection.slug} ${doc.id} published`)
  } else if (
    req.context[liveKey(collection.slug, doc.id)] &&
    (await mainDoc(req, collection.slug, doc.id))?._status !== 'published'
  ) {
    if (withdrawable(collection.slug)) await withdraw(doc.id)
    await build(`${collection.slug} ${doc.id} unpublished`)
  }
  return doc
}

/** Deleting a published document takes a page off the site; deleting a draft changes nothing. */
export const publishOnDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  if (!watched(req, collection.slug)) return
  const live = !hasDraftsEnabled(collection) || (doc as Status)._status === 'published'
  if (!live) return
  if (withdrawable(collection.slug)) await withdraw(doc.id)
  if (!skip(req))
    await getPublisher().request(req.payload, `${collection.slug} ${doc.id} deleted`, { req })
}

export const publishOnGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!skip(req)) await getPublisher().request(req.payload, `${global.slug} changed`, { req })
  return doc
}

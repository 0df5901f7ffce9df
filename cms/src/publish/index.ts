/**
 * The publisher the running CMS uses, and the hooks that ask it for a build. One per process:
 * Next.js can load this module more than once, so it lives on globalThis.
 */
import type {
  CollectionSlug,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
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

/** Seeding writes hundreds of documents and ends with a release of its own; scripts may opt out. */
const skip = (req: PayloadRequest) =>
  process.env.HCRI_SEEDING === 'true' ||
  Boolean(req.context?.skipPublish) ||
  publishTarget() === 'off'

type Status = { _status?: 'draft' | 'published' | null }

const liveKey = (collection: string, id: unknown) => `publish:wasLive:${collection}:${String(id)}`

const mainStatus = async (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  (
    (await req.payload.db.findOne({
      collection,
      where: { id: { equals: id } },
      req,
    })) as Status | null
  )?._status

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
    !skip(req)
  ) {
    req.context[liveKey(collection.slug, originalDoc.id)] =
      (await mainStatus(req, collection.slug, originalDoc.id)) === 'published'
  }
  return data
}

/** Publishing (or re-publishing) and unpublishing change the site; saving a draft does not. */
export const publishOnChange: CollectionAfterChangeHook = async ({
  doc,
  collection,
  operation,
  req,
}) => {
  if (skip(req)) return doc
  if (!hasDraftsEnabled(collection)) {
    // A new upload is on no page yet; an edited one (alt text, a replaced file) may be.
    if (operation === 'update') getPublisher().request(`${collection.slug} ${doc.id} changed`)
    return doc
  }
  if ((doc as Status)._status === 'published') {
    getPublisher().request(`${collection.slug} ${doc.id} published`)
  } else if (
    req.context[liveKey(collection.slug, doc.id)] &&
    (await mainStatus(req, collection.slug, doc.id)) !== 'published'
  ) {
    getPublisher().request(`${collection.slug} ${doc.id} unpublished`)
  }
  return doc
}

/** Deleting a published document takes a page off the site; deleting a draft changes nothing. */
export const publishOnDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (skip(req)) return
  if (!hasDraftsEnabled(collection) || (doc as Status)._status === 'published')
    getPublisher().request(`${collection.slug} ${doc.id} deleted`)
}

export const publishOnGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (!skip(req)) getPublisher().request(`${global.slug} changed`)
  return doc
}

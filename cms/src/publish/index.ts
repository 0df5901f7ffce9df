/**
 * The publisher the running CMS uses, and the hooks that ask it for a build. One per process:
 * Next.js can load this module more than once, so it lives on globalThis.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { publishConfig } from './config'
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
  (process.env.PUBLISH_TARGET || 'local') === 'off'

type Status = { _status?: 'draft' | 'published' | null }

/**
 * Publishing (or re-publishing) and unpublishing change the site; saving a draft does not. A
 * draft save of a published document leaves the published document as it was, so a draft result
 * only means "unpublished" when the document was published before and no longer is.
 */
export const publishOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, operation, req }) => {
  if (skip(req)) return doc
  const status = (doc as Status)._status
  const versioned = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  if (!versioned) {
    // A new upload is on no page yet; an edited one (alt text, a replaced file) may be.
    if (operation === 'update') getPublisher().request(`${collection.slug} ${doc.id} changed`)
    return doc
  }
  if (status === 'published') {
    getPublisher().request(`${collection.slug} ${doc.id} published`)
  } else if ((previousDoc as Status | undefined)?._status === 'published') {
    const main = (await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: doc.id } },
      req,
    })) as Status | null
    if (main?._status !== 'published') getPublisher().request(`${collection.slug} ${doc.id} unpublished`)
  }
  return doc
}

/** Deleting a published document takes a page off the site; deleting a draft changes nothing. */
export const publishOnDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (skip(req)) return
  const versioned = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  if (!versioned || (doc as Status)._status === 'published')
    getPublisher().request(`${collection.slug} ${doc.id} deleted`)
}

export const publishOnGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (!skip(req)) getPublisher().request(`${global.slug} changed`)
  return doc
}

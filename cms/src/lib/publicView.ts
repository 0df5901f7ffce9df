import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { asVisitor, walkAsPublic } from './publicFields'

type Data = Record<string, unknown>

/**
 * What an anonymous visitor may read of a document that was read with access overridden: every
 * field whose read access refuses the public is removed, at any depth. The preview uses it, so a
 * preview link shows no more than the page would once published.
 */
export async function publicView(
  collection: SanitizedCollectionConfig,
  doc: Data,
  req: PayloadRequest,
): Promise<Data> {
  const copy = structuredClone(doc)
  await walkAsPublic(collection.fields, copy, copy, asVisitor(req), () => {})
  return copy
}

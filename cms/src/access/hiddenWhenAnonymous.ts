import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

type Id = number | string

/** Per request, so a list of stories asks the database once per story at most. */
const cacheKey = 'hcri:storedAnonymous'

/** Whether the stored story is anonymous; `undefined` when it cannot be found. */
async function storedAnonymous(req: PayloadRequest, id: Id): Promise<boolean | undefined> {
  const cache = ((req.context[cacheKey] as Map<string, Promise<boolean | undefined>>) ??= new Map())
  const key = String(id)
  if (!cache.has(key))
    cache.set(
      key,
      req.payload.db
        .findOne<{ id: Id; anonymous?: boolean | null }>({
          collection: 'stories',
          where: { id: { equals: id } },
          select: { anonymous: true },
          req,
        })
        .then((doc) => (doc ? doc.anonymous === true : undefined))
        .catch(() => undefined),
    )
  return cache.get(key)!
}

/**
 * An anonymous storyteller's name and portrait: staff only, unless the stored story says the
 * storyteller is named. Fails closed: without a document (a `where` or `sort` on the field, the
 * permissions of an empty form) the public gets nothing, and the document being read is never
 * trusted alone, since `select` and `populate` can leave `anonymous` out of it.
 */
export const hiddenWhenAnonymous: FieldAccess = async ({ req, doc, id }) => {
  if (hasRole(req.user, 'admin', 'editor', 'contributor')) return true
  const docId = (id ?? (doc as { id?: Id } | undefined)?.id) as Id | undefined
  if (docId === undefined || docId === null) return false
  // A draft (in a preview) may make the storyteller anonymous before the stored story does.
  if ((doc as { anonymous?: unknown } | undefined)?.anonymous === true) return false
  return (await storedAnonymous(req, docId)) === false
}

import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

type Id = number | string

/** Per request, so a list of stories asks the database once, not once per story. */
const cacheKey = 'hcri:storedAnonymous'

type Lookup = {
  known: Map<string, Promise<boolean | undefined>>
  /** Stories asked about in this turn of the event loop, read together when it ends. */
  waiting: { ids: Id[]; read: Promise<Map<string, boolean>> } | null
}

async function readAnonymous(req: PayloadRequest, ids: Id[]): Promise<Map<string, boolean>> {
  const { docs } = await req.payload.db.find<{ id: Id; anonymous?: boolean | null }>({
    collection: 'stories',
    where: { id: { in: ids } },
    select: { anonymous: true },
    limit: 0,
    pagination: false,
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.anonymous === true]))
}

/**
 * Whether the stored story is anonymous; `undefined` when it cannot be found or read. A list's
 * stories (and a film's related stories) are asked about within one turn of the event loop, as
 * Payload reads their fields side by side: they are read in one query.
 */
function storedAnonymous(req: PayloadRequest, id: Id): Promise<boolean | undefined> {
  const lookup = ((req.context[cacheKey] as Lookup | undefined) ??= {
    known: new Map(),
    waiting: null,
  })
  const key = String(id)
  const known = lookup.known.get(key)
  if (known) return known
  if (!lookup.waiting) {
    const ids: Id[] = []
    const read = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      lookup.waiting = null
      return readAnonymous(req, ids)
    })
    lookup.waiting = { ids, read }
  }
  lookup.waiting.ids.push(id)
  const answer = lookup.waiting.read.then(
    (found) => found.get(key),
    () => undefined,
  )
  lookup.known.set(key, answer)
  return answer
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

/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page is reused when its
 * key matches the last build's. When a page renders, what it read (lib/reads.ts) is recorded with
 * a digest of those reads' content; the next build gives it the same key only if that digest still
 * holds, so an edit to anything the page showed (its document, a related item, an image, a list it
 * scanned, site settings, the set of ended events) renders it again, and a page never rendered
 * before gets a key that cannot match. The template code is Astro's part: it compares each
 * route's modules.
 */
import { createHash, randomUUID } from 'node:crypto'

import type { GetStaticPathsOptions } from 'astro'
import { getCollection, getEntry } from 'astro:content'

import { publicCollections } from '@hcri/shared/enums'

import { pageId, pageReads, type PageId } from './pageReads'
import { parseViewRead, resourcesView, viewShape } from './resources'

type Raw = { id: string; data: Record<string, unknown> }

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 24)

// The content store does not change during a build: each collection is hashed once.
const hashed = new Map<string, Promise<Map<string, { hash: string; data: Raw['data'] }>>>()

function entries(collection: string) {
  if (!hashed.has(collection)) {
    hashed.set(
      collection,
      getCollection(collection as never).then(
        (list: Raw[]) =>
          new Map(list.map((e) => [e.id, { hash: hash(JSON.stringify(e.data)), data: e.data }])),
      ),
    )
  }
  return hashed.get(collection)!
}

// Every page about a document reads it by slug: each collection's slugs are indexed once a build
// (finding one went through the whole collection, 4,000 times on every publish of the full set).
const slugIndexes = new Map<string, Promise<Map<string, string>>>()

/** A collection's documents by slug, as `<id>=<hash>`; the first document wins, as in a search. */
function slugIndex(collection: string) {
  let index = slugIndexes.get(collection)
  if (!index) {
    index = entries(collection).then((list) => {
      const bySlug = new Map<string, string>()
      for (const [id, e] of list) {
        // A slug kept per language would be an object of them: any of them names the document.
        const { slug } = e.data
        const slugs = slug !== null && typeof slug === 'object' ? Object.values(slug) : [slug]
        for (const one of slugs)
          if (typeof one === 'string' && !bySlug.has(one)) bySlug.set(one, `${id}=${e.hash}`)
      }
      return bySlug
    })
    slugIndexes.set(collection, index)
  }
  return index
}

/** The current content of one read (see lib/reads.ts for the kinds). */
export async function digestOf(read: string): Promise<string> {
  const [kind, collection = '', ...rest] = read.split(':')
  const name = rest.join(':')
  switch (kind) {
    case 'entry':
      return (await entries(collection)).get(name)?.hash ?? 'none'
    case 'slug':
      return (await slugIndex(collection)).get(name) ?? 'none'
    case 'scan':
      return hash([...(await entries(collection))].map(([id, e]) => `${id}=${e.hash}`).join())
    case 'slugs': {
      const all = await Promise.all(
        publicCollections.map(async (c) => [c, await entries(c)] as const),
      )
      return hash(
        all
          .flatMap(([c, list]) => [...list].map(([id, e]) => `${c}:${id}=${String(e.data.slug)}`))
          .join(),
      )
    }
    case 'global': {
      const entry = (await getEntry(collection as never, collection)) as Raw | undefined
      return entry ? hash(JSON.stringify(entry.data)) : 'none'
    }
    case 'view':
      return hash(viewShape(await resourcesView(...parseViewRead(name))))
    case 'clock': {
      // What the time changes: which events have ended, which surveys are open.
      const now = Date.now()
      const at = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN)
      const changed = [...(await entries(collection))].filter(([, e]) =>
        collection === 'surveys'
          ? at(e.data.opensAt) <= now && now < at(e.data.closesAt)
          : at(e.data.end ?? e.data.start) < now,
      )
      return hash(changed.map(([id]) => id).join())
    }
    default:
      // An unknown read can never be checked: the page renders every time.
      return randomUUID()
  }
}

/**
 * What every page depends on besides content: the addresses baked into links and images. Read
 * once (each read of `process.env` asks the system), as the first page is keyed.
 */
let settingText: string | undefined
const setting = () =>
  (settingText ??= [import.meta.env.SITE, process.env.CMS_URL, process.env.CMS_MEDIA_URL]
    .map(String)
    .join(' '))

// Every page reads the same few globals and lists: each read's digest is worked out once a build
// (a list's digest hashes the whole collection), not once per page; once known, a page's digest
// is put together without waiting (a publish keys all 28,000 pages of the full set).
const digests = new Map<string, Promise<string>>()
const known = new Map<string, string>()

/** The current content of everything a page read. */
export async function digestOfReads(reads: string[]): Promise<string> {
  const unknown = reads.filter((read) => !known.has(read))
  if (unknown.length)
    await Promise.all(
      unknown.map(async (read) => {
        if (!digests.has(read)) digests.set(read, digestOf(read))
        known.set(read, await digests.get(read)!)
      }),
    )
  return hash([setting(), ...reads.map((read) => `${read}=${known.get(read)!}`)].join('\n'))
}

/**
 * Adds a cacheKey to each of a route's static paths (during `astro build` only; getStaticPaths'
 * own options name the route). A page whose reads still have the content they had when it last
 * rendered gets the key Astro recorded then, so Astro reuses it; any other gets a new key.
 */
export async function withCacheKeys<P extends { params: Record<string, string | undefined> }>(
  options: GetStaticPathsOptions | undefined,
  paths: P[],
): Promise<(P & { cacheKey?: string })[]> {
  const record = pageReads()
  if (!record.enabled || !options?.routePattern) return paths
  return Promise.all(
    paths.map(async (path) => {
      const id = pageId(options.routePattern, path.params)
      const last = record.previous.get(id)
      const same = last !== undefined && (await digestOfReads(last.reads)) === last.digest
      const cacheKey = same ? last.key : randomUUID()
      record.keyed.set(id, cacheKey)
      return { ...path, cacheKey }
    }),
  )
}

/** Records a page this build rendered (the middleware calls it with what the page read). */
export async function recordRender(id: PageId, reads: string[]): Promise<void> {
  const record = pageReads()
  const key = record.keyed.get(id)
  if (key !== undefined) record.rendered.set(id, { reads, digest: await digestOfReads(reads), key })
}

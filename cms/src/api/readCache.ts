/**
 * Anonymous reads of content, answered from memory until content changes.
 *
 * Partners' pages and feeds ask the same few list requests again and again, and each
 * costs Payload 5–15 ms of one core at the full content set (queries, population, field access):
 * eight at once queue behind each other. An answer is kept under the content stamp read before it
 * was made (lib/contentStamp.ts); every change to content, in any CMS process, replaces the stamp
 * once it commits, and each request reads it first, so nothing kept outlives the content it shows.
 * A process that dies between a commit and its stamp would leave answers that do: so they expire
 * after a minute whatever the stamp says. The site's builds must read exactly what is published,
 * so they ask for answers made anew (shared/src/loader.ts).
 *
 * Only what anyone may ask is kept: GETs with no credentials and no cookie at all, of a collection's
 * list or one document, or a global, when the stamp covers it. Staff, the admin and the preview
 * never reach the cache, nor does a request that asks for a fresh answer (`Cache-Control: no-cache`).
 * What an answer may depend on besides the content is in its key: the whole address and the
 * headers Payload reads (origin for CORS, language).
 */
import { getPayload, type Payload } from 'payload'

import { hasContentStamp, readContentStamp } from '../lib/contentStamp'
import { findRoute, type Config, type RestHandler, type Route } from './route'

type Answer = { status: number; headers: [string, string][]; body: ArrayBuffer; madeAt: number }

/** Bounds: a query string per request lets anyone ask for new keys, so memory must stay capped. */
const maxEntries = 500
const maxBytes = 64 * 1024 * 1024
const maxAnswerBytes = 4 * 1024 * 1024
/** How long an answer is kept at most, should a change's stamp never be written. */
export const maxAnswerAgeMs = 60_000

class ReadCache {
  stamp: string | null = null
  private entries = new Map<string, Answer>()
  private bytes = 0
  /** Answers being made, so requests arriving together for one key make it once. */
  readonly making = new Map<string, Promise<Answer>>()
  hits = 0
  misses = 0

  /** Everything kept belongs to one stamp: a new one empties the cache. */
  useStamp(stamp: string) {
    if (stamp === this.stamp) return
    this.stamp = stamp
    this.entries.clear()
    this.bytes = 0
  }

  get(key: string): Answer | undefined {
    const answer = this.entries.get(key)
    if (answer && Date.now() - answer.madeAt >= maxAnswerAgeMs) {
      this.entries.delete(key)
      this.bytes -= answer.body.byteLength
      return undefined
    }
    if (answer) {
      // Most recently used last, so the first is the one to drop.
      this.entries.delete(key)
      this.entries.set(key, answer)
    }
    return answer
  }

  set(key: string, answer: Answer) {
    if (answer.body.byteLength > maxAnswerBytes || this.entries.has(key)) return
    this.entries.set(key, answer)
    this.bytes += answer.body.byteLength
    for (const [oldest, dropped] of this.entries) {
      if (this.entries.size <= maxEntries && this.bytes <= maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= dropped.body.byteLength
    }
  }

  get size() {
    return this.entries.size
  }
}

const caches = new WeakMap<Payload, ReadCache>()
const cacheOf = (payload: Payload) => {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new ReadCache()))
  return cache
}

/** How the cache has done since start, for tests and the benchmark's notes. */
export const readCacheStats = (payload: Payload) => {
  const { hits, misses, size } = cacheOf(payload)
  return { hits, misses, entries: size }
}

/** A request that anyone could make: no credentials and no cookie of any kind. */
const isAnonymous = (request: Request) =>
  request.method === 'GET' &&
  !request.headers.has('authorization') &&
  !request.headers.has('cookie')

/** HTTP's way to ask for an answer made now (a reload that bypasses caches); nothing else asks. */
const wantsFresh = (request: Request) =>
  /no-cache|no-store|max-age=0/.test(request.headers.get('cache-control') ?? '') ||
  request.headers.get('pragma') === 'no-cache'

/** A list, one document or a global, of something whose every change renews the stamp. */
const isContentRead = (route: Route | null): route is Route => {
  if (route?.collection) {
    return hasContentStamp(route.collection) && (route.path === '/' || route.path === '/:id')
  }
  return Boolean(route?.global && hasContentStamp(route.global) && route.path === '/')
}

const keyOf = (request: Request) => {
  const url = new URL(request.url)
  const header = (name: string) => request.headers.get(name) ?? ''
  return JSON.stringify([
    url.host,
    url.pathname,
    url.search,
    header('origin'),
    header('accept-language'),
  ])
}

// The Response copies the bytes, so the kept answer is never handed out itself.
const toResponse = (answer: Answer) =>
  new Response(answer.body, { status: answer.status, headers: answer.headers })

async function record(response: Response, madeAt: number): Promise<Answer> {
  const headers = [...response.headers].filter(([name]) => name.toLowerCase() !== 'set-cookie')
  return { status: response.status, headers, body: await response.arrayBuffer(), madeAt }
}

/** Wraps Payload's REST GET handler (inside the guard, so refused requests never get here). */
export function cacheAnonymousReads(config: Config, handler: RestHandler): RestHandler {
  return async (request, args) => {
    if (!isAnonymous(request) || wantsFresh(request)) return handler(request, args)
    const payload = await getPayload({ config })
    const route = findRoute(payload, 'GET', (await args.params)?.slug ?? [])
    if (!isContentRead(route)) return handler(request, args)
    // Read before the answer is made: a change that lands while it is made renews the stamp, so
    // the answer, kept under the old one, is never served again.
    const stamp = await readContentStamp(payload)
    if (stamp === null) return handler(request, args)
    const cache = cacheOf(payload)
    cache.useStamp(stamp)
    const key = keyOf(request)
    const kept = cache.get(key)
    if (kept) {
      cache.hits++
      return toResponse(kept)
    }
    cache.misses++
    const making = `${stamp} ${key}`
    let answer = cache.making.get(making)
    if (!answer) {
      const madeAt = Date.now()
      answer = handler(request, args).then(async (response) => {
        const made = await record(response, madeAt)
        const keep =
          made.status === 200 &&
          !response.headers.has('set-cookie') &&
          (response.headers.get('content-type') ?? '').startsWith('application/json')
        if (keep && cache.stamp === stamp) cache.set(key, made)
        return made
      })
      cache.making.set(making, answer)
      void answer.finally(() => cache.making.delete(making)).catch(() => undefined)
    }
    return toResponse(await answer)
  }
}

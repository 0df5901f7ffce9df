/**
 * CMS API benchmark for the DESIGN.md quality bar "requests/s and p95 latency for the public list
 * endpoints": anonymous GETs of the list requests the site and partners make, at a fixed
 * concurrency, against a running CMS. Each endpoint is measured twice: as clients ask (the CMS
 * answers repeated anonymous reads from memory until content changes: cms/src/api/readCache.ts),
 * and with `Cache-Control: no-cache`, every answer made anew — what the first request after a
 * change costs.
 *
 *   pnpm --filter @hcri/site exec tsx bench/api.ts --url http://localhost:3000 [--seconds 10]
 *       [--concurrency 8]
 *
 * measure.ts runs the same measurement on the generated content set. Figures only: it fails only
 * when an endpoint answers with an error.
 */
import { queuedForCms, requestsInFlight } from '@hcri/shared/loader'

import { isMain, option, round } from './cli'

export type ApiFigure = {
  endpoint: string
  /** `kept`: asked as clients ask; `fresh`: every answer made anew (`Cache-Control: no-cache`). */
  answers: 'kept' | 'fresh'
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  /** Documents in the response (`docs.length`), to show what one request carries. */
  docs: number
}

/** What visitors' builds and partners ask for: a page of each public collection, one in Urdu. */
export const publicListEndpoints = [
  '/api/resources?limit=24&depth=1&sort=-lastReviewed',
  '/api/resources?limit=24&depth=1&locale=ur',
  '/api/films?limit=24&depth=1',
  '/api/stories?limit=24&depth=1',
  '/api/events?limit=24&depth=1&sort=start',
  '/api/places?limit=100&depth=0',
  '/api/pages?limit=24&depth=0',
]

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

/** The median and 95th percentile of latencies sorted ascending, in ms to one decimal. */
const quantiles = (sorted: number[]) => ({
  p50Ms: round(percentile(sorted, 50), 1),
  p95Ms: round(percentile(sorted, 95), 1),
})

/** Keeps `concurrency` requests in flight for `seconds`, recording each request's latency. */
async function measure(
  cmsUrl: string,
  endpoint: string,
  seconds: number,
  concurrency: number,
  headers: Record<string, string>,
) {
  const latencies: number[] = []
  let docs = 0
  const until = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < until) {
      const start = performance.now()
      const response = await fetch(`${cmsUrl}${endpoint}`, { headers })
      const body = (await response.json()) as { docs?: unknown[] }
      if (!response.ok) throw new Error(`GET ${endpoint}: ${response.status}`)
      latencies.push(performance.now() - start)
      docs = body.docs?.length ?? 0
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsed = (performance.now() - began) / 1000
  latencies.sort((a, b) => a - b)
  return { latencies, elapsed, docs }
}

const answerHeaders = { kept: {}, fresh: { 'Cache-Control': 'no-cache' } }

export async function measureApi(
  cmsUrl: string,
  opts: { seconds?: number; concurrency?: number; log?: (line: string) => void } = {},
): Promise<ApiFigure[]> {
  const { seconds = 10, concurrency = 8, log = console.log } = opts
  const figures: ApiFigure[] = []
  const base = cmsUrl.replace(/\/$/, '')
  for (const endpoint of publicListEndpoints) {
    for (const answers of ['kept', 'fresh'] as const) {
      const headers = answerHeaders[answers]
      // Warm-up: the first requests compile routes and fill SQLite's page cache.
      await measure(base, endpoint, 1, 2, headers)
      const { latencies, elapsed, docs } = await measure(
        base,
        endpoint,
        seconds,
        concurrency,
        headers,
      )
      const figure: ApiFigure = {
        endpoint,
        answers,
        requests: latencies.length,
        requestsPerSecond: round(latencies.length / elapsed, 1),
        p50Ms: round(percentile(latencies, 50), 1),
        p95Ms: round(percentile(latencies, 95), 1),
        docs,
      }
      figures.push(figure)
      log(
        `${endpoint} (${answers === 'kept' ? 'as asked' : 'made anew'}): ${figure.requestsPerSecond} req/s, ` +
          `p50 ${figure.p50Ms} ms, p95 ${figure.p95Ms} ms ` +
          `(${figure.requests} requests, ${docs} docs each, concurrency ${concurrency})`,
      )
    }
  }
  return figures
}

/** One request of the site's content loaders. */
export type LoaderRequest = { url: string; headers?: HeadersInit }

/** What the loaders ask for: the published list of a collection, documents by id, a global. */
export type LoaderRequestKind = 'published lists' | 'documents' | 'globals'

export type LoaderFigure = {
  kind: LoaderRequestKind
  /** Requests in flight at most (the loaders' queue); missing in results from before it. */
  inFlight?: number
  requests: number
  p50Ms: number
  p95Ms: number
}

const kindOf = (url: string): LoaderRequestKind =>
  url.includes('/api/published-list/')
    ? 'published lists'
    : url.includes('/api/globals/')
      ? 'globals'
      : 'documents'

/**
 * The site's loaders' own requests (recorded from a full sync, one list per loader), sent again as
 * they send them: each loader's in its order, every loader at once, through the loaders' queue
 * (`requestsInFlight` to the CMS at a time), `rounds` times. Bodies are read as bytes and not
 * checked, so the loaders' own work (parsing, schema checks) is not in the figures: what is
 * measured is how long the CMS takes to answer each request a build makes, made anew, from when it
 * leaves the queue.
 */
export async function measureLoaderRequests(
  byLoader: LoaderRequest[][],
  rounds: number,
): Promise<LoaderFigure[]> {
  const latencies = new Map<LoaderRequestKind, number[]>()
  for (let round = 0; round < rounds; round++)
    await Promise.all(
      byLoader.map(async (requests) => {
        for (const { url, headers } of requests) {
          const ms = await queuedForCms(new URL(url).origin, async () => {
            const start = performance.now()
            const response = await fetch(url, { headers })
            await response.arrayBuffer()
            if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
            return performance.now() - start
          })
          const kind = kindOf(url)
          if (!latencies.has(kind)) latencies.set(kind, [])
          latencies.get(kind)!.push(ms)
        }
      }),
    )
  return [...latencies].map(([kind, times]) => {
    times.sort((a, b) => a - b)
    return { kind, inFlight: requestsInFlight, requests: times.length, ...quantiles(times) }
  })
}

if (isMain(import.meta.url)) {
  const url = option('url') ?? process.env.CMS_URL ?? 'http://localhost:3000'
  await measureApi(url, {
    seconds: Number(option('seconds') ?? 10),
    concurrency: Number(option('concurrency') ?? 8),
  })
}

/**
 * CMS API benchmark for the DESIGN.md quality bar "requests/s and p95 latency for the public list
 * endpoints": anonymous GETs of the list requests the site and partners make, at a fixed
 * concurrency, against a running CMS.
 *
 *   pnpm --filter @hcri/site exec tsx bench/api.ts --url http://localhost:3000 [--seconds 10]
 *       [--concurrency 8]
 *
 * build.ts runs the same measurement on its generated content set. Figures only: it fails only
 * when an endpoint answers with an error.
 */
import { fileURLToPath } from 'node:url'

export type ApiFigure = {
  endpoint: string
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
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/** Keeps `concurrency` requests in flight for `seconds`, recording each request's latency. */
async function measure(url: string, seconds: number, concurrency: number) {
  const latencies: number[] = []
  let docs = 0
  const until = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < until) {
      const start = performance.now()
      const res = await fetch(url)
      const body = (await res.json()) as { docs?: unknown[] }
      if (!res.ok) throw new Error(`${url} answered ${res.status}`)
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

export async function measureApi(
  cmsUrl: string,
  opts: { seconds?: number; concurrency?: number; log?: (line: string) => void } = {},
): Promise<ApiFigure[]> {
  const { seconds = 10, concurrency = 8, log = console.log } = opts
  const figures: ApiFigure[] = []
  for (const endpoint of publicListEndpoints) {
    // Warm-up: the first requests compile routes and fill SQLite's page cache.
    await measure(cmsUrl + endpoint, 1, 2)
    const { latencies, elapsed, docs } = await measure(cmsUrl + endpoint, seconds, concurrency)
    const figure: ApiFigure = {
      endpoint,
      requests: latencies.length,
      requestsPerSecond: round(latencies.length / elapsed),
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      docs,
    }
    figures.push(figure)
    log(
      `${endpoint}: ${figure.requestsPerSecond} req/s, p50 ${figure.p50Ms} ms, p95 ${figure.p95Ms} ms ` +
        `(${figure.requests} requests, ${docs} docs each, concurrency ${concurrency})`,
    )
  }
  return figures
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : undefined
  }
  const url = value('url') ?? process.env.CMS_URL ?? 'http://localhost:3000'
  await measureApi(url.replace(/\/$/, ''), {
    seconds: Number(value('seconds') ?? 10),
    concurrency: Number(value('concurrency') ?? 8),
  })
}

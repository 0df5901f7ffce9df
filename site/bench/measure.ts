/**
 * Step 2 of the benchmark, on a generated content set (generate.ts): serves it with the
 * production CMS, then measures the content sync (full and no-change), the public list endpoints
 * of the CMS API (requests/s, p95; api.ts), the admin's list views in Chromium (admin.ts), a cold
 * site build, incremental builds (nothing changed; one resource edited by an editor through the
 * API), the same cold build from a local dump of the same content beside the one through the CMS,
 * the compressed weight of a resource page, Lighthouse mobile scores of every template in every
 * language and publish → live with the bundled publisher (publish.ts).
 *
 *   pnpm --filter @hcri/site exec tsx bench/measure.ts --dir DIR [--results FILE]
 *       [--skip sync,api,admin,incremental,baseline,weight,lighthouse,publish] [--runs N] [--keep]
 *
 * --runs: how many times each repeated figure is measured (medians; default 3).
 *
 * Each figure goes into the results file as soon as it is measured. A step that fails is noted
 * there (`errors`) and the steps that do not need it still run; the exit code is then 1.
 * The build goes to site/.bench/<work folder's name>, removed at the end unless --keep.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import {
  memoryLoaderContext,
  payloadGlobalLoader,
  payloadLoader,
  type ContentDump,
} from '@hcri/shared/loader'
import { localeCodes } from '@hcri/shared/locales'
import { login } from '@hcri/shared/rest'
import { localePath } from '@hcri/shared/urls'

import { measureAdmin } from './admin'
import { measureApi, measureLoaderRequests, type LoaderRequest } from './api'
import {
  flag,
  isFull,
  isMain,
  log,
  median,
  readEditor,
  readResults,
  record,
  recordError,
  recordLoad,
  requireNode22,
  resultsPath,
  round,
  runs,
  siteDir,
  skipped,
  timed,
  workDir,
  writeResults,
  type Counts,
} from './cli'
import { lighthouse, type LighthouseRow } from './lighthouse'
import { measurePublish, releasesDir } from './publish'
import { startCms, startSite, stopAll, stopOnInterrupt } from './servers'
import { buildFailure, buildFigures, buildSite, findPage, pageWeight } from './site'

/** The site's collections (site/src/content.config.ts), all synced at once as Astro does. */
const syncedCollections: [string, boolean][] = [
  ['resources', true],
  ['films', true],
  ['stories', true],
  ['events', true],
  ['places', true],
  ['pages', true],
  ['media', false],
]
const syncedGlobals = ['site-settings', 'navigation', 'footer']

/** The site's loaders; `fetchFor` gives each (by index) its own fetch, to record what it asks. */
function makeSync(cmsUrl: string, fetchFor: (loader: number) => typeof fetch = () => fetch) {
  const loaders = [
    ...syncedCollections.map(([collection, drafts], i) =>
      payloadLoader({ collection, cmsUrl, drafts, fetch: fetchFor(i) }),
    ),
    ...syncedGlobals.map((global, i) =>
      payloadGlobalLoader({ global, cmsUrl, fetch: fetchFor(syncedCollections.length + i) }),
    ),
  ]
  const stores = loaders.map(() =>
    memoryLoaderContext({ info: () => {}, warn: (m) => log(`loader warning: ${m}`) }),
  )
  return {
    run: () => Promise.all(loaders.map((loader, i) => loader.load(stores[i]!.ctx))),
    entries: () => stores.reduce((n, s) => n + s.entries.size, 0),
    stores,
  }
}

/** Every entry the site's loaders store, in one file a build can load instead (CONTENT_DUMP). */
async function writeDump(cmsUrl: string, file: string): Promise<number> {
  const entries: ContentDump['entries'] = {}
  const names = [...syncedCollections.map(([c]) => c), ...syncedGlobals]
  const sync = makeSync(cmsUrl)
  await sync.run()
  sync.stores.forEach((store, i) => (entries[names[i]!] = [...store.entries.values()]))
  writeFileSync(file, JSON.stringify({ entries }))
  return sync.entries()
}

/**
 * Content sync: the loaders alone, three times full then without change; then the requests of a
 * full sync sent again as the loaders send them, for how long the CMS takes to answer each.
 */
async function measureSync(cmsUrl: string) {
  const full: number[] = []
  const noChange: number[] = []
  // The first full sync's requests, one list per loader, in its order.
  const loaders = syncedCollections.length + syncedGlobals.length
  const requests: LoaderRequest[][] = Array.from({ length: loaders }, () => [])
  let recording = true
  const recordFor =
    (loader: number): typeof fetch =>
    (input, init) => {
      if (recording) requests[loader]!.push({ url: String(input), headers: init?.headers })
      return fetch(input, init)
    }
  let entries = 0
  for (let i = 0; i < 3; i++) {
    const sync = makeSync(cmsUrl, recordFor)
    full.push((await timed(sync.run)).ms)
    recording = false
    entries = sync.entries()
    noChange.push((await timed(sync.run)).ms)
  }
  log(`sync: full ${median(full)} ms, no change ${median(noChange)} ms (${entries} entries)`)
  const loaderRequests = await measureLoaderRequests(requests, runs())
  for (const r of loaderRequests)
    log(
      `sync: the loaders' ${r.kind}, made anew as they ask: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms (${r.requests} requests, ${loaders} loaders at once, ${r.inFlight} in flight)`,
    )
  return {
    loaderRequests,
    entries,
    fullMs: full,
    fullMedianMs: median(full),
    noChangeMs: noChange,
    noChangeMedianMs: median(noChange),
    noChangeRatio: round(median(noChange) / median(full), 3),
    bar: 'no-change sync under 10% of the full sync',
    meetsBar: median(noChange) / median(full) < 0.1,
  }
}

/** What this step writes in the results file (`errors` too, under the same names). */
const measuredKeys = [
  'cms',
  'sync',
  'api',
  'build',
  'incremental',
  'baseline',
  'resourcePageWeight',
  'lighthouse',
  'publish',
]

/** The page types Lighthouse scores, each in every language (a prefix of the locale is added). */
function lighthouseTemplates(outDir: string, counts: Counts): [string, string | undefined][] {
  const first = (section: string, prefix: string, count: number) =>
    findPage(outDir, section, prefix, count)
  return [
    ['home', '/'],
    ['resources', '/resources/'],
    ['resource', first('resources', 'bench-resource', counts.resources)],
    ['events', '/events/'],
    ['event', first('events', 'bench-event', counts.events)],
    ['films', '/films/'],
    ['film', first('films', 'bench-film', counts.films)],
    ['stories', '/stories/'],
    ['story', first('stories', 'bench-story', counts.stories)],
    ['safe spaces', '/safe-spaces/'],
    ['report', '/report/'],
    ['search', '/search/'],
  ]
}

/**
 * Measures the content set in `dir` into `resultsFile` (which generate.ts started: it names the
 * counts). Resolves with false when a step failed.
 */
export async function measure(
  dir: string,
  resultsFile: string,
  { keep = false } = {},
): Promise<boolean> {
  requireNode22()
  const { errors = {}, loadAverage = {}, cpuTimes: _cpuTimes, ...kept } = readResults(resultsFile)
  const counts = kept.counts
  if (!counts)
    throw new Error(`${resultsFile} names no content set: run generate.ts with this file first`)
  const full = isFull(counts)
  // Figures of an earlier measurement of this content set would mix with this one's.
  for (const key of measuredKeys) delete kept[key]
  writeResults(resultsFile, {
    ...kept,
    loadAverage: { start: loadAverage.start ?? [] },
    ...(errors.generation ? { errors: { generation: errors.generation } } : {}),
  })
  const logs = (name: string) => path.join(dir, `${name}.log`)
  // Inside site/, so the on-demand part of the build (preview) resolves site/node_modules.
  const buildDir = path.join(siteDir, '.bench', path.basename(dir))
  const outDir = path.join(buildDir, 'client')
  let ok = true
  /** Runs one step, recording its figures or its failure; the result says which. */
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await fn()
      record(resultsFile, name, value)
      return value
    } catch (error) {
      ok = false
      recordError(resultsFile, name, error)
      return undefined
    }
  }

  const removeBuild = () => {
    if (keep) log(`kept ${buildDir}`)
    else
      for (const built of [buildDir, releasesDir(dir)])
        rmSync(built, { recursive: true, force: true })
  }
  const removeHook = stopOnInterrupt(removeBuild)
  try {
    let cmsUrl: string
    try {
      cmsUrl = await startCms(dir, logs)
    } catch (error) {
      recordError(resultsFile, 'cms', error)
      return false
    }

    if (!skipped('sync')) {
      recordLoad(resultsFile, 'sync')
      await step('sync', () => measureSync(cmsUrl))
    }

    if (!skipped('api')) {
      recordLoad(resultsFile, 'api')
      await step('api', () =>
        measureApi(cmsUrl, { seconds: full ? 10 : 3, log: (l) => log(`api ${l}`) }),
      )
    }

    if (!skipped('admin')) {
      recordLoad(resultsFile, 'admin')
      await step('admin', () =>
        measureAdmin(cmsUrl, readEditor(dir), {
          count: runs(),
          log,
        }),
      )
    }

    const cacheDir = path.join(dir, 'astro-cache')
    const buildEnv = {
      CMS_URL: cmsUrl,
      // Astro may read settings from the environment; keep the developer's out of the benchmark.
      NODE_ENV: 'production',
    }
    // A cold build against the CMS, in its own out and cache folders.
    recordLoad(resultsFile, 'build')
    const build = await step('build', async () => {
      const buildLog = logs('site-build')
      // Cold: no output nor content-layer store of an earlier run; a fresh log to read figures from.
      for (const stale of [buildDir, cacheDir, buildLog])
        rmSync(stale, { recursive: true, force: true })
      const code = await buildSite(buildDir, cacheDir, buildEnv, buildLog)
      const logText = readFileSync(buildLog, 'utf8')
      if (code !== 0) throw new Error(buildFailure(logText, code))
      const figures = buildFigures(logText, outDir)
      log(
        `site build: astro ${round(figures.astroMs / 1000, 1)} s, ${figures.pages} pages, peak RSS ${figures.peakRssMiB} MiB; pagefind ${round(figures.pagefindMs / 1000, 1)} s`,
      )
      return {
        ...figures,
        bar: 'build within 2 minutes on 2 cores (full content set)',
        meetsBar: full ? figures.totalMs <= 120_000 : null,
      }
    })
    if (!build) return false

    // Publishing again with the cache the cold build left: nothing changed, then one resource
    // edited through the API as an editor does (what publish → live costs beyond the debounce).
    if (!skipped('incremental')) {
      recordLoad(resultsFile, 'incremental')
      await step('incremental', async () => {
        const rebuild = async () => {
          const buildLog = logs('site-build-incremental')
          rmSync(buildLog, { force: true })
          const code = await buildSite(buildDir, cacheDir, buildEnv, buildLog)
          const logText = readFileSync(buildLog, 'utf8')
          if (code !== 0) throw new Error(buildFailure(logText, code))
          const last = JSON.parse(
            readFileSync(path.join(cacheDir, 'page-reads-last-build.json'), 'utf8'),
          ) as { rendered: string[]; reused: number }
          return { ms: buildFigures(logText, outDir).totalMs, rendered: last.rendered.length }
        }
        const n = runs()
        const unchanged = []
        for (let i = 0; i < n; i++) unchanged.push(await rebuild())
        const editor = await login(cmsUrl, readEditor(dir))
        const { docs } = await editor.get<{ docs: { id: number; slug: string }[] }>(
          '/api/resources?limit=1&sort=slug&depth=0&where[slug][equals]=bench-resource-1',
        )
        const resource = docs[0]
        if (!resource) throw new Error('no bench-resource-1 to edit')
        const edited = []
        for (let i = 0; i < n; i++) {
          await editor.patch(`/api/resources/${resource.id}`, {
            summary: `Edited for the benchmark, run ${i + 1} of ${n}.`,
            _status: 'published',
          })
          edited.push(await rebuild())
        }
        const figures = (runs: { ms: number; rendered: number }[]) => ({
          medianMs: median(runs.map((r) => r.ms)),
          rendered: median(runs.map((r) => r.rendered)),
          runs,
        })
        const result = { unchanged: figures(unchanged), oneResourceEdited: figures(edited) }
        log(
          `incremental: unchanged ${round(result.unchanged.medianMs / 1000, 1)} s, one resource edited ${round(result.oneResourceEdited.medianMs / 1000, 1)} s (${result.oneResourceEdited.rendered} pages rendered)`,
        )
        return result
      })
    }

    // The same pages from a local dump of the same entries: what loading through the CMS costs.
    // Cold builds in turn, each with an empty cache, the CMS serving images to both.
    if (!skipped('baseline')) {
      recordLoad(resultsFile, 'baseline')
      await step('baseline', async () => {
        const dump = path.join(dir, 'content-dump.json')
        const entries = await writeDump(cmsUrl, dump)
        const out = path.join(buildDir, '..', `${path.basename(dir)}-baseline`)
        const cold = async (env: Record<string, string>) => {
          const cache = path.join(dir, 'baseline-cache')
          const buildLog = logs('site-build-baseline')
          for (const stale of [out, cache, buildLog])
            rmSync(stale, { recursive: true, force: true })
          const code = await buildSite(out, cache, { ...buildEnv, ...env }, buildLog)
          const logText = readFileSync(buildLog, 'utf8')
          if (code !== 0) throw new Error(buildFailure(logText, code))
          return buildFigures(logText, path.join(out, 'client')).totalMs
        }
        const viaCms: number[] = []
        const fromDump: number[] = []
        try {
          for (let i = 0; i < runs(); i++) {
            viaCms.push(await cold({}))
            fromDump.push(await cold({ CONTENT_DUMP: dump }))
          }
        } finally {
          rmSync(out, { recursive: true, force: true })
        }
        const ratio = round(median(viaCms) / median(fromDump), 3)
        log(`baseline: CMS ${median(viaCms)} ms, dump ${median(fromDump)} ms, ratio ${ratio}`)
        return {
          entries,
          viaCmsMedianMs: median(viaCms),
          fromDumpMedianMs: median(fromDump),
          ratio,
          viaCms,
          fromDump,
          bar: 'through the CMS at most 1.15 × the build from a local dump',
          meetsBar: ratio <= 1.15,
        }
      })
    }

    const resourcePage = findPage(outDir, 'resources', 'bench-resource', counts.resources)
    if (!skipped('weight'))
      await step('resourcePageWeight', async () => {
        if (!resourcePage) throw new Error('no resource page built')
        const weight = pageWeight(outDir, resourcePage)
        return {
          ...weight,
          bar: 'resource page under 30 KB compressed, excluding images',
          meetsBar: weight.total.gzip < 30 * 1024 && weight.total.brotli < 30 * 1024,
        }
      })

    // Lighthouse on the built site, served by the production server with its _headers: every
    // template in every language.
    if (!skipped('lighthouse')) {
      recordLoad(resultsFile, 'lighthouse')
      await step('lighthouse', async () => {
        const site = await startSite(outDir, cmsUrl, logs('site-server'))
        const rows: LighthouseRow[] = []
        for (const [template, page] of lighthouseTemplates(outDir, counts)) {
          for (const locale of localeCodes) {
            const name = `${template} · ${locale}`
            const url = page && localePath(locale, page)
            if (!url || !existsSync(path.join(outDir, url, 'index.html'))) {
              rows.push({ name, url: url ?? '', error: 'page not built' })
              continue
            }
            log(`lighthouse ${name} ${url}`)
            rows.push(await lighthouse(name, `${site}${url}`, dir, logs('lighthouse')))
          }
        }
        return rows
      })
    }
    // Last: it stops the CMS the steps above measured and starts one that publishes.
    if (!skipped('publish')) {
      recordLoad(resultsFile, 'publish')
      await step('publish', () => measurePublish(dir, logs, full))
    }
    recordLoad(resultsFile, 'end')
    return ok
  } finally {
    removeHook()
    await stopAll()
    removeBuild()
  }
}

if (isMain(import.meta.url)) {
  const dir = workDir()
  const resultsFile = resultsPath(dir)
  const ok = await measure(dir, resultsFile, { keep: flag('keep') }).catch((error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).message}`)
    return false
  })
  log(`figures written to ${resultsFile}`)
  process.exit(ok ? 0 : 1)
}

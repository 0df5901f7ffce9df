/**
 * Step 2 of the benchmark, on a generated content set (generate.ts): serves it with the
 * production CMS, then measures the content sync (full and no-change), the public list endpoints
 * of the CMS API (requests/s, p95; api.ts), a cold site build, the compressed weight of a resource
 * page and Lighthouse mobile scores.
 *
 *   pnpm --filter @hcri/site exec tsx bench/measure.ts --dir DIR [--results FILE]
 *       [--no-lighthouse] [--keep]
 *
 * Each figure goes into the results file as soon as it is measured. A step that fails is noted
 * there (`errors`) and the steps that do not need it still run; the exit code is then 1.
 * The build goes to site/.bench/<work folder's name>, removed at the end unless --keep.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { memoryLoaderContext, payloadGlobalLoader, payloadLoader } from '@hcri/shared/loader'

import { measureApi } from './api'
import {
  flag,
  isFull,
  isMain,
  log,
  median,
  readResults,
  record,
  recordError,
  recordLoad,
  requireNode22,
  resultsPath,
  round,
  siteDir,
  timed,
  workDir,
  writeResults,
} from './cli'
import { lighthouse, type LighthouseRow } from './lighthouse'
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

function makeSync(cmsUrl: string) {
  const loaders = [
    ...syncedCollections.map(([collection, drafts]) =>
      payloadLoader({ collection, cmsUrl, drafts }),
    ),
    ...syncedGlobals.map((global) => payloadGlobalLoader({ global, cmsUrl })),
  ]
  const stores = loaders.map(() =>
    memoryLoaderContext({ info: () => {}, warn: (m) => log(`loader warning: ${m}`) }),
  )
  return {
    run: () => Promise.all(loaders.map((loader, i) => loader.load(stores[i]!.ctx))),
    entries: () => stores.reduce((n, s) => n + s.entries.size, 0),
  }
}

/** Content sync: the loaders alone, three times full then without change. */
async function measureSync(cmsUrl: string) {
  const full: number[] = []
  const noChange: number[] = []
  let entries = 0
  for (let i = 0; i < 3; i++) {
    const sync = makeSync(cmsUrl)
    full.push((await timed(sync.run)).ms)
    entries = sync.entries()
    noChange.push((await timed(sync.run)).ms)
  }
  log(`sync: full ${median(full)} ms, no change ${median(noChange)} ms (${entries} entries)`)
  return {
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
const measuredKeys = ['cms', 'sync', 'api', 'build', 'resourcePageWeight', 'lighthouse']

/**
 * Measures the content set in `dir` into `resultsFile` (which generate.ts started: it names the
 * counts). Resolves with false when a step failed.
 */
export async function measure(
  dir: string,
  resultsFile: string,
  { lighthouse: withLighthouse = true, keep = false } = {},
): Promise<boolean> {
  requireNode22()
  const { errors = {}, loadAverage = {}, ...kept } = readResults(resultsFile)
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
    else rmSync(buildDir, { recursive: true, force: true })
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

    recordLoad(resultsFile, 'sync')
    await step('sync', () => measureSync(cmsUrl))

    recordLoad(resultsFile, 'api')
    await step('api', () =>
      measureApi(cmsUrl, { seconds: full ? 10 : 3, log: (l) => log(`api ${l}`) }),
    )

    // A cold build against the CMS, in its own out and cache folders.
    recordLoad(resultsFile, 'build')
    const build = await step('build', async () => {
      const buildLog = logs('site-build')
      const cacheDir = path.join(dir, 'astro-cache')
      // Cold: no output nor content-layer store of an earlier run; a fresh log to read figures from.
      for (const stale of [buildDir, cacheDir, buildLog])
        rmSync(stale, { recursive: true, force: true })
      const code = await buildSite(
        buildDir,
        cacheDir,
        {
          CMS_URL: cmsUrl,
          // Astro may read settings from the environment; keep the developer's out of the benchmark.
          NODE_ENV: 'production',
        },
        buildLog,
      )
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

    const resourcePage = findPage(outDir, 'resources', 'bench-resource', counts.resources)
    await step('resourcePageWeight', async () => {
      if (!resourcePage) throw new Error('no resource page built')
      const weight = pageWeight(outDir, resourcePage)
      return {
        ...weight,
        bar: 'resource page under 30 KB compressed, excluding images',
        meetsBar: weight.total.gzip < 30 * 1024 && weight.total.brotli < 30 * 1024,
      }
    })

    // Lighthouse on the built site, served by the production server with its _headers.
    if (withLighthouse) {
      recordLoad(resultsFile, 'lighthouse')
      await step('lighthouse', async () => {
        const site = await startSite(outDir, cmsUrl, logs('site-server'))
        const targets: [string, string | undefined][] = [
          ['home', '/'],
          ['resource', resourcePage],
          ['event', findPage(outDir, 'events', 'bench-event', counts.events)],
          ['film', findPage(outDir, 'films', 'bench-film', counts.films)],
          ['home (Urdu)', existsSync(path.join(outDir, 'ur', 'index.html')) ? '/ur/' : undefined],
        ]
        const rows: LighthouseRow[] = []
        for (const [name, page] of targets) {
          if (!page) {
            rows.push({ name, url: '', error: 'page not built' })
            continue
          }
          log(`lighthouse ${name} ${page}`)
          rows.push(await lighthouse(name, `${site}${page}`, dir, logs('lighthouse')))
        }
        return rows
      })
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
  const ok = await measure(dir, resultsFile, {
    lighthouse: !flag('no-lighthouse'),
    keep: flag('keep'),
  }).catch((error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).message}`)
    return false
  })
  log(`figures written to ${resultsFile}`)
  process.exit(ok ? 0 : 1)
}

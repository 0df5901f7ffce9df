/**
 * Step 3 of the benchmark: the figures of a results file as a plain table, with the failed steps
 * named where their figures would be.
 *
 *   pnpm --filter @hcri/site exec tsx bench/report.ts FILE
 */
import { existsSync } from 'node:fs'

import { isMain, kb, readResults, round, type Counts, type Results } from './cli'
import type { measureAdmin } from './admin'
import type { LoaderFigure } from './api'
import type { LighthouseRow } from './lighthouse'
import type { PublishFigures } from './publish'
import type { buildFigures, pageWeight } from './site'

type Generation = { ms: number; documents: number; msPerDocument: number }
type Sync = {
  entries: number
  fullMedianMs: number
  noChangeMedianMs: number
  noChangeRatio: number
  meetsBar: boolean
  /** Missing in results from before the loaders' requests were measured. */
  loaderRequests?: LoaderFigure[]
}
type Build = ReturnType<typeof buildFigures> & { meetsBar: boolean | null }
type Weight = ReturnType<typeof pageWeight> & { meetsBar: boolean }
type Incremental = Record<
  'unchanged' | 'oneResourceEdited',
  { medianMs: number; rendered: number; runs: unknown[] }
>
type Baseline = {
  viaCmsMedianMs: number
  fromDumpMedianMs: number
  ratio: number
  viaCms: number[]
  meetsBar: boolean
}
type ApiRow = {
  endpoint: string
  /** Missing in results from before the CMS kept answers: those were all made anew. */
  answers?: 'kept' | 'fresh'
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
}

export function report(r: Results): void {
  const rows: [string, string][] = []
  const add = (k: string, v: unknown) =>
    rows.push([k, v === undefined || v === null ? '–' : String(v)])
  const errors = r.errors ?? {}
  const failed = (step: string) => `failed: ${errors[step]!.split('\n')[0]}`
  const counts = r.counts as Counts | undefined

  add(
    'content set',
    counts &&
      `${r.size}: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')} (en + ur)`,
  )
  const machine = r.machine as { cpus: number } | undefined
  add(
    'machine',
    `${machine?.cpus ?? '?'} cores, load average (1/5/15 min) ${Object.entries(r.loadAverage ?? {})
      .map(([k, v]) => `${k} ${v.join('/')}`)
      .join('; ')}`,
  )
  const cpu = Object.entries(r.cpuTimes ?? {})
  if (cpu.length > 1)
    add(
      'machine: CPU time per step (all cores)',
      cpu
        .slice(0, -1)
        .map(([phase, from], i) => {
          const to = cpu[i + 1]![1]
          const [busy, idle, stolen] = [
            to.busy - from.busy,
            to.idle - from.idle,
            to.stolen - from.stolen,
          ]
          const share = (n: number) => Math.round((n / (busy + idle + stolen || 1)) * 100)
          return `${phase} ${share(busy)} % busy, ${share(stolen)} % stolen`
        })
        .join('; '),
    )
  if (errors.cms) add('CMS', failed('cms'))

  const g = r.generation as Generation | undefined
  if (errors.generation) add('generation', failed('generation'))
  else if (g)
    add(
      'generation',
      `${round(g.ms / 1000, 1)} s (${g.msPerDocument} ms per document, both locales)`,
    )

  const s = r.sync as Sync | undefined
  if (errors.sync) add('sync', failed('sync'))
  else if (s) {
    add('sync: full (median of 3)', `${s.fullMedianMs} ms for ${s.entries} entries`)
    add('sync: no change (median of 3)', `${s.noChangeMedianMs} ms`)
    add(
      'sync: no-change / full',
      `${round(s.noChangeRatio * 100, 1)} % (bar < 10 %: ${s.meetsBar ? 'met' : 'NOT met'})`,
    )
    for (const r of s.loaderRequests ?? [])
      add(
        `sync: the loaders' ${r.kind} (made anew, every loader at once, ${r.inFlight ?? 'all'} in flight)`,
        `p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, ${r.requests} requests (bar p95 ≤ 100 ms: ${r.p95Ms <= 100 ? 'met' : 'NOT met'})`,
      )
  }

  if (errors.api) add('CMS API', failed('api'))
  for (const a of (r.api as ApiRow[] | undefined) ?? [])
    add(
      `api ${a.endpoint}${a.answers === 'fresh' ? ' (made anew)' : ''}`,
      `${a.requestsPerSecond} req/s, p50 ${a.p50Ms} ms, p95 ${a.p95Ms} ms (bar p95 ≤ 100 ms: ${a.p95Ms <= 100 ? 'met' : 'NOT met'})`,
    )

  const admin = r.admin as Awaited<ReturnType<typeof measureAdmin>> | undefined
  if (errors.admin) add("admin's list views", failed('admin'))
  else if (admin) {
    add("admin: first view, nothing in the browser's cache", `${admin.firstViewMs} ms`)
    for (const v of admin.views)
      add(
        `admin: ${v.collection} list opens (median of ${v.runs.length})`,
        `${v.medianMs} ms, ${v.rows} rows (bar < 1 s: ${v.meetsBar ? 'met' : 'NOT met'})`,
      )
  }

  const b = r.build as Build | undefined
  if (errors.build) add('site build', failed('build'))
  else if (b) {
    add('astro build (1 run, cold)', `${round(b.astroMs / 1000, 1)} s`)
    add(
      'pages built',
      `${b.pages} (${b.msPerPage} ms per page); HTML files by locale ${Object.entries(
        b.htmlFilesByLocale,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    )
    add(
      'astro build phases',
      `content sync + types ${b.phases.syncAndTypesS} s, static routes ${b.phases.staticRoutesS} s, images ${b.phases.optimizedImagesS} s`,
    )
    add(
      'site build CPU',
      `${b.cpuSeconds} s user+system, astro + pagefind (${b.cpuPercent} % of one core while it ran)`,
    )
    add('site build peak RSS', b.peakRssMiB === null ? '–' : `${b.peakRssMiB} MiB`)
    add('pagefind', `${round(b.pagefindMs / 1000, 1)} s`)
    add(
      'build total (astro + pagefind)',
      `${round(b.totalMs / 1000, 1)} s${b.meetsBar === null ? '' : ` (bar ≤ 120 s: ${b.meetsBar ? 'met' : 'NOT met'})`}`,
    )
    add('build output', `${b.outputMiB} MiB`)
  }

  const inc = r.incremental as Incremental | undefined
  if (errors.incremental) add('incremental build', failed('incremental'))
  else if (inc) {
    const n = inc.unchanged.runs.length
    add(
      `incremental build, nothing changed (median of ${n})`,
      `${round(inc.unchanged.medianMs / 1000, 1)} s, ${inc.unchanged.rendered} pages rendered`,
    )
    add(
      `incremental build, one resource edited (median of ${n})`,
      `${round(inc.oneResourceEdited.medianMs / 1000, 1)} s, ${inc.oneResourceEdited.rendered} pages rendered`,
    )
  }

  const base = r.baseline as Baseline | undefined
  if (errors.baseline) add('JSON baseline', failed('baseline'))
  else if (base)
    add(
      `cold build via CMS / from a local dump (medians of ${base.viaCms.length})`,
      `${round(base.viaCmsMedianMs / 1000, 1)} s / ${round(base.fromDumpMedianMs / 1000, 1)} s = ${base.ratio}× (bar ≤ 1.15×: ${base.meetsBar ? 'met' : 'NOT met'})`,
    )

  const w = r.resourcePageWeight as Weight | undefined
  if (errors.resourcePageWeight) add('resource page', failed('resourcePageWeight'))
  else if (w)
    add(
      `resource page ${w.page} (${w.files.length} files)`,
      `${kb(w.total.raw)} KB raw, ${kb(w.total.gzip)} KB gzip, ${kb(w.total.brotli)} KB brotli (bar < 30 KB: ${w.meetsBar ? 'met' : 'NOT met'})`,
    )

  const p = r.publish as PublishFigures | undefined
  if (errors.publish) add('publish → live', failed('publish'))
  else if (p) {
    add('publish: first release (cold, site:release)', `${p.firstReleaseS} s`)
    // Older reports (before the warm-up releases) have none.
    if (p.warmUpS?.length)
      add('publish: warm-up releases by the CMS, nothing changed', `${p.warmUpS.join(' s, ')} s`)
    add(
      `publish → live (median of ${p.runs.length}, debounce ${p.debounceMs / 1000} s)`,
      `${p.medianS} s; runs ${p.runs.join(', ')} s (${p.bar}: ${p.meetsBar ? 'met' : 'NOT met'})`,
    )
    if (p.paused)
      add(
        `publish → live after a ${p.paused.pauseS} s pause (median of ${p.paused.runs.length})`,
        p.paused.error ?? `${p.paused.medianS} s; runs ${p.paused.runs.join(', ')} s`,
      )
  }

  if (errors.lighthouse) add('lighthouse', failed('lighthouse'))
  const lighthouseRows = (r.lighthouse as LighthouseRow[] | undefined) ?? []
  const lost = (l: LighthouseRow) =>
    l.failing?.filter((f) => f !== 'seo:is-crawlable' || l.failing!.length > 1) ?? []
  for (const l of lighthouseRows.filter((l) => l.error || lost(l).length))
    add(`lighthouse ${l.name}`, l.error ?? `lost: ${lost(l).join(', ')}`)
  const width = Math.max(...rows.map(([k]) => k.length))
  console.log('\nBenchmark figures')
  console.log('─'.repeat(width + 50))
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`)
  console.log('─'.repeat(width + 50))
  printLighthouse(lighthouseRows)
  if (w && !errors.resourcePageWeight) {
    console.log('resource page files (bytes raw / gzip / brotli):')
    for (const f of w.files) console.log(`  ${f.file}  ${f.raw} / ${f.gzip} / ${f.brotli}`)
  }
}

/**
 * Lighthouse as a table, template × language: performance, then the lowest of accessibility,
 * best practices and SEO (100 when all three are), then CLS.
 */
function printLighthouse(rows: LighthouseRow[]) {
  if (rows.length === 0) return
  const split = rows.map((l) => ({
    ...l,
    template: l.name.split(' · ')[0]!,
    locale: l.name.split(' · ')[1] ?? '',
  }))
  const locales = [...new Set(split.map((l) => l.locale))]
  const templates = [...new Set(split.map((l) => l.template))]
  // A document shown in English on another language's page asks search engines to leave it out
  // (README, Languages): Lighthouse's crawlability audit fails there on purpose.
  const noindexOnly = (l: LighthouseRow) =>
    l.failing?.length === 1 && l.failing[0] === 'seo:is-crawlable'
  const cell = (l: (typeof split)[number] | undefined) => {
    if (!l || l.error) return '–'
    const seo = noindexOnly(l) ? 100 : (l.seo ?? 0)
    const other = Math.min(l.accessibility ?? 0, l.bestPractices ?? 0, seo)
    const mark = noindexOnly(l) ? '†' : ''
    return `${l.performance}/${other}${mark} ${l.metrics?.['cumulative-layout-shift'] ?? ''}`.trim()
  }
  const width = Math.max(...templates.map((t) => t.length), 8)
  console.log('\nLighthouse mobile: performance / lowest of a11y, best practices, SEO, then CLS')
  console.log(`${'template'.padEnd(width)}  ${locales.map((l) => l.padEnd(14)).join('')}`)
  for (const t of templates)
    console.log(
      `${t.padEnd(width)}  ${locales.map((l) => cell(split.find((x) => x.template === t && x.locale === l)).padEnd(14)).join('')}`,
    )
  if (rows.some(noindexOnly))
    console.log(
      '† an English fallback (no translation in this language): noindex on purpose, the one audit lost',
    )
}

if (isMain(import.meta.url)) {
  const file = process.argv[2]
  if (!file || !existsSync(file)) {
    console.error('Usage: tsx bench/report.ts RESULTS-FILE')
    process.exit(2)
  }
  report(readResults(file))
}

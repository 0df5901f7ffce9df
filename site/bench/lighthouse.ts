/**
 * Lighthouse (mobile, the CLI's default) on one page of the served site, in Debian's Chromium:
 * the four category scores, the main timings, and the audits that cost points outside performance.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { chromiumArgs, chromiumPath } from '@hcri/shared/chromium'

import { siteDir } from './cli'
import { run, tail } from './servers'

export type LighthouseRow = {
  name: string
  url: string
  performance?: number
  accessibility?: number
  bestPractices?: number
  seo?: number
  metrics?: Record<string, string>
  failing?: string[]
  error?: string
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>
}

export async function lighthouse(
  name: string,
  url: string,
  tmp: string,
  logFile: string,
): Promise<LighthouseRow> {
  const out = path.join(tmp, `lighthouse-${name.replace(/\W+/g, '-')}.json`)
  const cli = path.join(siteDir, 'node_modules', 'lighthouse', 'cli', 'index.js')
  const chromeFlags = ['--headless', ...chromiumArgs].join(' ')
  const once = () =>
    run(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${chromeFlags}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      {
        cwd: siteDir,
        env: { CHROME_PATH: chromiumPath },
        logFile,
      },
    )
  // Lighthouse sometimes loses the trace of a load on a busy machine (NO_NAVSTART): once more.
  let code = await once()
  if (code !== 0 || !existsSync(out)) code = await once()
  if (code !== 0 || !existsSync(out)) {
    // The log goes with the work folder: keep its last word.
    const last = tail(logFile).trim().split('\n').at(-1)
    return { name, url, error: `lighthouse exited ${code}: ${last}` }
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr
  const score = (c: string) => {
    const s = lhr.categories[c]?.score
    return s === null || s === undefined ? undefined : Math.round(s * 100)
  }
  // Audits that cost points outside performance: what the lead needs to fix to reach 100.
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${c}:${r.id}`),
  )
  const metrics = Object.fromEntries(
    (
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ] as const
    ).map((id) => [id, lhr.audits[id]?.displayValue ?? '–']),
  )
  return {
    name,
    url,
    metrics,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
  }
}

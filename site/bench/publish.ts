/**
 * Publish → live on the generated content set, as staff see it: a CMS with the bundled publisher
 * (PUBLISH_TARGET=local) on the set's database, the first release built as `pnpm start` builds it
 * (cold), three more by the CMS's publisher (_Rebuild now_), the site server on the releases'
 * `current`, then the CMS's own `bench:publish`
 * (cms/bench/publish.ts): an editor publishes a changed title and the served page is polled until
 * it shows it, `runs()` times one after another, then `runs()` times with a pause before each. Run by measure.ts after its other steps, with their CMS stopped:
 * one CMS at a time on the database, as the publisher's queue and lock are in it.
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { login } from '@hcri/shared/rest'

import { log, readEditor, repoDir, round, runs } from './cli'
import { cmsEnv, run, startCms, startSite, stopAll, tail } from './servers'

export type PublishFigures = {
  /** Seconds from the editor's save to the served page showing it, each run. */
  runs: number[]
  medianS: number
  /** The first release, built cold by `site:release`. */
  firstReleaseS: number
  /** The three releases the CMS made after it (nothing changed), the timed ones start from. */
  warmUpS: number[]
  debounceMs: number
  /**
   * The same with a pause before each publish, as an editor who looks at the live page before the
   * next change: the build the CMS started ahead after the last release has then loaded.
   */
  paused?: { pauseS: number; runs: number[]; medianS: number; error?: string }
  bar: string
  meetsBar: boolean
}

/** What the benchmark reads of `GET /api/publish/status` (cms/src/publish/publisher.ts). */
type PublishStatus = {
  live?: { id: string }
  queue: { running?: unknown; queued?: unknown }
  builds: { ok?: boolean; error?: string }[]
}

/** The bundled publisher's quiet time after a change (cms/src/publish/config.ts's default). */
const debounceMs = 500
/** The pause before each publish of the second set of runs. */
const pauseBeforeS = 10

export const releasesDir = (dir: string) => path.join(dir, 'releases')

export async function measurePublish(
  dir: string,
  logs: (name: string) => string,
  full: boolean,
): Promise<PublishFigures> {
  await stopAll()
  const releases = releasesDir(dir)
  rmSync(releases, { recursive: true, force: true })
  const publishEnv = {
    PUBLISH_TARGET: 'local',
    PUBLISH_RELEASES_DIR: releases,
    PUBLISH_DEBOUNCE_MS: String(debounceMs),
    SITE_URL: 'https://bench.invalid',
    // A site that has been publishing for a while: three releases kept, each publish starting from
    // the oldest (site/bin/reuse.ts). The three releases after the first one make that so.
    PUBLISH_KEEP: '3',
  }
  const cmsUrl = await startCms(dir, logs, publishEnv)
  const env = { ...cmsEnv(dir, Number(new URL(cmsUrl).port)), ...publishEnv }
  /** Builds a release as `pnpm start` does (`site:release`); resolves with its seconds. */
  const release = async (name: string) => {
    const started = Date.now()
    const code = await run('pnpm', ['--filter', '@hcri/cms', 'run', 'site:release'], {
      cwd: repoDir,
      env,
      logFile: logs(`publish-${name}`),
    })
    if (code !== 0) throw new Error(`the ${name} failed:\n${tail(logs(`publish-${name}`))}`)
    return round((Date.now() - started) / 1000, 1)
  }
  const firstReleaseS = await release('first-release')
  log(`publish: first release (cold) ${firstReleaseS} s`)
  const editor = readEditor(dir)
  // Then the CMS's own publisher, as on a site that has been publishing for a while: each measured
  // publish starts from a release it made (and whose pages its release checks have read).
  const staff = await login(cmsUrl, editor)
  const rebuild = async () => {
    const started = Date.now()
    const before = (await staff.get<PublishStatus>('/api/publish/status')).live?.id
    await staff.post('/api/publish/rebuild', {})
    for (;;) {
      await new Promise((r) => setTimeout(r, 500))
      const { live, queue, builds } = await staff.get<PublishStatus>('/api/publish/status')
      if (builds[0] && builds[0].ok === false)
        throw new Error(`a warm-up release failed: ${builds[0].error ?? 'no reason given'}`)
      if (live?.id !== before && !queue.running && !queue.queued) break
    }
    return round((Date.now() - started) / 1000, 1)
  }
  const warmUpS = [await rebuild(), await rebuild(), await rebuild()]
  log(`publish: three releases by the CMS (nothing changed) ${warmUpS.join(' s, ')} s`)
  const site = await startSite(path.join(releases, 'current'), cmsUrl, logs('publish-site'))
  /** `bench:publish`'s runs and median; `pauseS`: its pause before each publish. */
  const timed = async (pauseS: number) => {
    const name = pauseS ? `publish-bench-pause-${pauseS}` : 'publish-bench'
    const benchLog = logs(name)
    rmSync(benchLog, { force: true })
    const args = ['--runs', String(runs()), ...(pauseS ? ['--pause', String(pauseS)] : [])]
    const code = await run('pnpm', ['--filter', '@hcri/cms', 'run', 'bench:publish', ...args], {
      cwd: repoDir,
      env: {
        CMS_URL: cmsUrl,
        SITE_URL: site,
        BENCH_EMAIL: editor.email,
        BENCH_PASSWORD: editor.password,
        PUBLISH_DEBOUNCE_MS: String(debounceMs),
      },
      logFile: benchLog,
    })
    const output = readFileSync(benchLog, 'utf8')
    if (code !== 0) throw new Error(`bench:publish failed:\n${tail(benchLog)}`)
    const seconds = [...output.matchAll(/run \d+: ([\d.]+) s/g)].map((m) => Number(m[1]))
    const medianS = Number(/median ([\d.]+) s/.exec(output)?.[1] ?? NaN)
    if (seconds.length === 0 || Number.isNaN(medianS))
      throw new Error(`bench:publish printed no figures:\n${tail(benchLog)}`)
    return { runs: seconds, medianS }
  }
  const { runs: seconds, medianS } = await timed(0)
  log(`publish → live: median ${medianS} s (${seconds.join(', ')} s)`)
  // Its failure keeps the figures above; the report names it.
  let paused: PublishFigures['paused']
  try {
    paused = { pauseS: pauseBeforeS, ...(await timed(pauseBeforeS)) }
    log(
      `publish → live after a ${pauseBeforeS} s pause: median ${paused.medianS} s (${paused.runs.join(', ')} s)`,
    )
  } catch (error) {
    paused = { pauseS: pauseBeforeS, runs: [], medianS: NaN, error: (error as Error).message }
  }
  return {
    runs: seconds,
    medianS,
    firstReleaseS,
    warmUpS,
    debounceMs,
    paused,
    bar: full ? 'median ≤ 15 s at the full set' : 'median ≤ 8 s on a small set',
    meetsBar: medianS <= (full ? 15 : 8),
  }
}

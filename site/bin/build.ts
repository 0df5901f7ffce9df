/**
 * Builds the public site: `astro build`, then Pagefind's search index over the pages. The one way
 * to build it, used by `pnpm build`, the CMS's publisher, the e2e site server and the benchmark.
 * Usage: tsx bin/build.ts [--out DIR] [--cache DIR] [--reuse DIR] [--standby]
 *   --out    where the build goes (default SITE_OUT_DIR, else site/dist): pages in <out>/client,
 *            the on-demand preview code in <out>/server
 *   --cache  Astro's content-layer store (default SITE_CACHE_DIR, else Astro's own), kept between
 *            builds so a second build fetches only what changed
 *   --reuse  an earlier build's output folder (with the same --cache) that this build may take
 *            over as its starting point instead of an empty folder (bin/reuse.ts); it is moved
 *   --standby start Astro now and build when a line arrives on standard input: the output folder
 *            (an empty line: --out's). Astro loads its modules, config and content store meanwhile
 *            and reads the CMS only then (src/lib/startGate.ts). Standard input closed before
 *            that line stops it, having written nothing. Only with --cache
 * Prints one summary line (pages, seconds); a failure exits non-zero naming the step that failed.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { outputsRecord, removeDropped, searchRecord, takeOver, type TakeOver } from './reuse.ts'

/** The site's folder: astro.config.mjs and node_modules/.bin are found from here. */
const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type BuildStep = 'astro build' | 'pagefind'

export type BuildOptions = {
  /** Output folder (relative to the current folder). Default: SITE_OUT_DIR, else site/dist. */
  out?: string
  /** Content-layer cache folder. Default: SITE_CACHE_DIR, else Astro's default. */
  cache?: string
  /**
   * An earlier build's output folder, built with the same cache, to start from instead of an
   * empty folder (moved, not copied; left alone when it cannot be used). Only with `cache`.
   */
  reuse?: string
  /** The environment both steps run in (the publisher passes an allow-list). Default: this process's. */
  env?: NodeJS.ProcessEnv
  /** Each chunk of the steps' output as it comes (the command line prints it). */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void
  /** Aborting stops the running step; the build then fails with that step named. */
  signal?: AbortSignal
  /**
   * Starts Astro at once and the build when this resolves, with the output folder (undefined:
   * `out`'s). Astro does what depends on no content meanwhile and waits before it reads the CMS
   * (src/lib/startGate.ts). A rejection stops it before it wrote anything. Only with `cache`.
   */
  startWhen?: Promise<string | undefined>
}

export type StepResult = { step: BuildStep; ms: number; log: string }

export type BuildResult = {
  /** The output folder, absolute. */
  out: string
  /** HTML files in `<out>/client`. */
  pages: number
  ms: number
  /** Astro's then Pagefind's output and duration. */
  steps: StepResult[]
  /** What the build started from when it took over `reuse`: pages kept, copied, files removed. */
  reused?: { kept: number; copied: number; removed: number }
}

/** A step that could not start or did not end well; `log` holds the output so far. */
export class BuildError extends Error {
  constructor(
    readonly step: BuildStep,
    reason: string,
    readonly log: string,
  ) {
    super(`${step} ${reason}`)
  }
}

/** How many pages a built folder holds (its .html files, at any depth). */
export function countHtml(dir: string): number {
  let count = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countHtml(path.join(dir, entry.name))
    else if (entry.name.endsWith('.html')) count++
  }
  return count
}

function runStep(
  step: BuildStep,
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: BuildOptions,
): Promise<StepResult> {
  const command = path.join(siteDir, 'node_modules', '.bin', bin)
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: siteDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    })
    let log = ''
    for (const stream of ['stdout', 'stderr'] as const)
      child[stream].on('data', (chunk: Buffer) => {
        const text = chunk.toString()
        log += text
        options.onOutput?.(text, stream)
      })
    child.on('error', (e) =>
      reject(
        new BuildError(
          step,
          options.signal?.aborted ? 'was stopped' : `could not start: ${e.message}`,
          log,
        ),
      ),
    )
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ step, ms: Date.now() - started, log })
      else if (!options.signal?.aborted)
        reject(
          new BuildError(step, `stopped with an error (${signal ?? `exit code ${code}`})`, log),
        )
    })
  })
}

/** Builds the site into `out` and indexes it for search. Rejects with a BuildError. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const baseEnv = options.env ?? process.env
  const outOf = (out?: string) =>
    path.resolve(out || baseEnv.SITE_OUT_DIR || path.join(siteDir, 'dist'))
  const cacheOption = options.cache || baseEnv.SITE_CACHE_DIR
  const cache = cacheOption ? path.resolve(cacheOption) : undefined
  if (options.startWhen && !cache) throw new Error('A build started ahead needs a cache folder')
  // With a cache, Astro builds in one fixed folder per cache and the result then moves to `out`:
  // its incremental build compares each route's compiled code, which names the output folder.
  // Inside site/, so the built server code finds the site's packages.
  const staging = cache ? path.join(siteDir, '.staging', hash(cache)) : outOf(options.out)
  // The files Astro waits for, this process's own: a build started ahead waits beside others.
  const gates = {
    start: `${staging}.${process.pid}.start`,
    ready: `${staging}.${process.pid}.ready`,
  }
  // With a folder to take over, Astro starts at once and waits before its first write to the
  // output folder until it is ready (integrations/outputGate.ts): the take-over overlaps Astro's
  // start. Astro empties its output folder unless told it was prepared (astro.config.mjs); a
  // take-over that cannot be used leaves it empty, the same as emptied.
  const reuse =
    cache && options.reuse
      ? { from: path.resolve(options.reuse), cache, gate: gates.ready }
      : undefined
  // astro.config.mjs reads the two folders from here; Astro and Pagefind run on this Node.
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${baseEnv.PATH ?? ''}`,
    SITE_OUT_DIR: staging,
  }
  for (const name of ['SITE_CACHE_DIR', 'SITE_OUT_PREPARED', 'SITE_OUT_GATE', 'SITE_START_GATE'])
    delete env[name]
  if (cache) env.SITE_CACHE_DIR = cache
  if (reuse) Object.assign(env, { SITE_OUT_PREPARED: '1', SITE_OUT_GATE: reuse.gate })
  if (options.startWhen) env.SITE_START_GATE = gates.start
  // Started ahead, Astro runs until its start gate (a gate left by a process that died with this
  // one's number must not start it); this build's own stop ends it.
  const stop = new AbortController()
  const stopAstro = () => stop.abort()
  let astro: Promise<StepResult> | undefined
  let out = outOf(options.out)
  if (options.startWhen) {
    for (const gate of Object.values(gates)) rmSync(gate, { force: true })
    options.signal?.addEventListener('abort', stopAstro)
    astro = runAstro(env, { ...options, signal: stop.signal })
  }
  /** Astro started ahead must not outlive its build. */
  const endAstro = async () => {
    stop.abort()
    await astro?.catch(() => {})
    options.signal?.removeEventListener('abort', stopAstro)
  }
  if (astro) {
    try {
      const ended = astro.then(() => {
        throw new BuildError('astro build', 'ended before the build was started', '')
      })
      out = outOf(await Promise.race([options.startWhen, ended]))
    } catch (error) {
      await endAstro()
      throw error instanceof BuildError ? error : new BuildError('astro build', 'was stopped', '')
    }
  }
  try {
    // Builds with one cache share its staging folder and Astro's store: one at a time.
    const unlock = cache ? await lockCache(cache, options) : () => {}
    try {
      return await buildLocked(options, { cache, staging, env, reuse, gates, out, astro })
    } finally {
      unlock()
    }
  } catch (error) {
    // Waiting for the lock was stopped, say.
    if (astro) await endAstro()
    throw error
  } finally {
    options.signal?.removeEventListener('abort', stopAstro)
  }
}

/**
 * Astro with a larger young generation, as it makes much short-lived data, and AsyncLocalStorage
 * without async hooks (Node 24's default): what a page reads is tracked per render
 * (src/lib/reads.ts), and through async hooks that ran code on every promise of every render
 * (4 % of a cold build's profile).
 */
function runAstro(env: NodeJS.ProcessEnv, options: BuildOptions) {
  // A render makes many short-lived objects beside a content store and a build record of ~100 MB
  // on the full set: a young generation of 128 MB halves the time collecting them (CPU profiles
  // of a cold full-set build: 11.7 s at 64, 5.9 s at 128, 6.4 s at 256).
  const nodeOptions = [
    env.NODE_OPTIONS,
    '--max-semi-space-size=128',
    '--experimental-async-context-frame',
  ]
    .filter(Boolean)
    .join(' ')
  return runStep('astro build', 'astro', ['build'], { ...env, NODE_OPTIONS: nodeOptions }, options)
}

type Folders = {
  out: string
  cache?: string
  staging: string
  env: NodeJS.ProcessEnv
  reuse?: { from: string; cache: string; gate: string }
  gates: { start: string; ready: string }
  /** Astro, when it was started ahead and waits at the start gate. */
  astro?: Promise<StepResult>
}

async function buildLocked(
  options: BuildOptions,
  { out, cache, staging, env, reuse, gates, astro: ahead }: Folders,
): Promise<BuildResult> {
  const started = Date.now()
  // What a stopped build left behind is never a starting point (a build started ahead has not
  // written to it: it waits before Astro's first write, at the output gate, and before that at
  // the start gate).
  if (staging !== out) rmSync(staging, { recursive: true, force: true })
  rmSync(gates.ready, { force: true })
  // Written by this build's Astro when it is done; an earlier build's must never stand in for it.
  if (cache) rmSync(path.join(cache, outputsRecord), { force: true })
  mkdirSync(path.dirname(gates.start), { recursive: true })
  let taken: TakeOver | undefined
  try {
    if (ahead) writeFileSync(gates.start, '')
    const astroDone = ahead ?? runAstro(env, options)
    if (reuse) {
      try {
        taken = takeOver(reuse.from, staging, reuse.cache)
      } catch {
        // Half brought up to date is no starting point: from empty, as without one.
        rmSync(staging, { recursive: true, force: true })
      }
      writeFileSync(reuse.gate, '')
    }
    const astro = await astroDone.finally(() => {
      rmSync(gates.ready, { force: true })
      rmSync(gates.start, { force: true })
    })
    // Started ahead, its time is this build's share: from its start gate on.
    if (ahead) astro.ms = Date.now() - started
    if (taken && cache) taken.removed += removeDropped(staging, taken.pages, cache)
    // Pagefind, through bin/search.ts: only the pages with a search body, only changed files.
    const scan = cache ? ['--scan', path.join(cache, scanRecord)] : []
    const record = ['--record', path.join(staging, searchRecord)]
    const indexing = runStep(
      'pagefind',
      'tsx',
      ['bin/search.ts', '--site', path.join(staging, 'client'), ...scan, ...record],
      env,
      options,
    )
    // Counted while Pagefind indexes on another core (it writes only client/pagefind/): walking
    // the full site's 28,000 files takes ~0.25 s. Its failure is met when awaited, below.
    indexing.catch(() => {})
    const pages = countHtml(path.join(staging, 'client'))
    const pagefind = await indexing
    if (staging !== out) move(staging, out)
    const reused = taken && { kept: taken.kept, copied: taken.copied, removed: taken.removed }
    return { out, pages, ms: Date.now() - started, steps: [astro, pagefind], reused }
  } catch (error) {
    // A build that did not finish may have stored some pages of its own: the next one starts over.
    if (cache)
      for (const file of incrementalRecords) rmSync(path.join(cache, file), { force: true })
    if (staging !== out) rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

/**
 * What the cache folder keeps between builds to reuse pages: Astro's, src/lib/cacheKeys.ts's and
 * integrations/pageScan.ts's (named here: this file runs on its own in the tests).
 */
const scanRecord = 'page-scan.json'
const incrementalRecords = ['incremental-build.json', 'page-reads.json', scanRecord]

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

/**
 * Takes `<cache>/build.lock`, waiting while a live process holds it (the command line's first
 * release while the CMS's queue builds, say: the CMS's lock is in its database, which the command
 * line does not open). A lock whose process is gone is taken over. Returns the release.
 */
async function lockCache(cache: string, options: BuildOptions): Promise<() => void> {
  const file = path.join(cache, 'build.lock')
  mkdirSync(cache, { recursive: true })
  let told = false
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return () => {
        if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file)
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    let holder: number
    try {
      holder = Number(readFileSync(file, 'utf8'))
    } catch {
      // Released between the two reads: try again.
      continue
    }
    if (!isAlive(holder)) {
      rmSync(file, { force: true })
      continue
    }
    if (!told) {
      options.onOutput?.(
        `Waiting for another build of this site (process ${holder}) to finish…\n`,
        'stdout',
      )
      told = true
    }
    if (options.signal?.aborted) throw new BuildError('astro build', 'was stopped', '')
    await sleep(500)
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function move(from: string, to: string) {
  rmSync(to, { recursive: true, force: true })
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    renameSync(from, to)
  } catch (error) {
    // Another file system: copy, then remove.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}

type Arguments = Pick<BuildOptions, 'out' | 'cache' | 'reuse'> & { standby?: boolean }

/** The command line's options; throws on anything else. */
function parseArgs(args: string[]): Arguments {
  const options: Arguments = {}
  const names: Record<string, 'out' | 'cache' | 'reuse'> = {
    '--out': 'out',
    '--cache': 'cache',
    '--reuse': 'reuse',
  }
  for (let i = 0; i < args.length; i += 2) {
    const [name = '', value] = [args[i], args[i + 1]]
    if (name === '--standby') {
      options.standby = true
      i--
      continue
    }
    const option = names[name]
    if (!option) throw new Error(`Unknown argument: ${name}`)
    if (!value || value.startsWith('--')) throw new Error(`${name} needs a folder`)
    options[option] = value
  }
  if (options.standby && !options.cache) throw new Error('--standby needs --cache')
  return options
}

/** The first line of `input`; rejects if it ends before one. */
function firstLine(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString()
      const end = text.indexOf('\n')
      if (end < 0) return
      done()
      resolve(text.slice(0, end).trim())
    }
    const onEnd = () => {
      done()
      reject(new Error('Standard input closed before the build was started'))
    }
    const done = () => {
      input.off('data', onData).off('end', onEnd).off('close', onEnd)
      // Read no further: an open standard input would keep this process from ending.
      input.destroy()
    }
    input.on('data', onData).once('end', onEnd).once('close', onEnd)
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let args: Arguments
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(
      `${(error as Error).message}\nUsage: tsx bin/build.ts [--out DIR] [--cache DIR] [--reuse DIR] [--standby]`,
    )
    process.exit(2)
  }
  const { standby, ...folders } = args
  const stop = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort())
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  try {
    const { out, pages, ms, steps, reused } = await buildSite({
      ...folders,
      onOutput: (text, stream) => process[stream].write(text),
      signal: stop.signal,
      startWhen: standby ? firstLine(process.stdin).then((line) => line || undefined) : undefined,
    })
    const times = steps.map((s) => `${s.step} ${seconds(s.ms)}`).join(', ')
    if (reused)
      console.log(
        `Started from an earlier release: ${reused.kept} pages kept, ${reused.copied} copied, ${reused.removed} files removed`,
      )
    console.log(`Site built: ${pages} pages in ${seconds(ms)} (${times}) into ${out}`)
  } catch (error) {
    // The last line of the output, which the publisher's panel shows at the end of its log.
    console.error(`Site build failed: ${(error as Error).message}`)
    process.exit(1)
  }
}

/**
 * What the benchmark's steps share: the command line (size, folders), paths, small number helpers
 * and the results file, which every step updates as soon as it has a figure so that a later
 * failure loses nothing already measured.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoDir = path.resolve(siteDir, '..')
export const cmsDir = path.join(repoDir, 'cms')

const args = process.argv.slice(2)
export const flag = (name: string) => args.includes(`--${name}`)
/** The value after `--name`, if given. */
export const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  if (i < 0) return undefined
  const value = args[i + 1]
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`)
  return value
}

export const log = (line: string) => console.log(`[bench] ${line}`)

/** The steps of measure.ts that `--skip a,b` names (`--no-lighthouse` is `--skip lighthouse`). */
export const skipped = (step: string): boolean =>
  (option('skip') ?? '').split(',').includes(step) ||
  (step === 'lighthouse' && flag('no-lighthouse'))

/** How many times a repeated figure is measured (its median is reported): `--runs N`, default 3. */
export const runs = (): number => Math.max(1, Number(option('runs') ?? 3) || 3)

/** Where generate.ts keeps the editor account the benchmark publishes with. */
export const editorFile = (dir: string) => path.join(dir, 'editor-login.json')
/** The content set's editor account, to sign in with. */
export const readEditor = (dir: string): { email: string; password: string } =>
  JSON.parse(readFileSync(editorFile(dir), 'utf8'))

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
export const round = (n: number, digits = 0) => Number(n.toFixed(digits))
export const kb = (bytes: number) => round(bytes / 1024, 1)
export const loadAverage = () => os.loadavg().map((n) => round(n, 2))

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: round(performance.now() - start), value }
}

export const collections = ['resources', 'films', 'stories', 'events', 'places'] as const
export type Counts = Record<(typeof collections)[number], number>
/** The DESIGN.md content set. */
const fullCounts: Counts = {
  resources: 2000,
  films: 200,
  stories: 500,
  events: 1000,
  places: 300,
}

/**
 * The content set the command line asks for: the full set, `--small` (10% of each count), and
 * any count set on its own (`--resources 40 --events 20`).
 */
export function requestedSize(): { counts: Counts; size: string } {
  const small = flag('small')
  const counts = { ...fullCounts }
  for (const c of collections) if (small) counts[c] = Math.ceil(fullCounts[c] / 10)
  let custom = false
  for (const c of collections) {
    const given = option(c)
    if (given === undefined) continue
    const n = Number(given)
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${c} needs a whole number, not ${given}`)
    counts[c] = n
    custom = true
  }
  return { counts, size: custom ? 'custom' : small ? 'small (10%)' : 'full' }
}

export const isFull = (counts: Counts) => collections.every((c) => counts[c] === fullCounts[c])

export function requireNode22(): void {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
  if (major < 22 || (major === 22 && minor < 12))
    throw new Error(
      `Node ${process.versions.node}: Astro needs Node 22.12 or later. Run through pnpm (pnpm --filter @hcri/site run bench).`,
    )
}

/** The work folder of a run (`--dir`): the CMS database, media and logs. */
export function workDir(): string {
  const dir = option('dir')
  if (!dir) throw new Error('--dir DIR is needed: the folder of the generated content set')
  return path.resolve(dir)
}

/** `--results FILE`, else results.json in the work folder. */
export const resultsPath = (dir: string) =>
  path.resolve(option('results') ?? path.join(dir, 'results.json'))

/**
 * The machine's CPU time so far, all cores, in clock ticks: running, idle, and stolen (a virtual
 * machine's cores running another guest while this one waited, which no load average shows).
 */
export type CpuTimes = { busy: number; idle: number; stolen: number }

/** Linux's /proc/stat; undefined where there is none. */
export function cpuTimes(): CpuTimes | undefined {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks.slice(1).map(Number)
    if (steal === undefined) return undefined
    return { busy: user! + nice! + system! + irq! + softirq!, idle: idle! + iowait!, stolen: steal }
  } catch {
    return undefined
  }
}

export type Results = Record<string, unknown> & {
  size?: string
  counts?: Counts
  loadAverage?: Record<string, number[]>
  /** CPU time at the start of each phase, in order: a phase's share is up to the next one. */
  cpuTimes?: Record<string, CpuTimes>
  /** Steps that failed, with their message; the figures of the others stand. */
  errors?: Record<string, string>
}

export const readResults = (file: string): Results =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : {}

/** Writes the whole results file: a new run starts it (generate.ts), every figure updates it. */
export const writeResults = (file: string, results: Results) =>
  writeFileSync(file, JSON.stringify(results, null, 2))

/** Sets one figure (or section) of the results file and writes it at once. */
export function record(file: string, key: string, value: unknown): void {
  const results = readResults(file)
  results[key] = value
  writeResults(file, results)
}

/**
 * Notes the load average and CPU time at the start of a phase: other work on the machine, or on
 * the host under it, takes cores the figures would otherwise have.
 */
export function recordLoad(file: string, phase: string): void {
  const { loadAverage: loads, cpuTimes: times } = readResults(file)
  record(file, 'loadAverage', { ...loads, [phase]: loadAverage() })
  const now = cpuTimes()
  if (now) record(file, 'cpuTimes', { ...times, [phase]: now })
}

/** Notes a step's failure in the results file; the caller goes on with what does not need it. */
export function recordError(file: string, step: string, error: unknown): void {
  const message = (error as Error).message ?? String(error)
  log(`${step} failed: ${message}`)
  record(file, 'errors', { ...readResults(file).errors, [step]: message })
}

/** True when this module is the script node was started with (not imported by another step). */
export const isMain = (url: string) =>
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(url)

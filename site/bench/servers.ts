/**
 * The processes a benchmark starts (content generation, the production CMS, the site build, the
 * site server, Lighthouse): each in its own process group with its output in a log file, and all
 * of them stopped at the end, on failure and on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { restClient } from '@hcri/shared/rest'

import { cmsDir, log, repoDir, round } from './cli'

export type Env = Record<string, string>

const children = new Set<ChildProcess>()

/** Starts a process in its own group, output appended to `logFile` (or shown when omitted). */
export function start(
  cmd: string,
  argv: string[],
  opts: { cwd: string; env: Env; logFile?: string },
): ChildProcess {
  const fd = opts.logFile ? openSync(opts.logFile, 'a') : undefined
  const child = spawn(cmd, argv, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: fd === undefined ? 'inherit' : ['ignore', fd, fd],
    detached: true,
  })
  if (fd !== undefined) closeSync(fd)
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Runs a command to completion; resolves with its exit code. */
export function run(
  cmd: string,
  argv: string[],
  opts: { cwd: string; env: Env; logFile?: string },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = start(cmd, argv, opts)
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** A TypeScript file of this repository run on this Node with the same loader (tsx). */
export const tsxArgv = (file: string, argv: string[] = []) => [...process.execArgv, file, ...argv]

/** Stops a child and everything it started (its own process group, made by `detached`). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Already gone: nothing to stop.
    }
  }, 5000)
  await exited
  clearTimeout(timer)
}

export const stopAll = () => Promise.all([...children].map(stop))

const cleanups = new Set<() => void | Promise<void>>()
let hooked = false

/**
 * On Ctrl-C or SIGTERM: stops every process started here (they are in their own process groups,
 * out of the terminal's reach), runs the cleanups registered (latest first) and exits.
 * Returns the function that unregisters `cleanup`.
 */
export function stopOnInterrupt(cleanup: () => void | Promise<void> = () => {}): () => void {
  if (!hooked)
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => {
        log('interrupted: stopping servers')
        void (async () => {
          await stopAll()
          for (const c of [...cleanups].reverse()) await c()
        })().finally(() => process.exit(130))
      })
  hooked = true
  cleanups.add(cleanup)
  return () => cleanups.delete(cleanup)
}

export function freePort(preferred?: number): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer()
    srv.once('error', () => resolve(freePort()))
    srv.listen(preferred ?? 0, () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })
}

export const tail = (file: string, lines = 30) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)'

/** Waits until `answers()` is true, failing early when the server stops. */
async function waitFor(
  name: string,
  server: ChildProcess,
  logFile: string,
  answers: () => Promise<boolean>,
): Promise<void> {
  const began = Date.now()
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the ${name} stopped:\n${tail(logFile)}`)
    if (Date.now() - began > 120_000)
      throw new Error(`the ${name} did not answer in 2 minutes:\n${tail(logFile)}`)
    if (await answers()) break
    await new Promise((r) => setTimeout(r, 500))
  }
  log(`${name} answering after ${round((Date.now() - began) / 1000, 1)} s`)
}

/** The files of a benchmark CMS: its own SQLite database and media folder in the work folder. */
export const cmsFiles = (dir: string) => ({
  dbFile: path.join(dir, 'cms.db'),
  mediaDir: path.join(dir, 'media'),
  secretFile: path.join(dir, 'payload-secret'),
})

/**
 * The environment of a CMS on the work folder's database. Its secret is made once per work
 * folder, so the generating process and the server agree on it.
 */
export function cmsEnv(dir: string, port: number): Env {
  const { dbFile, mediaDir, secretFile } = cmsFiles(dir)
  if (!existsSync(secretFile))
    writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 })
  return {
    DATABASE_URI: `file:${dbFile}`,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: readFileSync(secretFile, 'utf8'),
    HCRI_DISABLE_JOBS: 'true',
    // Builds are what the steps measure: none started by the CMS behind their back (publish.ts
    // turns the publisher on for its own CMS).
    PUBLISH_TARGET: 'off',
    CMS_PORT: String(port),
    CMS_URL: `http://localhost:${port}`,
  }
}

/** The production CMS (building it first if it was never built) on the work folder's database. */
/** The newest file time under `file` (a file or a folder), 0 if it is missing. */
function newest(file: string): number {
  let stat
  try {
    stat = statSync(file)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))))
}

/**
 * Whether cms/.next was built from the sources as they are, as scripts/lib.sh's `build_cms`
 * decides: otherwise the benchmark would measure a CMS older than the code.
 */
function cmsBuildIsCurrent(): boolean {
  const built = newest(path.join(cmsDir, '.next', 'BUILD_ID'))
  const sources = ['src', 'next.config.ts', 'package.json'].map((f) => path.join(cmsDir, f))
  sources.push(path.join(repoDir, 'shared', 'src'))
  return built > 0 && sources.every((source) => newest(source) <= built)
}

export async function startCms(
  dir: string,
  logFile: (name: string) => string,
  extraEnv: Env = {},
): Promise<string> {
  if (!cmsBuildIsCurrent()) {
    log('building the CMS (no cms/.next/BUILD_ID, or its sources changed since)')
    const built = await run('pnpm', ['--filter', '@hcri/cms', 'run', 'build'], {
      cwd: repoDir,
      env: {},
      logFile: logFile('cms-build'),
    })
    if (built !== 0) throw new Error(`CMS build failed:\n${tail(logFile('cms-build'))}`)
  }
  const port = await freePort(Number(process.env.BENCH_CMS_PORT || 3200))
  const env = { ...cmsEnv(dir, port), ...extraEnv }
  const cms = start('pnpm', ['--filter', '@hcri/cms', 'run', 'start'], {
    cwd: repoDir,
    env,
    logFile: logFile('cms'),
  })
  const api = restClient(env.CMS_URL!)
  await waitFor('CMS', cms, logFile('cms'), () =>
    api.get('/api/globals/site-settings').then(
      () => true,
      () => false,
    ),
  )
  return env.CMS_URL!
}

/** The production site server (site/server/serve.ts, with its _headers) on a built site. */
export async function startSite(outDir: string, cmsUrl: string, logFile: string): Promise<string> {
  const port = await freePort()
  const server = start(
    process.execPath,
    tsxArgv(path.join(repoDir, 'site', 'server', 'serve.ts'), [outDir, '--port', String(port)]),
    { cwd: path.join(repoDir, 'site'), env: { CMS_URL: cmsUrl }, logFile },
  )
  const url = `http://localhost:${port}`
  await waitFor('site server', server, logFile, () =>
    fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    ),
  )
  return url
}

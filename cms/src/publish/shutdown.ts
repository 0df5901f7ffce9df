/**
 * Graceful shutdown of site builds. When the CMS (or `pnpm site:release`) is told to stop (TERM,
 * Ctrl+C) while a build runs, the build and every process it started are stopped and waited for,
 * then its half-built release folder is removed. `current` is never touched: it changes only by an
 * atomic rename, after a build is complete. Synchronous on purpose: the signal's other listener
 * (Next's) may end the process as soon as its own work is done.
 */
import type { ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'

/** `out`: the folder it writes, removed when it is stopped (none yet for a build started ahead). */
type Build = { child: ChildProcess; out?: string }
const builds = new Set<Build>()
const signals = ['SIGTERM', 'SIGINT'] as const
const key = Symbol.for('hcri.publish.shutdown')
type WithFlag = typeof globalThis & { [key]?: boolean }

/** Parent of each process, from /proc (Linux); empty elsewhere. */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  let entries: string[] = []
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e))
  } catch {
    return map
  }
  for (const pid of entries) {
    try {
      // The name in brackets may hold spaces: the fields after its closing bracket are fixed.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const [, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      map.set(Number(pid), Number(ppid))
    } catch {
      // Gone meanwhile.
    }
  }
  return map
}

/** `pid` and every process below it. */
function tree(pid: number): number[] {
  const map = parents()
  const found = [pid]
  for (let i = 0; i < found.length; i++)
    for (const [child, parent] of map) if (parent === found[i]) found.push(child)
  return found
}

/** Running: exists and is not a zombie (a child of ours stays one until Node reaps it). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    try {
      process.kill(pid, 0)
      return process.platform !== 'linux'
    } catch {
      return false
    }
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

function send(pids: number[], signal: NodeJS.Signals) {
  for (const pid of pids)
    try {
      process.kill(pid, signal)
    } catch {
      // Already gone.
    }
}

/** Stops a build's processes (TERM, then KILL after `graceMs`) and removes its folder. */
export function stopBuild(build: Build, graceMs = 5000) {
  if (!build.child.pid) return
  const pids = tree(build.child.pid)
  send(pids, 'SIGTERM')
  for (let waited = 0; waited < graceMs && pids.some(running); waited += 50) pause(50)
  // Processes started while the first were stopping are caught here too.
  send([...new Set([...pids, ...tree(build.child.pid)])].filter(running), 'SIGKILL')
  for (let waited = 0; waited < 2000 && pids.some(running); waited += 20) pause(20)
  if (build.out) rmSync(build.out, { recursive: true, force: true })
  builds.delete(build)
}

function onSignal(signal: (typeof signals)[number]) {
  const stopping = [...builds]
  for (const build of stopping) {
    console.error(
      build.out
        ? `[publish] ${signal}: stopping the site build and removing ${build.out}`
        : `[publish] ${signal}: stopping the site build started ahead`,
    )
    stopBuild(build)
  }
  // Alone in listening, this listener has replaced Node's default: end the process as it would.
  if (process.listenerCount(signal) === 1) process.exit(128 + (signal === 'SIGTERM' ? 15 : 2))
}

/**
 * Registers a build under way until it ends; the first call installs the signal listeners.
 * Returns its record, whose `out` may be named later.
 */
export function trackBuild(child: ChildProcess, out?: string): Build {
  const g = globalThis as WithFlag
  if (!g[key]) {
    g[key] = true
    for (const signal of signals) process.on(signal, () => onSignal(signal))
  }
  const build = { child, out }
  builds.add(build)
  child.once('close', () => builds.delete(build))
  return build
}

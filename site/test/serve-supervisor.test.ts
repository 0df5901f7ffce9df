/**
 * scripts/supervise.sh, which start.sh runs the CMS and the site server under: a server that dies
 * (here a tiny HTTP server, killed with SIGKILL) answers again, restarts back off, and Ctrl+C or
 * TERM stops the server with every process it started. Each server's output goes to its log file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { alive, freePort, raw, siteDir, start, stop, until } from './serve-process'

const supervise = path.join(siteDir, '..', 'scripts', 'supervise.sh')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'supervise-'))
const tiny = path.join(tmp, 'tiny.mjs')
writeFileSync(
  tiny,
  `import { createServer } from 'node:http'
createServer((_req, res) => res.end(String(process.pid))).listen(Number(process.argv[2]), () =>
  console.log('tiny server up'),
)
`,
)

const running: ReturnType<typeof start>[] = []
afterEach(() => {
  // TERM: the supervisor stops its server; the group kill ends a supervisor that is stuck.
  for (const s of running.splice(0)) if (alive(s.child)) stop(s.child, 'SIGTERM')
})

function supervised(name: string, env: Record<string, string>, ...command: string[]) {
  const logDir = mkdtempSync(path.join(tmp, 'logs-'))
  const s = start('bash', [supervise, name, ...command], { LOG_DIR: logDir, ...env })
  running.push(s)
  const log = () => {
    const file = path.join(logDir, `${name}.log`)
    return existsSync(file) ? readFileSync(file, 'utf8') : ''
  }
  // Waits while the supervisor runs: its end (or its absence) fails the test at once.
  const waitFor = (ready: () => Promise<boolean> | boolean, what: string) =>
    until(async () => {
      if (!alive(s.child)) throw new Error(`The supervisor exited:\n${s.output.text}`)
      return ready()
    }, what)
  return { ...s, log, waitFor }
}

const exited = (s: ReturnType<typeof start>) =>
  new Promise<number | null>((resolve) => {
    if (!alive(s.child)) resolve(s.child.exitCode)
    else s.child.once('exit', (code) => resolve(code))
  })

const gone = (pid: number) => {
  try {
    process.kill(pid, 0)
    return false
  } catch {
    return true
  }
}

describe('scripts/supervise.sh', () => {
  it('restarts a server killed with SIGKILL, logs it, and stops it with its children on TERM', async () => {
    const port = await freePort()
    // Through sh, so the server is a grandchild, as with pnpm → tsx → node.
    const s = supervised('tiny', {}, 'sh', '-c', `"${process.execPath}" "${tiny}" ${port}; true`)
    const pid = async () => {
      const res = await raw(port, '/')
      return res.status === 200 ? Number(res.body) : 0
    }
    await s.waitFor(async () => (await pid()) > 0, 'the tiny server to answer')
    const first = await pid()
    process.kill(first, 'SIGKILL')
    await s.waitFor(async () => ![0, first].includes(await pid()), 'a new tiny server to answer')
    const second = await pid()
    expect(second).not.toBe(first)
    expect(s.log().match(/tiny server up/g)).toHaveLength(2)
    expect(s.log()).toMatch(/tiny exited .*; restarting in 1 s/)

    s.child.kill('SIGTERM')
    expect(await exited(s)).toBe(0)
    await until(async () => gone(second), 'the tiny server to stop')
    expect((await raw(port, '/')).status).toBe(0)
    expect(s.log()).toMatch(/stopped/)
  }, 60_000)

  it('backs off 1 s, doubling up to the limit, while a server keeps failing; Ctrl+C stops it', async () => {
    const s = supervised(
      'failing',
      { SUPERVISE_BACKOFF_MAX: '4' },
      process.execPath,
      '-e',
      'console.log("failing server"); process.exit(3)',
    )
    await s.waitFor(() => (s.log().match(/restarting in/g) ?? []).length >= 4, 'four restarts')
    const delays = [...s.log().matchAll(/exited \(code 3\); restarting in (\d+) s/g)].map((m) =>
      Number(m[1]),
    )
    expect(delays.slice(0, 4)).toEqual([1, 2, 4, 4])
    s.child.kill('SIGINT')
    expect(await exited(s)).toBe(0)
  }, 60_000)

  it('starts again from 1 s once a server stayed up long enough', async () => {
    const s = supervised(
      'flaky',
      { SUPERVISE_STABLE: '1' },
      process.execPath,
      '-e',
      'setTimeout(() => process.exit(1), 1500)',
    )
    await s.waitFor(() => (s.log().match(/restarting in/g) ?? []).length >= 3, 'three restarts')
    const delays = [...s.log().matchAll(/restarting in (\d+) s/g)].map((m) => Number(m[1]))
    expect(delays.slice(0, 3)).toEqual([1, 1, 1])
    s.child.kill('SIGTERM')
    expect(await exited(s)).toBe(0)
  }, 60_000)
})

/**
 * `pnpm start` heals itself: the real start script (install check, seed, the CMS and the site
 * server each under scripts/supervise.sh) on a database, releases and logs of its own. Each server
 * is killed with SIGKILL and must answer its health check again, as a new process; then a TERM to
 * `pnpm start` stops everything and leaves only complete releases and an intact `current` link.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { startCmsPort, startSitePort } from '../ports'

const root = path.resolve(import.meta.dirname, '..', '..')

/** The process listening on a TCP port (from /proc: the socket's inode, then who holds it). */
function listener(port: number): number | undefined {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/)
      if (f.length < 10 || f[3] !== '0A') continue
      if (parseInt(f[1]!.split(':').pop()!, 16) === port) inodes.add(f[9]!)
    }
  }
  if (inodes.size === 0) return undefined
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    let fds: string[] = []
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
        if (inode && inodes.has(inode)) return Number(pid)
      } catch {
        // Closed meanwhile.
      }
    }
  }
  return undefined
}

const status = async (url: string) => {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status
  } catch {
    return 0
  }
}

/** Waits until `ready` holds, checking every half second, up to `seconds`. */
async function until(ready: () => Promise<boolean> | boolean, what: string, seconds: number) {
  for (let i = 0; i < seconds * 2; i++) {
    if (await ready()) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`Gave up waiting (${seconds} s): ${what}`)
}

test('pnpm start restarts each server killed with SIGKILL, and stops cleanly on TERM', async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'start-'))
  const logs = path.join(tmp, 'logs')
  // Inside the site's folder: a release's server part finds the site's packages from there.
  const releases = path.join(root, 'site', '.e2e', `start-releases-${process.pid}`)
  const cmsHealth = `http://localhost:${startCmsPort}/api/health`
  const siteHealth = `http://localhost:${startSitePort}/_health`
  const start = spawn('pnpm', ['start'], {
    cwd: root,
    // Its own process group: the TERM at the end reaches pnpm, start.sh and both supervisors.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URI: `file:${path.join(tmp, 'cms.db')}`,
      MEDIA_DIR: path.join(tmp, 'media'),
      BACKUP_DIR: path.join(tmp, 'backups'),
      PUBLISH_RELEASES_DIR: releases,
      LOG_DIR: logs,
      CMS_PORT: String(startCmsPort),
      SITE_PORT: String(startSitePort),
      SEED_PASSWORD: 'start-test-password-0123',
    },
  })
  let output = ''
  start.stdout.on('data', (c: Buffer) => (output += c))
  start.stderr.on('data', (c: Buffer) => (output += c))
  const exited = new Promise<number | null>((r) => start.on('close', (code) => r(code)))
  const log = (name: string) => {
    const file = path.join(logs, `${name}.log`)
    return existsSync(file) ? readFileSync(file, 'utf8') : ''
  }
  const stopAll = () => {
    try {
      process.kill(-start.pid!, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }

  const up = async () => {
    if (start.exitCode !== null) throw new Error(`pnpm start ended (${start.exitCode}):\n${output}`)
    return (await status(cmsHealth)) === 200 && (await status(siteHealth)) === 200
  }
  try {
    await until(up, 'both health checks to answer 200', 600)
    await expect.poll(() => output).toContain('Press Ctrl+C to stop.')

    for (const [name, port, health, other] of [
      ['cms', startCmsPort, cmsHealth, siteHealth],
      ['site', startSitePort, siteHealth, cmsHealth],
    ] as const) {
      const first = listener(port)
      expect(first, `a process listens on the ${name} port`).toBeGreaterThan(0)
      process.kill(first!, 'SIGKILL')
      await until(async () => (await status(health)) !== 200, `${name} to be down`, 30)
      // The other server is not touched by this one's crash.
      expect(await status(other)).toBe(200)
      await until(
        async () => (await status(health)) === 200 && ![undefined, first].includes(listener(port)),
        `${name} to answer again as a new process`,
        180,
      )
      expect(log(name)).toMatch(new RegExp(`${name} exited \\(code \\d+\\); restarting in 1 s`))
      expect(log(name).match(new RegExp(`starting ${name}:`, 'g'))).toHaveLength(2)
    }

    stopAll()
    await until(
      () => start.exitCode !== null || start.signalCode !== null,
      'pnpm start to stop',
      60,
    )
    await exited
    expect(listener(startCmsPort)).toBeUndefined()
    expect(listener(startSitePort)).toBeUndefined()
    expect(log('cms')).toMatch(/cms stopped/)
    expect(log('site')).toMatch(/site stopped/)
    // Only complete releases are left, and `current` names one of them.
    const folders = readdirSync(releases, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
    expect(folders.length).toBeGreaterThan(0)
    for (const folder of folders)
      expect(existsSync(path.join(releases, folder, 'manifest.json'))).toBe(true)
    expect(folders).toContain(readlinkSync(path.join(releases, 'current')))
  } finally {
    stopAll()
    writeFileSync(path.join(tmp, 'start-output.txt'), output)
    rmSync(releases, { recursive: true, force: true })
    test
      .info()
      .annotations.push({ type: 'output', description: path.join(tmp, 'start-output.txt') })
  }
})

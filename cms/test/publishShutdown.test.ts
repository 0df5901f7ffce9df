/**
 * Graceful shutdown during a site build: the process that runs the publisher (the CMS, or
 * `pnpm site:release`) is sent TERM while a build writes its release. The build's processes
 * (here a stand-in for Astro that ignores TERM, so it must be killed) are stopped, the half-built
 * release folder is removed, and `current` still points at the last complete release.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
  symlinkSync,
} from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cmsRoot } from '../src/lib/paths'
import { standInSite } from './standInSite'

/** Waits until `ready` holds, checking every 100 ms, or fails after 30 s. */
async function until(ready: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await ready()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Gave up waiting: ${what}`)
}

const running = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    return false
  }
}

/** The site's real build command with an Astro that writes pages forever and ignores TERM. */
const stubbornSite = (pids: string) =>
  standInSite([
    "trap '' TERM",
    `echo $$ > '${pids}'`,
    'mkdir -p "$SITE_OUT_DIR/client"',
    'i=0',
    'while :; do echo "<h1>$i</h1>" > "$SITE_OUT_DIR/client/page-$i.html"; i=$((i+1)); sleep 0.05; done',
  ])

describe('a TERM during a site build', () => {
  it('stops the build, removes its half-built release and leaves `current` on the last release', async () => {
    const cms = createServer((_, res) => res.end('{"docs":[],"totalDocs":0}'))
    await new Promise<void>((r) => cms.listen(0, '127.0.0.1', r))
    const cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'shutdown-'))
    const releases = path.join(tmp, 'releases')
    const old = path.join(releases, '20260101T000000000Z-old1')
    mkdirSync(old, { recursive: true })
    writeFileSync(path.join(old, 'index.html'), '<h1>live</h1>')
    writeFileSync(
      path.join(old, 'manifest.json'),
      JSON.stringify({
        id: path.basename(old),
        builtAt: '2026-01-01T00:00:00Z',
        reasons: [],
        pages: 1,
        counts: {},
        durationMs: 1,
      }),
    )
    symlinkSync(path.basename(old), path.join(releases, 'current'))
    const pids = path.join(tmp, 'astro.pid')
    const siteDir = stubbornSite(pids)
    const script = path.join(tmp, 'publish.mts')
    writeFileSync(
      script,
      `import { createPublisher } from '${path.join(cmsRoot, 'src', 'publish', 'publisher.ts')}'
const publisher = createPublisher({
  target: 'local', debounceMs: 0, keep: 5, maxShrink: 0.2, hookAttempts: 1, hookBackoffMs: 0,
  siteDir: ${JSON.stringify(siteDir)}, releasesDir: ${JSON.stringify(releases)},
  cmsUrl: ${JSON.stringify(cmsUrl)}, siteUrl: 'https://site.example',
})
const result = await publisher.buildNow('test')
console.log('the build ended by itself', JSON.stringify(result))
`,
    )
    // Node itself (not the .bin shim, a shell that would take the signal instead of it).
    const tsxCli = path.join(cmsRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
    const child = spawn(process.execPath, [tsxCli, script], {
      cwd: cmsRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c))
    child.stderr.on('data', (c: Buffer) => (output += c))
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)))

    const building = () =>
      readdirSync(releases).filter((e) => /^\d{8}T/.test(e) && e !== path.basename(old))
    // Under way: pages are being written (into the one folder the site builds in with this cache,
    // site/bin/build.ts, whose result would then become the new release folder).
    const staging = path.join(siteDir, '.staging')
    await until(async () => {
      const [folder] = existsSync(staging) ? readdirSync(staging) : []
      return Boolean(folder && existsSync(path.join(staging, folder, 'client', 'page-3.html')))
    }, 'the build to write pages').catch((error: Error) => {
      child.kill('SIGKILL')
      throw new Error(`${error.message}\n${output}\n${readdirSync(releases).join(' ')}`)
    })
    const astro = Number(readFileSync(pids, 'utf8'))
    expect(running(astro)).toBe(true)

    child.kill('SIGTERM')
    const code = await Promise.race([
      exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => {
          child.kill('SIGKILL')
          reject(new Error(`Still running 20 s after TERM:\n${output}`))
        }, 20_000),
      ),
    ])
    await new Promise((r) => cms.close(r))

    expect(output).toMatch(/SIGTERM: stopping the site build/)
    expect(output).not.toMatch(/the build ended by itself/)
    expect(code).not.toBe(0)
    expect(running(astro)).toBe(false)
    expect(building()).toEqual([])
    expect(readlinkSync(path.join(releases, 'current'))).toBe(path.basename(old))
    expect(readFileSync(path.join(releases, 'current', 'index.html'), 'utf8')).toBe('<h1>live</h1>')
  }, 60_000)
})

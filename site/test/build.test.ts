/**
 * The site build command (bin/build.ts) as its callers run it, in a copy of the site whose
 * `astro` and `tsx` (which runs the search index, bin/search.ts) are stand-ins that write down
 * what they were given.
 */
import { execFile, spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { siteDir } from './serve-process'

const tsx = path.join(siteDir, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const temps: string[] = []

type Fakes = { astroExit?: number; pagefindExit?: number; astroSeconds?: number }

/** A site folder with the real build command and stand-in tools; returns its path. */
function fakeSite({ astroExit = 0, pagefindExit = 0, astroSeconds = 0 }: Fakes = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hcri-build-'))
  temps.push(dir)
  const bin = path.join(dir, 'node_modules', '.bin')
  mkdirSync(bin, { recursive: true })
  mkdirSync(path.join(dir, 'bin'))
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }')
  for (const file of ['build.ts', 'reuse.ts'])
    copyFileSync(path.join(siteDir, 'bin', file), path.join(dir, 'bin', file))
  const script = (lines: string[]) => ['#!/bin/sh', ...lines].join('\n')
  writeFileSync(
    path.join(bin, 'astro'),
    script([
      `env > '${dir}/astro-env'`,
      `echo "$@" > '${dir}/astro-args'`,
      `echo $$ > '${dir}/astro-began'`,
      // Started ahead, Astro reads the CMS once the build is started (src/lib/startGate.ts).
      '[ -n "$SITE_START_GATE" ] && while [ ! -f "$SITE_START_GATE" ]; do sleep 0.01; done',
      // Astro's first write to its output folder waits for the folder (integrations/outputGate.ts).
      '[ -n "$SITE_OUT_GATE" ] && while [ ! -f "$SITE_OUT_GATE" ]; do sleep 0.01; done',
      // What the output folder held when Astro wrote first, and the record Astro leaves, if given.
      `(cd "$SITE_OUT_DIR" 2>/dev/null && find . -type f | sort) > '${dir}/astro-found'`,
      '[ -f "$SITE_CACHE_DIR/next-build.json" ] && mv "$SITE_CACHE_DIR/next-build.json" "$SITE_CACHE_DIR/incremental-build.json"',
      `echo "start $(date +%s%N)" >> '${dir}/astro-runs'`,
      `sleep ${astroSeconds}`,
      `echo "end $(date +%s%N)" >> '${dir}/astro-runs'`,
      'echo "astro: 2 page(s) built"',
      'mkdir -p "$SITE_OUT_DIR/client/a"',
      'touch "$SITE_OUT_DIR/client/index.html" "$SITE_OUT_DIR/client/a/index.html"',
      `exit ${astroExit}`,
    ]),
    { mode: 0o755 },
  )
  writeFileSync(
    path.join(bin, 'tsx'),
    script([
      `echo "$@" > '${dir}/pagefind-args'`,
      'echo "pagefind: indexed"',
      `exit ${pagefindExit}`,
    ]),
    { mode: 0o755 },
  )
  return dir
}

/** Runs `tsx bin/build.ts args` in `dir` with `cwd`; resolves with its exit code and output. */
function build(dir: string, args: string[], cwd = dir) {
  const env = { ...process.env }
  delete env.SITE_OUT_DIR
  delete env.SITE_CACHE_DIR
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [tsx, path.join(dir, 'bin', 'build.ts'), ...args],
      { cwd, env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    )
  })
}

/** The variables the stand-in Astro was started with. */
const astroEnv = (dir: string) =>
  Object.fromEntries(
    readFileSync(path.join(dir, 'astro-env'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )

/** `tsx bin/build.ts args --standby` in `dir`, its standard input open to say where to build. */
function standby(dir: string, args: string[]) {
  const env = { ...process.env }
  delete env.SITE_OUT_DIR
  delete env.SITE_CACHE_DIR
  const child = spawn(
    process.execPath,
    [tsx, path.join(dir, 'bin', 'build.ts'), ...args, '--standby'],
    {
      cwd: dir,
      env,
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const done = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })),
  )
  return { child, done }
}

/** Waits until `file` exists. */
async function appears(file: string) {
  for (let i = 0; i < 1000 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 10))
  expect(existsSync(file), file).toBe(true)
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('bin/build.ts', () => {
  it('builds in a fixed folder per --cache, indexes it, moves it to --out, and says what it built', async () => {
    const dir = fakeSite()
    mkdirSync(path.join(dir, 'work'))
    const result = await build(
      dir,
      ['--out', 'release', '--cache', '../store'],
      path.join(dir, 'work'),
    )
    expect(result.code).toBe(0)
    const out = path.join(dir, 'work', 'release')
    // Astro's incremental build compares compiled code, which names the output folder: the same
    // folder for every build with this cache, inside the site.
    const env = astroEnv(dir)
    expect(env.SITE_CACHE_DIR).toBe(path.join(dir, 'store'))
    expect(path.dirname(env.SITE_OUT_DIR!)).toBe(path.join(dir, '.staging'))
    expect(readFileSync(path.join(dir, 'astro-args'), 'utf8').trim()).toBe('build')
    // Only the pages the build's scan found a search body in.
    expect(readFileSync(path.join(dir, 'pagefind-args'), 'utf8').trim()).toBe(
      `bin/search.ts --site ${path.join(env.SITE_OUT_DIR!, 'client')} --scan ${path.join(dir, 'store', 'page-scan.json')} --record ${path.join(env.SITE_OUT_DIR!, 'search-index.json')}`,
    )
    expect(existsSync(path.join(out, 'client', 'a', 'index.html'))).toBe(true)
    expect(existsSync(env.SITE_OUT_DIR!)).toBe(false)
    // The steps' own output, then one summary line.
    expect(result.stdout).toContain('astro: 2 page(s) built')
    expect(result.stdout).toContain('pagefind: indexed')
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^Site built: 2 pages in [\\d.]+ s \\(astro build [\\d.]+ s, pagefind [\\d.]+ s\\) into ${out}$`,
      ),
    )

    // A second build with the same cache uses the same folder and replaces the release.
    writeFileSync(path.join(out, 'client', 'stale.html'), '')
    expect(
      (await build(dir, ['--out', 'release', '--cache', '../store'], path.join(dir, 'work'))).code,
    ).toBe(0)
    expect(astroEnv(dir).SITE_OUT_DIR).toBe(env.SITE_OUT_DIR)
    expect(existsSync(path.join(out, 'client', 'stale.html'))).toBe(false)
  })

  it('starts from an earlier release when given one: moved, brought up to date, told to Astro', async () => {
    const dir = fakeSite()
    const store = path.join(dir, 'store')
    const release = path.join(dir, 'releases', 'old')
    const page = (root: string, name: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
      writeFileSync(path.join(root, name), text)
    }
    const record = (file: string, pages: string[]) =>
      writeFileSync(
        path.join(store, file),
        JSON.stringify({
          routes: { x: { paths: Object.fromEntries(pages.map((p) => [p, { outputFile: p }])) } },
        }),
      )
    for (const name of ['client/index.html', 'client/a/index.html', 'client/gone/index.html']) {
      page(path.join(store, 'dist'), name, name)
      page(release, name, name)
    }
    page(release, 'client/_astro/old.js', '')
    record('incremental-build.json', [
      'client/index.html',
      'client/a/index.html',
      'client/gone/index.html',
    ])
    // This build no longer makes client/gone/.
    record('next-build.json', ['client/index.html', 'client/a/index.html'])
    // An earlier build's list of what it made (integrations/buildOutputs.ts) never stands in for
    // this one's: this stand-in Astro writes none, so its record is read.
    writeFileSync(
      path.join(store, 'build-outputs.json'),
      JSON.stringify(['client/gone/index.html']),
    )

    const result = await build(dir, ['--out', 'new', '--cache', 'store', '--reuse', 'releases/old'])
    expect(result.code).toBe(0)
    expect(existsSync(release)).toBe(false)
    const env = astroEnv(dir)
    expect(env.SITE_OUT_PREPARED).toBe('1')
    // Astro starts while the release is taken over, and writes once the gate says it is done.
    expect(env.SITE_OUT_GATE).toMatch(new RegExp(`^${env.SITE_OUT_DIR}\\.\\d+\\.ready$`))
    expect(existsSync(env.SITE_OUT_GATE!)).toBe(false)
    expect(readFileSync(path.join(dir, 'astro-found'), 'utf8').trim().split('\n')).toEqual([
      './client/a/index.html',
      './client/gone/index.html',
      './client/index.html',
    ])
    expect(existsSync(path.join(dir, 'new', 'client', 'a', 'index.html'))).toBe(true)
    expect(existsSync(path.join(dir, 'new', 'client', 'gone'))).toBe(false)
    expect(result.stdout).toContain(
      'Started from an earlier release: 3 pages kept, 0 copied, 2 files removed',
    )

    // Without a release to start from, Astro empties its folder as usual.
    expect((await build(dir, ['--out', 'new', '--cache', 'store'])).code).toBe(0)
    expect(astroEnv(dir)).not.toHaveProperty('SITE_OUT_PREPARED')
    expect(astroEnv(dir)).not.toHaveProperty('SITE_OUT_GATE')
    expect(readFileSync(path.join(dir, 'astro-found'), 'utf8').trim()).toBe('')
  })

  it("runs one build at a time per cache: a second one waits, a dead holder's lock is taken over", async () => {
    const dir = fakeSite({ astroSeconds: 1 })
    const [first, second] = await Promise.all([
      build(dir, ['--out', 'one', '--cache', 'store']),
      build(dir, ['--out', 'two', '--cache', 'store']),
    ])
    expect([first.code, second.code]).toEqual([0, 0])
    expect(first.stdout + second.stdout).toMatch(
      /Waiting for another build of this site \(process \d+\)/,
    )
    // start, end, start, end: never two Astros in the one staging folder.
    const runs = readFileSync(path.join(dir, 'astro-runs'), 'utf8').trim().split('\n')
    expect(runs.map((line) => line.split(' ')[0])).toEqual(['start', 'end', 'start', 'end'])
    expect(existsSync(path.join(dir, 'store', 'build.lock'))).toBe(false)

    // A lock left by a process that is gone does not hold anyone up.
    writeFileSync(path.join(dir, 'store', 'build.lock'), '999999999')
    const third = await build(dir, ['--out', 'three', '--cache', 'store'])
    expect(third.code).toBe(0)
    expect(third.stdout).not.toContain('Waiting')
    // Three builds, two of them one after the other: 4.7 s alone, more beside other test files.
  }, 30_000)

  it('forgets what it could reuse when a build with a cache fails', async () => {
    const dir = fakeSite({ pagefindExit: 1 })
    const store = path.join(dir, 'store')
    mkdirSync(store)
    const records = ['incremental-build.json', 'page-reads.json', 'page-scan.json']
    for (const file of [...records, 'data-store.json']) writeFileSync(path.join(store, file), '{}')
    expect((await build(dir, ['--out', 'release', '--cache', 'store'])).code).toBe(1)
    for (const file of records) expect(existsSync(path.join(store, file)), file).toBe(false)
    // The content store stays: it holds no pages, only what the CMS sent.
    expect(existsSync(path.join(store, 'data-store.json'))).toBe(true)
    expect(existsSync(path.join(dir, 'release'))).toBe(false)
    // Nor is the half-built folder left behind.
    expect(existsSync(path.join(dir, '.staging'))).toBe(true)
    expect(readdirSync(path.join(dir, '.staging'))).toEqual([])
  })

  it("builds into the site's dist with Astro's own cache by default", async () => {
    const dir = fakeSite()
    expect((await build(dir, [])).code).toBe(0)
    const env = astroEnv(dir)
    expect(env.SITE_OUT_DIR).toBe(path.join(dir, 'dist'))
    expect(env).not.toHaveProperty('SITE_CACHE_DIR')
  })

  it('fails naming the step that failed, and indexes nothing after a failed astro build', async () => {
    const astroFails = fakeSite({ astroExit: 1 })
    const first = await build(astroFails, [])
    expect(first.code).toBe(1)
    expect(first.stderr.trim().split('\n').at(-1)).toBe(
      'Site build failed: astro build stopped with an error (exit code 1)',
    )
    expect(existsSync(path.join(astroFails, 'pagefind-args'))).toBe(false)

    const pagefindFails = fakeSite({ pagefindExit: 3 })
    const second = await build(pagefindFails, [])
    expect(second.code).toBe(1)
    expect(second.stderr.trim().split('\n').at(-1)).toBe(
      'Site build failed: pagefind stopped with an error (exit code 3)',
    )
    expect(second.stdout).not.toContain('Site built')
  })

  it('started ahead (--standby): Astro starts at once, and nothing is locked or written until standard input names the output folder', async () => {
    const dir = fakeSite()
    const run = standby(dir, ['--cache', 'store'])
    await appears(path.join(dir, 'astro-began'))
    const env = astroEnv(dir)
    expect(env.SITE_START_GATE).toMatch(new RegExp(`^${env.SITE_OUT_DIR}\\.\\d+\\.start$`))
    // Waiting: Astro has not gone past its start gate; the cache is not locked; no folder made.
    await new Promise((r) => setTimeout(r, 300))
    expect(existsSync(path.join(dir, 'astro-found'))).toBe(false)
    expect(existsSync(path.join(dir, 'store', 'build.lock'))).toBe(false)
    expect(existsSync(env.SITE_OUT_DIR!)).toBe(false)
    run.child.stdin.end('out/release-1\n')
    const result = await run.done
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(path.join(dir, 'out', 'release-1', 'client', 'a', 'index.html'))).toBe(true)
    expect(result.stdout).toMatch(/Site built: 2 pages in .* into .*release-1/)
    expect(existsSync(env.SITE_START_GATE!)).toBe(false)
  })

  it('started ahead and never started: stops when its standard input closes, having written nothing; another waiting beside it is not started', async () => {
    const dir = fakeSite()
    const first = standby(dir, ['--cache', 'store'])
    await appears(path.join(dir, 'astro-began'))
    const firstAstro = readFileSync(path.join(dir, 'astro-began'), 'utf8').trim()
    rmSync(path.join(dir, 'astro-began'))
    const second = standby(dir, ['--cache', 'store'])
    await appears(path.join(dir, 'astro-began'))
    // The second is started; the first, waiting on the same cache, stays where it is.
    second.child.stdin.end('two\n')
    expect((await second.done).code).toBe(0)
    expect(readFileSync(path.join(dir, 'astro-runs'), 'utf8').trim().split('\n')).toHaveLength(2)
    expect(first.child.exitCode).toBe(null)
    first.child.stdin.end()
    const stopped = await first.done
    expect(stopped.code).toBe(1)
    expect(stopped.stderr.trim().split('\n').at(-1)).toBe(
      'Site build failed: astro build was stopped',
    )
    // Its Astro is gone, and wrote nothing more.
    const alive = () => {
      try {
        process.kill(Number(firstAstro), 0)
        return !readFileSync(`/proc/${firstAstro}/stat`, 'utf8').includes(') Z ')
      } catch {
        return false
      }
    }
    for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 10))
    expect(alive()).toBe(false)
    expect(readFileSync(path.join(dir, 'astro-runs'), 'utf8').trim().split('\n')).toHaveLength(2)
    expect(readdirSync(dir)).not.toContain('one')
    expect(existsSync(path.join(dir, 'store', 'build.lock'))).toBe(false)
  })

  it('refuses --standby without --cache', async () => {
    const dir = fakeSite()
    const result = await build(dir, ['--standby'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--standby needs --cache')
    expect(existsSync(path.join(dir, 'astro-args'))).toBe(false)
  })

  it('refuses an unknown argument or a flag without its folder, building nothing', async () => {
    const dir = fakeSite()
    for (const args of [['--outDir', 'x'], ['--out'], ['--cache', '--out', 'x']]) {
      const result = await build(dir, args)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        'Usage: tsx bin/build.ts [--out DIR] [--cache DIR] [--reuse DIR]',
      )
    }
    expect(existsSync(path.join(dir, 'astro-args'))).toBe(false)
  })
})

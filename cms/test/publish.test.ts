import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { checkRelease } from '../src/publish/guard'
import { callHook } from '../src/publish/hook'
import { createQueue, type BuildFn, type PublishQueueApi } from '../src/publish/queue'
import {
  liveId,
  newReleaseId,
  notRestorableBecause,
  prune,
  readManifest,
  reusableRelease,
  recordWithdrawal,
  rollback,
  switchTo,
  writeManifest,
  type Manifest,
} from '../src/publish/releases'
import { validData } from './fixtures'
import { bootPayload } from './payload'
import { standInSite } from './standInSite'

const temp = () => mkdtempSync(path.join(tmpdir(), 'hcri-publish-'))

const publisherKey = Symbol.for('hcri.publisher')
/** Forgets the process's publisher, so the next one reads the environment afresh. */
const resetPublisher = () => delete (globalThis as Record<symbol, unknown>)[publisherKey]

/**
 * A real Payload whose publisher is set by `env` (read when the describe starts), with releases in a
 * temporary folder; all undone after the describe.
 */
function realPublisher(env: () => Record<string, string>) {
  const context = {} as { payload: Payload; releases: string }
  beforeAll(async () => {
    context.releases = temp()
    Object.assign(process.env, {
      PUBLISH_RELEASES_DIR: context.releases,
      PUBLISH_DEBOUNCE_MS: '10',
      ...env(),
    })
    resetPublisher()
    context.payload = await bootPayload()
    // This test process runs the database's build queue, as a CMS server does.
    const { getPublisher } = await import('../src/publish/index')
    getPublisher().attach(context.payload)
  })
  afterAll(async () => {
    const { getPublisher } = await import('../src/publish/index')
    getPublisher().stop()
    process.env.PUBLISH_TARGET = 'off'
    resetPublisher()
    rmSync(context.releases, { recursive: true, force: true })
  })
  return context
}

/** A fake built site: `pages` HTML files, optional extra files, in `dir`. */
function site(
  dir: string,
  pages: string[],
  html = (p: string) => `<a href="/">home</a><p>${p}</p>`,
) {
  for (const p of pages) {
    const file = path.join(dir, p, 'index.html')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, html(p))
  }
  return dir
}

async function release(
  dir: string,
  id: string,
  pages = ['', 'resources', 'resources/a'],
  extra: Partial<Manifest> = {},
) {
  site(path.join(dir, id), pages)
  await writeManifest(path.join(dir, id), {
    id,
    builtAt: new Date().toISOString(),
    reasons: [],
    pages: pages.length,
    counts: {},
    durationMs: 1,
    stories: [],
    contentReadAt: new Date().toISOString(),
    ...extra,
  })
}

/** Polls until `check` holds (a build in the database queue ends when its rows say so). */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('build queue (in the database, shared by processes)', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  /** Each queue stands for one CMS process; all share Payload's payload-jobs collection. */
  const queues: PublishQueueApi[] = []
  const queue = (build: BuildFn, debounceMs = 300, lockTtlMs = 60_000) => {
    const q = createQueue(build, { debounceMs, lockTtlMs, pollMs: 100 })
    q.attach(payload)
    queues.push(q)
    return q
  }
  afterEach(async () => {
    for (const q of queues.splice(0)) q.stop()
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'publishSite' } },
    })
  })

  it('turns a burst of changes into one build, after the quiet time of the last one', async () => {
    const builds: { reasons: string[]; at: number }[] = []
    // A quiet time far longer than three requests take, however busy the machine.
    const q = queue(async (reasons) => void builds.push({ reasons, at: Date.now() }), 2000)
    let last = 0
    for (const reason of ['a', 'b', 'c']) {
      last = Date.now()
      await q.request(payload, reason)
    }
    await until(() => builds.length > 0, 'the build')
    await q.settled()
    expect(builds.map((b) => b.reasons)).toEqual([['a', 'b', 'c']])
    expect(builds[0].at).toBeGreaterThanOrEqual(last + 2000)
  })

  it('runs one build at a time across processes and coalesces requests made meanwhile into one follow-up build', async () => {
    const builds: string[][] = []
    const finish: (() => void)[] = []
    let running = 0
    let most = 0
    const build: BuildFn = async (reasons) => {
      builds.push(reasons)
      most = Math.max(most, ++running)
      await new Promise<void>((r) => finish.push(r))
      running--
    }
    const [one, two] = [queue(build, 50), queue(build, 50)]
    await one.request(payload, 'first', { now: true })
    await until(() => builds.length === 1, 'the first build')
    expect((await two.state()).running?.reasons).toEqual(['first'])
    // Asked through either process while the first build runs; both poll the same rows.
    await two.request(payload, 'second')
    await one.request(payload, 'third')
    await two.request(payload, 'third')
    await new Promise((r) => setTimeout(r, 500))
    expect(builds).toHaveLength(1)
    expect((await one.state()).queued?.reasons).toEqual(['second', 'third'])
    finish.shift()!()
    await until(() => builds.length === 2, 'the follow-up build')
    expect(builds[1]).toEqual(['second', 'third'])
    finish.shift()!()
    await one.settled()
    await two.settled()
    expect(builds).toHaveLength(2)
    expect(most).toBe(1)
    expect(await two.state()).toEqual({ running: undefined, queued: undefined })
  })

  it('lets exactly one of many processes take the lock at once', async () => {
    let running = 0
    let most = 0
    const builds: string[][] = []
    const build: BuildFn = async (reasons) => {
      builds.push(reasons)
      most = Math.max(most, ++running)
      await new Promise((r) => setTimeout(r, 100))
      running--
    }
    const many = Array.from({ length: 4 }, () => queue(build, 0))
    const error = vi.spyOn(console, 'error')
    await Promise.all(many.map((q, i) => q.request(payload, `change ${i}`)))
    // Every process looks at once: one wins the lock, the others see it taken (not an error).
    await Promise.all(many.map((q) => q.tick(payload)))
    for (const q of many) await q.settled()
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
    expect(most).toBe(1)
    expect(builds.flat().sort()).toEqual(['change 0', 'change 1', 'change 2', 'change 3'])
    expect(builds.length).toBeLessThan(4)
  })

  it('keeps going after a failed build', async () => {
    const builds: string[][] = []
    const q = queue(async (reasons) => {
      builds.push(reasons)
      if (builds.length === 1) throw new Error('boom')
    }, 10)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await q.request(payload, 'one')
    await until(() => builds.length === 1, 'the failing build')
    await q.settled()
    await q.request(payload, 'two')
    await until(() => builds.length === 2, 'the next build')
    await q.settled()
    expect(builds).toEqual([['one'], ['two']])
    error.mockRestore()
  })

  it('frees the lock of a process that stopped, and builds again what its build was for', async () => {
    // What a process that died mid-build leaves: a lock it no longer renews.
    await payload.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: 'publishSite',
        queue: 'publish',
        processing: true,
        input: { reasons: ['stories 7 published'] },
        publishLock: 'publish-site',
        lockExpiresAt: new Date(Date.now() - 1000).toISOString(),
      },
    } as never)
    const builds: string[][] = []
    // Nothing else is asked for: the poll alone finds the dead lock.
    const q = queue(async (reasons) => void builds.push(reasons), 10, 1000)
    await until(() => builds.length === 1, 'a build after the stale lock')
    await q.settled()
    expect(builds[0]).toEqual(['stories 7 published', 'after a stopped build'])
  })

  it('waits for a lock that is still renewed, however long its build takes', async () => {
    let finish = () => {}
    const builds: string[][] = []
    const build: BuildFn = async (reasons) => {
      builds.push(reasons)
      if (builds.length === 1) await new Promise<void>((r) => (finish = r))
    }
    // A short lock, renewed every quarter of it: the long build keeps it past twice its length.
    const [one, two] = [queue(build, 0, 2000), queue(build, 0, 2000)]
    await one.request(payload, 'long', { now: true })
    await until(() => builds.length === 1, 'the long build')
    await two.request(payload, 'meanwhile', { now: true })
    await new Promise((r) => setTimeout(r, 5000))
    expect(builds).toEqual([['long']])
    finish()
    await until(() => builds.length === 2, 'the build after it')
    expect(builds[1]).toEqual(['meanwhile'])
  })
})

describe('release guard', () => {
  const pages = [
    '',
    'resources',
    'resources/a',
    'films',
    'films/b',
    'stories',
    'stories/c',
    'events',
    'events/d',
    'safe-spaces',
    'about',
  ]
  const counts = { resources: 1, films: 1, stories: 1, events: 1, places: 3, pages: 1 }

  it('passes a complete build', async () => {
    const dir = temp()
    site(dir, pages)
    expect(await checkRelease({ root: dir, counts, maxShrink: 0.2 })).toEqual([])
    expect(
      await checkRelease({ root: dir, liveRoot: site(temp(), pages), counts, maxShrink: 0.2 }),
    ).toEqual([])
  })

  it('refuses an empty build', async () => {
    expect(await checkRelease({ root: temp(), counts, maxShrink: 0.2 })).toEqual([
      'The build has no pages (no home page).',
    ])
  })

  it('refuses a build that lost more than the allowed share of pages', async () => {
    const live = site(temp(), [
      ...pages,
      ...Array.from({ length: 10 }, (_, i) => `resources/r${i}`),
    ])
    const problems = await checkRelease({
      root: site(temp(), pages),
      liveRoot: live,
      counts,
      maxShrink: 0.2,
    })
    expect(problems).toEqual([
      'The build has 11 pages, the live site 21: more than 20 % would disappear.',
    ])
    // The same loss is accepted when the limit allows it.
    expect(
      await checkRelease({ root: site(temp(), pages), liveRoot: live, counts, maxShrink: 0.5 }),
    ).toEqual([])
    // The live count from the live release's manifest is taken as it is (its pages not listed).
    expect(
      await checkRelease({
        root: site(temp(), pages),
        liveRoot: live,
        livePages: 40,
        counts,
        maxShrink: 0.5,
      }),
    ).toEqual(['The build has 11 pages, the live site 40: more than 50 % would disappear.'])
  })

  it('refuses a build without a section that has published content', async () => {
    const dir = site(
      temp(),
      pages.filter((p) => !p.startsWith('films')),
    )
    expect(await checkRelease({ root: dir, counts, maxShrink: 0.2 })).toEqual([
      'The films section is missing (1 published).',
    ])
    // No published films: no films section needed.
    expect(
      await checkRelease({ root: dir, counts: { ...counts, films: 0 }, maxShrink: 0.2 }),
    ).toEqual([])
    const noDetail = site(
      temp(),
      pages.filter((p) => p !== 'events/d'),
    )
    expect(await checkRelease({ root: noDetail, counts, maxShrink: 0.2 })).toEqual([
      'The events section has no pages of its own.',
    ])
  })

  it('refuses a build that lacks the page of a published document', async () => {
    const dir = site(temp(), pages)
    const slugs = { resources: ['a'], films: ['b'], stories: ['c'], events: ['d'] }
    expect(await checkRelease({ root: dir, counts, slugs, maxShrink: 0.2 })).toEqual([])
    expect(
      await checkRelease({
        root: dir,
        counts,
        slugs: { ...slugs, events: ['d', 'gone'] },
        maxShrink: 0.2,
      }),
    ).toEqual(['1 of 2 published events would have no page (e.g. /events/gone/).'])
  })

  it('refuses a build with broken internal links', async () => {
    const dir = site(temp(), pages, (p) =>
      p === 'about'
        ? '<a href="/resources/a/">ok</a><a href="/resources/gone/">x</a><img src="/_astro/missing.png" alt=""><a href="https://example.org/x">ext</a>'
        : '<a href="/">home</a>',
    )
    expect(await checkRelease({ root: dir, counts, maxShrink: 0.2 })).toEqual([
      'Broken link to /resources/gone/ (in about/index.html).',
      'Broken link to /_astro/missing.png (in about/index.html).',
    ])
  })

  it('takes a moved page as it was, and reads a page written again', async () => {
    const first = site(temp(), [...pages, 'extra'], (p) =>
      p === 'about' ? '<a href="/extra/">extra</a>' : '<a href="/">home</a>',
    )
    expect(await checkRelease({ root: first, counts, maxShrink: 0.2 })).toEqual([])
    // The next release starts from this one (moved, as site/bin/reuse.ts does) and lacks a page
    // the kept about page links to: the link is checked against the new release.
    const next = path.join(temp(), 'next')
    renameSync(first, next)
    rmSync(path.join(next, 'extra'), { recursive: true })
    expect(await checkRelease({ root: next, counts, maxShrink: 0.2 })).toEqual([
      'Broken link to /extra/ (in about/index.html).',
    ])
    // The about page written again at the same path: read again, not taken from before.
    writeFileSync(path.join(next, 'about', 'index.html'), '<a href="/resources/a/">a</a>')
    expect(await checkRelease({ root: next, counts, maxShrink: 0.2 })).toEqual([])
    writeFileSync(path.join(next, 'about', 'index.html'), '<a href="/resources/gone/">a</a>')
    expect(await checkRelease({ root: next, counts, maxShrink: 0.2 })).toEqual([
      'Broken link to /resources/gone/ (in about/index.html).',
    ])
  })
})

describe('release guard and malformed links', () => {
  it('a % that is not an escape in a link is a broken link, not a crash', async () => {
    const dir = site(temp(), ['', 'about'], (p) =>
      p === 'about'
        ? '<a href="/resources/100%-safe/">x</a><a href="/%">y</a>'
        : '<a href="/">home</a>',
    )
    expect(await checkRelease({ root: dir, counts: {}, maxShrink: 0.2 })).toEqual([
      'Broken link to /resources/100%-safe/ (in about/index.html).',
      'Broken link to /% (in about/index.html).',
    ])
  })
})

describe('releases', () => {
  it('switches atomically: a reader never finds the site missing while releases change', async () => {
    const dir = temp()
    const ids = [newReleaseId(), newReleaseId()]
    for (const id of ids) await release(dir, id)
    await switchTo(dir, ids[0])
    let reads = 0
    let failures = 0
    let stop = false
    const reader = (async () => {
      while (!stop) {
        try {
          readFileSync(path.join(dir, 'current', 'index.html'))
        } catch {
          failures++
        }
        reads++
        await new Promise((r) => setImmediate(r))
      }
    })()
    for (let i = 0; i < 200; i++) await switchTo(dir, ids[i % 2])
    stop = true
    await reader
    expect(reads).toBeGreaterThan(50)
    expect(failures).toBe(0)
  })

  it('refuses to switch to an incomplete release, rolls back, and prunes old releases', async () => {
    const dir = temp()
    const ids = [
      '20261101T000000000Z-aaaa',
      '20261102T000000000Z-bbbb',
      '20261103T000000000Z-cccc',
      '20261104T000000000Z-dddd',
    ]
    for (const id of ids) await release(dir, id)
    site(path.join(dir, 'broken-build'), [''])
    await expect(switchTo(dir, 'broken-build')).rejects.toThrow(/not a complete release/)
    await switchTo(dir, ids[3])
    expect(await rollback(dir)).toBe(ids[2])
    expect(liveId(dir)).toBe(ids[2])
    expect(readFileSync(path.join(dir, 'current', 'index.html'), 'utf8')).toContain('home')
    // Keep 2: the newest two plus the live one; the unfinished build goes too.
    expect((await prune(dir, 2)).sort()).toEqual([
      '20261101T000000000Z-aaaa',
      '20261102T000000000Z-bbbb',
      'broken-build',
    ])
    expect(liveId(dir)).toBe(ids[2])
    await switchTo(dir, ids[2])
    expect(await rollback(dir).catch((e: Error) => e.message)).toBe(
      'There is no earlier release to go back to.',
    )
  })

  it("offers the oldest release as the next build's starting point, never the live one or the one to go back to", async () => {
    const dir = temp()
    const ids = ['20261101T000000000Z-aaaa', '20261102T000000000Z-bbbb', '20261103T000000000Z-cccc']
    for (const id of ids) await release(dir, id)
    await switchTo(dir, ids[2])
    // Fewer than `keep`: the new release is added, nothing is taken.
    expect(reusableRelease(dir, 4)).toBeUndefined()
    expect(reusableRelease(dir, 3)).toBe(ids[0])
    // Gone back to the oldest but one: the oldest is what "go back" would restore now.
    await switchTo(dir, ids[1])
    expect(reusableRelease(dir, 3)).toBe(ids[2])
    await switchTo(dir, ids[0])
    expect(reusableRelease(dir, 3)).toBe(ids[1])
    // Two releases, live and the one before: neither may go.
    rmSync(path.join(dir, ids[2]), { recursive: true })
    await switchTo(dir, ids[1])
    expect(reusableRelease(dir, 2)).toBeUndefined()
  })
})

const withdrawnMessage = 'The previous release still shows a story whose consent was withdrawn'

describe('consent withdrawal is final (releases)', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString()
  const amira = { id: '7', slug: 'amira' }
  const bilal = { id: '8', slug: 'bilal' }

  it('refuses to go back to a release that still shows a withdrawn story, and says why', async () => {
    const dir = temp()
    const [a, b, c] = [
      '20261101T100000000Z-aaaa',
      '20261101T100500000Z-bbbb',
      '20261101T101500000Z-cccc',
    ]
    await release(dir, a, undefined, {
      stories: [amira, bilal],
      contentReadAt: at(0),
      builtAt: at(1),
    })
    await release(dir, b, undefined, {
      stories: [amira, bilal],
      contentReadAt: at(5),
      builtAt: at(6),
    })
    await switchTo(dir, b)
    // Amira's story is unpublished at 10:10; the release built from 10:15 no longer has it.
    await recordWithdrawal(dir, '7', new Date(at(10)))
    await release(dir, c, undefined, { stories: [bilal], contentReadAt: at(15), builtAt: at(16) })
    await switchTo(dir, c)
    expect(notRestorableBecause(dir, readManifest(path.join(dir, b))!)).toMatch(withdrawnMessage)
    expect(notRestorableBecause(dir, readManifest(path.join(dir, c))!)).toBeUndefined()
    await expect(rollback(dir)).rejects.toThrow(withdrawnMessage)
    expect(liveId(dir)).toBe(c)
  })

  it('marks a release built while a story was being withdrawn, even if its list missed it', async () => {
    const dir = temp()
    const [a, b] = ['20261101T100000000Z-aaaa', '20261101T100500000Z-bbbb']
    // The build read the content at 10:05 and finished at 10:08; the story went at 10:07.
    await release(dir, a, undefined, { stories: [bilal], contentReadAt: at(5), builtAt: at(8) })
    await recordWithdrawal(dir, '7', new Date(at(7)))
    await release(dir, b, undefined, { stories: [bilal], contentReadAt: at(9), builtAt: at(10) })
    await switchTo(dir, b)
    await expect(rollback(dir)).rejects.toThrow(withdrawnMessage)
  })

  it('lets a story republished with consent be restored in releases built after it came back', async () => {
    const dir = temp()
    const [a, b] = ['20261101T100000000Z-aaaa', '20261101T100500000Z-bbbb']
    await recordWithdrawal(dir, '7', new Date(at(0)))
    await release(dir, a, undefined, { stories: [amira], contentReadAt: at(5), builtAt: at(6) })
    await release(dir, b, undefined, { stories: [amira], contentReadAt: at(9), builtAt: at(10) })
    await switchTo(dir, b)
    expect(await rollback(dir)).toBe(a)
  })

  it('treats a release that does not list its stories as showing every story', async () => {
    const dir = temp()
    const [a, b] = ['20261101T100000000Z-aaaa', '20261101T100500000Z-bbbb']
    await release(dir, a, undefined, {
      stories: undefined,
      contentReadAt: undefined,
      builtAt: at(1),
    })
    await release(dir, b, undefined, { stories: [], contentReadAt: at(9), builtAt: at(10) })
    await switchTo(dir, b)
    expect(
      await rollback(dir).then(
        () => 'restored',
        (e: Error) => e.message,
      ),
    ).toBe('restored')
    await switchTo(dir, b)
    await recordWithdrawal(dir, '8', new Date(at(5)))
    await expect(rollback(dir)).rejects.toThrow(withdrawnMessage)
  })
})

/** A deploy hook that answers with the given statuses in turn, recording each call. */
async function hookServer(statuses: number[]) {
  const calls: unknown[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      calls.push(JSON.parse(body || '{}'))
      res.writeHead(statuses[Math.min(calls.length - 1, statuses.length - 1)]).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return { url, calls, close: () => new Promise((r) => server.close(r)) }
}

describe('publish settings', () => {
  it('waits half a second after a change for the bundled publisher, two for a CDN hook', async () => {
    const { publishConfig } = await import('../src/publish/config')
    const settings = (env: Record<string, string>) => publishConfig(env as NodeJS.ProcessEnv)
    expect(settings({ PUBLISH_TARGET: 'local' }).debounceMs).toBe(500)
    expect(settings({}).debounceMs).toBe(500)
    expect(settings({ PUBLISH_TARGET: 'hook' }).debounceMs).toBe(2000)
    expect(settings({ PUBLISH_TARGET: 'hook', PUBLISH_DEBOUNCE_MS: '0' }).debounceMs).toBe(0)
  })
})

describe('deploy hook target', () => {
  it('retries server errors and records the attempts', async () => {
    const hook = await hookServer([503, 502, 200])
    const result = await callHook(hook.url, ['resources 1 published'], {
      attempts: 4,
      backoffMs: 5,
    })
    expect(result).toEqual({ ok: true, status: 200, attempts: 3 })
    expect(hook.calls).toEqual(
      Array(3).fill({ trigger: 'hcri-cms', reasons: ['resources 1 published'] }),
    )
    await hook.close()
  })

  it('gives up after the set attempts, and at once on a wrong URL', async () => {
    const failing = await hookServer([500])
    const result = await callHook(failing.url, [], { attempts: 3, backoffMs: 5 })
    expect(result).toMatchObject({
      ok: false,
      status: 500,
      attempts: 3,
      error: 'The deploy hook answered 500 Internal Server Error',
    })
    await failing.close()
    const missing = await hookServer([404])
    expect(await callHook(missing.url, [], { attempts: 3, backoffMs: 5 })).toMatchObject({
      ok: false,
      status: 404,
      attempts: 1,
    })
    await missing.close()
    const unreachable = await callHook('http://127.0.0.1:9/hook', [], { attempts: 2, backoffMs: 5 })
    expect(unreachable).toMatchObject({ ok: false, attempts: 2 })
    expect(unreachable.error).toMatch(/could not be reached/)
  })
})

describe('triggers (real Payload, hook target)', () => {
  let payload: Payload
  let hook: Awaited<ReturnType<typeof hookServer>>
  let releases: string

  beforeAll(async () => {
    hook = await hookServer([200])
    releases = temp()
    Object.assign(process.env, {
      PUBLISH_TARGET: 'hook',
      PUBLISH_HOOK_URL: hook.url,
      // Long enough that three saves fall inside it on a loaded machine (30 ms was not, on
      // PostgreSQL under load: two builds).
      PUBLISH_DEBOUNCE_MS: '500',
      PUBLISH_RELEASES_DIR: releases,
    })
    resetPublisher()
    payload = await bootPayload()
    const { getPublisher } = await import('../src/publish/index')
    getPublisher().attach(payload)
  })
  afterAll(async () => {
    const { getPublisher } = await import('../src/publish/index')
    getPublisher().stop()
    process.env.PUBLISH_TARGET = 'off'
    resetPublisher()
    await hook.close()
    rmSync(releases, { recursive: true, force: true })
  })

  /** Runs `change`, waits past the debounce, and returns the reasons the hook was called with. */
  async function builds(change: () => Promise<unknown>): Promise<string[][]> {
    const before = hook.calls.length
    await change()
    const { getPublisher } = await import('../src/publish/index')
    await new Promise((r) => setTimeout(r, 600))
    await getPublisher().settled()
    return (hook.calls.slice(before) as { reasons: string[] }[]).map((c) => c.reasons)
  }

  /** A resource as the admin's Publish button makes it. */
  const publishResource = (context?: Record<string, unknown>) =>
    payload.create({
      collection: 'resources',
      data: { ...validData('resources', 0), _status: 'published' },
      context,
    } as never) as unknown as Promise<{ id: number }>

  it('builds on publish, unpublish, deleting a published document and global changes, not on drafts', async () => {
    const data = validData('resources', 0)
    let id = 0
    expect(
      await builds(
        async () =>
          (id = (
            await payload.create({
              collection: 'resources',
              data: { ...data, _status: 'draft' },
              draft: true,
            } as never)
          ).id),
      ),
    ).toEqual([])
    expect(
      await builds(() =>
        payload.update({ collection: 'resources', id, data: { _status: 'published' } }),
      ),
    ).toEqual([[`resources ${id} published`]])
    // A draft change to a published page: the site keeps the published version.
    expect(
      await builds(() =>
        payload.update({
          collection: 'resources',
          id,
          data: { title: 'Draft title' },
          draft: true,
        }),
      ),
    ).toEqual([])
    expect(
      await builds(() =>
        payload.update({ collection: 'resources', id, data: { _status: 'draft' } }),
      ),
    ).toEqual([[`resources ${id} unpublished`]])
    expect(
      await builds(() =>
        payload.update({
          collection: 'resources',
          id,
          data: { title: 'Another draft' },
          draft: true,
        }),
      ),
    ).toEqual([])
    expect(await builds(() => payload.delete({ collection: 'resources', id }))).toEqual([])

    let published = { id: 0 }
    expect(await builds(async () => (published = await publishResource()))).toEqual([
      [`resources ${published.id} published`],
    ])
    expect(
      await builds(() => payload.delete({ collection: 'resources', id: published.id })),
    ).toEqual([[`resources ${published.id} deleted`]])
    expect(await builds(() => payload.updateGlobal({ slug: 'footer', data: {} }))).toEqual([
      ['footer changed'],
    ])
  })

  it('turns a burst of publishes into one build, and skips writes that opt out', async () => {
    const docs = await builds(async () => {
      for (let i = 0; i < 3; i++) await publishResource()
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toHaveLength(3)
    expect(await builds(() => publishResource({ skipPublish: true }))).toEqual([])
  })

  it('records the result for the admin panel', async () => {
    const { getPublisher } = await import('../src/publish/index')
    const { builds: records } = await getPublisher().status()
    expect(records[0]).toMatchObject({ target: 'hook', ok: true, status: 200, attempts: 1 })
  })
})

describe('draft preview links', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload()
  })

  /** The CMS's preview endpoint through Payload's own REST route handler, as `next start` serves it. */
  async function previewApi(collection: string, id: string | number, query: string) {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../src/payload.config')
    const url = new URL(`http://localhost:3000/api/publish/preview/${collection}/${id}?${query}`)
    const res = await REST_GET(config)(new Request(url), {
      params: Promise.resolve({ slug: ['publish', 'preview', String(collection), String(id)] }),
    })
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
      cache: res.headers.get('cache-control'),
    }
  }

  it('signs links that only work for that document, unchanged, until they expire', async () => {
    const { sign, verify, previewTtlSeconds } = await import('../src/publish/preview')
    const now = Date.now()
    const exp = Math.floor(now / 1000) + 60
    const sig = sign('resources', 7, exp)
    expect(verify('resources', '7', String(exp), sig, now)).toBe(true)
    expect(verify('resources', '8', String(exp), sig, now)).toBe(false)
    expect(verify('films', '7', String(exp), sig, now)).toBe(false)
    expect(verify('resources', '7', String(exp + 1), sig, now)).toBe(false)
    // One character changed (never to itself: a signature ending in "A" made this flaky).
    const tampered = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`
    expect(verify('resources', '7', String(exp), tampered, now)).toBe(false)
    expect(verify('resources', '7', String(exp), sig, now + 61_000)).toBe(false)
    // A link made to last for years is refused even with a good signature.
    const far = Math.floor(now / 1000) + previewTtlSeconds * 10
    expect(verify('resources', '7', String(far), sign('resources', 7, far), now)).toBe(false)
  })

  it('hands the latest draft to a signed link only, never cached', async () => {
    const { previewUrl } = await import('../src/publish/preview')
    const doc = (await payload.create({
      collection: 'resources',
      data: { ...validData('resources', 0), _status: 'published' },
    } as never)) as unknown as { id: number; title: string }
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { title: 'Unpublished better title' },
      draft: true,
    } as never)

    const link = new URL(previewUrl('resources', doc.id, 'ur'))
    expect(link.pathname).toBe(`/preview/resources/${doc.id}/`)
    expect(link.searchParams.get('locale')).toBe('ur')
    const query = `exp=${link.searchParams.get('exp')}&sig=${link.searchParams.get('sig')}`
    const ok = await previewApi('resources', doc.id, query)
    expect(ok.status).toBe(200)
    expect(ok.cache).toBe('no-store')
    // Every language, as the site's loader stores documents.
    expect(ok.body.title).toMatchObject({ en: 'Unpublished better title' })
    expect(ok.body._status).toBe('draft')

    for (const bad of [
      '',
      query.replace(/sig=[^&]+/, 'sig=nope'),
      query.replace(/exp=\d+/, 'exp=1'),
    ]) {
      const refused = await previewApi('resources', doc.id, bad)
      expect(refused.status).toBe(403)
      expect(JSON.stringify(refused.body)).not.toContain('Unpublished better title')
    }
    expect((await previewApi('users', 1, query)).status).toBe(403)
  })
})

describe('consent withdrawal is final (real Payload, bundled publisher)', () => {
  let payload: Payload
  let releases: string
  const context = realPublisher(() => ({
    PUBLISH_TARGET: 'local',
    // Nothing answers here: the builds these changes ask for fail at once and change nothing.
    PUBLISH_CMS_URL: 'http://127.0.0.1:9',
  }))
  beforeAll(() => {
    ;({ payload, releases } = context)
  })

  const publishStory = async () =>
    (await payload.create({
      collection: 'stories',
      data: { ...validData('stories', 0), _status: 'published' },
    } as never)) as unknown as { id: number; slug: string }

  /** Two releases that show `stories`, built just now (after earlier tests' withdrawals), the newer one live. */
  async function twoReleases(stories: { id: number; slug: string }[]) {
    const listed = stories.map((s) => ({ id: String(s.id), slug: s.slug }))
    const now = new Date().toISOString()
    const ids = [newReleaseId(), newReleaseId()].sort()
    for (const id of ids)
      await release(releases, id, undefined, { stories: listed, contentReadAt: now, builtAt: now })
    await switchTo(releases, ids[1])
    return ids
  }

  it("unpublishing a story: going back is refused, in the panel's status and by rollback", async () => {
    const { getPublisher } = await import('../src/publish/index')
    const story = await publishStory()
    const [previous, live] = await twoReleases([story])
    const publisher = getPublisher()
    expect((await publisher.status()).rollback).toEqual({ to: previous })

    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await payload.update({
      collection: 'stories',
      id: story.id,
      data: { _status: 'draft' },
    } as never)
    await new Promise((r) => setTimeout(r, 50))
    await publisher.settled()
    error.mockRestore()

    expect((await publisher.status()).rollback.refused).toMatch(withdrawnMessage)
    await expect(publisher.rollback()).rejects.toThrow(withdrawnMessage)
    expect(liveId(releases)).toBe(live)
  })

  it('deleting a published story: going back is refused', async () => {
    const { getPublisher } = await import('../src/publish/index')
    const story = await publishStory()
    const [, live] = await twoReleases([story])
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await payload.delete({ collection: 'stories', id: story.id })
    await new Promise((r) => setTimeout(r, 50))
    await getPublisher().settled()
    error.mockRestore()
    await expect(getPublisher().rollback()).rejects.toThrow(withdrawnMessage)
    expect(liveId(releases)).toBe(live)
  })

  it('a draft edit of a published story withdraws nothing', async () => {
    const { getPublisher } = await import('../src/publish/index')
    const story = await publishStory()
    const [previous] = await twoReleases([story])
    await payload.update({
      collection: 'stories',
      id: story.id,
      data: { pullQuote: 'A new draft quote' },
      draft: true,
    } as never)
    expect((await getPublisher().status()).rollback).toEqual({ to: previous })
  })
})

describe('consent narrowed on a live story (real Payload, bundled publisher)', () => {
  let payload: Payload
  let releases: string
  const context = realPublisher(() => ({
    PUBLISH_TARGET: 'local',
    // Nothing answers here: the builds these changes ask for fail at once and change nothing.
    PUBLISH_CMS_URL: 'http://127.0.0.1:9',
  }))
  beforeAll(() => {
    ;({ payload, releases } = context)
  })

  it('a storyteller who asks to be anonymous is not named again by going back', async () => {
    const { getPublisher } = await import('../src/publish/index')
    const story = (await payload.create({
      collection: 'stories',
      data: { ...validData('stories', 0), _status: 'published' },
    } as never)) as unknown as { id: number; slug: string }
    const now = new Date().toISOString()
    const ids = [newReleaseId(), newReleaseId()].sort()
    for (const id of ids)
      await release(releases, id, undefined, {
        stories: [{ id: String(story.id), slug: story.slug }],
        contentReadAt: now,
        builtAt: now,
      })
    await switchTo(releases, ids[1])
    expect((await getPublisher().status()).rollback).toEqual({ to: ids[0] })

    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await payload.update({
      collection: 'stories',
      id: story.id,
      data: { anonymous: true, _status: 'published' },
    } as never)
    await new Promise((r) => setTimeout(r, 50))
    await getPublisher().settled()
    error.mockRestore()
    await expect(getPublisher().rollback()).rejects.toThrow(withdrawnMessage)
  })
})

describe('a build started ahead (real Payload, bundled publisher, stand-in Astro)', () => {
  let cms: Server
  let cmsUrl = ''
  let siteDir = ''
  const lines = (name: string) =>
    readFileSync(path.join(siteDir, name), 'utf8').trim().split('\n').filter(Boolean)
  const running = (pid: string) => {
    try {
      process.kill(Number(pid), 0)
      return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ')
    } catch {
      return false
    }
  }
  beforeAll(async () => {
    cms = createServer((_, res) => res.end('{"docs":[],"totalDocs":0}'))
    await new Promise<void>((r) => cms.listen(0, '127.0.0.1', r))
    cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
    // The real build command (site/bin/build.ts), a stand-in Astro that waits at both gates as
    // the real one does (src/lib/startGate.ts, integrations/outputGate.ts) and writes one page,
    // and a stand-in search step.
    siteDir = standInSite(
      [
        // In the site's folder, where the build command runs Astro.
        'echo $$ >> began',
        'echo "$SITE_START_GATE" > start-gate',
        '[ -n "$SITE_START_GATE" ] && while [ ! -f "$SITE_START_GATE" ]; do sleep 0.01; done',
        'echo $$ >> went',
        '[ -n "$SITE_OUT_GATE" ] && while [ ! -f "$SITE_OUT_GATE" ]; do sleep 0.01; done',
        'mkdir -p "$SITE_OUT_DIR/client"',
        'echo "<h1>$$</h1>" > "$SITE_OUT_DIR/client/index.html"',
      ],
      { search: "console.log('Search index: stand-in')\n" },
    )
  })
  const context = realPublisher(() => ({
    PUBLISH_TARGET: 'local',
    PUBLISH_CMS_URL: cmsUrl,
    PUBLISH_SITE_DIR: siteDir,
  }))
  afterAll(async () => {
    delete process.env.PUBLISH_CMS_URL
    delete process.env.PUBLISH_SITE_DIR
    await new Promise((r) => cms.close(r))
  })

  it('waits without reading the CMS, is used by the next publish, and ends with the publisher', async () => {
    const { getPublisher } = await import('../src/publish/index')
    const publisher = getPublisher()
    const said = vi.spyOn(console, 'log').mockImplementation(() => {})
    const publish = async () => {
      await publisher.request(context.payload, 'test', { now: true })
      await new Promise((r) => setTimeout(r, 50))
      await publisher.settled()
    }
    try {
      await publish()
      const first = liveId(context.releases)
      expect(first).toBeTruthy()
      // After the build that went live, the next one starts and waits at its start gate.
      await until(() => lines('began').length === 2, 'the build started ahead')
      const ahead = lines('began')[1]!
      expect(lines('went')).toHaveLength(1)
      expect(readFileSync(path.join(siteDir, 'start-gate'), 'utf8').trim()).toMatch(/\.start$/)
      expect(said.mock.calls.flat().join('\n')).not.toContain('build started ahead')

      await publish()
      const second = liveId(context.releases)
      expect(second).not.toBe(first)
      // The publish used it: that Astro went on and wrote the live page.
      expect(lines('went')).toEqual([lines('began')[0], ahead])
      const page = path.join(context.releases, second!, 'client', 'index.html')
      expect(readFileSync(page, 'utf8').trim()).toBe(`<h1>${ahead}</h1>`)
      expect(said.mock.calls.flat().join('\n')).toMatch(
        new RegExp(`\\[publish\\] ${second} live after .*build started ahead`),
      )

      // The next one waits, but the site's code changes (a deploy): it is ended, not used.
      await until(() => lines('began').length === 3, 'the next build started ahead')
      const outdated = lines('began')[2]!
      const later = new Date(Date.now() + 5000)
      utimesSync(path.join(siteDir, 'bin', 'build.ts'), later, later)
      said.mockClear()
      await publish()
      const third = liveId(context.releases)
      expect(third).not.toBe(second)
      await until(() => !running(outdated), 'the outdated build started ahead to end')
      expect(lines('went')).not.toContain(outdated)
      expect(lines('went')).toEqual([...lines('began').slice(0, 2), lines('began')[3]])
      expect(said.mock.calls.flat().join('\n')).not.toContain('build started ahead')

      // Stopping the publisher ends the one waiting then, which never went on.
      await until(() => lines('began').length === 5, 'the next build started ahead')
      const waiting = lines('began')[4]!
      publisher.stop()
      await until(() => !running(waiting), 'the build started ahead to end')
      expect(lines('went')).toHaveLength(3)
      expect(liveId(context.releases)).toBe(third)
    } finally {
      said.mockRestore()
    }
  }, 60_000)
})

describe('the site build child process', () => {
  /**
   * The site's real build command (site/bin/build.ts, run by tsx) with a stand-in for Astro that
   * writes down the environment it got and prints a log like Astro's.
   */
  const fakeSite = (dump: string) =>
    standInSite([
      `env > '${dump}'`,
      "echo '04:10:12 ▶ src/pages/stories/[slug].astro'",
      "echo '04:10:12   ├─ /stories/amira-khan/index.html (+3ms)'",
      "echo '04:10:12   └─ /ur/stories/jo-bloggs/index.html (+2ms)'",
      "echo '04:10:13   ▶ /_astro/amira-khan-portrait.Bx12.webp (before: 120kB, after: 30kB) (+2ms) (1/2)'",
      "echo 'The story came from amira.khan@example.org' >&2",
      "echo '[build] The content loader stopped' >&2",
      'exit 1',
    ])

  it('gets only the variables it needs, and its log in the panel keeps nothing personal', async () => {
    const cms = createServer((_, res) => res.end('{"docs":[]}'))
    await new Promise<void>((r) => cms.listen(0, r))
    const cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
    const dump = path.join(temp(), 'env.txt')
    const releases = temp()
    const secrets = {
      S3_SECRET: 's3-secret',
      S3_ACCESS_KEY_ID: 's3-key',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
      SMTP_PASS: 'smtp-secret',
      MONGODB_URI: 'mongodb://user:pw@db/hcri',
      ASTRO_EXTRA: 'kept',
    }
    Object.assign(process.env, secrets)
    const { createPublisher } = await import('../src/publish/publisher')
    const { publishConfig } = await import('../src/publish/config')
    const publisher = createPublisher({
      ...publishConfig(),
      target: 'local',
      siteDir: fakeSite(dump),
      releasesDir: releases,
      cmsUrl,
      siteUrl: 'https://site.example',
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const result = await publisher.buildNow('test')
    error.mockRestore()
    for (const key of Object.keys(secrets)) delete process.env[key]
    await new Promise((r) => cms.close(r))

    expect(result.ok).toBe(false)
    const env = Object.fromEntries(
      readFileSync(dump, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )
    expect(process.env.PAYLOAD_SECRET).toBeTruthy()
    expect(process.env.DATABASE_URI).toBeTruthy()
    expect(
      Object.keys(env).filter((k) => /SECRET|DATABASE|MONGO|S3_|AWS_|SMTP|PAYLOAD/.test(k)),
    ).toEqual([])
    expect(Object.values(env).join('\n')).not.toMatch(/secret|s3-key|user:pw/)
    expect(env).toMatchObject({
      CMS_URL: cmsUrl,
      SITE_URL: 'https://site.example',
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_EXTRA: 'kept',
    })
    expect(env.PATH).toBeTruthy()
    // Set by the build command for astro.config.mjs: Astro builds in the cache's one fixed staging
    // folder (site/bin/build.ts), moved to the release's folder after; and the releases' store.
    expect(path.basename(path.dirname(env.SITE_OUT_DIR!))).toBe('.staging')
    expect(env.SITE_CACHE_DIR).toBe(path.join(releases, '.cache'))

    expect(result.logTail).toContain('The content loader stopped')
    expect(result.logTail).toContain('Site build failed: astro build stopped with an error')
    expect(result.logTail).toContain('src/pages/stories/[slug].astro')
    expect(result.logTail).not.toMatch(/amira|jo-bloggs|@example\.org/)
  })
})

describe('publishing status for contributors', () => {
  let payload: Payload
  let releases: string
  let hook: Awaited<ReturnType<typeof hookServer>>
  beforeAll(async () => {
    hook = await hookServer([200])
  })
  afterAll(() => hook.close())
  const context = realPublisher(() => ({ PUBLISH_TARGET: 'hook', PUBLISH_HOOK_URL: hook.url }))
  beforeAll(() => {
    ;({ payload, releases } = context)
  })

  async function api(method: 'GET' | 'POST', route: string, token: string) {
    const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../src/payload.config')
    const handler = (method === 'GET' ? REST_GET : REST_POST)(config)
    const res = await handler(
      new Request(`http://localhost:3000/api/${route}`, {
        method,
        headers: { Authorization: `JWT ${token}` },
      }),
      { params: Promise.resolve({ slug: route.split('/') }) },
    )
    return { status: res.status, text: await res.text() }
  }

  const tokenOf = async (role: 'editor' | 'contributor') => {
    const { makeUser } = await import('./payload')
    const user = await makeUser(payload, role)
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'correct horse battery staple' },
    })
    return { user, token: token! }
  }

  it('names no staff e-mail address, new or from older records', async () => {
    const { record } = await import('../src/publish/state')
    // A record written by an earlier version, which put the e-mail address in the reason.
    await record(releases, {
      id: newReleaseId(new Date(Date.now() - 60_000)),
      target: 'hook',
      reasons: ['rebuild requested by old.editor@example.org'],
      startedAt: new Date(Date.now() - 60_000).toISOString(),
      finishedAt: new Date(Date.now() - 59_000).toISOString(),
      ok: true,
    })
    const editor = await tokenOf('editor')
    expect((await api('POST', 'publish/rebuild', editor.token)).status).toBe(202)
    const { getPublisher } = await import('../src/publish/index')
    await getPublisher().settled()

    const contributor = await tokenOf('contributor')
    const seen = await api('GET', 'publish/status', contributor.token)
    expect(seen.status).toBe(200)
    expect(seen.text).toContain('rebuild requested by')
    expect(seen.text).not.toContain(editor.user.email)
    expect(seen.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
  })
})

/**
 * Two CMS processes on one database behind the round-robin proxy (servers/multi-server.sh): edits
 * made through both at once are all kept and each process shows the other's; publishing asked of
 * both becomes fewer builds than requests, one build at a time, each one live release.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, request, test, type APIRequestContext } from '@playwright/test'

import { logins, multiCmsUrls, multiProxyUrl, seedPassword } from '../ports'

const releases = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../site/.e2e/releases-multi',
)

type Doc = { id: number | string; slug: string; summary: string }
type Build = {
  id: string
  reasons: string[]
  startedAt: string
  finishedAt?: string
  ok?: boolean
  releaseId?: string
  error?: string
}
type Status = {
  queue: { running?: { reasons: string[] }; queued?: { reasons: string[] } }
  builds: Build[]
  live?: { id: string }
}

test.describe.configure({ mode: 'serial' })

let a: APIRequestContext
let b: APIRequestContext
let proxy: APIRequestContext
let docs: Doc[]

test.beforeAll(async () => {
  // One sign-in: the token is good at either process (one secret, one database).
  const signIn = await request.newContext({ baseURL: multiCmsUrls[0] })
  const login = await signIn.post('/api/users/login', {
    data: { email: logins.editor, password: seedPassword },
  })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  await signIn.dispose()
  const as = (baseURL: string) =>
    request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
  ;[a, b, proxy] = await Promise.all([...multiCmsUrls, multiProxyUrl].map(as))
  const list = await proxy.get('/api/resources?where[_status][equals]=published&limit=10&depth=0')
  docs = ((await list.json()) as { docs: Doc[] }).docs
  expect(docs.length).toBeGreaterThanOrEqual(10)
})

test.afterAll(async () => {
  await Promise.all([a, b, proxy].map((c) => c?.dispose()))
})

const json = async <T>(res: { json: () => Promise<unknown>; status: () => number }) => {
  expect(res.status()).toBeLessThan(300)
  return (await res.json()) as T
}
const draft = (cms: APIRequestContext, id: Doc['id']) =>
  cms.get(`/api/resources/${id}?draft=true&depth=0`).then((r) => json<Doc>(r))

test('edits made through both CMS at once are all kept, and each CMS shows the other’s', async () => {
  const stamp = Date.now()
  const edits = docs.slice(0, 8).map((doc, i) => ({
    doc,
    via: i % 2 ? b : a,
    other: i % 2 ? a : b,
    summary: `Draft ${stamp} ${i} through ${i % 2 ? 'B' : 'A'}.`,
  }))
  // All at once, half through each process: drafts, so nothing is published yet.
  const saved = await Promise.all(
    edits.map(({ doc, via, summary }) =>
      via.patch(`/api/resources/${doc.id}?draft=true`, { data: { summary } }),
    ),
  )
  for (const res of saved) expect(res.status()).toBe(200)
  for (const { doc, other, summary } of edits) {
    expect((await draft(other, doc.id)).summary).toBe(summary)
    expect((await draft(proxy, doc.id)).summary).toBe(summary)
  }

  // One document edited by turns through A and B: each edit starts from the one before it.
  const shared = docs[8]!
  for (let turn = 0; turn < 6; turn++) {
    const [via, other] = turn % 2 ? [b, a] : [a, b]
    const before = (await draft(via, shared.id)).summary
    const summary = `${before.split(' | ')[0]} | turn ${turn}`
    await json(await via.patch(`/api/resources/${shared.id}?draft=true`, { data: { summary } }))
    expect((await draft(other, shared.id)).summary).toBe(summary)
  }
})

const status = (cms: APIRequestContext) =>
  cms.get('/api/publish/status').then((r) => json<Status>(r))

/** Until no process has a build running or waiting (all read the same rows). */
async function settled(since: number, processes = [a, b]) {
  const same = (readings: Status[]) =>
    readings.every((r) => JSON.stringify(r.queue) === JSON.stringify(readings[0]!.queue))
  await expect
    .poll(
      async () => {
        // Read at the same moment, not in one transaction: a build that ends between the reads
        // shows in one and not the other, so differing readings mean "not settled yet".
        const readings = await Promise.all(processes.map(status))
        const sa = readings[0]!
        const idle = !sa.queue.running && !sa.queue.queued
        return same(readings) && idle && sa.builds.length > since ? 'idle' : 'busy'
      },
      { timeout: 280_000, intervals: [1000] },
    )
    .toBe('idle')
  // Settled, every process reads the same queue.
  const [sa, ...others] = await Promise.all(processes.map(status))
  for (const other of others) expect(other.queue).toEqual(sa!.queue)
}

const releaseDirs = () =>
  existsSync(releases)
    ? readdirSync(releases, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name)
    : []
const stateBuilds = (): Build[] =>
  existsSync(path.join(releases, 'state.json'))
    ? (JSON.parse(readFileSync(path.join(releases, 'state.json'), 'utf8')) as { builds: Build[] })
        .builds
    : []

/** Every HTML file of the live release that contains `text`. */
function liveFilesWith(text: string, dir = path.join(releases, 'current')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name)
    if (e.isDirectory()) return liveFilesWith(text, file)
    return e.name.endsWith('.html') && readFileSync(file, 'utf8').includes(text) ? [file] : []
  })
}

test('publishing asked of both CMS: coalesced builds, never two at once, one live release each', async () => {
  const stamp = Date.now()
  const publish = (cms: APIRequestContext, doc: Doc, n: number) =>
    cms.patch(`/api/resources/${doc.id}`, {
      data: { summary: `Published ${stamp} ${n}.`, _status: 'published' },
    })

  // A burst of six publishes, three through each process, within the quiet time: one build.
  const burst = docs.slice(0, 6)
  const answers = await Promise.all(burst.map((doc, i) => publish(i % 2 ? b : a, doc, i)))
  for (const res of answers) expect(res.status()).toBe(200)
  const first = await status(a)
  expect(first.queue.queued?.reasons).toHaveLength(6)
  expect((await status(b)).queue).toEqual(first.queue)
  expect(first.builds).toHaveLength(0)
  await settled(0)

  let builds = stateBuilds()
  expect(builds).toHaveLength(1)
  expect(builds[0]!.ok, builds[0]!.error).toBe(true)
  expect([...builds[0]!.reasons].sort()).toEqual(
    burst.map((doc) => `resources ${doc.id} published`).sort(),
  )
  expect(releaseDirs()).toEqual([builds[0]!.releaseId])
  expect(readlinkSync(path.join(releases, 'current'))).toBe(builds[0]!.releaseId)
  expect(liveFilesWith(`Published ${stamp} 0.`).length).toBeGreaterThan(0)

  // Then "Rebuild now" through both, and while that build runs, more publishes and another
  // "Rebuild now" through both: the ones made during the build wait as one follow-up build.
  const rebuild = (cms: APIRequestContext) => cms.post('/api/publish/rebuild')
  for (const res of await Promise.all([rebuild(a), rebuild(b)])) expect(res.status()).toBe(202)
  await expect.poll(async () => (await status(b)).queue.running?.reasons.length ?? 0).toBe(1)
  const running = await status(a)
  expect(running.queue.running?.reasons).toEqual(['rebuild requested by an editor'])
  const meanwhile = await Promise.all([
    publish(a, docs[6]!, 6),
    publish(b, docs[7]!, 7),
    rebuild(a),
    rebuild(b),
  ])
  for (const res of meanwhile) expect(res.status()).toBeLessThan(300)
  const waiting = await status(b)
  expect(waiting.queue.running).toBeDefined()
  expect([...(waiting.queue.queued?.reasons ?? [])].sort()).toEqual(
    [
      'rebuild requested by an editor',
      `resources ${docs[6]!.id} published`,
      `resources ${docs[7]!.id} published`,
    ].sort(),
  )
  await settled(2)

  builds = stateBuilds().reverse()
  // 6 + 2 + 4 requests through two processes: three builds, each its own release.
  expect(builds).toHaveLength(3)
  for (const build of builds) expect(build.ok, build.error).toBe(true)
  for (let i = 1; i < builds.length; i++)
    expect(Date.parse(builds[i]!.startedAt)).toBeGreaterThanOrEqual(
      Date.parse(builds[i - 1]!.finishedAt!),
    )
  expect(releaseDirs().sort()).toEqual(builds.map((b) => b.releaseId).sort())
  expect(readlinkSync(path.join(releases, 'current'))).toBe(builds[2]!.releaseId)
  expect((await status(b)).live?.id).toBe(builds[2]!.releaseId)
  expect(liveFilesWith(`Published ${stamp} 7.`).length).toBeGreaterThan(0)
})

/** Processes as `ps` lists them: pid, parent pid, command line. */
const processes = () =>
  execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }))

/** The process listening on a port. */
const listener = (port: number) =>
  Number(
    /pid=(\d+)/.exec(execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }))?.[1],
  )

test('a CMS that dies mid-build: its lock expires and the other CMS builds what it was building', async () => {
  const stamp = Date.now()
  const doc = docs[9]!
  const reason = `resources ${doc.id} published`
  await json(
    await proxy.patch(`/api/resources/${doc.id}`, {
      data: { summary: `Published ${stamp} after a crash.`, _status: 'published' },
    }),
  )
  await expect
    .poll(async () => (await status(a)).queue.running?.reasons ?? [], {
      timeout: 30_000,
      intervals: [100],
    })
    .toEqual([reason])
  const before = stateBuilds().length

  // The CMS whose site build is running is the one that holds the lock: it is killed outright.
  // The running build is the process named in this system's build lock (its cache is in this
  // releases folder), not a build started ahead and waiting (each CMS may hold one), nor another
  // checkout's. It takes the lock once the publisher has read what is published.
  const lockFile = path.join(releases, '.cache', 'build.lock')
  const lockHolder = () => {
    try {
      return Number(readFileSync(lockFile, 'utf8')) || 0
    } catch {
      return 0
    }
  }
  await expect.poll(lockHolder, { timeout: 60_000, intervals: [50] }).toBeGreaterThan(0)
  const all = processes()
  const build = lockHolder()
  const ports = multiCmsUrls.map((url) => Number(new URL(url).port))
  const servers = ports.map(listener)
  let holder = build
  while (holder > 1 && !servers.includes(holder))
    holder = all.find((p) => p.pid === holder)?.ppid ?? 1
  const dead = servers.indexOf(holder)
  expect(dead, `a CMS process runs the build (process ${build})`).toBeGreaterThanOrEqual(0)
  const descendants = (pid: number): number[] =>
    all.filter((p) => p.ppid === pid).flatMap((p) => [p.pid, ...descendants(p.pid)])
  for (const pid of [holder, ...descendants(holder)]) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone already
    }
  }
  const survivor = dead === 0 ? b : a

  // The survivor frees the lock once it has not been renewed for PUBLISH_LOCK_TTL_MS (10 s) and
  // builds again what the dead process was building.
  await expect
    .poll(
      () => {
        const [latest] = stateBuilds()
        return latest?.reasons.includes('after a stopped build') && latest.finishedAt
          ? 'built'
          : 'waiting'
      },
      { timeout: 200_000, intervals: [1000] },
    )
    .toBe('built')
  await settled(before, [survivor])
  const builds = stateBuilds()
  const last = builds[0]!
  expect(last.ok, last.error).toBe(true)
  expect([...last.reasons].sort()).toEqual(['after a stopped build', reason])
  // The killed build never went live; the survivor closed its record as failed.
  expect(builds[1]).toMatchObject({ reasons: [reason], ok: false })
  expect(builds[1]!.error).toMatch(/stopped before it finished/)
  expect(builds[1]!.releaseId).toBeUndefined()
  expect(readlinkSync(path.join(releases, 'current'))).toBe(last.releaseId)
  expect(liveFilesWith(`Published ${stamp} after a crash.`).length).toBeGreaterThan(0)
})

/**
 * The build queue and its lock, in the database (Payload's payload-jobs collection), so that any
 * number of CMS processes share them: any process may ask for a build, any one runs it, one at a
 * time across all of them.
 *
 * - A request is a new job row (insert only: two processes asking at once lose nothing). It waits
 *   `debounceMs` (a burst of edits becomes one build); "Rebuild now" waits for nothing.
 * - The lock is a job row whose `publishLock` is `publish-site`: the field is unique, so creating
 *   it succeeds in exactly one process, whatever the database. Its holder takes every waiting
 *   request into its build (their reasons together) and marks them done; requests made during the
 *   build stay waiting and become one follow-up build.
 * - The holder renews `lockExpiresAt` while it builds. A lock past it belonged to a process that
 *   died: any process frees it and asks again for what that build was for.
 *
 * Payload's own runner claims jobs by reading then writing (not atomic across processes) and never
 * frees a dead runner's job, so it does not run these rows (they sit on their own queue).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

export const publishTask = 'publishSite'
export const publishQueue = 'publish'
export const lockName = 'publish-site'
const jobs = 'payload-jobs' as const

export type QueueState = {
  running?: { reasons: string[]; startedAt: string }
  queued?: { reasons: string[]; dueAt?: string }
}

export type BuildFn = (
  reasons: string[],
  lock: { stillHeld: () => Promise<boolean> },
) => Promise<unknown>

export type QueueOptions = {
  debounceMs: number
  /** How long a lock lasts without renewal; renewed every quarter of it. */
  lockTtlMs: number
  /** How often each process looks for due requests (another process's too). */
  pollMs: number
  /** Called while a dead process's lock is freed, before anyone else can build: its records. */
  onStopped?: () => Promise<void>
}

type JobRow = {
  id: number | string
  input?: { reasons?: string[]; now?: boolean } | null
  waitUntil?: string | null
  createdAt?: string
  publishLock?: string | null
  lockExpiresAt?: string | null
}

const waiting: Where = {
  and: [
    { taskSlug: { equals: publishTask } },
    { queue: { equals: publishQueue } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}
const held: Where = { publishLock: { equals: lockName } }

/** Finished requests and builds are kept a week (the panel's history is in the releases folder). */
const keepRowsMs = 7 * 24 * 3600 * 1000

const reasonsOf = (rows: JobRow[]) => [...new Set(rows.flatMap((r) => r.input?.reasons ?? []))]
const time = (iso?: string | null) => (iso ? Date.parse(iso) : 0)

/** Due when "Rebuild now" was asked for, or when the last request's quiet time is over. */
function due(rows: JobRow[], now: number): boolean {
  if (rows.length === 0) return false
  if (rows.some((r) => r.input?.now && time(r.waitUntil) <= now)) return true
  return rows.every((r) => time(r.waitUntil) <= now)
}

const isUnique = (error: unknown) =>
  /unique/i.test(
    JSON.stringify((error as { data?: unknown }).data ?? '') + String((error as Error).message),
  )

export function createQueue(build: BuildFn, options: QueueOptions) {
  let payload: Payload | undefined
  let poller: ReturnType<typeof setInterval> | undefined
  let wake: ReturnType<typeof setTimeout> | undefined
  /** This process's tick (and build), if one is under way. */
  let ticking: Promise<void> | undefined

  const find = async (where: Where, p: Payload) =>
    (
      await p.find({
        collection: jobs,
        where,
        sort: 'createdAt',
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs as unknown as JobRow[]

  const update = (p: Payload, where: Where, data: Record<string, unknown>) =>
    p.update({ collection: jobs, where, data, depth: 0 } as never)

  /** Creates the lock row; undefined when another process holds it. */
  async function acquire(p: Payload): Promise<JobRow | undefined> {
    try {
      return (await p.create({
        collection: jobs,
        depth: 0,
        data: {
          taskSlug: publishTask,
          queue: publishQueue,
          input: { reasons: [] },
          processing: true,
          publishLock: lockName,
          lockExpiresAt: new Date(Date.now() + options.lockTtlMs).toISOString(),
        },
      } as never)) as unknown as JobRow
    } catch (error) {
      if (isUnique(error)) return undefined
      throw error
    }
  }

  /** A lock its holder stopped renewing: freed, and what its build was for asked for again. */
  async function freeExpired(p: Payload): Promise<void> {
    const [lock] = await find(held, p)
    if (!lock || time(lock.lockExpiresAt) > Date.now()) return
    // Asked for again first, so the queue never looks empty in between.
    const reasons = lock.input?.reasons ?? []
    if (reasons.length) await enqueue(p, [...reasons, 'after a stopped build'])
    await options.onStopped?.()
    await update(
      p,
      { and: [{ id: { equals: lock.id } }, held] },
      {
        publishLock: `expired-${lock.id}`,
        processing: false,
        hasError: true,
        completedAt: new Date().toISOString(),
        error: { message: 'The process running this build stopped; the build is asked for again.' },
      },
    )
  }

  /** `req`: a hook's request, so the row is written in (and undone with) its transaction. */
  async function enqueue(p: Payload, reasons: string[], now = false, req?: PayloadRequest) {
    await p.create({
      collection: jobs,
      depth: 0,
      // A copy: the Local API changes the request it is given (its locale).
      ...(req ? { req: { ...req, context: {} } } : {}),
      data: {
        taskSlug: publishTask,
        queue: publishQueue,
        input: { reasons, now },
        waitUntil: new Date(Date.now() + (now ? 0 : options.debounceMs)).toISOString(),
      },
    } as never)
  }

  async function runLocked(p: Payload, lock: JobRow): Promise<void> {
    const renew = setInterval(
      () =>
        void update(
          p,
          { and: [{ id: { equals: lock.id } }, held] },
          {
            lockExpiresAt: new Date(Date.now() + options.lockTtlMs).toISOString(),
          },
        ).catch((e: Error) => console.error('[publish] could not renew the lock:', e.message)),
      Math.max(50, options.lockTtlMs / 4),
    )
    const stillHeld = async () => {
      const [row] = await find({ and: [{ id: { equals: lock.id } }, held] }, p)
      return Boolean(row)
    }
    let outcome: unknown
    let failure: string | undefined
    try {
      // Every request waiting now goes into this build, due or not.
      const requests = await find(waiting, p)
      const reasons = reasonsOf(requests)
      await update(p, { id: { equals: lock.id } }, { input: { reasons } })
      if (requests.length)
        await update(
          p,
          { id: { in: requests.map((r) => r.id) } },
          { completedAt: new Date().toISOString(), output: { coalescedInto: lock.id } },
        )
      if (reasons.length) outcome = await build(reasons, { stillHeld })
    } catch (error) {
      // The build records its own failure; this is the queue's own trouble.
      failure = (error as Error).message
      console.error('[publish] build failed:', failure)
    } finally {
      clearInterval(renew)
      await update(
        p,
        { and: [{ id: { equals: lock.id } }, held] },
        {
          publishLock: `done-${lock.id}`,
          processing: false,
          completedAt: new Date().toISOString(),
          lockExpiresAt: null,
          output: { result: outcome ?? null },
          ...(failure ? { hasError: true, error: { message: failure } } : {}),
        },
      )
    }
  }

  /** Starts a build if one is due and nobody builds; frees a dead process's lock. */
  async function tick(p: Payload): Promise<void> {
    const requests = await find(waiting, p)
    if (!due(requests, Date.now())) {
      if (requests.length) schedule(p, requests)
      // A dead process's lock is freed even when nothing else is asked for.
      return freeExpired(p)
    }
    const lock = await acquire(p)
    if (!lock) return freeExpired(p)
    await runLocked(p, lock)
    await p.delete({
      collection: jobs,
      where: {
        and: [
          { taskSlug: { equals: publishTask } },
          { completedAt: { less_than: new Date(Date.now() - keepRowsMs).toISOString() } },
        ],
      },
    } as never)
    // Requests made during the build: the next tick (or another process) builds them.
    const left = await find(waiting, p)
    if (left.length) schedule(p, left)
  }

  const runTick = (p: Payload) => {
    if (ticking) return ticking
    ticking = tick(p)
      .catch((e: Error) => console.error('[publish] queue:', e.message))
      .finally(() => (ticking = undefined))
    return ticking
  }

  /** Wakes this process when the earliest waiting request falls due (the poll is the backstop). */
  function schedule(p: Payload, rows: JobRow[]) {
    const at = rows.some((r) => r.input?.now)
      ? Math.min(...rows.map((r) => time(r.waitUntil)))
      : Math.max(...rows.map((r) => time(r.waitUntil)))
    if (wake) clearTimeout(wake)
    wake = setTimeout(() => void runTick(p), Math.max(0, at - Date.now()) + 5)
    wake.unref?.()
  }

  return {
    /** Starts looking for due requests in this process (once Payload is up). */
    attach(p: Payload) {
      payload = p
      if (poller) clearInterval(poller)
      poller = setInterval(() => void runTick(p), options.pollMs)
      poller.unref?.()
    },
    stop() {
      if (poller) clearInterval(poller)
      if (wake) clearTimeout(wake)
      poller = wake = undefined
    },
    /** Asks for a build; `now` skips the quiet time (the "Rebuild now" button). */
    async request(
      p: Payload,
      reason: string | string[],
      opts: { now?: boolean; req?: PayloadRequest } = {},
    ) {
      await enqueue(p, typeof reason === 'string' ? [reason] : reason, opts.now, opts.req)
      // A process that runs the queue looks again when this one falls due; others leave it to them.
      if (payload !== p) return
      const delay = opts.now ? 0 : options.debounceMs
      if (wake) clearTimeout(wake)
      wake = setTimeout(() => void runTick(p), delay + 5)
      wake.unref?.()
    },
    /** What runs and what waits, as every process sees it. */
    async state(p: Payload | undefined = payload): Promise<QueueState> {
      if (!p) return {}
      const [lock] = await find(held, p)
      const requests = await find(waiting, p)
      const dueAt = requests.length
        ? Math.max(...requests.map((r) => time(r.waitUntil)))
        : undefined
      return {
        running: lock && {
          reasons: lock.input?.reasons ?? [],
          startedAt: lock.createdAt ?? new Date().toISOString(),
        },
        queued: requests.length
          ? {
              reasons: reasonsOf(requests),
              dueAt: dueAt ? new Date(dueAt).toISOString() : undefined,
            }
          : undefined,
      }
    },
    /** Resolves when nothing runs or waits, in any process (tests, CLI). */
    async settled(p: Payload | undefined = payload): Promise<void> {
      if (!p) return
      for (;;) {
        if (ticking) await ticking
        const { running, queued } = await this.state(p)
        if (!running && !queued) return
        if (queued && !running && due(await find(waiting, p), Date.now())) void runTick(p)
        await new Promise((r) => setTimeout(r, 20))
      }
    },
    tick: runTick,
  }
}

export type PublishQueueApi = ReturnType<typeof createQueue>

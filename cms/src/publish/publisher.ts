/**
 * Rebuilds the public site when content changes. `local`: builds a new release beside the live
 * one, checks it, then switches to it atomically; `hook`: asks a CDN to build. Builds run the
 * site's build command (site/bin/build.ts) in a child process at low priority, so the CMS keeps
 * answering while one runs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import type { PublishConfig } from './config'
import { readPublished, type Published } from './published'
import { checkRelease, htmlFiles } from './guard'
import { callHook } from './hook'
import { createQueue, type QueueState } from './queue'
import {
  liveId,
  listReleases,
  newReleaseId,
  notRestorableBecause,
  previousRelease,
  prune,
  readManifest,
  recordWithdrawal,
  reusableRelease,
  rollback,
  staticRoot,
  switchTo,
  writeManifest,
  type Manifest,
} from './releases'
import { trackBuild } from './shutdown'
import { endStopped, readState, record, type BuildRecord } from './state'
import { notifyBuildFailed } from '../lib/email'

export type PublishStatus = {
  target: PublishConfig['target']
  live?: Manifest
  releases: { id: string; builtAt: string; pages: number }[]
  /** "Go back to the previous release": the release it would restore, or why it may not. */
  rollback: { to?: string; refused?: string }
  queue: QueueState
  builds: BuildRecord[]
}

/** A failure whose message is meant for the editor who reads it in the admin. */
class PublishError extends Error {
  constructor(
    message: string,
    readonly logTail?: string,
  ) {
    super(message)
  }
}

const tailLines = 40

/**
 * Lines of Astro's output that list each page and image it wrote: their paths carry story slugs
 * and upload names (often people's names). The panel's log is for errors; it leaves them out.
 */
const personal = /^(\d\d:\d\d:\d\d\s+)?\s*(├─|└─|▶\s+\/)/
/** An e-mail address anywhere in a text (not `astro@7.3.5`, a package version). */
export const emailAddress = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi

/**
 * What the site build may see of the CMS's environment: the site's own settings, never the
 * CMS's secrets (PAYLOAD_SECRET, the database, S3 or SMTP credentials).
 */
const passedOn =
  /^(PATH|HOME|USER|LANG|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|ASTRO_[A-Z0-9_]+|SUPPORT_RETENTION_DAYS)$/

export function buildEnv(config: PublishConfig, parentEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(parentEnv).filter(([key]) => passedOn.test(key)))
  return {
    ...kept,
    // The same Node as the CMS (22, from node_modules/.bin), whatever the machine's default is.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${parentEnv.PATH ?? ''}`,
    CMS_URL: config.cmsUrl,
    // Media URLs carry the CMS's own address, which differs from cmsUrl behind PUBLISH_CMS_URL.
    CMS_MEDIA_URL: parentEnv.CMS_URL || config.cmsUrl,
    SITE_URL: config.siteUrl,
    // Astro asks to send usage data home; this site sends nothing to anyone.
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** A command under way: its process, its end (the last lines of its output), where it writes. */
type Running = {
  child: ChildProcess
  done: Promise<string>
  /** Names the folder it writes, when it was not known at its start (a build started ahead). */
  writesTo: (out: string) => void
}

/**
 * Starts a command, keeping the last lines of its output; `done` rejects with them when it fails.
 * `out` is the folder it writes: removed, with the command stopped, if this process is told to
 * stop. Its standard input is a pipe: a build started ahead is told through it when to begin.
 */
function start(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; out?: string },
): Running {
  // nice: the build takes the spare CPU, the CMS's requests come first.
  const child = spawn('nice', ['-n', '10', command, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  // A build that ended no longer reads it: what is written then is lost, not an error.
  child.stdin.on('error', () => {})
  const tracked = trackBuild(child, options.out)
  let lines: string[] = []
  const keep = (chunk: Buffer) => {
    // Colour codes make no sense in the admin.
    lines.push(
      ...chunk
        .toString()
        // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .filter((line) => line && !personal.test(line))
        .map((line) => line.replace(emailAddress, '[e-mail address]')),
    )
    if (lines.length > tailLines * 2) lines = lines.slice(-tailLines)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', (e) =>
      reject(new PublishError(`${path.basename(command)} could not start: ${e.message}`)),
    )
    child.on('close', (code, signal) => {
      const tail = lines.slice(-tailLines).join('\n')
      if (code === 0) resolve(tail)
      else
        reject(
          new PublishError(
            `The site build stopped with an error (${signal ?? `exit code ${code}`}). The live site is unchanged.`,
            tail,
          ),
        )
    })
  })
  return { child, done, writesTo: (out) => (tracked.out = out) }
}

/**
 * When the site's code last changed: the newest file time of what a build loads (its config,
 * source, integrations, build command, the shared package and the lockfile). A build started
 * ahead has loaded the code of its start; after a deploy it is not used.
 */
export function siteCode(siteDir: string): number {
  let newest = 0
  const visit = (file: string) => {
    let stat: Stats
    try {
      stat = statSync(file)
    } catch {
      return
    }
    if (!stat.isDirectory()) newest = Math.max(newest, stat.mtimeMs)
    else for (const name of readdirSync(file)) visit(path.join(file, name))
  }
  const loaded = ['astro.config.mjs', 'package.json', 'src', 'integrations', 'bin']
  for (const name of loaded) visit(path.join(siteDir, name))
  visit(path.join(siteDir, '..', 'shared', 'src'))
  visit(path.join(siteDir, '..', 'pnpm-lock.yaml'))
  return newest
}

export function createPublisher(config: PublishConfig) {
  const { releasesDir, siteDir } = config
  const bin = (name: string) => path.join(siteDir, 'node_modules', '.bin', name)
  // The content-layer store of these releases, apart from a developer's `pnpm build`.
  const cache = path.join(releasesDir, '.cache')

  /**
   * The next build, started ahead (site/bin/build.ts --standby) once the queue's build is done:
   * Astro's start (its modules, config and content store, ~3 s at the full set) then lies between
   * two publishes instead of inside the next one. It reads the CMS only once told to begin. Used
   * if it would start from the same release as a build started then; otherwise ended.
   */
  let ahead: { running: Running; reuse?: string; code: number } | undefined
  let stopped = false

  function startAhead() {
    endAhead()
    if (config.target !== 'local' || stopped) return
    const reuse = reusableRelease(releasesDir, config.keep)
    const args = ['bin/build.ts', '--cache', cache, '--standby']
    if (reuse) args.push('--reuse', path.join(releasesDir, reuse))
    const code = siteCode(siteDir)
    const running = start(bin('tsx'), args, { cwd: siteDir, env: buildEnv(config, process.env) })
    // Ended unused, or failed before it was used: the next publish starts a build of its own.
    running.done.catch(() => {})
    ahead = { running, reuse, code }
  }

  /** Ends the build started ahead (closing its standard input ends it: it wrote nothing). */
  function endAhead() {
    ahead?.running.child.stdin?.end()
    ahead = undefined
  }

  /**
   * The build started ahead, if it is still waiting, starts from `reuse` and loaded the site's
   * code as it is now; else none.
   */
  function takeAhead(reuse: string | undefined): Running | undefined {
    const waiting = ahead
    const { child } = waiting?.running ?? {}
    if (
      waiting &&
      child?.exitCode === null &&
      child.signalCode === null &&
      waiting.reuse === reuse &&
      waiting.code === siteCode(siteDir)
    ) {
      ahead = undefined
      return waiting.running
    }
    endAhead()
    return undefined
  }

  /** `stillHeld`: whether this process still holds the build lock (asked before going live). */
  async function buildLocal(
    reasons: string[],
    stillHeld: () => Promise<boolean> = async () => true,
  ): Promise<BuildRecord> {
    const id = newReleaseId()
    const started = Date.now()
    const entry: BuildRecord = {
      id,
      target: 'local',
      reasons,
      startedAt: new Date(started).toISOString(),
    }
    await record(releasesDir, entry)
    const out = path.join(releasesDir, id)
    let startedAhead = false
    try {
      let published: Published
      let readMs = 0
      // Before the first read: a story withdrawn from now on may be in this release.
      const contentReadAt = new Date().toISOString()
      try {
        published = await readPublished(config.cmsUrl)
        readMs = Date.now() - started
      } catch (error) {
        throw new PublishError(
          `The build could not read the CMS at ${config.cmsUrl} (${(error as Error).message}). The live site is unchanged.`,
        )
      }
      // The oldest release, which this one replaces, is its starting point: its unchanged pages
      // are not written again. It stops being a release from here, whatever the build's outcome.
      const reuse = reusableRelease(releasesDir, config.keep)
      let running = takeAhead(reuse)
      startedAhead = Boolean(running)
      if (running) {
        running.writesTo(out)
        running.child.stdin!.end(`${out}\n`)
      } else {
        const args = ['bin/build.ts', '--out', out, '--cache', cache]
        if (reuse) args.push('--reuse', path.join(releasesDir, reuse))
        running = start(bin('tsx'), args, { cwd: siteDir, env: buildEnv(config, process.env), out })
      }
      const buildLog = await running.done
      const built = Date.now()
      const root = staticRoot(out)
      const live = liveId(releasesDir)
      // Listed once, for the guard and the manifest; the live release's count is in its manifest.
      const pages = htmlFiles(root)
      const problems = await checkRelease({
        root,
        pages,
        liveRoot: live ? staticRoot(path.join(releasesDir, live)) : undefined,
        livePages: live ? readManifest(path.join(releasesDir, live))?.pages : undefined,
        counts: published.counts,
        slugs: published.slugs,
        maxShrink: config.maxShrink,
      })
      if (problems.length)
        throw new PublishError(
          `The new build was held back and the live site is unchanged: ${problems.join(' ')}`,
          buildLog,
        )
      const manifest: Manifest = {
        id,
        builtAt: new Date().toISOString(),
        reasons,
        pages: pages.length,
        counts: published.counts,
        durationMs: Date.now() - started,
        stories: published.stories,
        contentReadAt,
        // Moved into the build when it could start from it; left in place (and pruned) if not.
        startedFrom: reuse && !existsSync(path.join(releasesDir, reuse)) ? reuse : undefined,
      }
      await writeManifest(out, manifest)
      // A process that stalled past its lock's expiry may have been overtaken: it goes live no more.
      if (!(await stillHeld()))
        throw new PublishError(
          'This build took too long to report back and another one took over. The live site is unchanged.',
          buildLog,
        )
      await switchTo(releasesDir, id)
      await prune(releasesDir, config.keep)
      Object.assign(entry, { ok: true, releaseId: id, finishedAt: new Date().toISOString() })
      // Where a publish spends its time, for whoever runs the site (no content, no names).
      const said = buildLog
        .split('\n')
        .filter((l) => /^(Started from|Search index|Site built)/.test(l))
      console.log(
        `[publish] ${id} live after ${seconds(Date.now() - started)}: content read ${seconds(readMs)}, ${startedAhead ? 'build started ahead, ' : ''}${said.join('; ')}; release checks ${seconds(Date.now() - built)}`,
      )
    } catch (error) {
      await rm(out, { recursive: true, force: true })
      const e = error as Error
      Object.assign(entry, {
        ok: false,
        error:
          e instanceof PublishError
            ? e.message
            : `The build failed: ${e.message}. The live site is unchanged.`,
        logTail: e instanceof PublishError ? e.logTail : undefined,
        finishedAt: new Date().toISOString(),
      })
      console.error(`[publish] ${entry.error}`)
    }
    await record(releasesDir, entry)
    return entry
  }

  async function buildHook(reasons: string[]): Promise<BuildRecord> {
    const entry: BuildRecord = {
      id: newReleaseId(),
      target: 'hook',
      reasons,
      startedAt: new Date().toISOString(),
    }
    if (!config.hookUrl) {
      Object.assign(entry, {
        ok: false,
        error: 'PUBLISH_TARGET is "hook" but PUBLISH_HOOK_URL is not set.',
        finishedAt: entry.startedAt,
      })
    } else {
      const result = await callHook(config.hookUrl, reasons, {
        attempts: config.hookAttempts,
        backoffMs: config.hookBackoffMs,
      })
      Object.assign(entry, { ...result, finishedAt: new Date().toISOString() })
    }
    await record(releasesDir, entry)
    return entry
  }

  const build = (reasons: string[], lock?: { stillHeld: () => Promise<boolean> }) =>
    (config.target === 'hook' ? buildHook(reasons) : buildLocal(reasons, lock?.stillHeld)).then(
      notifyBuildFailed,
    )
  // The queue and its lock are in the database, shared by every CMS process (queue.ts). The
  // process whose build went live starts the next one ahead (the command line's builds do not;
  // after a failure the next build starts afresh).
  const queued = async (reasons: string[], lock?: { stillHeld: () => Promise<boolean> }) => {
    const entry = await build(reasons, lock)
    if (entry.ok) startAhead()
    return entry
  }
  const queue = createQueue(queued, {
    debounceMs: config.debounceMs,
    lockTtlMs: config.lockTtlMs,
    pollMs: config.pollMs,
    onStopped: () => endStopped(releasesDir),
  })

  return {
    config,
    /** Takes part in running the database's build queue from now on (a CMS process, once up). */
    attach(payload: Payload) {
      if (config.target !== 'off') queue.attach(payload)
    },
    stop: () => {
      stopped = true
      endAhead()
      return queue.stop()
    },
    /**
     * Asks for a build (debounced and coalesced with every process's requests); ignored when
     * publishing is off. `req`: the hook's request, whose transaction the request joins.
     */
    async request(
      payload: Payload,
      reason: string | string[],
      options: { now?: boolean; req?: PayloadRequest } = {},
    ) {
      if (config.target !== 'off') await queue.request(payload, reason, options)
    },
    settled: (payload?: Payload) => queue.settled(payload),
    /** Builds straight away and waits for it, outside the queue (CLI, first release). */
    buildNow: (reason: string) => build([reason]),
    async rollback(): Promise<string> {
      const id = await rollback(releasesDir)
      await record(releasesDir, {
        id: newReleaseId(),
        target: 'local',
        reasons: [`rollback to ${id}`],
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
        ok: true,
        releaseId: id,
      })
      return id
    },
    /**
     * A story left the site (unpublished or deleted): releases that still show it may not go live
     * again. Only the bundled publisher keeps releases.
     */
    async withdraw(storyId: string) {
      if (config.target === 'local') await recordWithdrawal(releasesDir, storyId)
    },
    /** What the panel shows; the queue as the database has it, so every CMS shows the same. */
    async status(payload?: Payload): Promise<PublishStatus> {
      const live = liveId(releasesDir)
      const previous = previousRelease(releasesDir)
      const refused = previous && notRestorableBecause(releasesDir, previous)
      return {
        target: config.target,
        live: live ? readManifest(path.join(releasesDir, live)) : undefined,
        releases: listReleases(releasesDir)
          .reverse()
          .map(({ id, builtAt, pages }) => ({ id, builtAt, pages })),
        rollback: refused ? { refused } : { to: previous?.id },
        queue: await queue.state(payload),
        builds: readState(releasesDir).builds.slice(0, 10),
      }
    },
  }
}

export type Publisher = ReturnType<typeof createPublisher>

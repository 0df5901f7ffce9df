/**
 * Releases are complete builds in `<releasesDir>/<id>/`; `current` is a symlink to the live one.
 * Switching writes a new symlink beside it and renames it over `current`: rename is atomic, so a
 * visitor gets either the old release or the new one, never a half-written site.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs'
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type Manifest = {
  id: string
  builtAt: string
  reasons: string[]
  pages: number
  /** Published documents per collection when the build ran. */
  counts: Record<string, number>
  durationMs: number
  /**
   * The stories the release shows, and when the build read them from the CMS: a story withdrawn
   * after that keeps the release from going live again. Missing in releases made before this.
   */
  stories?: { id: string; slug: string }[]
  contentReadAt?: string
  /** The earlier release the build started from (site/bin/reuse.ts), which it replaced. */
  startedFrom?: string
}

/** A story taken off the site (unpublished or deleted), kept in `<releasesDir>/withdrawn.json`. */
export type Withdrawal = { id: string; at: string }

export const currentLink = (dir: string) => path.join(dir, 'current')

/** Sortable, unique and safe as a folder name: 20261124T040102123Z-ab12. */
export function newReleaseId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  return `${stamp}-${Math.random().toString(36).slice(2, 6)}`
}

/** The folder a web server serves for a release (a hybrid build keeps its pages in client/). */
export function staticRoot(releaseDir: string): string {
  const client = path.join(releaseDir, 'client')
  return existsSync(client) && statSync(client).isDirectory() ? client : releaseDir
}

/** Writes a JSON file whole or not at all (a temporary file renamed over it). */
async function writeJson(file: string, value: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`)
  await rename(temp, file)
}

export async function writeManifest(releaseDir: string, manifest: Manifest): Promise<void> {
  await writeJson(path.join(releaseDir, 'manifest.json'), manifest)
}

const withdrawnFile = (dir: string) => path.join(dir, 'withdrawn.json')

export function readWithdrawals(dir: string): Withdrawal[] {
  try {
    return JSON.parse(readFileSync(withdrawnFile(dir), 'utf8')) as Withdrawal[]
  } catch {
    return []
  }
}

// One write at a time, so two stories withdrawn together are both kept.
let writing: Promise<unknown> = Promise.resolve()

/** Notes that a story left the site: releases that still show it can no longer go live again. */
export function recordWithdrawal(dir: string, storyId: string, at = new Date()): Promise<void> {
  const write = writing.then(async () => {
    await mkdir(dir, { recursive: true })
    const withdrawals = readWithdrawals(dir).filter((w) => w.id !== storyId)
    await writeJson(withdrawnFile(dir), [...withdrawals, { id: storyId, at: at.toISOString() }])
  })
  writing = write.catch(() => {})
  return write
}

/**
 * Why a release may not go live again, if it may not: it shows a story withdrawn after the build
 * read the content. A story withdrawn while the build ran counts even if the build's list missed
 * it (the build reads the CMS more than once); a release that lists no stories counts as showing
 * them all. Only the latest withdrawal of a story counts: one republished with consent later is
 * in the releases built after that.
 */
export function notRestorableBecause(dir: string, manifest: Manifest): string | undefined {
  const readAt = Date.parse(manifest.contentReadAt ?? '') || 0
  const builtAt = Date.parse(manifest.builtAt)
  const shows = new Set(manifest.stories?.map((s) => s.id))
  const withdrawn = readWithdrawals(dir).filter((w) => {
    const at = Date.parse(w.at)
    return at >= readAt && (!manifest.stories || at <= builtAt || shows.has(w.id))
  })
  if (withdrawn.length === 0) return undefined
  return 'The previous release still shows a story whose consent was withdrawn (after that release was built it was unpublished or deleted, or its teller’s name or portrait taken off), so it cannot go live again. "Rebuild now" makes a new release from what is published.'
}

export function readManifest(releaseDir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(releaseDir, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

/** The id of the live release, if any. */
export function liveId(dir: string): string | undefined {
  const link = currentLink(dir)
  try {
    if (!lstatSync(link).isSymbolicLink()) return undefined
    return path.basename(readlinkSync(link))
  } catch {
    return undefined
  }
}

/** Complete releases (those with a manifest), oldest first. */
export function listReleases(dir: string): Manifest[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'current')
    .map((e) => readManifest(path.join(dir, e.name)))
    .filter((m): m is Manifest => Boolean(m))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** Makes release `id` the live one, atomically. */
export async function switchTo(dir: string, id: string): Promise<void> {
  if (!readManifest(path.join(dir, id))) throw new Error(`Release ${id} is not a complete release`)
  const temp = path.join(dir, `.current-${process.pid}-${Date.now()}`)
  // Relative target: the releases folder can move (or be mounted elsewhere) without breaking it.
  await symlink(id, temp)
  await rename(temp, currentLink(dir))
}

/** The release before the live one, if there is one. */
export function previousRelease(dir: string): Manifest | undefined {
  const releases = listReleases(dir)
  const index = releases.findIndex((r) => r.id === liveId(dir))
  return index > 0 ? releases[index - 1] : undefined
}

/** Goes back to the release before the live one, unless it shows a withdrawn story. Returns its id. */
export async function rollback(dir: string): Promise<string> {
  const previous = previousRelease(dir)
  if (!previous) throw new Error('There is no earlier release to go back to.')
  const refused = notRestorableBecause(dir, previous)
  if (refused) throw new Error(refused)
  await switchTo(dir, previous.id)
  return previous.id
}

/**
 * The release a new build may start from instead of an empty folder (site/bin/reuse.ts moves it):
 * the oldest one, once there are `keep` of them, so that the new one takes its place and no
 * more are kept than before. Never the live one nor the one "go back" would restore.
 */
export function reusableRelease(dir: string, keep: number): string | undefined {
  const releases = listReleases(dir)
  if (releases.length < keep) return undefined
  const spared = new Set([liveId(dir), previousRelease(dir)?.id])
  return releases.find((r) => !spared.has(r.id))?.id
}

/**
 * Keeps the newest `keep` complete releases and the live one; removes older ones and leftovers of
 * builds that never finished (folders without a manifest), except `keepAlso` (a build under way).
 */
export async function prune(dir: string, keep: number, keepAlso?: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const live = liveId(dir)
  const complete = listReleases(dir).map((r) => r.id)
  const kept = new Set([...complete.slice(-keep), live, keepAlso].filter(Boolean) as string[])
  const removed: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'current' || entry.name.startsWith('.') || kept.has(entry.name)) continue
    if (!entry.isDirectory() || entry.name === 'state.json') continue
    await rm(path.join(dir, entry.name), { recursive: true, force: true })
    removed.push(entry.name)
  }
  return removed
}

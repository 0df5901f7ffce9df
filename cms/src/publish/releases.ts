/**
 * Releases are complete builds in `<releasesDir>/<id>/`; `current` is a symlink to the live one.
 * Switching writes a new symlink beside it and renames it over `current`: rename is atomic, so a
 * visitor gets either the old release or the new one, never a half-written site.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs'
import { rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type Manifest = {
  id: string
  builtAt: string
  reasons: string[]
  pages: number
  /** Published documents per collection when the build ran. */
  counts: Record<string, number>
  durationMs: number
}

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

export async function writeManifest(releaseDir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(releaseDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
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

/** Goes back to the release before the live one. Returns its id. */
export async function rollback(dir: string): Promise<string> {
  const releases = listReleases(dir)
  const live = liveId(dir)
  const index = releases.findIndex((r) => r.id === live)
  const previous = index > 0 ? releases[index - 1] : undefined
  if (!previous) throw new Error('There is no earlier release to go back to.')
  await switchTo(dir, previous.id)
  return previous.id
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

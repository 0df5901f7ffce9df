/**
 * Backup archives: one .tar.gz holding manifest.json, db/ (the database copy) and media/ (the
 * uploads). The manifest lists every other file with its size and SHA-256; a restore checks them
 * all before it changes anything.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { lstat, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import * as tar from 'tar'

import type { BackupKind } from './database'

export const formatVersion = 1

export type ManifestFile = { path: string; size: number; sha256: string }

export type BackupManifest = {
  format: 'hcri-backup'
  formatVersion: number
  createdAt: string
  dbKind: BackupKind
  appVersion: string
  /** Migrations the database in the archive has run. */
  migrations: string[]
  /** Where the uploads were kept: on disk (in the archive) or in S3 (not in it). */
  media: 'disk' | 's3'
  files: ManifestFile[]
}

export async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Every regular file under `dir`, as paths relative to it with `/`, sorted. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true })
  } catch {
    return []
  }
  const files: string[] = []
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listFiles(dir, rel)))
    else if (entry.isFile()) files.push(rel)
  }
  return files.sort()
}

export async function describeFiles(root: string, files: string[]): Promise<ManifestFile[]> {
  const described: ManifestFile[] = []
  for (const rel of files) {
    const file = path.join(root, rel)
    described.push({ path: rel, size: (await lstat(file)).size, sha256: await sha256(file) })
  }
  return described
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Packs `staging` (manifest.json first) into `archive`, created readable by its owner only, whole
 * or not at all (a temporary name renamed at the end). Reports progress every tenth.
 */
export async function writeArchive(
  staging: string,
  manifest: BackupManifest,
  archive: string,
  log: (line: string) => void,
): Promise<void> {
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0)
  let done = 0
  let shown = 0
  const temp = `${archive}.partial`
  const out = createWriteStream(temp, { mode: 0o600 })
  const stream = tar.c(
    {
      cwd: staging,
      gzip: { level: 6 },
      portable: true,
      // Files only: entries for folders carry nothing a restore needs.
      noDirRecurse: true,
      onWriteEntry: (entry) => {
        done += entry.stat?.size ?? 0
        const tenth = total ? Math.floor((done / total) * 10) : 10
        if (tenth > shown) {
          shown = tenth
          log(`  packing: ${tenth * 10} % (${mb(done)} of ${mb(total)})`)
        }
      },
    },
    ['manifest.json', ...manifest.files.map((f) => f.path)],
  )
  try {
    await pipeline(stream, out)
    await rename(temp, archive)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** An archive that fails a check: restore says so and changes nothing. */
export class DamagedArchive extends Error {}

/**
 * Unpacks `archive` into the empty folder `into` and checks it: a readable manifest of a known
 * format, and exactly the files it lists, each of its size and SHA-256. Links, devices and paths
 * out of the folder are refused.
 */
export async function readArchive(archive: string, into: string): Promise<BackupManifest> {
  const damaged = (why: string) =>
    new DamagedArchive(
      `The archive ${path.basename(archive)} is damaged or not a backup of this system (${why}). Nothing was restored and nothing was changed.`,
    )
  // The first problem is kept and the unpacking left to finish, so no write is still under way
  // when the caller removes the folder.
  let problem: string | undefined
  try {
    await tar.x({
      file: archive,
      cwd: into,
      preservePaths: false,
      filter: (p, entry) => {
        const plain = 'type' in entry && (entry.type === 'File' || entry.type === 'Directory')
        if (!plain) problem ??= `${p} is not a plain file`
        return plain
      },
      onwarn: (code, message) => {
        problem ??= `${code}: ${message}`
      },
    })
  } catch (error) {
    problem ??= (error as Error).message
  }
  if (problem) throw damaged(problem)
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(await readFile(path.join(into, 'manifest.json'), 'utf8'))
  } catch {
    throw damaged('no readable manifest.json')
  }
  if (manifest.format !== 'hcri-backup' || !Array.isArray(manifest.files))
    throw damaged('manifest.json is not a backup manifest')
  if (manifest.formatVersion > formatVersion)
    throw damaged(`archive format ${manifest.formatVersion} is newer than this code reads`)
  const listed = new Set(manifest.files.map((f) => f.path))
  const present = (await listFiles(into)).filter((f) => f !== 'manifest.json')
  const extra = present.filter((f) => !listed.has(f))
  if (extra.length) throw damaged(`${extra.length} file(s) not in the manifest, e.g. ${extra[0]}`)
  for (const expected of manifest.files) {
    const file = path.join(into, expected.path)
    let size: number
    try {
      size = (await lstat(file)).size
    } catch {
      throw damaged(`${expected.path} is missing`)
    }
    if (size !== expected.size) throw damaged(`${expected.path} has the wrong size`)
    if ((await sha256(file)) !== expected.sha256)
      throw damaged(`${expected.path} does not match its checksum`)
  }
  return manifest
}

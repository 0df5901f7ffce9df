/**
 * `pnpm backup` and `pnpm restore`: a consistent copy of the database and the uploads in one
 * archive, and its way back into an empty install (README: Operations).
 */
import {
  chmod,
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { cmsRoot, mediaDir } from '../lib/paths'
import {
  describeFiles,
  formatVersion,
  listFiles,
  readArchive,
  writeArchive,
  type BackupManifest,
} from './archive'
import { backupConfig } from './config'
import {
  backupKind,
  databaseIsEmpty,
  dbFileName,
  knownMigrations,
  lockedMs,
  referencedMedia,
  restoreDatabase,
  snapshotDatabase,
} from './database'

export type Log = (line: string) => void

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const s3Media = (env: NodeJS.ProcessEnv) =>
  Boolean(env.S3_BUCKET && env.S3_REGION && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)

/** Sortable and safe as a file name: hcri-backup-20261201T093012345Z.tar.gz */
export const archiveName = (now = new Date()) =>
  `hcri-backup-${now.toISOString().replace(/[-:.]/g, '')}.tar.gz`

/** A private folder (archives hold people's data). */
async function privateDir(dir: string) {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await chmod(dir, 0o700)
}

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(cmsRoot, 'package.json'), 'utf8'))
  return String(pkg.version)
}

export type BackupResult = { archive: string; manifest: BackupManifest; bytes: number; ms: number }

/**
 * Writes a timestamped archive into BACKUP_DIR (or `options.dir`): the database first (one
 * instant), then the uploads that copy refers to (hard links, so a file deleted meanwhile is
 * still whole), checksummed, packed.
 */
export async function backup(
  options: { dir?: string; log?: Log; env?: NodeJS.ProcessEnv } = {},
): Promise<BackupResult> {
  const env = options.env ?? process.env
  const log = options.log ?? (() => {})
  const dir = options.dir ?? backupConfig(env).dir
  const uri = env.DATABASE_URI || undefined
  const kind = backupKind(uri)
  const started = Date.now()
  await privateDir(dir)
  const staging = await mkdtemp(path.join(dir, '.staging-'))
  try {
    const createdAt = new Date()
    await mkdir(path.join(staging, 'db'))
    const dbRel = `db/${dbFileName(kind)}`
    log(`Backing up the ${kind} database…`)
    let t = Date.now()
    const migrations = await snapshotDatabase(uri, path.join(staging, dbRel))
    const dbSize = (await stat(path.join(staging, dbRel))).size
    log(
      `  database: ${mb(dbSize)} in ${secs(Date.now() - t)}` +
        (kind === 'sqlite' && lockedMs ? ` (saves held for ${lockedMs} ms)` : ''),
    )

    const files = [dbRel]
    const media = s3Media(env) ? 's3' : 'disk'
    if (media === 's3') log('  uploads are in S3: not in this archive (README: Operations)')
    else {
      t = Date.now()
      const source = mediaDir()
      const wanted = await referencedMedia(kind, path.join(staging, dbRel))
      const onDisk = await listFiles(source)
      const taken = wanted ? onDisk.filter((f) => wanted.has(f)) : onDisk
      const missing = wanted ? [...wanted].filter((f) => !onDisk.includes(f)) : []
      for (const rel of taken) {
        const to = path.join(staging, 'media', rel)
        await mkdir(path.dirname(to), { recursive: true })
        // A hard link freezes the file as it is now; another file system needs a copy.
        await link(path.join(source, rel), to).catch(() => copyFile(path.join(source, rel), to))
        files.push(`media/${rel}`)
      }
      log(`  uploads: ${taken.length} files in ${secs(Date.now() - t)}`)
      if (missing.length)
        log(`  warning: ${missing.length} upload(s) the database names are not on disk`)
    }

    t = Date.now()
    const described = await describeFiles(staging, files)
    log(`  checksums: ${described.length} files in ${secs(Date.now() - t)}`)
    const manifest: BackupManifest = {
      format: 'hcri-backup',
      formatVersion,
      createdAt: createdAt.toISOString(),
      dbKind: kind,
      appVersion: await appVersion(),
      migrations,
      media,
      files: described,
    }
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const archive = path.join(dir, archiveName(createdAt))
    await writeArchive(staging, manifest, archive, log)
    const bytes = (await stat(archive)).size
    const ms = Date.now() - started
    log(`Backup written: ${archive} (${mb(bytes)}, ${secs(ms)})`)
    return { archive, manifest, bytes, ms }
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 3 })
  }
}

export class RestoreRefused extends Error {}

export type RestoreResult = { manifest: BackupManifest; ms: number; safetyBackup?: string }

/**
 * Restores `archive` into this install. Every checksum is checked first; an install that holds
 * anything (a row in any table, a file in the media folder) is refused unless `force`, and then
 * backed up first. Stop the CMS before restoring.
 */
export async function restore(
  archive: string,
  options: { force?: boolean; log?: Log; env?: NodeJS.ProcessEnv } = {},
): Promise<RestoreResult> {
  const env = options.env ?? process.env
  const log = options.log ?? (() => {})
  const uri = env.DATABASE_URI || undefined
  const kind = backupKind(uri)
  const started = Date.now()
  if (!existsSync(archive)) throw new RestoreRefused(`There is no archive at ${archive}.`)
  const { dir } = backupConfig(env)
  await privateDir(dir)
  const staging = await mkdtemp(path.join(dir, '.restore-'))
  try {
    log(`Checking ${archive}…`)
    let t = Date.now()
    const manifest = await readArchive(archive, staging)
    log(`  ${manifest.files.length} files match their checksums (${secs(Date.now() - t)})`)
    if (manifest.dbKind !== kind)
      throw new RestoreRefused(
        `The archive holds a ${manifest.dbKind} database; this install uses ${kind}. Nothing was changed.`,
      )
    const known = new Set(knownMigrations())
    const unknown = manifest.migrations.filter((m) => !known.has(m))
    if (unknown.length)
      throw new RestoreRefused(
        `The archive comes from a newer version of the CMS (migration ${unknown[0]} is unknown here): update the code first. Nothing was changed.`,
      )

    const media = mediaDir()
    const mediaFiles = await listFiles(media)
    const empty = (await databaseIsEmpty(uri)) && mediaFiles.length === 0
    let safetyBackup: string | undefined
    if (!empty) {
      if (!options.force)
        throw new RestoreRefused(
          'This install is not empty (its database or media folder holds content). Restore into an empty install, or add --force to replace it (it is backed up first). Nothing was changed.',
        )
      log('The install is not empty and --force was given: backing it up first…')
      safetyBackup = (await backup({ env, log: (line) => log(`  ${line}`) })).archive
    }

    t = Date.now()
    await restoreDatabase(uri, path.join(staging, 'db', dbFileName(kind)))
    log(`  database restored in ${secs(Date.now() - t)}`)
    if (manifest.media === 'disk') {
      t = Date.now()
      await rm(media, { recursive: true, force: true })
      await mkdir(media, { recursive: true })
      const from = path.join(staging, 'media')
      for (const rel of await listFiles(from)) {
        await mkdir(path.dirname(path.join(media, rel)), { recursive: true })
        await copyFile(path.join(from, rel), path.join(media, rel))
      }
      log(`  uploads restored: ${manifest.files.length - 1} files in ${secs(Date.now() - t)}`)
    }
    const ms = Date.now() - started
    const pending = knownMigrations().filter((m) => !manifest.migrations.includes(m))
    log(`Restored the backup of ${manifest.createdAt} in ${secs(ms)}.`)
    if (pending.length) log(`  ${pending.length} newer migration(s) run when the CMS next starts.`)
    return { manifest, ms, safetyBackup }
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 3 })
  }
}

/** When an archive was made, from its name (a copied file loses its modification time). */
export function archiveTime(name: string): number | undefined {
  const m = /^hcri-backup-(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z\.tar\.gz$/.exec(name)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!) : undefined
}

/**
 * Retention: at most the newest `keep` archives, and none older than `keepDays` days (backups
 * hold people's data, which must not outlive its deletion for long), except the newest archive,
 * which always stays. Returns the removed names.
 */
export async function pruneBackups(
  options: { dir?: string; keep?: number; keepDays?: number; now?: Date } = {},
): Promise<string[]> {
  const config = backupConfig()
  const dir = options.dir ?? config.dir
  const keep = options.keep ?? config.keep
  const keepDays = options.keepDays ?? config.keepDays
  const now = (options.now ?? new Date()).getTime()
  if (!existsSync(dir)) return []
  const archives = (await readdir(dir)).filter((f) => archiveTime(f) !== undefined).sort()
  const removed: string[] = []
  for (const [i, name] of archives.entries()) {
    const newest = archives.length - i
    if (newest <= 1) continue
    const age = (now - archiveTime(name)!) / 86_400_000
    if (newest > keep || age > keepDays) {
      await rm(path.join(dir, name), { force: true })
      removed.push(name)
    }
  }
  return removed
}

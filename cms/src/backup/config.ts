import path from 'node:path'

import { cmsRoot } from '../lib/paths'

/** Where archives go and how long they are kept. Read from the environment on every call. */
export type BackupConfig = {
  /** Folder of the archives (created private to this user). */
  dir: string
  /** The newest archives always kept. */
  keep: number
  /** Archives older than this many days are deleted, beyond the newest one. */
  keepDays: number
  /** Cron of the scheduled backup ('' when BACKUP_CRON=off: none). */
  cron: string
}

const num = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback
}

export function backupConfig(env: NodeJS.ProcessEnv = process.env): BackupConfig {
  return {
    dir: path.resolve(cmsRoot, env.BACKUP_DIR || 'data/backups'),
    keep: Math.max(1, num(env.BACKUP_KEEP, 14)),
    keepDays: num(env.BACKUP_KEEP_DAYS, 30),
    cron: env.BACKUP_CRON === 'off' ? '' : env.BACKUP_CRON || '30 2 * * *',
  }
}

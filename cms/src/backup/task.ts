/**
 * Scheduled backups through Payload's jobs queue: the `backups` queue runs `pnpm backup`'s
 * command (with its retention) in a process of its own at BACKUP_CRON, so the CMS keeps answering.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TaskConfig } from 'payload'

import { cmsRoot } from '../lib/paths'
import { backupConfig } from './config'

export const backupQueue = 'backups'

/** Runs the backup command; its progress lines (sizes and times, no content) go to the CMS log. */
function runBackup(): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(cmsRoot, 'node_modules', '.bin', 'tsx')
    const child = spawn(
      'nice',
      ['-n', '10', tsx, path.join(cmsRoot, 'src/backup/cli.ts'), 'backup'],
      {
        cwd: cmsRoot,
        env: process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let tail = ''
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000)
      process.stdout.write(chunk.toString().replace(/^/gm, '[backup] '))
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`The backup failed (exit ${code}): ${tail}`)),
    )
  })
}

export function backupTask(env: NodeJS.ProcessEnv = process.env): TaskConfig {
  const { cron } = backupConfig(env)
  return {
    slug: 'backup',
    label: 'Back up the database and uploads',
    // A failed backup is tried once more; the next scheduled one comes anyway.
    retries: 1,
    schedule: cron ? [{ cron, queue: backupQueue }] : [],
    handler: async () => {
      await runBackup()
      return { output: {} }
    },
  }
}

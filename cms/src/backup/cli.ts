/**
 * `pnpm backup` · `pnpm restore <archive> [--force]` · `pnpm backup:prune` (README: Operations).
 * No Payload is loaded: the database is copied by its own tools, so a backup runs beside the CMS.
 */
import path from 'node:path'

import { loadCmsEnv } from '../lib/env'

loadCmsEnv()

const { backup, pruneBackups, restore, RestoreRefused } = await import('./index')
const { DamagedArchive } = await import('./archive')

const [command, ...args] = process.argv.slice(2)
const log = (line: string) => console.log(line)

try {
  if (command === 'backup') {
    await backup({ log })
    const removed = await pruneBackups()
    if (removed.length) log(`Retention: removed ${removed.length} older archive(s).`)
  } else if (command === 'restore') {
    const file = args.find((a) => !a.startsWith('--'))
    if (!file) throw new RestoreRefused('Usage: pnpm restore <archive> [--force]')
    // pnpm runs the script in cms/: a relative path is the caller's (INIT_CWD).
    const archive = path.resolve(process.env.INIT_CWD || process.cwd(), file)
    const { safetyBackup } = await restore(archive, { force: args.includes('--force'), log })
    if (safetyBackup) log(`What was there before is in ${safetyBackup}.`)
  } else if (command === 'prune') {
    const removed = await pruneBackups()
    log(
      `Retention: removed ${removed.length} archive(s)${removed.length ? `: ${removed.join(', ')}` : ''}.`,
    )
  } else {
    console.error('Usage: cli.ts backup | restore <archive> [--force] | prune')
    process.exit(2)
  }
} catch (error) {
  if (error instanceof DamagedArchive || error instanceof RestoreRefused) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

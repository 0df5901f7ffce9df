import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { cmsRoot } from '../src/lib/paths'
import { postgresServer } from './postgres'

const run = promisify(execFile)
// Each run checks its own database's migrations: the SQLite run SQLite's, the PostgreSQL run
// PostgreSQL's (there DATABASE_URI is this file's own database, test/setupDatabase.ts).
const kind = postgresServer() ? 'PostgreSQL' : 'SQLite'

/**
 * `next start` on a fresh database builds its tables only from the committed migrations.
 * When a field changes without a new migration, production would miss a column: this catches it by
 * asking Payload to write a migration, in a copy of the folder, and expecting nothing to write.
 */
describe(`${kind} migrations`, () => {
  it('the committed migrations match the Payload config', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hcri-migrations-'))
    try {
      const committed = path.join(
        cmsRoot,
        'src',
        kind === 'PostgreSQL' ? 'migrations-postgres' : 'migrations',
      )
      await fs.cp(committed, dir, { recursive: true })
      const before = await fs.readdir(dir)
      await run('pnpm', ['exec', 'payload', 'migrate:create', 'pending', '--skip-empty'], {
        cwd: cmsRoot,
        env: {
          ...process.env,
          DATABASE_URI:
            kind === 'PostgreSQL' ? process.env.DATABASE_URI : `file:${path.join(dir, 'check.db')}`,
          HCRI_MIGRATION_DIR: dir,
        },
        timeout: 120_000,
      })
      const added = (await fs.readdir(dir)).filter(
        (f) => !before.includes(f) && f.endsWith('.ts') && f !== 'index.ts',
      )
      if (added.length > 0)
        expect.fail(
          `The content model changed without a ${kind} migration: see README, Migrations (would write ${added.join(', ')})`,
        )
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})

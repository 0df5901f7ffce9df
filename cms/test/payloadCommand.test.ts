/**
 * Payload's `payload` command (migrate, generate:types, generate:importmap) runs through the
 * package's `payload` script. Payload's own launcher loads the TypeScript config through tsx's
 * worker-thread hooks, and under load the process could end with exit status 0 having done
 * nothing: 4 of 30 `payload migrate` runs, ten at once on two cores, left an empty database.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { cmsRoot } from '../src/lib/paths'

const scripts = (
  JSON.parse(readFileSync(path.join(cmsRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts

describe("Payload's command", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hcri-payload-command-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is run by tsx itself, never by Payload’s launcher', () => {
    expect(scripts.payload).toBe('tsx node_modules/payload/bin.js --disable-transpile')
    const direct = Object.entries(scripts).filter(([, command]) =>
      command.split('&&').some((part) => /^\s*(?:pnpm exec |npx )?payload\b/.test(part)),
    )
    expect(direct).toEqual([])
  })

  it('pnpm run migrate makes the tables of an empty database', async () => {
    const file = path.join(dir, 'cms.db')
    const { stdout } = await promisify(execFile)('pnpm', ['run', 'migrate'], {
      cwd: cmsRoot,
      env: { ...process.env, DATABASE_URI: `file:${file}` },
      timeout: 120_000,
    })
    expect(stdout).toContain('Done.')
    const db = createClient({ url: `file:${file}` })
    try {
      const { rows } = await db.execute(
        "select name from sqlite_master where type = 'table' and name in ('resources', 'payload_migrations')",
      )
      expect(rows.map((row) => row.name).sort()).toEqual(['payload_migrations', 'resources'])
    } finally {
      db.close()
    }
  }, 130_000)
})

import { execFile } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

import { cmsRoot } from '../src/lib/paths'

const run = promisify(execFile)
const repo = path.resolve(cmsRoot, '..')

/** scripts/lib.sh's ensure_env, run by bash in a copy of the repo's scripts and .env.example. */
describe('cms/.env (scripts/lib.sh ensure_env)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hcri-env-'))
  mkdirSync(path.join(dir, 'scripts'))
  mkdirSync(path.join(dir, 'cms'))
  cpSync(path.join(repo, 'scripts', 'lib.sh'), path.join(dir, 'scripts', 'lib.sh'))
  cpSync(path.join(repo, '.env.example'), path.join(dir, '.env.example'))
  const env = path.join(dir, 'cms', '.env')
  const mode = () => (statSync(env).mode & 0o777).toString(8)
  const ensureEnv = () => run('bash', ['-c', 'source scripts/lib.sh && ensure_env'], { cwd: dir })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is written readable by its owner only, with a random secret', async () => {
    // A permissive umask, as many machines have: the file must be private anyway.
    await run('bash', ['-c', 'umask 022 && source scripts/lib.sh && ensure_env'], { cwd: dir })
    expect(mode()).toBe('600')
    expect(readFileSync(env, 'utf8')).toMatch(/^PAYLOAD_SECRET=[0-9a-f]{64}$/m)
  })

  it('an existing file others can read is made private, its content kept', async () => {
    const before = readFileSync(env, 'utf8')
    chmodSync(env, 0o644)
    await ensureEnv()
    expect(mode()).toBe('600')
    expect(readFileSync(env, 'utf8')).toBe(before)
  })
})

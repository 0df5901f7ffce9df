/**
 * A copy of the site for the publisher's tests: its real build command (site/bin/build.ts and the
 * module it imports, run by the site's tsx) with a stand-in Astro given as shell lines, and
 * optionally a stand-in search step (bin/search.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { cmsRoot } from '../src/lib/paths'

export function standInSite(astro: string[], options: { search?: string } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hcri-site-'))
  const site = path.resolve(cmsRoot, '..', 'site')
  const bin = path.join(dir, 'node_modules', '.bin')
  mkdirSync(bin, { recursive: true })
  mkdirSync(path.join(dir, 'bin'))
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }')
  for (const file of ['build.ts', 'reuse.ts'])
    copyFileSync(path.join(site, 'bin', file), path.join(dir, 'bin', file))
  if (options.search) writeFileSync(path.join(dir, 'bin', 'search.ts'), options.search)
  const tsx = path.join(site, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  writeFileSync(path.join(bin, 'tsx'), `#!/bin/sh\nexec node '${tsx}' "$@"\n`, { mode: 0o755 })
  writeFileSync(path.join(bin, 'astro'), ['#!/bin/sh', ...astro].join('\n'), { mode: 0o755 })
  return dir
}

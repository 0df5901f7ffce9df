/**
 * .env.example documents every environment variable the code reads, and nothing else: each
 * package's code, tests and tools, the shell scripts and the package.json scripts are searched for
 * reads (`process.env.<name>`, `env.<name>` on any object named …env or …Env, destructuring from
 * one, and the shell's `${<name>:-default}`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cmsRoot } from '../src/lib/paths'

const repo = path.resolve(cmsRoot, '..')
const searched = ['cms', 'site', 'shared', 'e2e', 'scripts']
/** Build output, dependencies, uploads and databases: nothing written by us to read. */
const skipped = new Set(['node_modules', 'dist', 'releases', 'media', 'data', 'test-results'])
const source = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro|sh)$|^package\.json$/
/** The operating system's and Node's own, which no .env sets for this project. */
const system = new Set(['PATH', 'HOME', 'NODE_OPTIONS'])

const readPatterns = [
  // process.env.<name>, env.<name>, cmsEnv.<name>: not an assignment to it, nor Astro's own
  // import.meta.env values (SITE is the config's `site`, which SITE_URL sets).
  /(?<!meta\.)\b\w*(?:env|Env)\??\.([A-Z][A-Z0-9_]*)\b(?!\s*=[^=])/g,
  /\b\w*(?:env|Env)\[['"]([A-Z][A-Z0-9_]*)['"]\](?!\s*=[^=])/g,
  // ${<name>:-default}, ${<name>-default}, ${<name>:?message}, ${<name>:=default}
  /\$\{([A-Z_][A-Z0-9_]*):?[-?=]/g,
]
/** `const { <name>, <name> } = env`: the names inside the braces. */
const destructuring = /\{([^{}]*)\}\s*=\s*(?:process\.)?\w*(?:env|Env)\b/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || skipped.has(entry.name)) return []
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return source.test(entry.name) ? [file] : []
  })
}

/** Each variable read, with the files that read it. */
function reads(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>()
  const add = (name: string, file: string) => {
    if (system.has(name)) return
    if (!found.has(name)) found.set(name, new Set())
    found.get(name)!.add(path.relative(repo, file))
  }
  for (const file of searched.flatMap((dir) => sourceFiles(path.join(repo, dir)))) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of readPatterns) for (const m of text.matchAll(pattern)) add(m[1]!, file)
    for (const m of text.matchAll(destructuring))
      for (const name of m[1]!.matchAll(/\b([A-Z][A-Z0-9_]*)\b/g)) add(name[1]!, file)
  }
  return found
}

/** Names set or shown in .env.example, commented out or not. */
const documented = new Set(
  [
    ...readFileSync(path.join(repo, '.env.example'), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm),
  ].map((m) => m[1]!),
)

describe('.env.example', () => {
  const found = reads()

  it('names every environment variable the code reads', () => {
    const missing = [...found]
      .filter(([name]) => !documented.has(name))
      .map(([name, files]) => `${name} (read in ${[...files].join(', ')})`)
    expect(missing).toEqual([])
  })

  it('names no variable that nothing reads any more', () => {
    expect([...documented].filter((name) => !found.has(name))).toEqual([])
  })

  it('is searched in earnest: the reads the CMS, site and scripts are known for are found', () => {
    for (const [name, file] of [
      ['PAYLOAD_SECRET', 'cms/src/lib/secret.ts'],
      ['S3_SECRET_ACCESS_KEY', 'cms/src/lib/storage.ts'],
      ['CMS_URL', 'site/src/lib/content.ts'],
      ['SITE_OUT_DIR', 'site/astro.config.mjs'],
      ['SUPERVISE_STABLE', 'scripts/supervise.sh'],
      ['CMS_PORT', 'cms/package.json'],
    ])
      expect(found.get(name!), name).toContain(file)
  })
})

/**
 * A build that starts from an earlier release (bin/reuse.ts): the folder it hands to Astro must
 * hold exactly the last build's pages, as Astro's store has them, or a reused page would be stale.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { outputsRecord, recordedPages, removeDropped, takeOver } from '../bin/reuse'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function write(file: string, text: string, mtime?: Date) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  if (mtime) utimesSync(file, mtime, mtime)
}

/** Astro's record of a build: each page's output file as a URL path (its format, shortened). */
function record(cache: string, outputFiles: string[]) {
  const paths = Object.fromEntries(
    outputFiles.map((f, i) => [`/p${i}/`, { cacheKey: String(i), outputFile: f }]),
  )
  write(
    path.join(cache, 'incremental-build.json'),
    JSON.stringify({ version: '1-images', routes: { 'src/pages/x.astro': { paths } }, images: [] }),
  )
}

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

/** A cache with a store, an earlier release and the staging folder's place, under one folder. */
function setUp() {
  const root = mkdtempSync(path.join(tmpdir(), 'hcri-reuse-'))
  temps.push(root)
  return {
    root,
    cache: path.join(root, 'cache'),
    store: path.join(root, 'cache', 'dist'),
    release: path.join(root, 'releases', 'r1'),
    staging: path.join(root, 'staging'),
  }
}

describe('recordedPages', () => {
  it('reads the pages Astro recorded, by the file names they have on disk', () => {
    const { cache } = setUp()
    record(cache, [
      'client/index.html',
      'client/ur/%D8%A7%D8%B1%D8%AF%D9%88/index.html',
      'client/feed.xml',
    ])
    expect([...recordedPages(cache)!].sort()).toEqual([
      'client/feed.xml',
      'client/index.html',
      'client/ur/اردو/index.html',
    ])
  })

  it('has nothing to say without a record', () => {
    expect(recordedPages(setUp().cache)).toBeUndefined()
  })
})

describe('takeOver', () => {
  const old = new Date('2026-11-01T00:00:00Z')
  const later = new Date('2026-11-02T00:00:00Z')

  it("brings an earlier release to the store's pages: newer copied, same kept, the rest removed", () => {
    const { cache, store, release, staging } = setUp()
    record(cache, ['client/index.html', 'client/a/index.html', 'client/b/index.html'])
    // The store: the home page rendered again since the release, a/ and b/ as the release has them.
    write(path.join(store, 'client/index.html'), 'home v2', later)
    write(path.join(store, 'client/a/index.html'), 'a', old)
    write(path.join(store, 'client/b/index.html'), 'b v2', old)
    write(path.join(release, 'client/index.html'), 'home v1', old)
    write(path.join(release, 'client/a/index.html'), 'a', old)
    // Same time, another size: out of date all the same.
    write(path.join(release, 'client/b/index.html'), 'b', old)
    // Not pages of the last build: a page since dropped, the build's own files, the manifest.
    // The search index and its record stay for the next one to update (bin/search.ts).
    write(path.join(release, 'client/gone/index.html'), 'gone', old)
    write(path.join(release, 'client/_astro/app.1234.js'), 'js', later)
    write(path.join(release, 'client/pagefind/fragment/en_1.pf_fragment'), 'f', later)
    write(path.join(release, 'search-index.json'), '{}', later)
    write(path.join(release, 'manifest.json'), '{}', later)

    const result = takeOver(release, staging, cache)
    expect(result).toMatchObject({ kept: 1, copied: 2, removed: 3 })
    expect(existsSync(release)).toBe(false)
    expect(files(staging)).toEqual([
      'client/a/index.html',
      'client/b/index.html',
      'client/index.html',
      'client/pagefind/fragment/en_1.pf_fragment',
      'search-index.json',
    ])
    expect(readFileSync(path.join(staging, 'client/index.html'), 'utf8')).toBe('home v2')
    expect(readFileSync(path.join(staging, 'client/b/index.html'), 'utf8')).toBe('b v2')
    // No empty folder is left where a removed file was.
    expect(existsSync(path.join(staging, 'client/gone'))).toBe(false)
    expect(existsSync(path.join(staging, 'client/_astro'))).toBe(false)
  })

  it('leaves the release alone when there is no record of a last build or no store', () => {
    const { cache, release, staging } = setUp()
    write(path.join(release, 'client/index.html'), 'home')
    expect(takeOver(release, staging, cache)).toBeUndefined()
    record(cache, ['client/index.html'])
    expect(takeOver(release, staging, cache)).toBeUndefined()
    expect(existsSync(path.join(release, 'client/index.html'))).toBe(true)
    expect(existsSync(staging)).toBe(false)
  })

  it('removes after the build the pages it no longer makes, and their folders', () => {
    const { cache, staging } = setUp()
    const before = new Set(['client/index.html', 'client/resources/old/index.html'])
    write(path.join(staging, 'client/index.html'), 'home')
    write(path.join(staging, 'client/resources/old/index.html'), 'old')
    write(path.join(staging, 'client/resources/index.html'), 'list')
    record(cache, ['client/index.html', 'client/resources/index.html'])
    expect(removeDropped(staging, before, cache)).toBe(1)
    expect(files(staging)).toEqual(['client/index.html', 'client/resources/index.html'])
    expect(existsSync(path.join(staging, 'client/resources/old'))).toBe(false)
  })

  it('takes what the build made from its own short list when it wrote one, not Astro’s record', () => {
    const { cache, staging } = setUp()
    const before = new Set(['client/index.html', 'client/a/index.html', 'client/b/index.html'])
    for (const page of before) write(path.join(staging, page), page)
    // Astro's record (not read: it is ~130 MB at the full set) would keep b and drop a.
    record(cache, ['client/index.html', 'client/b/index.html'])
    write(
      path.join(cache, outputsRecord),
      JSON.stringify(['client/a/index.html', 'client/index.html']),
    )
    expect(removeDropped(staging, before, cache)).toBe(1)
    expect(files(staging)).toEqual(['client/a/index.html', 'client/index.html'])
  })
})

/**
 * patches/astro@7.3.5.patch, two changes to `astro build`. Astro renders a prerendered page to a
 * string even though the site has an on-demand route (/preview/), which makes it "server-like":
 * without the patch Astro streams every page, resolving a promise per chunk of HTML, though it
 * writes each page whole (a full-set cold build 0.77× as long with it, README). And its record of
 * a build for the next one (`incremental-build.json`) names each picture once: without the patch
 * every page repeats the records of the pictures it shows (97 MB at the full set, 94 % of it the
 * same 99 pictures), read and written by every publish. These fail when an install left the patch
 * out or a new Astro changed either.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

type BuildEnvironment = {
  env: { defaultStreaming: (manifest: { serverLike: boolean }) => boolean }
}

/** One of Astro's build modules, which its package does not export. */
async function astroModule<T>(name: string): Promise<T> {
  const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))
  return (await import(pathToFileURL(path.join(astro, 'dist/core/build', name)).href)) as T
}

async function buildEnvironment(): Promise<BuildEnvironment> {
  const { createBuildEnvironment } = await astroModule<{
    createBuildEnvironment: () => BuildEnvironment
  }>('environment.js')
  return createBuildEnvironment()
}

type Picture = { originalPath: string; hash: string; finalPath: string; transform: object }
type Settings = { config: { cacheDir: URL } }
type Cache = {
  record(
    route: string,
    dependencyHash: string,
    pathname: string,
    cacheKey: string,
    outputFile: string,
    contentEntryKeys?: string[],
    staticImages?: Picture[],
  ): void
  writeManifest(settings: Settings): void
  canSkip(route: string, pathname: string, dependencyHash: string, cacheKey: string): boolean
  previousStaticImages(route: string, pathname: string): Picture[] | undefined
}
type CacheClass = {
  new (configHash: string, lockfileHash: string, keyDigest: string): Cache
  load(settings: Settings, configHash: string, lockfileHash: string, keyDigest: string): Cache
}

const picture = (name: string, width: number): Picture => ({
  originalPath: `http://localhost:3000/api/media/file/${name}.png`,
  hash: `${name}${width}`,
  finalPath: `/_astro/${name}_${width}.webp`,
  transform: { src: `http://localhost:3000/api/media/file/${name}.png`, width, format: 'webp' },
})

describe("Astro's build renders prerendered pages to strings", () => {
  it('does not stream them in a project with on-demand routes', async () => {
    const { env } = await buildEnvironment()
    expect(env.defaultStreaming({ serverLike: true })).toBe(false)
    expect(env.defaultStreaming({ serverLike: false })).toBe(false)
  })
})

describe("Astro's record of a build names each picture once", () => {
  it('writes every picture once and gives every page its own back', async () => {
    const { IncrementalBuildCache } = await astroModule<{ IncrementalBuildCache: CacheClass }>(
      'incremental.js',
    )
    const dir = mkdtempSync(path.join(tmpdir(), 'hcri-astro-record-'))
    try {
      const settings = { config: { cacheDir: pathToFileURL(`${dir}/`) } }
      const route = 'src/pages/[...locale]/resources/[slug].astro'
      // Every page shows the hero and two cards; the pages make their own copies of the
      // records, as renders do.
      const shown = (page: number) => [
        picture('hero', 720),
        picture(`card-${page % 2}`, 360),
        picture(`card-${(page + 1) % 2}`, 360),
      ]
      const cache = new IncrementalBuildCache('config', 'lockfile', 'keys')
      for (let page = 0; page < 20; page++)
        cache.record(
          route,
          'code',
          `/r/${page}/`,
          `key-${page}`,
          `client/r/${page}/index.html`,
          [],
          shown(page),
        )
      cache.record(route, 'code', '/r/plain/', 'key-plain', 'client/r/plain/index.html')
      cache.writeManifest(settings)

      const text = readFileSync(path.join(dir, 'incremental-build.json'), 'utf8')
      expect(text.split('"finalPath"').length - 1).toBe(3)

      const next = IncrementalBuildCache.load(settings, 'config', 'lockfile', 'keys')
      for (let page = 0; page < 20; page++) {
        expect(next.canSkip(route, `/r/${page}/`, 'code', `key-${page}`)).toBe(true)
        expect(next.previousStaticImages(route, `/r/${page}/`)).toEqual(shown(page))
      }
      expect(next.canSkip(route, '/r/plain/', 'code', 'key-plain')).toBe(true)
      expect(next.previousStaticImages(route, '/r/plain/')).toBeUndefined()
      expect(next.canSkip(route, '/r/0/', 'code', 'another key')).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/**
 * A build that starts from an earlier build's folder instead of an empty one. Astro's incremental
 * build copies every page it reuses from its store into an empty output folder: on the full site
 * about 27,000 files (600 MB) per publish, most of a publish's time after rendering and the part
 * that varies most with the disk. A page already in the output folder is left where it is. So the
 * publisher hands over the release it would prune next; before the build it is brought to what the
 * store holds (a page the store has a newer copy of is copied, anything that is not a page of the
 * last build is removed: scripts, styles, pictures and the sitemap are written again; the search
 * index and its record are kept for bin/search.ts to update), and after it the pages this build
 * dropped are removed. The result is the same folder a build from empty makes, file for file
 * (e2e/tests/publish.incremental.spec.ts).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Astro's record of the last build (astro/dist/core/build/incremental.js), in the cache folder. */
const astroManifest = 'incremental-build.json'
/** Where Astro keeps its copy of each page, relative to the cache folder. */
const astroStore = 'dist'
/** The search index (bin/search.ts), kept: the next index rewrites only the files that change. */
const searchIndex = 'client/pagefind/'
/** What that index was made from (bin/search.ts --record), beside the served pages. */
export const searchRecord = 'search-index.json'

export type TakeOver = {
  /** The pages of the last build (paths relative to the output folder, '/'-separated). */
  pages: Set<string>
  kept: number
  copied: number
  removed: number
}

/**
 * The output files Astro recorded for the last build. The manifest is large (each page lists its
 * pictures): the file names are matched rather than the whole parsed. Undefined when there is none.
 */
export function recordedPages(cache: string): Set<string> | undefined {
  let text: string
  try {
    text = readFileSync(path.join(cache, astroManifest), 'utf8')
  } catch {
    return undefined
  }
  const pages = new Set<string>()
  for (const match of text.matchAll(/"outputFile":\s*"((?:[^"\\]|\\.)*)"/g)) {
    // Recorded as a URL (percent-encoded); the file is named by the decoded path, as Astro
    // reads it.
    const url = JSON.parse(`"${match[1]}"`) as string
    pages.add(fileURLToPath(new URL(url, 'file:///')).slice(1).split(path.sep).join('/'))
  }
  return pages
}

/**
 * Moves `from` (an earlier build's output folder) to `staging` and brings it to the last build's
 * pages. Returns undefined, leaving `from` alone, when there is nothing to start from: no record
 * of a last build, or `from` missing or on another file system.
 */
export function takeOver(from: string, staging: string, cache: string): TakeOver | undefined {
  const pages = recordedPages(cache)
  const store = path.join(cache, astroStore)
  if (!pages?.size || !existsSync(store) || !existsSync(from)) return undefined
  try {
    mkdirSync(path.dirname(staging), { recursive: true })
    renameSync(from, staging)
  } catch {
    return undefined
  }
  const result: TakeOver = { pages, kept: 0, copied: 0, removed: 0 }
  const visit = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      const name = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        visit(file, name)
        removeIfEmpty(file)
        continue
      }
      if (name.startsWith(searchIndex) || name === searchRecord) continue
      const stored = pages.has(name)
        ? statSync(path.join(store, name), { throwIfNoEntry: false })
        : undefined
      if (!stored) {
        unlinkSync(file)
        result.removed++
        continue
      }
      // The store's copy is rewritten whenever the page is (rendered, or its font reference
      // updated): a copy here older than it, or of another size, is out of date.
      const own = statSync(file)
      if (stored.mtimeMs > own.mtimeMs || stored.size !== own.size) {
        copyFileSync(path.join(store, name), file)
        result.copied++
      } else result.kept++
    }
  }
  visit(staging, '')
  return result
}

/**
 * The files this build's routes wrote or kept, as its integrations/buildOutputs.ts listed them
 * (named here: this file runs on its own in the tests); Astro's record when there is no list.
 */
export const outputsRecord = 'build-outputs.json'

function builtPages(cache: string): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(path.join(cache, outputsRecord), 'utf8')) as string[])
  } catch {
    return recordedPages(cache) ?? new Set<string>()
  }
}

/**
 * After the build: removes the pages the last build had and this one does not (Astro drops only
 * its stored copy).
 */
export function removeDropped(staging: string, before: Set<string>, cache: string): number {
  const now = builtPages(cache)
  let removed = 0
  for (const page of before) {
    if (now.has(page)) continue
    const file = path.join(staging, page)
    if (!existsSync(file)) continue
    unlinkSync(file)
    removed++
    // A page is a folder of its own (build.format 'directory'): leave no empty folder behind.
    for (let dir = path.dirname(file); dir.startsWith(staging + path.sep); dir = path.dirname(dir))
      if (!removeIfEmpty(dir)) break
  }
  return removed
}

function removeIfEmpty(dir: string): boolean {
  try {
    rmdirSync(dir)
    return true
  } catch {
    return false
  }
}

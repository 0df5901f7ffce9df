/**
 * The site's search index: Pagefind over the pages that have a search body, written into
 * `<site>/pagefind/` file by file, only where a file changed. Run by bin/build.ts after Astro.
 * Usage: tsx bin/search.ts --site DIR [--scan FILE]
 *   --site  the built pages (`<out>/client`)
 *   --scan  the build's page scan (integrations/pageScan.ts): which pages have a search body, so
 *           the other two thirds of the site (lists, English fallbacks, embeds) are not read at all
 *
 * Why not Pagefind's command line: it reads every page of the site to find the third it indexes,
 * and rewrites its whole output (on the full site, 7,500 files) on every publish; a build that
 * starts from an earlier release (bin/reuse.ts) keeps the index files that are still the same.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import * as pagefind from 'pagefind'

import { loadScan, scanSite, type PageScan } from '../integrations/pageScan.ts'

/** Pagefind's output folder under the site, as its command line names it. */
export const outputFolder = 'pagefind'

/** Every file under `dir`, '/'-separated and relative to it. */
function filesUnder(dir: string, rel = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const name = rel ? `${rel}/${e.name}` : e.name
    return e.isDirectory() ? filesUnder(path.join(dir, e.name), name) : [name]
  })
}

/** The pages of a scan that have a search body (`data-pagefind-body`), in path order. */
const searchable = (files: Map<string, PageScan>) =>
  [...files]
    .filter(([file, page]) => page.searchable && file.endsWith('.html'))
    .map(([file]) => file)
    .sort()

/**
 * The pages to index: those the build's scan found a search body in, or, without a usable scan
 * (none, another build's, an older format), those a scan of the site finds now.
 */
export function searchablePages(site: string, scanFile?: string): string[] {
  const pages = scanFile ? searchable(loadScan(scanFile)) : []
  if (pages.length && pages.every((file) => existsSync(path.join(site, file)))) return pages
  return searchable(scanSite(site).files)
}

export type IndexResult = {
  pages: number
  languages: number
  written: number
  unchanged: number
  removed: number
}

/** Indexes `pages` of `site` and brings `<site>/pagefind/` to the new index. */
export async function indexSite(site: string, pages: string[]): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`)
  try {
    // Handed over in the pages' order, so the same pages make the same index files (Pagefind
    // numbers pages as they come); read ahead and a few in flight, so Pagefind is never idle.
    const reads = pages.map(() => undefined as Promise<string> | undefined)
    const read = (i: number) => (reads[i] ??= readFile(path.join(site, pages[i]!), 'utf8'))
    const inFlight: Promise<void>[] = []
    for (let i = 0; i < pages.length; i++) {
      for (let ahead = i + 1; ahead < Math.min(i + 16, pages.length); ahead++) void read(ahead)
      const content = await read(i)
      reads[i] = undefined
      const sourcePath = pages[i]!
      inFlight.push(
        index.addHTMLFile({ sourcePath, content }).then((added) => {
          if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`)
        }),
      )
      if (inFlight.length >= 32) await Promise.all(inFlight.splice(0))
    }
    await Promise.all(inFlight)
    const built = await index.getFiles()
    if (built.errors.length) throw new Error(built.errors.join('; '))
    const out = path.join(site, outputFolder)
    const before = new Set(filesUnder(out))
    const result: IndexResult = {
      pages: pages.length,
      languages: 0,
      written: 0,
      unchanged: 0,
      removed: 0,
    }
    for (const file of built.files) {
      const name = file.path.split(path.sep).join('/')
      if (/^pagefind\.[\w-]+\.pf_meta$/.test(name)) result.languages++
      const target = path.join(out, name)
      const same = before.delete(name) && Buffer.from(file.content).equals(readFileSync(target))
      if (same) {
        result.unchanged++
        continue
      }
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, file.content)
      result.written++
    }
    // What the last index had and this one has not (a page's fragment, an older chunk).
    for (const name of before) {
      unlinkSync(path.join(out, name))
      result.removed++
    }
    return result
  } finally {
    await pagefind.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const site = option('--site')
  if (!site) {
    console.error('Usage: tsx bin/search.ts --site DIR [--scan FILE]')
    process.exit(2)
  }
  const started = Date.now()
  try {
    const pages = searchablePages(site, option('--scan'))
    const r = await indexSite(site, pages)
    console.log(
      `Search index: ${r.pages} pages in ${r.languages} languages; ${r.written} files written, ${r.unchanged} unchanged, ${r.removed} removed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    )
  } catch (error) {
    console.error(`Search index failed: ${(error as Error).message}`)
    process.exit(1)
  }
}

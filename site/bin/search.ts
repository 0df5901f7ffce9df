/**
 * The site's search index: Pagefind over the pages that have a search body, written into
 * `<site>/pagefind/` file by file, only where a file changed. Run by bin/build.ts after Astro.
 * Usage: tsx bin/search.ts --site DIR [--scan FILE] [--record FILE]
 *   --site    the built pages (`<out>/client`)
 *   --scan    the build's page scan (integrations/pageScan.ts): which pages have a search body, so
 *             the other two thirds of the site (lists, English fallbacks, embeds) are not read
 *   --record  what the folder's index was made from (outside the served pages): a language whose
 *             pages are the same as then keeps its files and is not indexed again
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
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { createHash, type Hash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

import * as pagefind from 'pagefind'

import { loadScan, scanSite, type PageScan } from '../integrations/pageScan.ts'

/** Pagefind's output folder under the site, as its command line names it. */
export const outputFolder = 'pagefind'

/** Another Pagefind may write other files for the same pages: its index is made again whole. */
const pagefindVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string
  }
).version

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
  /** The languages whose pages changed since the index in the folder was made: indexed again. */
  indexed: string[]
  /** Pagefinds that indexed them at once (one per core at most). */
  pagefinds: number
  written: number
  unchanged: number
  removed: number
}

/**
 * What the index in a folder was made from, kept beside the site (not served): per language, a
 * digest of its pages' paths and of what Pagefind is given of them (searchView). A language whose
 * digest is the same keeps its files.
 */
type IndexRecord = { version: string; format: number; languages: Record<string, string> }

/** Raised when this file changes what it hands Pagefind or how: every record is then another's. */
const recordFormat = 2

/** The files Pagefind writes for one language (the others are the same for every language). */
const ownedBy = (name: string, language: string) =>
  name.startsWith(`pagefind.${language}_`) ||
  (/^(index|fragment|filter)\//.test(name) &&
    name.slice(name.indexOf('/') + 1).startsWith(`${language}_`)) ||
  name === `wasm.${language}.pagefind`

const entryFile = 'pagefind-entry.json'
type Entry = { version: string; languages: Record<string, { hash: string }> }

/** The entry file naming `languages`, the rest as in `base`: Pagefind lists languages sorted. */
function entryWith(base: Entry, languages: Entry['languages']): Buffer {
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((l) => [l, languages[l]]),
  )
  return Buffer.from(JSON.stringify({ ...base, languages: sorted }))
}

/** The language Pagefind files a page under: its `<html lang>`, as Pagefind reads it. */
function languageOf(head: string): string {
  return /<html\b[^>]*?\slang=["']?([^"'\s>]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'unknown'
}

/** Tags Pagefind reads wherever they are on a page: its language, title and `data-pagefind-` tags. */
const headRead = /<html\b[^>]*>|<title\b[^>]*>[^<]*<\/title>|<[^>]*\sdata-pagefind-[^>]*>/gi
/** An element whose text Pagefind would read outside a search body (meta, filters, sort keys). */
const readOutside = /\sdata-pagefind-(meta|filter|sort|default-meta)\b/i
const searchBody = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/gi

/**
 * Where the element named `name` whose opening tag ends at `from` ends in `html`, or -1. Scripts,
 * styles and comments are stepped over whole: a tag written inside one is not a tag.
 */
function closeOf(html: string, name: string, from: number): number {
  const tag = new RegExp(
    `<(script|style)\\b[^>]*>[\\s\\S]*?</\\1\\s*>|<!--[\\s\\S]*?-->|<(/?)${name}\\b[^>]*>`,
    'gi',
  )
  tag.lastIndex = from
  let depth = 1
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1] || m[0].startsWith('<!--')) continue
    depth += m[2] ? -1 : 1
    if (depth === 0) return m.index + m[0].length
  }
  return -1
}

/**
 * What Pagefind is given of a page: from the head only the `<html>` tag (the language), the title
 * and tags with a `data-pagefind-` attribute; of the body, its search body elements. Pagefind
 * indexes nothing else of a page that has a search body, but reads all of it, and the header,
 * menus, footer and related items are most of a page: handing it less makes the index of a
 * language in half the time (full set: 6.3 → 2.8 s), and a change outside the search body (a
 * related item, the menu) leaves the language's index as it was. One difference: Pagefind takes
 * a result's picture from the first image anywhere on the page (on a resource page, a related
 * resource's); the site's search shows no pictures, and that image's alt text was indexed as if
 * the page said it. A page whose body has tags Pagefind would read outside its search body
 * (`data-pagefind-meta`, `-filter`, `-sort`) is given whole.
 * `latin1` keeps byte offsets, so the parts are cut from the file's own bytes.
 */
export function searchView(content: Buffer): Buffer {
  const text = content.toString('latin1')
  const body = text.indexOf('<body')
  if (body < 0) return content
  const head = Buffer.from((text.slice(0, body).match(headRead) ?? []).join('\n'), 'latin1')
  const whole = () => Buffer.concat([head, content.subarray(body)])
  const bodyTagEnd = text.indexOf('>', body) + 1
  const parts: Buffer[] = []
  let from = body
  searchBody.lastIndex = body
  for (let m = searchBody.exec(text); m; m = searchBody.exec(text)) {
    const end = closeOf(text, m[1]!.toLowerCase(), m.index + m[0].length)
    if (end < 0 || readOutside.test(text.slice(from, m.index))) return whole()
    parts.push(content.subarray(m.index, end))
    from = searchBody.lastIndex = end
  }
  if (!parts.length || readOutside.test(text.slice(from))) return whole()
  return Buffer.concat([head, content.subarray(body, bodyTagEnd), ...parts, closing])
}

const closing = Buffer.from('</body></html>')

/**
 * Each language's pages, in path order, a digest of their paths and of what Pagefind is given of
 * them, and that (searchView), to hand Pagefind if the language is indexed again.
 */
function languagesOf(site: string, pages: string[]) {
  const languages = new Map<string, { pages: string[]; digest: Hash }>()
  const views = new Map<string, Buffer>()
  for (const sourcePath of pages) {
    const content = readFileSync(path.join(site, sourcePath))
    const language = languageOf(content.subarray(0, 2048).toString('latin1'))
    let group = languages.get(language)
    if (!group) languages.set(language, (group = { pages: [], digest: createHash('sha256') }))
    group.pages.push(sourcePath)
    const view = searchView(content)
    views.set(sourcePath, view)
    group.digest.update(`${sourcePath}\0${view.length}\0`).update(view)
  }
  const byLanguage = new Map(
    [...languages].map(([l, g]) => [l, { pages: g.pages, digest: g.digest.digest('base64url') }]),
  )
  return { languages: byLanguage, views }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

async function runPagefind(pages: string[], views: Map<string, Buffer>) {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`)
  try {
    // Handed over in the pages' order, so the same pages make the same index files (Pagefind
    // numbers pages as they come); a few in flight, so Pagefind is never idle.
    const inFlight: Promise<void>[] = []
    for (const sourcePath of pages) {
      const content = views.get(sourcePath)!.toString('utf8')
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
    return new Map(
      built.files.map((f) => [f.path.split(path.sep).join('/'), Buffer.from(f.content)]),
    )
  } finally {
    await pagefind.close()
  }
}

type IndexFiles = Map<string, Buffer>

/** What a thread indexing some languages is given (see indexLanguages). */
type WorkerInput = { hcriSearch: true; pages: string[]; views: [string, Buffer][] }

/**
 * The languages to index, each with its pages, shared out between up to `threads` Pagefinds, one
 * per core: Pagefind indexes on one core, and a language on its own makes the same files as with
 * others (the entry file, which names them all, is merged). The largest share is indexed here;
 * a language of fewer than `minPages` pages joins it, as a thread's start costs more than it
 * saves. Undefined when two Pagefinds wrote different files under one name: none to trust.
 */
async function indexLanguages(
  languages: [string, string[]][],
  views: Map<string, Buffer>,
  { threads, minPages }: { threads: number; minPages: number },
): Promise<{ files: IndexFiles; pagefinds: number } | undefined> {
  const big = languages
    .filter(([, pages]) => pages.length >= minPages)
    .sort((a, b) => b[1].length - a[1].length)
  // Largest first, each to the share with the fewest pages: the first share gets the largest.
  const count = Math.max(1, Math.min(threads, big.length))
  const shares = Array.from({ length: count }, (): string[] => [])
  for (const [, pages] of big)
    shares.reduce((least, share) => (share.length < least.length ? share : least)).push(...pages)
  for (const [, pages] of languages) if (pages.length < minPages) shares[0]!.push(...pages)
  const [own, ...others] = shares.map((pages) => pages.sort())
  const results = await Promise.all([
    runPagefind(own!, views),
    ...others.map((pages) => inThread(pages, views)),
  ])
  const files: IndexFiles = new Map()
  for (const result of results)
    for (const [name, content] of result) {
      const same = files.get(name)
      if (!same) files.set(name, content)
      else if (name !== entryFile && !same.equals(content)) return undefined
    }
  const entries = results.flatMap((r) => {
    const text = r.get(entryFile)?.toString('utf8')
    return text ? [JSON.parse(text) as Entry] : []
  })
  if (entries.length > 1)
    files.set(
      entryFile,
      entryWith(entries[0]!, Object.assign({}, ...entries.map((e) => e.languages))),
    )
  return { files, pagefinds: results.length }
}

/** Pagefind in a thread of its own (its own Pagefind process): this file, as the thread's code. */
function inThread(pages: string[], views: Map<string, Buffer>): Promise<IndexFiles> {
  const input: WorkerInput = {
    hcriSearch: true,
    pages,
    views: pages.map((p) => [p, views.get(p)!]),
  }
  return new Promise((resolve, reject) => {
    // The same loader flags (tsx) as this process, so the thread can run this TypeScript file.
    const worker = new Worker(new URL(import.meta.url), {
      workerData: input,
      execArgv: process.execArgv,
    })
    worker.once('message', (files: [string, Uint8Array][]) =>
      resolve(new Map(files.map(([name, content]) => [name, Buffer.from(content)]))),
    )
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`Search index thread stopped (${code})`)))
  })
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.hcriSearch) {
  const { pages, views } = workerData as WorkerInput
  const files = await runPagefind(pages, new Map(views.map(([p, v]) => [p, Buffer.from(v)])))
  parentPort!.postMessage([...files])
}

/**
 * Indexes `pages` of `site` and brings `<site>/pagefind/` to the new index. With a `record` (a
 * file outside the site), only the languages whose pages changed since the folder's index was
 * made are indexed again: Pagefind indexes each language on its own (the same pages give the
 * same files whether or not other languages are indexed with them), so the others' files stay.
 */
export async function indexSite(
  site: string,
  pages: string[],
  options: {
    record?: string
    /** Pagefinds at once, at most: one per core. */
    threads?: number
    /** A language smaller than this is indexed with the largest share, not in a thread. */
    minPages?: number
  } = {},
): Promise<IndexResult> {
  const split = {
    threads: options.threads ?? availableParallelism(),
    minPages: options.minPages ?? 500,
  }
  const out = path.join(site, outputFolder)
  const { languages, views } = languagesOf(site, pages)
  const record = options.record ? readJson<IndexRecord>(options.record) : undefined
  const entry = readJson<Entry>(path.join(out, entryFile))
  // A language is kept only if the folder's index was made from the same pages by this Pagefind.
  const kept = new Set(
    [...languages]
      .filter(
        ([language, { digest }]) =>
          record?.version === pagefindVersion &&
          record.format === recordFormat &&
          entry?.version === pagefindVersion &&
          record.languages[language] === digest &&
          existsSync(path.join(out, `pagefind.${entry.languages[language]?.hash}.pf_meta`)),
      )
      .map(([language]) => language),
  )
  const indexed = [...languages.keys()].filter((l) => !kept.has(l)).sort()
  // No page to index still makes Pagefind's scripts, which the search page loads.
  const indexedPages = () => indexed.flatMap((l) => languages.get(l)!.pages).sort()
  let built: IndexFiles = new Map()
  let pagefinds = 0
  if (indexed.length) {
    const shared = indexed.map((l): [string, string[]] => [l, languages.get(l)!.pages])
    const done = await indexLanguages(shared, views, split)
    built = done?.files ?? (await runPagefind(indexedPages(), views))
    pagefinds = done?.pagefinds ?? 1
  } else if (!languages.size) {
    built = await runPagefind([], views)
    pagefinds = 1
  }
  const entryOf = (files: Map<string, Buffer>) => {
    const text = files.get(entryFile)?.toString('utf8')
    return text ? (JSON.parse(text) as Entry) : undefined
  }
  let builtEntry = entryOf(built)
  // Pagefind named the languages otherwise than read here: index everything, as without a record.
  const named = Object.keys(builtEntry?.languages ?? {}).sort()
  if (kept.size && indexed.length && named.join() !== indexed.join()) {
    kept.clear()
    indexed.splice(0, indexed.length, ...[...languages.keys()].sort())
    built = await runPagefind([...pages].sort(), views)
    pagefinds = 1
    builtEntry = entryOf(built)
  }
  const before = new Set(filesUnder(out))
  // The whole index: what Pagefind wrote, the kept languages' files, and one entry for all.
  const files = new Map<string, Buffer | undefined>(built)
  const oldLanguages = Object.keys(entry?.languages ?? {})
  for (const name of before) {
    if (files.has(name)) continue
    const owner = oldLanguages.find((language) => ownedBy(name, language))
    // A kept language's file; with nothing indexed, the scripts Pagefind writes for all of them.
    if (owner ? kept.has(owner) : !built.size && name !== entryFile) files.set(name, undefined)
  }
  if (kept.size && entry) {
    const all: Entry['languages'] = { ...builtEntry?.languages }
    for (const language of kept) all[language] = entry.languages[language]
    files.set(entryFile, entryWith(builtEntry ?? entry, all))
  }
  // Written again once the folder holds the new index: a run stopped half way leaves none.
  if (options.record) rmSync(options.record, { force: true })
  const result: IndexResult = {
    pages: pages.length,
    languages: languages.size,
    indexed,
    pagefinds,
    written: 0,
    unchanged: 0,
    removed: 0,
  }
  for (const [name, content] of files) {
    const target = path.join(out, name)
    const same =
      before.delete(name) && (content === undefined || content.equals(readFileSync(target)))
    if (same) {
      result.unchanged++
      continue
    }
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content!)
    result.written++
  }
  // What the last index had and this one has not (a page's fragment, an older chunk).
  for (const name of before) {
    unlinkSync(path.join(out, name))
    result.removed++
  }
  if (options.record) {
    const next: IndexRecord = {
      version: pagefindVersion,
      format: recordFormat,
      languages: Object.fromEntries([...languages].sort().map(([l, g]) => [l, g.digest])),
    }
    writeFileSync(options.record, `${JSON.stringify(next, null, 2)}\n`)
  }
  return result
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const site = option('--site')
  if (!site) {
    console.error('Usage: tsx bin/search.ts --site DIR [--scan FILE] [--record FILE]')
    process.exit(2)
  }
  const started = Date.now()
  try {
    const pages = searchablePages(site, option('--scan'))
    const r = await indexSite(site, pages, { record: option('--record') })
    const indexed =
      (r.indexed.length === r.languages ? 'all' : r.indexed.join(', ') || 'none') +
      (r.pagefinds > 1 ? `, by ${r.pagefinds} Pagefinds at once` : '')
    console.log(
      `Search index: ${r.pages} pages in ${r.languages} languages (indexed again: ${indexed}); ${r.written} files written, ${r.unchanged} unchanged, ${r.removed} removed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    )
  } catch (error) {
    console.error(`Search index failed: ${(error as Error).message}`)
    process.exit(1)
  }
}

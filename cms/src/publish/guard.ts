/**
 * Checks a finished build before it may go live: it must have pages, must not have lost more than
 * a set share of the live release's pages, must have every section the content calls for, and
 * must not link to pages or files that are not in it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { setImmediate as nextTurn } from 'node:timers/promises'
import path from 'node:path'

import { sections } from '@hcri/shared/routes'

/** Every section with an index page, from the site's route table. */
const indexedSections = Object.entries(sections).flatMap(([collection, s]) =>
  s.index ? [{ collection, index: s.path, detail: s.detail }] : [],
)

export type GuardInput = {
  /** The folder served for the new release. */
  root: string
  /** The folder served for the live release, if there is one. */
  liveRoot?: string
  /** The live release's page count as its manifest has it: its pages are then not listed again. */
  livePages?: number
  /** The new release's pages, when the caller has listed them (htmlFiles). */
  pages?: string[]
  /** Published documents per collection. */
  counts: Record<string, number>
  /** Slugs of published documents: each must have its page in a section with detail pages. */
  slugs?: Record<string, string[]>
  maxShrink: number
}

export function htmlFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.html')) out.push(p)
    }
  }
  if (existsSync(root)) walk(root)
  return out
}

const exists = (root: string, urlPath: string) => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    // A % that starts no escape (`/100%-safe/`): no server can serve it, so the link is broken.
    return false
  }
  const file = path.join(root, decoded)
  if (!file.startsWith(root)) return false
  return (
    existsSync(file) && (urlPath.endsWith('/') ? existsSync(path.join(file, 'index.html')) : true)
  )
}

/*
 * The links of the pages checked lately, by file: a build that starts from an earlier release
 * keeps most of its pages as they were (moved with the folder, not written again), so they are not
 * read again. A file is the same file while its device, inode, size, modification and change times
 * are: anything that writes it changes them, moving its folder does not. Links are kept as numbers
 * into one table of the site's different links (21,000 on the full site): about 150 bytes a page.
 */
const pagesSeen = new Map<string, { links: Uint32Array; check: number }>()
const linkIds = new Map<string, number>()
const linkNames: string[] = []
/** Releases are checked one after another; a page is remembered over the last few of them. */
const keptChecks = 10
let checks = 0
const attr = /\s(?:href|src)="(\/[^"#?]*)/g

function linksOf(file: string): Uint32Array {
  const stat = statSync(file, { bigint: true })
  const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`
  const seen = pagesSeen.get(key)
  if (seen) {
    seen.check = checks
    return seen.links
  }
  const ids = new Set<number>()
  for (const match of readFileSync(file, 'utf8').matchAll(attr)) {
    const url = match[1]!
    let id = linkIds.get(url)
    if (id === undefined) {
      id = linkNames.push(url) - 1
      linkIds.set(url, id)
    }
    ids.add(id)
  }
  const links = Uint32Array.from(ids)
  pagesSeen.set(key, { links, check: checks })
  return links
}

/**
 * Returns the problems found; an empty list means the release may go live. Runs in the CMS's
 * process: it lets requests in between every few pages, so the CMS goes on answering while it
 * reads them all (reading each asynchronously instead took four times as long on the full site).
 */
export async function checkRelease({
  root,
  liveRoot,
  livePages,
  pages = htmlFiles(root),
  counts,
  slugs,
  maxShrink,
}: GuardInput): Promise<string[]> {
  const problems: string[] = []
  if (pages.length === 0 || !existsSync(path.join(root, 'index.html'))) {
    return ['The build has no pages (no home page).']
  }
  const before = livePages ?? (liveRoot && existsSync(liveRoot) ? htmlFiles(liveRoot).length : 0)
  if (before > 0 && pages.length < before * (1 - maxShrink)) {
    problems.push(
      `The build has ${pages.length} pages, the live site ${before}: more than ${Math.round(maxShrink * 100)} % would disappear.`,
    )
  }
  for (const s of indexedSections) {
    if ((counts[s.collection] ?? 0) === 0) continue
    const dir = path.join(root, s.index)
    if (!existsSync(path.join(dir, 'index.html'))) {
      problems.push(`The ${s.index} section is missing (${counts[s.collection]} published).`)
    } else if (s.detail) {
      const details = readdirSync(dir, { withFileTypes: true }).filter(
        (e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')),
      )
      if (details.length === 0) problems.push(`The ${s.index} section has no pages of its own.`)
      const expected = slugs?.[s.collection] ?? []
      const missing = expected.filter((slug) => !existsSync(path.join(dir, slug, 'index.html')))
      if (missing.length)
        problems.push(
          `${missing.length} of ${expected.length} published ${s.collection} would have no page (e.g. /${s.index}/${missing[0]}/).`,
        )
    }
  }
  const broken = new Map<string, string>()
  // The same few thousand links recur on every page (navigation, footer, lists): each is looked
  // up once. On the full site: 837,000 links, 21,000 different.
  const found = new Set<string>()
  checks++
  for (const [i, file] of pages.entries()) {
    if (i % 100 === 99) await nextTurn()
    for (const id of linksOf(file)) {
      const url = linkNames[id]!
      if (url.startsWith('//') || found.has(url) || broken.has(url)) continue
      if (exists(root, url)) found.add(url)
      else broken.set(url, path.relative(root, file))
    }
  }
  for (const [key, page] of pagesSeen) if (page.check < checks - keptChecks) pagesSeen.delete(key)
  // The table of links only grows: started again when it is far beyond any site's.
  if (linkNames.length > 1_000_000) {
    pagesSeen.clear()
    linkIds.clear()
    linkNames.length = 0
  }
  for (const [url, from] of [...broken].slice(0, 10))
    problems.push(`Broken link to ${url} (in ${from}).`)
  if (broken.size > 10) problems.push(`…and ${broken.size - 10} more broken links.`)
  return problems
}

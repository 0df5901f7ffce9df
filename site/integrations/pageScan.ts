/**
 * What the steps after `astro build` need to know of each built page: the characters it shows
 * (font subsetting), the script fonts it names, whether it keeps itself out of search engines
 * (sitemap) and whether it has a search body (Pagefind). Read once per build; a page this build
 * reused from the last one (not rendered again: src/lib/pageReads.ts `renderedPaths`) is taken
 * from the last build's scan instead of read again, which on the full site is most of the cost of
 * a publish after `astro build`. Saved in the cache folder beside Astro's incremental manifest;
 * bin/build.ts drops it with the other records when a build fails.
 */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { AstroIntegration } from 'astro'

import { pageReads } from '../src/lib/pageReads.ts'

export type PageScan = {
  /** Each character the file shows, once (UTF-16 code units; astral characters whole). */
  chars: string
  /** The script fonts (/_astro/ file names) the file names, as it is now. */
  fonts: string[]
  /** `<meta name="robots" content="noindex">`: out of the sitemap. */
  noindex: boolean
  /** Has a `data-pagefind-body`: the only pages Pagefind indexes. */
  searchable: boolean
}

/** The scan of one built site: every text file by its path in the client folder ('/'-separated). */
export type SiteScan = { clientDir: string; files: Map<string, PageScan> }

export const scanFile = 'page-scan.json'
const version = 1

/** Files whose text a page can show: pages, feeds and JSON, and scripts that write text. */
const textFile = /\.(html|xml|json|js|txt|ics)$/
/** Files that only a page's render writes, so an unrendered one is the last build's file. */
const renderedFile = /\.(html|json|ics)$/
/** A self-hosted font named in a page or stylesheet, its file name captured. */
export const fontReference = /\/_astro\/(noto-[a-z0-9-]+\.[\w-]+\.woff2)/g

/** The scan of one file's text. */
export function scanText(text: string): PageScan {
  const head = text.split('</head>')[0]!
  return {
    chars: charsOf(text),
    fonts: [...new Set([...text.matchAll(fontReference)].map((m) => m[1]!))].sort(),
    noindex: /<meta name="robots" content="noindex/.test(head),
    searchable: text.includes('data-pagefind-body'),
  }
}

/** A table of UTF-16 code units seen, reused page after page (a Set per character is too slow). */
const seen = new Uint8Array(0x10000)

/** Each character of `text` beyond printable ASCII, once (astral characters whole). */
export function charsOf(text: string): string {
  const found: number[] = []
  let astral = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Printable ASCII is always kept (integrations/subsetFonts.ts), so it is not listed per page.
    if (code <= 0x7e) continue
    if (code >= 0xd800 && code <= 0xdbff) {
      const char = String.fromCodePoint(text.codePointAt(i)!)
      if (!astral.includes(char)) astral += char
      i++
    } else if (!seen[code]) {
      seen[code] = 1
      found.push(code)
    }
  }
  for (const code of found) seen[code] = 0
  return String.fromCharCode(...found) + astral
}

/** The output file a prerendered pathname was written to (build.format 'directory'). */
export function fileOfPath(pathname: string): string {
  let decoded = pathname
  try {
    decoded = decodeURI(pathname)
  } catch {
    // Not percent-encoded after all (a literal `%`): the name as it is.
  }
  decoded = decoded.replace(/^\//, '')
  return decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded
}

/**
 * The text files of `clientDir` in walk order, each with the last build's scan when an unrendered
 * page's can be reused (`previous`, `rendered`: output files this build wrote), else to be read.
 */
function textFilesOf(
  clientDir: string,
  previous: Map<string, PageScan>,
  rendered?: Set<string>,
): [string, PageScan | undefined][] {
  const found: [string, PageScan | undefined][] = []
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(clientDir, rel), { withFileTypes: true })) {
      const file = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (file !== 'pagefind') walk(file)
        continue
      }
      if (!textFile.test(e.name) && !e.name.endsWith('.css')) continue
      const kept = previous.get(file)
      found.push([
        file,
        kept && rendered && !rendered.has(file) && renderedFile.test(file) ? kept : undefined,
      ])
    }
  }
  walk('')
  return found
}

/** Reads and scans one file of `clientDir`. */
export function scanFileOf(clientDir: string, file: string): PageScan {
  const scan = scanText(readFileSync(path.join(clientDir, file), 'utf8'))
  // A stylesheet names fonts but shows no text.
  return file.endsWith('.css') ? { ...scan, chars: '' } : scan
}

/**
 * Scans every text file in `clientDir`. `previous` and `rendered` (output files this build wrote)
 * let an unrendered page's scan be reused; without them everything is read.
 */
export function scanSite(
  clientDir: string,
  previous: Map<string, PageScan> = new Map(),
  rendered?: Set<string>,
): SiteScan {
  const files = new Map<string, PageScan>()
  for (const [file, kept] of textFilesOf(clientDir, previous, rendered))
    files.set(file, kept ?? scanFileOf(clientDir, file))
  return { clientDir, files }
}

/**
 * `scanSite`, reading on every core: the files to read are shared out between this thread and
 * `threads - 1` others (integrations/pageScanWorker.ts). A cold build of the full set reads
 * 28,000 files, 400 million characters: 5.4 s on one core, every other core idle (CPU profile).
 * Below `minFiles` files to read, or when a thread cannot start, it is read here alone.
 */
export async function scanSiteOnCores(
  clientDir: string,
  previous: Map<string, PageScan> = new Map(),
  rendered?: Set<string>,
  { threads = availableParallelism(), minFiles = 2000 } = {},
): Promise<SiteScan & { threads: number }> {
  const found = textFilesOf(clientDir, previous, rendered)
  const toRead = found.filter(([, kept]) => !kept).map(([file]) => file)
  const count = toRead.length < minFiles ? 1 : threads
  const read = new Map<string, PageScan>()
  let reading = 1
  if (count > 1) {
    // Every count-th file to each thread: a language's pages are alike in size, and together.
    const shares = Array.from({ length: count }, (_, i) => toRead.filter((_, j) => j % count === i))
    // A thread that fails leaves its share to be read here (and no rejection unheard).
    const others = shares
      .slice(1)
      .map((share) => scanInThread(clientDir, share).catch(() => undefined))
    for (const file of shares[0]!) read.set(file, scanFileOf(clientDir, file))
    for (const [i, other] of others.entries()) {
      const scanned = await other
      if (scanned) reading++
      for (const file of shares[i + 1]!)
        read.set(file, scanned?.get(file) ?? scanFileOf(clientDir, file))
    }
  }
  const files = new Map<string, PageScan>()
  for (const [file, kept] of found)
    files.set(file, kept ?? read.get(file) ?? scanFileOf(clientDir, file))
  return { clientDir, files, threads: reading }
}

/** The scans of `files`, read by another thread. */
function scanInThread(clientDir: string, files: string[]): Promise<Map<string, PageScan>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pageScanWorker.ts', import.meta.url), {
      workerData: { clientDir, files },
    })
    worker.once('message', (scans: [string, PageScan][]) => {
      resolve(new Map(scans))
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`Page scan thread stopped (${code})`)))
  })
}

export function loadScan(file: string): Map<string, PageScan> {
  if (!existsSync(file)) return new Map()
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; files?: unknown }
    return saved.version === version && saved.files && typeof saved.files === 'object'
      ? new Map(Object.entries(saved.files as Record<string, PageScan>))
      : new Map()
  } catch {
    // A damaged scan only costs reading every page again.
    return new Map()
  }
}

export function saveScan(file: string, scan: SiteScan) {
  writeFileSync(`${file}.tmp`, JSON.stringify({ version, files: Object.fromEntries(scan.files) }))
  renameSync(`${file}.tmp`, file)
}

const slot = Symbol.for('hcri.siteScan')

/** This build's scan, once `astro:build:done` has begun (the integration below makes it). */
export function siteScan(): SiteScan | undefined {
  return (globalThis as { [slot]?: SiteScan })[slot]
}

/**
 * Scans the built site when the build is done, before the sitemap and font subsetting use it
 * (listed before them in astro.config.mjs), and saves the scan after them (listed after).
 */
export default function pageScan(): { scan: AstroIntegration; save: AstroIntegration } {
  let file = ''
  return {
    scan: {
      name: 'hcri:page-scan',
      hooks: {
        'astro:config:done': ({ config }) => {
          file = fileURLToPath(new URL(scanFile, config.cacheDir))
        },
        'astro:build:done': async ({ dir, logger }) => {
          const reads = pageReads()
          const rendered = reads.enabled
            ? new Set([...reads.renderedPaths].map(fileOfPath))
            : undefined
          const previous = rendered ? loadScan(file) : undefined
          const scan = await scanSiteOnCores(fileURLToPath(dir), previous, rendered)
          ;(globalThis as { [slot]?: SiteScan })[slot] = scan
          const threads = scan.threads === 1 ? 'one thread' : `${scan.threads} threads`
          logger.info(`${scan.files.size} files scanned (read on ${threads})`)
        },
      },
    },
    save: {
      name: 'hcri:page-scan-save',
      hooks: {
        'astro:build:done': () => {
          const scan = siteScan()
          if (scan) saveScan(file, scan)
        },
      },
    },
  }
}

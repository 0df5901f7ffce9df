/**
 * Cuts the self-hosted script fonts (Nastaliq for Urdu, Bengali, Gurmukhi) down to the characters
 * the site shows. HarfBuzz's subsetter (subset-font) keeps the glyphs the fonts' OpenType layout
 * reaches from those characters, so joined and contextual Nastaliq forms and Bengali and Gurmukhi
 * conjuncts shape as before. Cut at the build's start to the text it is expected to show
 * (integrations/expectedText.ts: the content store, the sources, the formatters), so Vite names
 * the cut and the pages link it as they are rendered; after the build, the scan of the pages
 * checks it, and a character nobody expected is met by cutting again and rewriting the pages that
 * name the font (on the full set, rewriting every Urdu, Bengali and Punjabi page after a cold build
 * took 10-14 s). A cut is kept in the content-layer cache by the font and the characters, so an
 * unchanged site costs nothing on the next publish; a font that cannot be cut is left whole.
 */
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import subsetFont from 'subset-font'

import { languageFiles } from '@hcri/shared/i18n'

import { expectedText, sourcesIn } from './expectedText.ts'
import { fontReference, scanSite, siteScan, type PageScan, type SiteScan } from './pageScan.ts'

const require = createRequire(import.meta.url)

/** The fontsource files of the scripts the site self-hosts (as named in /_astro/). */
const scriptFont =
  /^noto-(nastaliq-urdu-arabic|sans-bengali-bengali|sans-gurmukhi-gurmukhi)-.*\.woff2$/
/** Printable ASCII: every page shows most of it, so it is always kept. */
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')

/** `texts`' characters, printable ASCII and every UI string in every language, each once. */
function textWith(texts: Iterable<string>): string {
  const chars = new Set<string>(ascii)
  const add = (text: string) => {
    for (const char of text) chars.add(char)
  }
  for (const text of texts) add(text)
  // Wherever a script may put them.
  for (const strings of Object.values(languageFiles))
    for (const value of Object.values(strings)) if (value) add(value)
  return [...chars].sort().join('')
}

/** The characters the scanned files show, and the characters every site shows. */
const textOf = (scan: SiteScan) => textWith([...scan.files.values()].map((file) => file.chars))

export type SubsetResult = {
  file: string
  before: number
  after: number
  /** Kept from an earlier build (the same font and text). */
  cached: boolean
  /** The cut made before the build (`cutAhead`), left as it is: no page was read or written. */
  ahead?: boolean
}

/** A font cut before the build (`cutAhead`): `source` is the whole font, `text` what it was cut to. */
export type AheadCut = { source: string; text: string }

/**
 * The fonts cut before the build, by name without hash, and what this build was expected to show
 * (`expectedText`, with the characters every cut keeps).
 */
export type Ahead = { cuts: Map<string, AheadCut>; text: string }

/** A cut of `font` to `text`, kept in `cacheDir` by the font and the text. */
async function cut(font: Buffer, text: string, cacheDir?: string) {
  const key = createHash('sha256').update(font).update(text).digest('hex').slice(0, 32)
  const cached = cacheDir ? path.join(cacheDir, `${key}.woff2`) : undefined
  if (cached && existsSync(cached)) return { subset: readFileSync(cached), cached: true }
  const subset = await subsetFont(font, text, { targetFormat: 'woff2' })
  if (cached) {
    mkdirSync(path.dirname(cached), { recursive: true })
    writeFileSync(cached, subset)
  }
  return { subset, cached: false }
}

/**
 * Subsets every script font in `dir/_astro` to the text of the files in `dir` (`scan`: this
 * build's scan of them, else they are read). `copiesDir`: Astro's stored copies of the pages, kept
 * the same as the pages so a page reused by the next build already names the fonts. `ahead`: the
 * fonts Vite named were cut before the build; each is cut to what this build was expected to show
 * and what its pages show, which is what it was already cut to unless the content changed the
 * characters since the cut was made (or a page shows one that was not expected): only then is it
 * cut again and are the pages naming it rewritten. A build from empty and a build that kept its
 * cuts so serve the same cut of each font, and a build from empty writes no page twice.
 */
export async function subsetFontsIn(
  dir: string,
  cacheDir?: string,
  scan: SiteScan = scanSite(dir),
  copiesDir?: string,
  ahead?: Ahead,
): Promise<SubsetResult[]> {
  const assets = path.join(dir, '_astro')
  if (!existsSync(assets)) return []
  const fonts = readdirSync(assets).filter((f) => scriptFont.test(f))
  if (fonts.length === 0) return []
  const shown = textOf(scan)
  const target = ahead ? textWith([ahead.text, shown]) : shown
  const results: SubsetResult[] = []
  const renames = new Map<string, string>()
  for (const name of fonts) {
    const file = path.join(assets, name)
    const named = readFileSync(file)
    const early = ahead?.cuts.get(stemOf(name))
    if (early?.text === target) {
      const before = statSync(early.source).size
      results.push({ file: name, before, after: named.length, cached: true, ahead: true })
      continue
    }
    const font = early ? readFileSync(early.source) : named
    const { subset, cached } = await cut(font, target, cacheDir)
    // A new name for new contents: /_astro/ files are cached as immutable, and a visitor holding
    // an older cut of the font would miss the glyphs of newly published words. The same contents
    // (new characters that are not the font's) keep their name.
    const renamed = subset.equals(named)
      ? name
      : name.replace(/\.[^.]+\.woff2$/, `.${hashOf(subset)}.woff2`)
    if (renamed !== name) {
      writeFileSync(path.join(assets, renamed), subset)
      rmSync(file)
    }
    renames.set(stemOf(name), renamed)
    results.push({ file: renamed, before: font.length, after: subset.length, cached })
  }
  await rewriteReferences(scan, renames, copiesDir)
  return results
}

/** A font's name without its hash: `noto-nastaliq-urdu-arabic-400-normal`. */
const stemOf = (name: string) => name.slice(0, name.indexOf('.'))

const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 10)

/**
 * Points the stylesheets and the pages' preload links at the renamed fonts: Astro's names, and a
 * reused page's names from an earlier cut. A file already naming the current cut is not read.
 * After a cold build that is every Urdu, Bengali and Punjabi page (14,000 at the full set), each
 * read and written twice (the page and Astro's copy): many at once, so the reads and writes run
 * on libuv's threads, on the other core, while this one replaces (sync, it was 9 s of a cold
 * build's profile).
 */
async function rewriteReferences(scan: SiteScan, renames: Map<string, string>, copiesDir?: string) {
  const current = (name: string) => renames.get(stemOf(name)) ?? name
  const stale = [...scan.files].filter(([, page]) =>
    page.fonts.some((name) => current(name) !== name),
  )
  const rewrite = async ([file, page]: [string, PageScan]) => {
    const full = path.join(scan.clientDir, file)
    const text = await readFile(full, 'utf8')
    const next = text.replace(fontReference, (whole, name: string) =>
      whole.replace(name, current(name)),
    )
    const copy = copiesDir && path.join(copiesDir, file)
    await Promise.all([writeFile(full, next), copy && existsSync(copy) && writeFile(copy, next)])
    page.fonts = page.fonts.map(current)
  }
  let next = 0
  const worker = async () => {
    while (next < stale.length) await rewrite(stale[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(rewritesAtOnce, stale.length) }, worker))
}

/** Files rewritten at once: enough to keep libuv's four threads busy. */
const rewritesAtOnce = 16

/** The whole fonts the site names (styles/global.css, ScriptFonts/fonts.ts): fontsource files. */
const fontsourceFile = /@fontsource\/([\w-]+)\/files\/([\w-]+\.woff2)/g

/** The script fonts named in the sources under `srcDir`, by file name: their whole fonts' paths. */
export function namedFonts(srcDir: string): Map<string, string> {
  const named = new Map<string, string>()
  for (const text of sourcesIn(srcDir))
    for (const [, pkg, name] of text.matchAll(fontsourceFile))
      if (scriptFont.test(name!)) {
        const dir = path.dirname(require.resolve(`@fontsource/${pkg}/package.json`))
        named.set(name!, path.join(dir, 'files', name!))
      }
  return named
}

/**
 * Cuts each named font to `expected` and the characters every cut keeps into `dir` (`<name>`, and
 * `<name>.txt`: what it was cut to), where Vite finds it (the aliases below). Kept as they are
 * while Astro keeps pages of an earlier build (`keep`): a new cut is a new file name in the code
 * behind every page, which would render them all again; a change of characters is met after the
 * build instead (`subsetFontsIn`). A font that cannot be cut is copied whole, with no text, so it
 * is cut after the build as before.
 */
export async function cutAhead(
  named: Map<string, string>,
  dir: string,
  expected: string,
  { keep, cacheDir }: { keep: boolean; cacheDir?: string },
): Promise<{ ahead: Ahead; made: string[] }> {
  const text = textWith([expected])
  const cuts = new Map<string, AheadCut>()
  const made: string[] = []
  mkdirSync(dir, { recursive: true })
  for (const [name, source] of named) {
    const file = path.join(dir, name)
    if (keep && existsSync(file) && existsSync(`${file}.txt`)) {
      cuts.set(stemOf(name), { source, text: readFileSync(`${file}.txt`, 'utf8') })
      continue
    }
    let cutText = text
    let subset: Buffer
    try {
      subset = (await cut(readFileSync(source), text, cacheDir)).subset
    } catch {
      subset = readFileSync(source)
      cutText = ''
    }
    writeFileSync(file, subset)
    writeFileSync(`${file}.txt`, cutText)
    cuts.set(stemOf(name), { source, text: cutText })
    made.push(name)
  }
  return { ahead: { cuts, text }, made }
}

/** Regular-expression text matching `text` literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export default function subsetFonts(): AstroIntegration {
  let cacheDir: string | undefined
  let copiesDir: string | undefined
  let astroCache = ''
  let named = new Map<string, string>()
  let aheadDir = ''
  let ahead: Ahead | undefined
  let sources: string[] = []
  return {
    name: 'hcri:subset-fonts',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return
        const srcDir = fileURLToPath(config.srcDir)
        named = namedFonts(srcDir)
        aheadDir = path.join(fileURLToPath(config.cacheDir), 'subset-fonts', 'ahead')
        // The shared package's sources: the interface strings and language names.
        sources = [srcDir, path.dirname(fileURLToPath(import.meta.resolve('@hcri/shared/i18n')))]
        // Vite names, and pages link, the cut made at the build's start (its query, `?url`, kept).
        const alias = [...named.keys()].map((name) => ({
          find: new RegExp(`^(?:.*/)?@fontsource/[\\w-]+/files/${literally(name)}(?=\\?|$)`),
          replacement: path.join(aheadDir, name),
        }))
        updateConfig({ vite: { resolve: { alias } } })
      },
      'astro:config:done': ({ config }) => {
        astroCache = fileURLToPath(config.cacheDir)
        cacheDir = path.join(astroCache, 'subset-fonts')
        // Where Astro keeps the pages it reuses (experimental.incrementalBuild), as in <outDir>.
        const outDir = fileURLToPath(config.outDir)
        const clientDir = fileURLToPath(config.build.client)
        if (config.experimental.incrementalBuild)
          copiesDir = path.join(astroCache, 'dist', path.relative(outDir, clientDir))
      },
      // After the content is synced (its store is on disk), before Vite reads a font.
      'astro:build:start': async ({ logger }) => {
        if (named.size === 0) return
        try {
          const store = path.join(astroCache, 'data-store.json')
          const keep = existsSync(path.join(astroCache, 'incremental-build.json'))
          const expected = expectedText(sources, store)
          const result = await cutAhead(named, aheadDir, expected, { keep, cacheDir })
          ahead = result.ahead
          if (result.made.length > 0)
            logger.info(`cut before the build to the expected text: ${result.made.join(', ')}`)
        } catch (error) {
          // Vite must find a font where the aliases point: whole, to be cut after the build.
          mkdirSync(aheadDir, { recursive: true })
          for (const [name, source] of named) {
            copyFileSync(source, path.join(aheadDir, name))
            rmSync(path.join(aheadDir, `${name}.txt`), { force: true })
          }
          ahead = undefined
          logger.warn(`Script fonts not cut before the build: ${(error as Error).message}`)
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const results = await subsetFontsIn(
            fileURLToPath(dir),
            cacheDir,
            siteScan(),
            copiesDir,
            ahead,
          )
          const kb = (n: number) => Math.round(n / 1024)
          for (const r of results)
            logger.info(
              `${r.file}: ${kb(r.before)} KB -> ${kb(r.after)} KB${r.ahead ? ' (cut before the build)' : r.cached ? ' (kept)' : ''}`,
            )
        } catch (error) {
          logger.warn(`Script fonts left whole: ${(error as Error).message}`)
        }
      },
    },
  }
}

/**
 * Cuts the self-hosted script fonts (Nastaliq for Urdu, Bengali, Gurmukhi) down to the characters
 * the built site uses, after the build and before Pagefind. HarfBuzz's subsetter (subset-font)
 * keeps the glyphs the fonts' OpenType layout reaches from those characters, so joined and
 * contextual Nastaliq forms and Bengali and Gurmukhi conjuncts shape as before. A subset is kept
 * in the content-layer cache by the font and the characters, so an unchanged site costs nothing
 * on the next publish; a font that cannot be cut is left whole, with a warning.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import subsetFont from 'subset-font'

import { languageFiles } from '@hcri/shared/i18n'

import { fontReference, scanSite, siteScan, type PageScan, type SiteScan } from './pageScan.ts'

/** The fontsource files of the scripts the site self-hosts (as named in /_astro/). */
const scriptFont =
  /^noto-(nastaliq-urdu-arabic|sans-bengali-bengali|sans-gurmukhi-gurmukhi)-.*\.woff2$/
/** Printable ASCII: every page shows most of it, so it is always kept. */
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')

/** The characters the scanned files show, and every UI string in every language. */
function textOf(scan: SiteScan): string {
  const chars = new Set<string>(ascii)
  const add = (text: string) => {
    for (const char of text) chars.add(char)
  }
  for (const file of scan.files.values()) add(file.chars)
  // Wherever a script may put them.
  for (const strings of Object.values(languageFiles))
    for (const value of Object.values(strings)) if (value) add(value)
  return [...chars].sort().join('')
}

export type SubsetResult = { file: string; before: number; after: number; cached: boolean }

/**
 * Subsets every script font in `dir/_astro` to the text of the files in `dir` (`scan`: this
 * build's scan of them, else they are read). `copiesDir`: Astro's stored copies of the pages, kept
 * the same as the pages so a page reused by the next build already names the fonts.
 */
export async function subsetFontsIn(
  dir: string,
  cacheDir?: string,
  scan: SiteScan = scanSite(dir),
  copiesDir?: string,
): Promise<SubsetResult[]> {
  const assets = path.join(dir, '_astro')
  if (!existsSync(assets)) return []
  const fonts = readdirSync(assets).filter((f) => scriptFont.test(f))
  if (fonts.length === 0) return []
  const text = textOf(scan)
  const results: SubsetResult[] = []
  const renames = new Map<string, string>()
  for (const name of fonts) {
    const file = path.join(assets, name)
    const font = readFileSync(file)
    const key = createHash('sha256').update(font).update(text).digest('hex').slice(0, 32)
    const cached = cacheDir ? path.join(cacheDir, `${key}.woff2`) : undefined
    const fromCache = !!cached && existsSync(cached)
    let subset: Buffer
    if (fromCache) subset = readFileSync(cached!)
    else {
      subset = await subsetFont(font, text, { targetFormat: 'woff2' })
      if (cached) {
        mkdirSync(path.dirname(cached), { recursive: true })
        writeFileSync(cached, subset)
      }
    }
    // A new name for new contents: /_astro/ files are cached as immutable, and a visitor holding
    // an older cut of the font would miss the glyphs of newly published words.
    const renamed = name.replace(/\.[^.]+\.woff2$/, `.${hashOf(subset)}.woff2`)
    writeFileSync(path.join(assets, renamed), subset)
    if (renamed !== name) rmSync(file)
    renames.set(stemOf(name), renamed)
    results.push({ file: renamed, before: font.length, after: subset.length, cached: fromCache })
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

export default function subsetFonts(): AstroIntegration {
  let cacheDir: string | undefined
  let copiesDir: string | undefined
  return {
    name: 'hcri:subset-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'subset-fonts')
        // Where Astro keeps the pages it reuses (experimental.incrementalBuild), as in <outDir>.
        const outDir = fileURLToPath(config.outDir)
        const clientDir = fileURLToPath(config.build.client)
        if (config.experimental.incrementalBuild)
          copiesDir = path.join(
            fileURLToPath(config.cacheDir),
            'dist',
            path.relative(outDir, clientDir),
          )
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const results = await subsetFontsIn(fileURLToPath(dir), cacheDir, siteScan(), copiesDir)
          const kb = (n: number) => Math.round(n / 1024)
          for (const r of results)
            logger.info(
              `${r.file}: ${kb(r.before)} KB -> ${kb(r.after)} KB${r.cached ? ' (kept)' : ''}`,
            )
        } catch (error) {
          logger.warn(`Script fonts left whole: ${(error as Error).message}`)
        }
      },
    },
  }
}

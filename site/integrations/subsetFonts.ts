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
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import subsetFont from 'subset-font'

import { languageFiles } from '@hcri/shared/i18n'

/** The fontsource files of the scripts the site self-hosts (as named in /_astro/). */
const scriptFont =
  /^noto-(nastaliq-urdu-arabic|sans-bengali-bengali|sans-gurmukhi-gurmukhi)-.*\.woff2$/
/** Files whose text a page can show: pages, feeds and JSON, and scripts that write text. */
const textFile = /\.(html|xml|json|js|txt)$/

/** The characters in the files a page can show; `fontUsers`: those naming a script font. */
function textOf(dir: string): { text: string; fontUsers: string[] } {
  // A table of UTF-16 code units seen (a Set per character costs a minute on the full site).
  const seen = new Uint8Array(0x10000)
  const astral = new Set<string>()
  const fontUsers: string[] = []
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdbff) {
        astral.add(String.fromCodePoint(text.codePointAt(i)!))
        i++
      } else seen[code] = 1
    }
  }
  const walk = (folder: string) => {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, e.name)
      if (e.isDirectory()) walk(file)
      else if (textFile.test(e.name) || e.name.endsWith('.css')) {
        const text = readFileSync(file, 'utf8')
        if (!e.name.endsWith('.css')) add(text)
        if (/\.(html|css)$/.test(e.name) && text.includes('/_astro/noto-')) fontUsers.push(file)
      }
    }
  }
  walk(dir)
  // Every UI string in every language too, wherever a script may put it.
  for (const strings of Object.values(languageFiles))
    for (const value of Object.values(strings)) if (value) add(value)
  let text = ''
  for (let code = 0; code < seen.length; code++) if (seen[code]) text += String.fromCharCode(code)
  return { text: text + [...astral].sort().join(''), fontUsers }
}

export type SubsetResult = { file: string; before: number; after: number; cached: boolean }

/** Subsets every script font in `dir/_astro` to the text of the files in `dir`. */
export async function subsetFontsIn(dir: string, cacheDir?: string): Promise<SubsetResult[]> {
  const assets = path.join(dir, '_astro')
  if (!existsSync(assets)) return []
  const fonts = readdirSync(assets).filter((f) => scriptFont.test(f))
  if (fonts.length === 0) return []
  const { text, fontUsers } = textOf(dir)
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
    renames.set(`/_astro/${name}`, `/_astro/${renamed}`)
    results.push({ file: renamed, before: font.length, after: subset.length, cached: fromCache })
  }
  rewriteReferences(fontUsers, renames)
  return results
}

const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 10)

/** Points the stylesheets and the pages' preload links at the renamed fonts. */
function rewriteReferences(files: string[], renames: Map<string, string>) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    let next = text
    for (const [from, to] of renames) next = next.replaceAll(from, to)
    if (next !== text) writeFileSync(file, next)
  }
}

export default function subsetFonts(): AstroIntegration {
  let cacheDir: string | undefined
  return {
    name: 'hcri:subset-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'subset-fonts')
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const results = await subsetFontsIn(fileURLToPath(dir), cacheDir)
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

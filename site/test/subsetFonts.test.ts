/**
 * The build's script-font subsetting (integrations/subsetFonts.ts), on the real fontsource files:
 * smaller, the same outlines and positions for the text the site shows (Nastaliq's joined forms
 * and Bengali conjuncts included), nothing for text it does not show, and kept between builds.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import * as hb from 'harfbuzzjs'
import subsetFont from 'subset-font'
import { afterAll, describe, expect, it } from 'vitest'

import { scanSite } from '../integrations/pageScan'
import { subsetFontsIn } from '../integrations/subsetFonts'

const require = createRequire(import.meta.url)
const fontFile = (pkg: string, name: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', name)

const urdu = 'ہیٹ کرائم کی رپورٹ کیسے کریں'
const bengali = 'ঘৃণামূলক অপরাধের রিপোর্ট'
const fonts = {
  urdu: {
    source: fontFile(
      '@fontsource/noto-nastaliq-urdu',
      'noto-nastaliq-urdu-arabic-400-normal.woff2',
    ),
    name: 'noto-nastaliq-urdu-arabic-400-normal.Ab12Cd34.woff2',
  },
  bengali: {
    source: fontFile('@fontsource/noto-sans-bengali', 'noto-sans-bengali-bengali-400-normal.woff2'),
    name: 'noto-sans-bengali-bengali-400-normal.Ef56Gh78.woff2',
  },
}

const work = mkdtempSync(path.join(os.tmpdir(), 'hcri-subset-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * A built site of one page showing `text`, with the two fonts in its `_astro`, named by its
 * stylesheet and preloaded by the page.
 */
function site(text: string): string {
  const dir = mkdtempSync(path.join(work, 'site-'))
  mkdirSync(path.join(dir, '_astro'))
  const preloads = Object.values(fonts).map((f) => `<link rel="preload" href="/_astro/${f.name}">`)
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${preloads.join('')}<p>${text}</p>`)
  const faces = Object.values(fonts).map((f) => `@font-face{src:url(/_astro/${f.name})}`)
  writeFileSync(path.join(dir, '_astro', 'site.css'), faces.join(''))
  for (const f of Object.values(fonts)) copyFileSync(f.source, path.join(dir, '_astro', f.name))
  return dir
}

/** The file a font was cut into: the page preloads it (under a new name). */
const cutFile = (dir: string, f: { name: string }) => {
  const page = readFileSync(path.join(dir, 'index.html'), 'utf8')
  const base = f.name.split('.')[0]!
  const name = new RegExp(`/_astro/(${base}\\.[^"]+\\.woff2)`).exec(page)?.[1]
  expect(name, `${base} preloaded`).toBeDefined()
  return path.join(dir, '_astro', name!)
}

/** Each glyph HarfBuzz shapes `text` into: its outline and position. */
async function shaped(woff2: Buffer, text: string) {
  const sfnt = await subsetFont(woff2, '', { keepAllGlyphs: true, targetFormat: 'sfnt' })
  const font = new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(sfnt))))
  const buffer = new hb.Buffer()
  buffer.addText(text)
  buffer.guessSegmentProperties()
  hb.shape(font, buffer)
  const positions = buffer.getGlyphPositions()
  return buffer.getGlyphInfos().map((info, i) => ({
    notdef: info.codepoint === 0,
    outline: font.glyphToPath(info.codepoint),
    advance: positions[i]!.xAdvance,
    offset: [positions[i]!.xOffset, positions[i]!.yOffset],
  }))
}

// Cutting a Nastaliq font is a second or two of CPU: on a loaded machine, more than Vitest's 5 s.
describe('script fonts cut to the site’s text', { timeout: 60_000 }, () => {
  const dir = site(`${urdu} ${bengali}`)
  const cache = path.join(work, 'cache')

  it('makes each font smaller, under a new name the stylesheet and the page use', async () => {
    const results = await subsetFontsIn(dir, cache)
    expect(results).toHaveLength(2)
    const css = readFileSync(path.join(dir, '_astro', 'site.css'), 'utf8')
    for (const r of results) {
      expect(r.cached).toBe(false)
      expect(r.after).toBeLessThan(r.before * 0.8)
      // Cached as immutable: new contents, new name; the old file is gone.
      expect(Object.values(fonts).map((f) => f.name)).not.toContain(r.file)
      expect(css).toContain(`/_astro/${r.file}`)
    }
    for (const f of Object.values(fonts)) {
      expect(existsSync(path.join(dir, '_astro', f.name))).toBe(false)
      expect(readFileSync(cutFile(dir, f)).length).toBeGreaterThan(0)
    }
  })

  it('shapes the site’s text exactly as the whole font does', async () => {
    for (const [text, f] of [
      [urdu, fonts.urdu],
      [bengali, fonts.bengali],
    ] as const) {
      const whole = await shaped(readFileSync(f.source), text)
      const cut = await shaped(readFileSync(cutFile(dir, f)), text)
      expect(whole.some((g) => g.notdef)).toBe(false)
      expect(cut).toEqual(whole)
    }
  })

  it('leaves out what the site does not show', async () => {
    // Sindhi letters: no Urdu text or UI string uses them.
    const cut = await shaped(readFileSync(cutFile(dir, fonts.urdu)), 'ڇڦ')
    expect(cut.every((g) => g.notdef)).toBe(true)
  })

  it('keeps a subset for the next build of the same text', async () => {
    const again = site(`${urdu} ${bengali}`)
    const results = await subsetFontsIn(again, cache)
    expect(results.every((r) => r.cached)).toBe(true)
    for (const f of Object.values(fonts)) {
      expect(cutFile(again, f)).toBe(cutFile(dir, f).replace(dir, again))
      expect(readFileSync(cutFile(again, f))).toEqual(readFileSync(cutFile(dir, f)))
    }
  })

  it('names a cut for other text differently', async () => {
    const other = site(`${urdu} ${bengali} ڇ`)
    await subsetFontsIn(other, cache)
    expect(path.basename(cutFile(other, fonts.urdu))).not.toBe(
      path.basename(cutFile(dir, fonts.urdu)),
    )
  })

  it('points a page reused from an earlier build, naming an earlier cut, at the new cut, and Astro’s copy of it too', async () => {
    const first = site(urdu)
    await subsetFontsIn(first, cache)
    const earlier = path.basename(cutFile(first, fonts.urdu))
    // The next build: Astro's fonts again, one new word, and the page reused as the first build left
    // it (restored from Astro's copy, which the first build kept the same).
    const next = site(`${urdu} ڇ`)
    const reused = readFileSync(path.join(first, 'index.html'), 'utf8')
    writeFileSync(path.join(next, 'reused.html'), reused)
    const copies = mkdtempSync(path.join(work, 'copies-'))
    writeFileSync(path.join(copies, 'reused.html'), reused)
    const previous = scanSite(first).files.get('index.html')!
    const scan = scanSite(next, new Map([['reused.html', previous]]), new Set(['index.html']))
    expect(scan.files.get('reused.html')!.fonts).toContain(earlier)

    await subsetFontsIn(next, cache, scan, copies)
    const now = path.basename(cutFile(next, fonts.urdu))
    expect(now).not.toBe(earlier)
    for (const page of [path.join(next, 'reused.html'), path.join(copies, 'reused.html')]) {
      const html = readFileSync(page, 'utf8')
      expect(html).toContain(`/_astro/${now}`)
      expect(html).not.toContain(earlier)
    }
    expect(scan.files.get('reused.html')!.fonts).toContain(now)
  })
})

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
import { fileURLToPath } from 'node:url'

import * as hb from 'harfbuzzjs'
import subsetFont from 'subset-font'
import { afterAll, describe, expect, it } from 'vitest'

import { scanSite } from '../integrations/pageScan'
import { cutAhead, namedFonts, subsetFontsIn } from '../integrations/subsetFonts'

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

describe(
  'script fonts cut before the build, to the text it is expected to show',
  { timeout: 60_000 },
  () => {
    const named = new Map(
      Object.values(fonts).map((f) => [f.name.replace(/\.[^.]+\.woff2$/, '.woff2'), f.source]),
    )
    const cache = path.join(work, 'ahead-cache')

    /**
     * What Vite makes of the cuts in `aheadDir`: a built site of one page showing `text`, its fonts
     * the cuts under Vite's names (a hash of their own), named by its stylesheet and preloaded.
     */
    function builtWith(aheadDir: string, text: string) {
      const dir = site(text)
      for (const f of Object.values(fonts)) {
        const cut = path.join(aheadDir, f.name.replace(/\.[^.]+\.woff2$/, '.woff2'))
        copyFileSync(cut, path.join(dir, '_astro', f.name))
      }
      return dir
    }

    it('names each font the site names in its sources, with its whole fontsource file', () => {
      const found = namedFonts(fileURLToPath(new URL('../src', import.meta.url)))
      expect([...found.keys()].sort()).toEqual([
        'noto-nastaliq-urdu-arabic-400-normal.woff2',
        'noto-sans-bengali-bengali-400-normal.woff2',
        'noto-sans-bengali-bengali-700-normal.woff2',
        'noto-sans-gurmukhi-gurmukhi-400-normal.woff2',
        'noto-sans-gurmukhi-gurmukhi-700-normal.woff2',
      ])
      for (const source of found.values()) expect(existsSync(source)).toBe(true)
    })

    it('serves the cut as Vite named it and rewrites no page when the pages show what was expected', async () => {
      const aheadDir = mkdtempSync(path.join(work, 'ahead-'))
      const { ahead, made } = await cutAhead(named, aheadDir, `${urdu} ${bengali}`, {
        keep: false,
        cacheDir: cache,
      })
      expect(made).toHaveLength(2)
      const dir = builtWith(aheadDir, urdu)
      const page = readFileSync(path.join(dir, 'index.html'))
      const results = await subsetFontsIn(dir, cache, scanSite(dir), undefined, ahead)
      expect(results.map((r) => [r.file, r.ahead])).toEqual(
        Object.values(fonts).map((f) => [f.name, true]),
      )
      expect(readFileSync(path.join(dir, 'index.html'))).toEqual(page)
      for (const r of results) expect(r.after).toBeLessThan(r.before * 0.8)
      // The cut shapes the expected text as the whole font does.
      for (const [text, f] of [
        [urdu, fonts.urdu],
        [bengali, fonts.bengali],
      ] as const)
        expect(await shaped(readFileSync(cutFile(dir, f)), text)).toEqual(
          await shaped(readFileSync(f.source), text),
        )
    })

    it('cuts again from the whole font and rewrites the pages when one shows a character nobody expected', async () => {
      const aheadDir = mkdtempSync(path.join(work, 'ahead-'))
      const { ahead } = await cutAhead(named, aheadDir, `${urdu} ${bengali}`, {
        keep: false,
        cacheDir: cache,
      })
      const dir = builtWith(aheadDir, `${urdu} ڇ`)
      const copies = mkdtempSync(path.join(work, 'copies-'))
      copyFileSync(path.join(dir, 'index.html'), path.join(copies, 'index.html'))
      await subsetFontsIn(dir, cache, scanSite(dir), copies, ahead)
      const now = cutFile(dir, fonts.urdu)
      expect(path.basename(now)).not.toBe(fonts.urdu.name)
      expect(readFileSync(path.join(copies, 'index.html'), 'utf8')).toContain(path.basename(now))
      const whole = await shaped(readFileSync(fonts.urdu.source), 'ڇ')
      expect(whole.some((g) => g.notdef)).toBe(false)
      expect(await shaped(readFileSync(now), `${urdu} ڇ`)).toEqual(
        await shaped(readFileSync(fonts.urdu.source), `${urdu} ڇ`),
      )
      // Not a Bengali letter: the Bengali cut is the same file, under the same name.
      expect(path.basename(cutFile(dir, fonts.bengali))).toBe(fonts.bengali.name)
    })

    it('keeps the cuts while a build keeps pages of the last one, and cuts anew when it does not', async () => {
      const aheadDir = mkdtempSync(path.join(work, 'ahead-'))
      await cutAhead(named, aheadDir, urdu, { keep: false, cacheDir: cache })
      const urduCut = path.join(aheadDir, 'noto-nastaliq-urdu-arabic-400-normal.woff2')
      const first = readFileSync(urduCut)
      const kept = await cutAhead(named, aheadDir, `${urdu} ڇ`, { keep: true, cacheDir: cache })
      expect(kept.made).toEqual([])
      expect(readFileSync(urduCut)).toEqual(first)
      // What the kept cut was made for, and what this build expects, which differ.
      expect(kept.ahead.cuts.get('noto-nastaliq-urdu-arabic-400-normal')!.text).not.toContain('ڇ')
      expect(kept.ahead.text).toContain('ڇ')
      const anew = await cutAhead(named, aheadDir, `${urdu} ڇ`, { keep: false, cacheDir: cache })
      expect(anew.made).toHaveLength(2)
      expect(readFileSync(urduCut)).not.toEqual(first)
    })

    it('copies a font that cannot be cut whole, to be cut after the build', async () => {
      const aheadDir = mkdtempSync(path.join(work, 'ahead-'))
      const broken = path.join(work, 'broken.woff2')
      writeFileSync(broken, 'not a font')
      const { ahead } = await cutAhead(
        new Map([['noto-sans-bengali-bengali-400-normal.woff2', broken]]),
        aheadDir,
        bengali,
        { keep: false },
      )
      expect(
        readFileSync(path.join(aheadDir, 'noto-sans-bengali-bengali-400-normal.woff2'), 'utf8'),
      ).toBe('not a font')
      expect(ahead.cuts.get('noto-sans-bengali-bengali-400-normal')!.text).toBe('')
    })
  },
)

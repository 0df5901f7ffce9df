/**
 * The scan of a built site the steps after `astro build` share (integrations/pageScan.ts): what a
 * page shows and says of itself, and a page the build did not render taken from the last scan.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { fileOfPath, scanSite, scanSiteOnCores, scanText } from '../integrations/pageScan'

const work = mkdtempSync(path.join(os.tmpdir(), 'hcri-scan-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

describe('one page', () => {
  it('lists each character beyond ASCII once, astral characters whole', () => {
    const scan = scanText(page('', 'ہیٹ ہیٹ café 🙂 🙂'))
    expect([...scan.chars].sort()).toEqual(['é', 'ہ', 'ٹ', 'ی', '🙂'].sort())
  })

  it('names the script fonts it preloads, says whether it is indexed and searchable', () => {
    const head =
      '<link rel="preload" href="/_astro/noto-nastaliq-urdu-arabic-400-normal.Ab12.woff2">' +
      '<meta name="robots" content="noindex">'
    const scan = scanText(page(head, '<main data-pagefind-body>x</main>'))
    expect(scan.fonts).toEqual(['noto-nastaliq-urdu-arabic-400-normal.Ab12.woff2'])
    expect(scan.noindex).toBe(true)
    expect(scan.searchable).toBe(true)
    // A page that only quotes the words in its body is neither.
    const quoted = scanText(page('', '<p>noindex, data-pagefind-ignore</p>'))
    expect(quoted.noindex).toBe(false)
    expect(quoted.searchable).toBe(false)
  })

  it('finds the file a pathname was written to', () => {
    expect(fileOfPath('/')).toBe('index.html')
    expect(fileOfPath('/ur/resources/%D8%A7/')).toBe('ur/resources/ا/index.html')
    expect(fileOfPath('/events/a.ics')).toBe('events/a.ics')
    // Already decoded, with a literal %: never a thrown error in the middle of a build.
    expect(fileOfPath('/100%/')).toBe('100%/index.html')
  })
})

describe('a built site', () => {
  const dir = mkdtempSync(path.join(work, 'site-'))
  mkdirSync(path.join(dir, 'kept'), { recursive: true })
  mkdirSync(path.join(dir, 'new'), { recursive: true })
  mkdirSync(path.join(dir, 'pagefind'), { recursive: true })
  writeFileSync(path.join(dir, 'kept', 'index.html'), page('', 'ਹੈ'))
  writeFileSync(path.join(dir, 'new', 'index.html'), page('', 'হয়'))
  writeFileSync(path.join(dir, 'sitemap-0.xml'), '<urlset>ł</urlset>')
  writeFileSync(path.join(dir, 'pagefind', 'x.json'), '"ž"')
  // What the last build's scan said, different from the files: only a reused page may keep it.
  const stale = { chars: 'X', fonts: [], noindex: true, searchable: true }
  const previous = new Map([
    ['kept/index.html', stale],
    ['new/index.html', stale],
    ['sitemap-0.xml', stale],
  ])

  it('takes a page this build did not render from the last scan, and reads everything else', () => {
    const scan = scanSite(dir, previous, new Set(['new/index.html']))
    expect(scan.files.get('kept/index.html')).toBe(stale)
    expect(scan.files.get('new/index.html')!.chars).toBe('হয়')
    // Written after the pages by the sitemap, whatever was rendered.
    expect(scan.files.get('sitemap-0.xml')!.chars).toBe('ł')
    // Pagefind's own output is not the site's text.
    expect(scan.files.has('pagefind/x.json')).toBe(false)
  })

  it('reads every page without a record of what was rendered', () => {
    const scan = scanSite(dir, previous)
    expect(scan.files.get('kept/index.html')!.chars).toBe('ਹੈ')
  })

  it('reads on several threads what one reads alone, in the same order', async () => {
    for (let i = 0; i < 7; i++) {
      mkdirSync(path.join(dir, 'many', String(i)), { recursive: true })
      writeFileSync(path.join(dir, 'many', String(i), 'index.html'), page('', `ਹ${'ড'.repeat(i)}`))
    }
    const rendered = new Set(['new/index.html', 'many/3/index.html'])
    const alone = scanSite(dir, previous, rendered)
    for (const threads of [2, 3]) {
      const shared = await scanSiteOnCores(dir, previous, rendered, { threads, minFiles: 0 })
      expect(shared.threads).toBe(threads)
      expect([...shared.files]).toEqual([...alone.files])
      expect(shared.files.get('kept/index.html')).toBe(stale)
    }
    expect(alone.files.get('many/6/index.html')!.chars).toBe('ਹড')
    // Too few files to share: read here, the same.
    const few = await scanSiteOnCores(dir, previous, rendered)
    expect(few.threads).toBe(1)
    expect([...few.files]).toEqual([...alone.files])
  })
})

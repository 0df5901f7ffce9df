/**
 * The search index step (bin/search.ts) with the real Pagefind: the pages it indexes, and an
 * index brought up to date file by file rather than written again whole.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { indexSite, searchablePages } from '../bin/search'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const page = (lang: string, title: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav>` +
  `<main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`

/** A built site: two pages with a search body (English, Urdu) and a list page without one. */
function site() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hcri-search-'))
  temps.push(dir)
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  write(
    'resources/report/index.html',
    page('en', 'Reporting hate crime', 'Call 101 or report online.'),
  )
  write(
    'ur/resources/report/index.html',
    page('ur', 'نفرت انگیز جرائم کی رپورٹ', 'آن لائن رپورٹ کریں'),
  )
  write('resources/index.html', page('en', 'Resources', 'Every resource', false))
  return { dir, write }
}

const indexFiles = (dir: string) =>
  (readdirSync(path.join(dir, 'pagefind'), { recursive: true }) as string[]).sort()

describe('searchablePages', () => {
  it('takes the pages with a search body from the build scan, or reads them without one', () => {
    const { dir } = site()
    const expected = ['resources/report/index.html', 'ur/resources/report/index.html']
    expect(searchablePages(dir)).toEqual(expected)
    const scan = path.join(dir, 'scan.json')
    writeFileSync(
      scan,
      JSON.stringify({
        version: 1,
        files: {
          'resources/report/index.html': { searchable: true },
          'resources/index.html': { searchable: false },
        },
      }),
    )
    // The scan's word is taken: the Urdu page is left out because the scan says nothing of it.
    expect(searchablePages(dir, scan)).toEqual(['resources/report/index.html'])
    // A scan naming a page that is not there is another build's: the pages are read instead.
    writeFileSync(
      scan,
      JSON.stringify({ version: 1, files: { 'resources/gone/index.html': { searchable: true } } }),
    )
    expect(searchablePages(dir, scan)).toEqual(expected)
    expect(searchablePages(dir, path.join(dir, 'missing.json'))).toEqual(expected)
  })
})

describe('indexSite', () => {
  it('indexes the pages in their languages, then rewrites only what a change touches', async () => {
    const { dir, write } = site()
    const pages = searchablePages(dir)
    const first = await indexSite(dir, pages)
    expect(first).toMatchObject({ pages: 2, languages: 2, unchanged: 0, removed: 0 })
    const files = indexFiles(dir)
    expect(files).toContain('pagefind.js')
    expect(files.filter((f) => f.startsWith('fragment/'))).toHaveLength(2)

    // The same pages: every file is already there as it would be written.
    const same = await indexSite(dir, pages)
    expect(same).toMatchObject({ written: 0, unchanged: first.written, removed: 0 })
    expect(indexFiles(dir)).toEqual(files)

    // One page changed: its fragment and the English index change, the Urdu ones do not; the
    // old fragment is removed, so the folder is what an index from empty would hold.
    write(
      'resources/report/index.html',
      page('en', 'Reporting hate crime', 'Call 999 in an emergency.'),
    )
    const changed = await indexSite(dir, pages)
    expect(changed.written).toBeGreaterThan(0)
    expect(changed.written).toBeLessThan(first.written)
    expect(changed.removed).toBeGreaterThan(0)
    const fresh = site()
    fresh.write(
      'resources/report/index.html',
      page('en', 'Reporting hate crime', 'Call 999 in an emergency.'),
    )
    await indexSite(fresh.dir, pages)
    expect(indexFiles(dir)).toEqual(indexFiles(fresh.dir))
    for (const file of indexFiles(dir).filter((f) => f.includes('.')))
      expect(readFileSync(path.join(dir, 'pagefind', file)), file).toEqual(
        readFileSync(path.join(fresh.dir, 'pagefind', file)),
      )
  })
})

/**
 * The search index step (bin/search.ts) with the real Pagefind: the pages it indexes, and an
 * index brought up to date file by file rather than written again whole.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import * as pagefind from 'pagefind'

import { indexSite, searchablePages, searchView } from '../bin/search'

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

/** The folder's index equals one Pagefind makes from empty for the same pages, byte for byte. */
async function expectSameAsFresh(dir: string, pages: string[]) {
  const fresh = site()
  for (const file of pages) fresh.write(file, readFileSync(path.join(dir, file), 'utf8'))
  await indexSite(fresh.dir, pages)
  expect(indexFiles(dir)).toEqual(indexFiles(fresh.dir))
  for (const file of indexFiles(dir).filter((f) => f.includes('.')))
    expect(readFileSync(path.join(dir, 'pagefind', file)), file).toEqual(
      readFileSync(path.join(fresh.dir, 'pagefind', file)),
    )
}

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
    await expectSameAsFresh(dir, pages)
  })
})

describe('indexSite on several cores', () => {
  it('shares the languages out between Pagefinds, one per core: the same files as one Pagefind', async () => {
    const { dir } = site()
    const pages = searchablePages(dir)
    const split = await indexSite(dir, pages, { threads: 2, minPages: 1 })
    expect(split).toMatchObject({ indexed: ['en', 'ur'], pagefinds: 2 })
    // One Pagefind (these languages are smaller than a thread is worth by default).
    await expectSameAsFresh(dir, pages)
    // One core: one Pagefind.
    expect(await indexSite(site().dir, pages, { threads: 1, minPages: 1 })).toMatchObject({
      pagefinds: 1,
    })
  })
})

describe('indexSite with a record of what the index was made from', () => {
  const english = 'resources/report/index.html'
  const urdu = 'ur/resources/report/index.html'

  it('indexes again only the languages whose pages changed, and the result is the whole index', async () => {
    const { dir, write } = site()
    const record = path.join(dir, '..', `${path.basename(dir)}.json`)
    temps.push(record)
    const pages = searchablePages(dir)
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['en', 'ur'])

    // Nothing changed: Pagefind is not run, nothing is written or removed (its scripts stay).
    const same = await indexSite(dir, pages, { record })
    expect(same).toMatchObject({ indexed: [], written: 0, removed: 0 })
    expect(indexFiles(dir)).toContain('pagefind.js')

    // An English page changed: English again, the Urdu files kept as they were.
    const urduFiles = indexFiles(dir).filter((f) => /(^|\/)(pagefind\.)?ur_/.test(f))
    write(english, page('en', 'Reporting hate crime', 'Call 999 in an emergency.'))
    const changed = await indexSite(dir, pages, { record })
    expect(changed.indexed).toEqual(['en'])
    expect(changed.written).toBeGreaterThan(0)
    expect(indexFiles(dir).filter((f) => /(^|\/)(pagefind\.)?ur_/.test(f))).toEqual(urduFiles)
    await expectSameAsFresh(dir, pages)

    write(urdu, page('ur', 'نفرت انگیز جرائم کی رپورٹ', 'ہنگامی صورت میں 999 پر کال کریں'))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['ur'])
    await expectSameAsFresh(dir, pages)

    // The Urdu page gone: nothing to index again, the Urdu files and entry removed.
    const removed = await indexSite(dir, [english], { record })
    expect(removed).toMatchObject({ indexed: [], languages: 1 })
    expect(removed.removed).toBeGreaterThan(0)
    await expectSameAsFresh(dir, [english])
  })

  it('leaves a language alone when only what Pagefind does not read changed', async () => {
    const { dir, write } = site()
    const record = path.join(dir, '..', `${path.basename(dir)}.json`)
    temps.push(record)
    const withHead = (head: string) =>
      page('ur', 'نفرت انگیز جرائم کی رپورٹ', 'آن لائن رپورٹ کریں').replace(
        '</head>',
        `${head}</head>`,
      )
    write(urdu, withHead('<meta property="article:modified_time" content="2026-12-01T10:00:00Z">'))
    const pages = searchablePages(dir)
    await indexSite(dir, pages, { record })

    // The page's modified time in the head: not in the index, so Urdu is not indexed again, and
    // the folder is still what Pagefind makes of the page as it is now.
    write(urdu, withHead('<meta property="article:modified_time" content="2026-12-01T11:00:00Z">'))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual([])
    await expectSameAsFresh(dir, pages)

    // Metadata Pagefind is told to take from the head is read: indexed again.
    write(urdu, withHead('<meta data-pagefind-meta="image[content]" content="/a.png">'))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['ur'])
    await expectSameAsFresh(dir, pages)
  })

  it('indexes everything when the record cannot be trusted for the folder', async () => {
    const { dir } = site()
    const record = path.join(dir, '..', `${path.basename(dir)}.json`)
    temps.push(record)
    const pages = searchablePages(dir)
    await indexSite(dir, pages, { record })

    // Made by another version of Pagefind.
    const kept = JSON.parse(readFileSync(record, 'utf8')) as { version: string }
    writeFileSync(record, JSON.stringify({ ...kept, version: '0.0.1' }))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['en', 'ur'])

    // A language's files missing from the folder.
    const meta = indexFiles(dir).find((f) => f.startsWith('pagefind.ur_'))!
    rmSync(path.join(dir, 'pagefind', meta))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['ur'])
    await expectSameAsFresh(dir, pages)

    // No record (a run stopped half way removes it first).
    rmSync(record)
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['en', 'ur'])
  })
})

/** What Pagefind itself makes of whole pages, file name → bytes (its own defaults, as before). */
async function pagefindOfWholePages(dir: string, pages: string[]) {
  const { index } = await pagefind.createIndex({})
  try {
    for (const sourcePath of [...pages].sort())
      await index!.addHTMLFile({
        sourcePath,
        content: readFileSync(path.join(dir, sourcePath), 'utf8'),
      })
    const { files } = await index!.getFiles()
    return new Map(files.map((f) => [f.path.split(path.sep).join('/'), Buffer.from(f.content)]))
  } finally {
    await pagefind.close()
  }
}

describe('what Pagefind is given of a page (searchView)', () => {
  /** A page as the site builds them: header, menus, a search body with nested parts, a footer. */
  const fullPage = (title: string, related: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Site</title>` +
    `<style>.a{color:red}</style><script type="application/ld+json">{"name":"${title}"}</script>` +
    `<meta data-pagefind-meta="summary[content]" content="A summary"></head>` +
    `<body class="page"><header><a href="/">Site</a><nav><ul><li>Menu</li></ul></nav></header>` +
    `<main><div class="container" data-pagefind-body><h1>${title}</h1>` +
    `<div class="lead"><div><p>Call <strong>101</strong> to report.</p></div></div>` +
    `<img src="/own.webp" alt="A picture of the advice">` +
    `<aside data-pagefind-ignore><p>Not searched</p></aside></div>` +
    `<section class="related"><h2>Related</h2><p>${related}</p></section></main>` +
    `<footer><p>Footer text</p></footer><script>console.log(1)</script></body></html>`

  it('is the head tags Pagefind reads and the search body, cut from the page as it is', () => {
    const view = searchView(Buffer.from(fullPage('Reporting', 'Other advice'))).toString('utf8')
    expect(view).toBe(
      '<html lang="en">\n<title>Reporting | Site</title>\n' +
        '<meta data-pagefind-meta="summary[content]" content="A summary">' +
        '<body class="page"><div class="container" data-pagefind-body><h1>Reporting</h1>' +
        '<div class="lead"><div><p>Call <strong>101</strong> to report.</p></div></div>' +
        '<img src="/own.webp" alt="A picture of the advice">' +
        '<aside data-pagefind-ignore><p>Not searched</p></aside></div></body></html>',
    )
  })

  it('makes the index Pagefind makes of the whole pages, byte for byte', async () => {
    const { dir, write } = site()
    write('resources/report/index.html', fullPage('Reporting', 'Other advice'))
    write('resources/online/index.html', fullPage('Online hate', 'More advice'))
    const pages = searchablePages(dir).filter((p) => !p.startsWith('ur/'))
    rmSync(path.join(dir, 'ur'), { recursive: true })
    await indexSite(dir, pages)
    const whole = await pagefindOfWholePages(dir, pages)
    expect(indexFiles(dir).filter((f) => f.includes('.'))).toEqual([...whole.keys()].sort())
    for (const [file, content] of whole)
      expect(readFileSync(path.join(dir, 'pagefind', file)), file).toEqual(content)
  })

  it("leaves a language alone when only a page's menus or related items changed", async () => {
    const { dir, write } = site()
    const record = path.join(dir, '..', `${path.basename(dir)}.json`)
    temps.push(record)
    write('resources/online/index.html', fullPage('Online hate', 'More advice'))
    const pages = searchablePages(dir)
    await indexSite(dir, pages, { record })
    write('resources/online/index.html', fullPage('Online hate', 'A newer related item'))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual([])
    write('resources/online/index.html', fullPage('Online hate now', 'A newer related item'))
    expect((await indexSite(dir, pages, { record })).indexed).toEqual(['en'])
  })

  it('is the whole page when Pagefind would read something outside the search body', () => {
    const page = fullPage('Reporting', 'Other advice').replace(
      '<footer>',
      '<footer><span data-pagefind-filter="topic">Online</span>',
    )
    const view = searchView(Buffer.from(page)).toString('utf8')
    expect(view).toContain('<header>')
    expect(view).toContain('data-pagefind-filter="topic">Online</span>')
    expect(view).not.toContain('<style>')
    // No search body, or one never closed: whole, as Pagefind would read it.
    expect(
      searchView(Buffer.from('<html lang="en"><body><p>Text</p></body></html>')).toString(),
    ).toBe('<html lang="en"><body><p>Text</p></body></html>')
    const open = '<html lang="en"><body><div data-pagefind-body><p>Text</p></body></html>'
    expect(searchView(Buffer.from(open)).toString()).toBe(open)
  })

  it('does not end the search body at a tag written inside a script, a style or a comment', () => {
    const body =
      '<div data-pagefind-body><h1>Title</h1><!-- a </div> in a comment -->' +
      '<script type="application/ld+json">{"html":"</div><div>"}</script>' +
      '<style>.x::after{content:"</div>"}</style><p>After them</p></div>'
    const page = `<html lang="en"><head><title>T</title></head><body><nav>Menu</nav>${body}<footer>F</footer></body></html>`
    expect(searchView(Buffer.from(page)).toString()).toBe(
      `<html lang="en">\n<title>T</title><body>${body}</body></html>`,
    )
  })
})

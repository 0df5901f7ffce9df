import { describe, expect, it } from 'vitest'

import { entryLimit, indexFile, sitemapFiles, type SitemapOptions } from '../integrations/sitemap'

const options: SitemapOptions = {
  defaultLocale: 'en',
  locales: { en: 'en-GB', ur: 'ur', pl: 'pl' },
}
const site = 'https://hcri.example'

/** Each listed page with its alternates (hreflang → URL, in their order), in the file's order. */
function entries(xml: string) {
  return [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
    loc,
    alternates: [...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
      ([, lang, href]) => `${lang} ${href}`,
    ),
  }))
}

describe('sitemap', () => {
  it('lists each page with its pages in the other languages, the default one as en-GB', () => {
    const files = sitemapFiles(
      ['', 'ur/', 'resources/a/', 'ur/resources/a/', 'privacy/'],
      site,
      options,
    )
    expect([...files.keys()]).toEqual(['sitemap-0.xml', indexFile])
    const home = [`en-GB ${site}/`, `ur ${site}/ur/`]
    const resource = [`en-GB ${site}/resources/a/`, `ur ${site}/ur/resources/a/`]
    expect(entries(files.get('sitemap-0.xml')!)).toEqual([
      { loc: `${site}/`, alternates: home },
      // A page in one language only has no alternates.
      { loc: `${site}/privacy/`, alternates: [] },
      { loc: `${site}/resources/a/`, alternates: resource },
      { loc: `${site}/ur/`, alternates: home },
      { loc: `${site}/ur/resources/a/`, alternates: resource },
    ])
    expect(files.get(indexFile)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    )
  })

  it('leaves out what the filter refuses, also as an alternate, and error pages in every language', () => {
    const files = sitemapFiles(
      ['resources/a/', 'ur/resources/a/', 'pl/resources/a/', '404/', 'ur/404/', '500/', 'exit/'],
      site,
      { ...options, filter: (url) => !url.includes('/ur/') && !url.endsWith('/exit/') },
    )
    expect(entries(files.get('sitemap-0.xml')!)).toEqual([
      {
        loc: `${site}/pl/resources/a/`,
        alternates: [`pl ${site}/pl/resources/a/`, `en-GB ${site}/resources/a/`],
      },
      {
        loc: `${site}/resources/a/`,
        alternates: [`pl ${site}/pl/resources/a/`, `en-GB ${site}/resources/a/`],
      },
    ])
  })

  it('orders numbers by value, escapes what XML must, keeps non-Latin paths percent-encoded', () => {
    const files = sitemapFiles(
      ['events/page-10/', 'events/page-9/', "stories/o'brien/", 'ur/resources/وسائل/'],
      site,
      options,
    )
    expect(entries(files.get('sitemap-0.xml')!).map((e) => e.loc)).toEqual([
      `${site}/events/page-9/`,
      `${site}/events/page-10/`,
      `${site}/stories/o&#39;brien/`,
      `${site}/ur/resources/%D9%88%D8%B3%D8%A7%D8%A6%D9%84/`,
    ])
  })

  it('starts a new file past the limit of one, and the index lists them all', () => {
    const pages = Array.from({ length: entryLimit + 2 }, (_, i) => `events/${i}/`)
    const files = sitemapFiles(pages, site, options)
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', indexFile])
    expect(entries(files.get('sitemap-0.xml')!)).toHaveLength(entryLimit)
    expect(entries(files.get('sitemap-1.xml')!).map((e) => e.loc)).toEqual([
      `${site}/events/${entryLimit}/`,
      `${site}/events/${entryLimit + 1}/`,
    ])
    expect(files.get(indexFile)).toContain(`<loc>${site}/sitemap-1.xml</loc>`)
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  absoluteUrl,
  docHref,
  localeParams,
  otherLocales,
  paramPaths,
  sectionHref,
  siteUrl,
} from '../../src/lib/routes'
import { builtPages, builtUrls } from './route-urls'

describe('localeParams', () => {
  it('gives English first, at the root (no locale param), then every other language once', () => {
    expect(localeParams()).toStrictEqual([
      { params: { locale: undefined }, props: { locale: 'en' } },
      { params: { locale: 'ur' }, props: { locale: 'ur' } },
      { params: { locale: 'pa' }, props: { locale: 'pa' } },
      { params: { locale: 'bn' }, props: { locale: 'bn' } },
      { params: { locale: 'pl' }, props: { locale: 'pl' } },
    ])
    expect(otherLocales.map((l) => l.code)).toEqual(['ur', 'pa', 'bn', 'pl'])
  })

  it('repeats each path in every language, keeping its own params and props', () => {
    const paths = localeParams([
      { params: { slug: 'a' }, props: { slug: 'a', count: 1 } },
      { params: { slug: 'b' }, props: { slug: 'b', count: 2 } },
    ])
    expect(paths).toHaveLength(2 * 5)
    expect(paths.slice(0, 3)).toStrictEqual([
      { params: { slug: 'a', locale: undefined }, props: { slug: 'a', count: 1, locale: 'en' } },
      { params: { slug: 'b', locale: undefined }, props: { slug: 'b', count: 2, locale: 'en' } },
      { params: { slug: 'a', locale: 'ur' }, props: { slug: 'a', count: 1, locale: 'ur' } },
    ])
    expect(paths.map((p) => `${p.props.locale}:${p.params.slug}`)).toEqual(
      ['en', 'ur', 'pa', 'bn', 'pl'].flatMap((l) => [`${l}:a`, `${l}:b`]),
    )
  })

  it('gives no page for no paths', () => {
    expect(localeParams([])).toEqual([])
  })
})

describe('paramPaths', () => {
  it('gives each value as the param and as the prop of that name', () => {
    expect(paramPaths('category', ['support', 'research'])).toStrictEqual([
      { params: { category: 'support' }, props: { category: 'support' } },
      { params: { category: 'research' }, props: { category: 'research' } },
    ])
    expect(paramPaths('slug', [])).toEqual([])
  })
})

describe('pages without params of their own', () => {
  it('has the home page at the root in English and at each language’s prefix', async () => {
    expect(await builtPages('[...locale]/index.astro')).toEqual([
      { url: '/', props: { locale: 'en' } },
      { url: '/ur/', props: { locale: 'ur' } },
      { url: '/pa/', props: { locale: 'pa' } },
      { url: '/bn/', props: { locale: 'bn' } },
      { url: '/pl/', props: { locale: 'pl' } },
    ])
  })

  it('has a feed per language, and a page of the site’s own in each', async () => {
    expect(await builtUrls('[...locale]/rss.xml.ts')).toEqual([
      '/rss.xml',
      '/ur/rss.xml',
      '/pa/rss.xml',
      '/bn/rss.xml',
      '/pl/rss.xml',
    ])
    expect(await builtUrls('[...locale]/staying-safe-online.astro')).toEqual([
      '/staying-safe-online/',
      '/ur/staying-safe-online/',
      '/pa/staying-safe-online/',
      '/bn/staying-safe-online/',
      '/pl/staying-safe-online/',
    ])
  })
})

describe('links', () => {
  it('to a section’s index and to a document, in each language', () => {
    expect(sectionHref('en', 'resources')).toBe('/resources/')
    expect(sectionHref('ur', 'places')).toBe('/ur/safe-spaces/')
    expect(docHref('en', 'films', 'report-it')).toBe('/films/report-it/')
    expect(docHref('pa', 'pages', 'about')).toBe('/pa/about/')
    expect(docHref('pl', 'places', 'walsall-library')).toBe('/pl/safe-spaces/#walsall-library')
  })

  it('refuses a document without an address rather than link nowhere', () => {
    expect(() => docHref('en', 'films', '')).toThrow('No public address for films ""')
  })
})

describe('the site’s own address', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is the site Astro is configured with, and makes paths absolute on it', () => {
    vi.stubEnv('SITE', 'https://hcri.example.org')
    expect(siteUrl().href).toBe('https://hcri.example.org/')
    expect(absoluteUrl('/ur/resources/how-to-report/')).toBe(
      'https://hcri.example.org/ur/resources/how-to-report/',
    )
    expect(absoluteUrl('/safe-spaces/#walsall-library')).toBe(
      'https://hcri.example.org/safe-spaces/#walsall-library',
    )
    expect(absoluteUrl('/_astro/og.abc123.jpg')).toBe(
      'https://hcri.example.org/_astro/og.abc123.jpg',
    )
  })

  it('follows the configured site', () => {
    vi.stubEnv('SITE', 'http://localhost:4400')
    expect(absoluteUrl('/pl/rss.xml')).toBe('http://localhost:4400/pl/rss.xml')
  })
})

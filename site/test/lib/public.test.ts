import { describe, expect, it, vi } from 'vitest'

import { fallbackLang, fieldAttrs, filmSource, londonIso, mmss } from '../../src/lib/public'
import { store } from './astro-content'
import { builtPages, builtUrls, inEveryLanguage } from './route-urls'

vi.mock('astro:content', () => import('./astro-content'))

store.collections.films = [
  { id: 1, slug: 'report-it', title: { en: 'Report it' } },
  { id: 2, slug: null, title: { en: 'No address yet' } },
]
/** `n` documents of a list, for its later pages. */
const many = (n: number, name: string) =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    slug: `${name}-${i + 1}`,
    title: { en: name },
  }))
// One over a page of 24, and a full page exactly.
store.collections.stories = many(25, 'story')
store.collections.events = many(24, 'event')
store.collections.media = [
  {
    id: 7,
    filename: 'report it.webm',
    mimeType: 'video/webm',
    url: '/api/media/file/report%20it.webm',
  },
]

describe('londonIso: Walsall time with its offset', () => {
  it.each([
    // Winter: GMT, UTC+0.
    ['2027-01-09T10:00:00.000Z', '2027-01-09T10:00:00+00:00'],
    ['2027-01-09T00:00:00.000Z', '2027-01-09T00:00:00+00:00'],
    // Summer: BST, UTC+1, so the London date can be the next day.
    ['2027-06-10T09:00:00.000Z', '2027-06-10T10:00:00+01:00'],
    ['2027-07-01T23:30:00.000Z', '2027-07-02T00:30:00+01:00'],
    // Clocks go forward at 01:00 UTC on the last Sunday of March…
    ['2027-03-28T00:59:59.000Z', '2027-03-28T00:59:59+00:00'],
    ['2027-03-28T01:00:00.000Z', '2027-03-28T02:00:00+01:00'],
    // …and back at 01:00 UTC on the last Sunday of October: 01:30 happens twice.
    ['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00+01:00'],
    ['2027-10-31T01:30:00.000Z', '2027-10-31T01:30:00+00:00'],
  ])('%s → %s', (utc, london) => {
    expect(londonIso(utc)).toBe(london)
    expect(londonIso(new Date(utc))).toBe(london)
  })
})

describe('mmss', () => {
  it.each([
    [0, '0:00'],
    [9.4, '0:09'],
    [59.6, '1:00'],
    [95, '1:35'],
    [3600, '60:00'],
  ])('%s s → %s', (seconds, text) => expect(mmss(seconds)).toBe(text))
})

describe('English fallback of one field', () => {
  const doc = { missing: ['title', 'body.root.children.0', 'summaryExtra'] }

  it('marks a field that fell back, or any part of it, as English', () => {
    expect(fallbackLang(doc, 'title')).toBe('en')
    expect(fallbackLang(doc, 'body')).toBe('en')
    expect(fieldAttrs(doc, 'title')).toEqual({ lang: 'en', dir: 'ltr' })
  })

  it('leaves a translated field alone, even one whose name starts the same', () => {
    expect(fallbackLang(doc, 'summary')).toBeUndefined()
    expect(fallbackLang({ missing: [] }, 'title')).toBeUndefined()
    expect(fieldAttrs(doc, 'summary')).toEqual({})
  })
})

describe('document pages', () => {
  it('gives every document with a slug its page, English at the root, others prefixed', async () => {
    const pages = await builtPages('[...locale]/films/[slug].astro')
    expect(pages.map((p) => p.url)).toEqual([
      '/films/report-it/',
      '/ur/films/report-it/',
      '/pa/films/report-it/',
      '/bn/films/report-it/',
      '/pl/films/report-it/',
    ])
    expect(pages[1]!.props).toEqual({ locale: 'ur', slug: 'report-it' })
  })

  it('gives later list pages only where a list runs over 24', async () => {
    const pages = await builtPages('[...locale]/stories/page/[page].astro')
    expect(pages.map((p) => p.url)).toEqual(inEveryLanguage(['/stories/page/2/']))
    expect(pages[0]!.props).toEqual({ locale: 'en', page: 2 })
    expect(await builtUrls('[...locale]/events/page/[page].astro')).toEqual([])
    expect(await builtUrls('[...locale]/films/page/[page].astro')).toEqual([])
  })
})

describe('filmSource', () => {
  it('plays an uploaded film from this site’s /media/', async () => {
    expect(await filmSource('upload', 7, null)).toEqual({
      kind: 'upload',
      src: '/media/report%20it.webm',
      type: 'video/webm',
    })
    expect(await filmSource('upload', 99, null)).toBeUndefined()
  })

  it('reads the video id of a platform film from its address', async () => {
    expect(await filmSource('youtube', null, 'https://youtu.be/dQw4w9WgXcQ')).toEqual({
      kind: 'external',
      provider: 'youtube',
      id: 'dQw4w9WgXcQ',
    })
    expect(await filmSource('vimeo', null, 'https://vimeo.com/76979871')).toEqual({
      kind: 'external',
      provider: 'vimeo',
      id: '76979871',
    })
    expect(await filmSource('youtube', null, 'https://example.org/not-a-video')).toBeUndefined()
    expect(await filmSource('youtube', null, undefined)).toBeUndefined()
  })
})

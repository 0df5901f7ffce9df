import { describe, expect, it } from 'vitest'

import {
  attribution,
  licence,
  partnerFileProblems,
  type ContentItem,
  type OEmbed,
} from '../src/partners'

const oembed: OEmbed = {
  type: 'rich',
  version: '1.0',
  title: 'What is a hate crime?',
  provider_name: 'Walsall Hate Crime Reduction Initiative',
  provider_url: 'https://example.org/',
  author_name: 'Walsall Hate Crime Reduction Initiative',
  author_url: 'https://example.org/',
  html: '<iframe src="https://example.org/embed/resources/what-is-a-hate-crime/" title="What is a hate crime?"></iframe>',
  width: 640,
  height: 900,
  cache_age: 3600,
}

const item: ContentItem = {
  slug: 'what-is-a-hate-crime',
  canonicalUrl: 'https://example.org/resources/what-is-a-hate-crime/',
  category: { value: 'understanding', label: 'Understanding hate crime' },
  strands: [{ value: 'disability', label: 'Disability' }],
  lastReviewed: '2026-11-23T12:00:00.000Z',
  updatedAt: '2026-11-24T00:40:25.059Z',
  languages: [
    {
      locale: 'en',
      title: 'What is a hate crime?',
      summary: 'A crime against someone because of who they are.',
      bodyHtml: '<p>Call <a href="tel:999">999</a>.</p>',
      url: 'https://example.org/resources/what-is-a-hate-crime/',
      embedUrl: 'https://example.org/embed/resources/what-is-a-hate-crime/',
    },
  ],
  oembedUrl: 'https://example.org/oembed/resources/what-is-a-hate-crime.json',
  licence: { ...licence },
  attribution,
}

describe('oEmbed schema', () => {
  it('accepts a rich oEmbed 1.0 response', () => {
    expect(partnerFileProblems('oembed', oembed)).toEqual([])
  })

  it.each([
    ['a video type', { ...oembed, type: 'video' }, '/type'],
    ['a missing cache_age', { ...oembed, cache_age: undefined }, 'cache_age'],
    ['html that is not our embed frame', { ...oembed, html: '<script src="x"></script>' }, '/html'],
    ['a fractional height', { ...oembed, height: 10.5 }, '/height'],
  ])('refuses %s', (_, data, where) => {
    expect(partnerFileProblems('oembed', JSON.parse(JSON.stringify(data))).join('\n')).toContain(
      where,
    )
  })
})

describe('content feed schema', () => {
  it('accepts an item with its licence and attribution', () => {
    expect(partnerFileProblems('contentItem', item)).toEqual([])
  })

  it.each([
    ['a script in the body', '<p>Hi</p><script>alert(1)</script>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['an event handler', '<img src=x onerror=alert(1)>'],
  ])('refuses %s', (_, bodyHtml) => {
    const bad = { ...item, languages: [{ ...item.languages[0]!, bodyHtml }] }
    expect(partnerFileProblems('contentItem', bad).join('\n')).toContain('/languages/0/bodyHtml')
  })

  it('refuses an item without the licence or in an unknown language', () => {
    const { licence: _, ...noLicence } = item
    expect(partnerFileProblems('contentItem', noLicence).join('\n')).toContain('licence')
    const klingon = { ...item, languages: [{ ...item.languages[0]!, locale: 'tlh' }] }
    expect(partnerFileProblems('contentItem', klingon).join('\n')).toContain('/languages/0/locale')
  })
})

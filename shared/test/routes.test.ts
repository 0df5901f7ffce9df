import { describe, expect, it } from 'vitest'

import { publicCollections } from '../src/enums'
import { localeCodes } from '../src/locales'
import {
  calendarPath,
  contentPath,
  countOf,
  docPath,
  embedPath,
  feedPath,
  filterPath,
  filters,
  isReservedSlug,
  oembedPath,
  pagePath,
  previewPath,
  reservedSlugs,
  sectionPath,
  sections,
  sitePages,
} from '../src/routes'
import { slugPattern } from '../src/slug'
import { localePath } from '../src/urls'

describe('the route table', () => {
  it('has a section for every visitor-facing collection and nothing else', () => {
    expect(Object.keys(sections).sort()).toEqual([...publicCollections].sort())
  })

  it('builds each kind of document address', () => {
    expect(docPath('resources', 'how-to-report')).toBe('/resources/how-to-report/')
    expect(docPath('films', 'report-it')).toBe('/films/report-it/')
    expect(docPath('stories', 'amina')).toBe('/stories/amina/')
    expect(docPath('events', 'iftar')).toBe('/events/iftar/')
    expect(docPath('places', 'walsall-library')).toBe('/safe-spaces/#walsall-library')
    expect(docPath('pages', 'about')).toBe('/about/')
  })

  it('gives no address without a slug or for a collection the public does not see', () => {
    expect(docPath('resources', '')).toBeUndefined()
    expect(docPath('resources', null)).toBeUndefined()
    expect(docPath('media', 'photo')).toBeUndefined()
    expect(docPath('users', 'admin')).toBeUndefined()
    expect(docPath('constructor', 'x')).toBeUndefined()
  })

  it('has section index pages for the listed collections only', () => {
    expect(sectionPath('places')).toBe('/safe-spaces/')
    expect(sectionPath('events')).toBe('/events/')
    expect(sectionPath('pages')).toBeUndefined()
  })

  it('reserves every locale, section and site page, so a CMS page never hides one', () => {
    for (const word of [...localeCodes, ...sitePages, 'safe-spaces', 'films', 'embed', 'media'])
      expect(isReservedSlug(word), word).toBe(true)
    expect(isReservedSlug('about')).toBe(false)
    // Only words a slug could be are worth reserving: the rest could never clash.
    for (const word of reservedSlugs.filter((w) => !w.startsWith('_')))
      expect(slugPattern.test(word), word).toBe(true)
  })

  it('builds filter and later-page paths under their section', () => {
    expect(filterPath('resources', 'category', 'support')).toBe('/resources/category/support/')
    expect(filterPath('resources', 'strand', 'race')).toBe('/resources/strand/race/')
    expect(filterPath('places', 'locality', 'north')).toBe('/safe-spaces/locality/north/')
    expect(filterPath('places', 'kind', 'safe-space')).toBe('/safe-spaces/kind/safe-space/')
    expect(Object.keys(filters).sort()).toEqual(['places', 'resources'])
    expect(pagePath('/films/', 1)).toBe('/films/')
    expect(pagePath('/films/', 2)).toBe('/films/page/2/')
    expect(pagePath('/resources/strand/race/', 3)).toBe('/resources/strand/race/page/3/')
  })

  it('builds the addresses of feeds, calendars and what partners embed', () => {
    expect(feedPath).toBe('/rss.xml')
    expect(calendarPath()).toBe('/events.ics')
    expect(calendarPath('iftar')).toBe('/events/iftar.ics')
    expect(embedPath('get-support')).toBe('/embed/resources/get-support/')
    expect(oembedPath('get-support')).toBe('/oembed/resources/get-support.json')
    expect(contentPath()).toBe('/content/resources.json')
    expect(contentPath('get-support')).toBe('/content/resources/get-support.json')
    // Under a language's prefix as every other page; oEmbed answers stay files.
    expect(localePath('en', embedPath('x'))).toBe('/embed/resources/x/')
    expect(localePath('ur', embedPath('x'))).toBe('/ur/embed/resources/x/')
    expect(localePath('pl', oembedPath('x'))).toBe('/pl/oembed/resources/x.json')
    // Their first segments are reserved, so a CMS page never takes one.
    for (const path of [embedPath('x'), oembedPath('x'), contentPath()])
      expect(isReservedSlug(path.split('/')[1]!), path).toBe(true)
  })

  it('builds preview paths and counts in the admin’s words', () => {
    expect(previewPath('films', 12)).toBe('/preview/films/12/')
    expect(countOf('stories', 1)).toBe('1 story')
    expect(countOf('places', 3)).toBe('3 safe spaces')
    expect(countOf('widgets', 2)).toBe('2 widgets')
  })
})

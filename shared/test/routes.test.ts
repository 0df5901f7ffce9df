import { describe, expect, it } from 'vitest'

import { publicCollections } from '../src/enums'
import { localeCodes } from '../src/locales'
import {
  countOf,
  docPath,
  isReservedSlug,
  previewPath,
  reservedSlugs,
  sectionPath,
  sections,
  sitePages,
} from '../src/routes'
import { slugPattern } from '../src/slug'

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

  it("reserves every locale, section and site page, so a CMS page never hides one", () => {
    for (const word of [...localeCodes, ...sitePages, 'safe-spaces', 'films', 'embed', 'media'])
      expect(isReservedSlug(word), word).toBe(true)
    expect(isReservedSlug('about')).toBe(false)
    // Only words a slug could be are worth reserving: the rest could never clash.
    for (const word of reservedSlugs.filter((w) => !w.startsWith('_')))
      expect(slugPattern.test(word), word).toBe(true)
  })

  it('builds preview paths and counts in the admin’s words', () => {
    expect(previewPath('films', 12)).toBe('/preview/films/12/')
    expect(countOf('stories', 1)).toBe('1 story')
    expect(countOf('places', 3)).toBe('3 safe spaces')
    expect(countOf('widgets', 2)).toBe('2 widgets')
  })
})

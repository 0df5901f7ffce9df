import { describe, expect, it } from 'vitest'

import {
  categories,
  eventStatuses,
  eventTypes,
  localities,
  placeKinds,
  strands,
} from '../src/enums'
import {
  categoryLabel,
  eventStatusLabel,
  eventTypeLabel,
  fallbackAttrs,
  hasText,
  localityLabel,
  placeKindLabel,
  strandLabel,
  t,
} from '../src/i18n'
import { localeOfPath, localePath, stripLocale } from '../src/urls'

describe('UI strings', () => {
  it('falls back to English and fills placeholders', () => {
    expect(t('ur', 'notTranslated.body', { language: 'اردو' })).toContain('اردو')
    expect(t('pa', 'home.aboutBody')).toBe(t('en', 'home.aboutBody'))
    expect(hasText('pa', 'home.aboutBody')).toBe(false)
    expect(fallbackAttrs('pa', 'home.aboutBody')).toEqual({ lang: 'en', dir: 'ltr' })
    expect(fallbackAttrs('pa', 'nav.home')).toEqual({})
    expect(t('pl', 'pagination.pageOf', { page: 2, total: 5 })).toBe('Strona 2 z 5')
  })

  it('labels every enum value', () => {
    const pairs = [
      [categories, categoryLabel],
      [strands, strandLabel],
      [localities, localityLabel],
      [eventTypes, eventTypeLabel],
      [eventStatuses, eventStatusLabel],
      [placeKinds, placeKindLabel],
    ] as const
    for (const [list, label] of pairs) {
      for (const { value } of list) expect(label('en', value)).not.toBe(value)
    }
    expect(localityLabel('pl', 'north')).toBe('Północne Walsall')
  })
})

describe('URL helpers', () => {
  it('prefixes non-English locales and adds the trailing slash', () => {
    expect(localePath('en', '/resources/x')).toBe('/resources/x/')
    expect(localePath('ur', '/resources/x/')).toBe('/ur/resources/x/')
    expect(localePath('ur', '/')).toBe('/ur/')
    expect(localePath('pl', 'events.ics')).toBe('/pl/events.ics')
    expect(localePath('en', '/ur/resources/x/')).toBe('/resources/x/')
    expect(localePath('bn', '/search/?q=a')).toBe('/bn/search/?q=a')
  })

  it('strips a locale prefix', () => {
    expect(stripLocale('/ur/resources/x/')).toBe('/resources/x/')
    expect(stripLocale('/ur')).toBe('/')
    expect(stripLocale('/urdu/')).toBe('/urdu/')
    expect(stripLocale('/resources/')).toBe('/resources/')
    expect(localeOfPath('/bn/films/')).toBe('bn')
    expect(localeOfPath('/films/')).toBe('en')
  })
})

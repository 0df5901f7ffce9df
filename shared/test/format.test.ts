import { describe, expect, it } from 'vitest'

import { formatDateRange, formatShortDate } from '../src/format'

describe('formatShortDate: Walsall dates in the visitor’s language', () => {
  it('takes the date in London, not in UTC', () => {
    // 23:30 UTC on 8 June is 00:30 on 9 June in British Summer Time.
    expect(formatShortDate('en', '2026-06-08T23:30:00Z')).toBe('9 June 2026')
    expect(formatShortDate('en', new Date('2026-01-08T23:30:00Z'))).toBe('8 January 2026')
  })

  it('keeps each language’s own formatter whatever order they are asked in', () => {
    const date = '2026-06-08T23:30:00Z'
    const first = ['ur', 'en', 'bn', 'pl', 'pa'].map((l) => formatShortDate(l as never, date))
    const again = ['pa', 'pl', 'bn', 'en', 'ur'].map((l) => formatShortDate(l as never, date))
    expect(again.reverse()).toEqual(first)
    expect(first).toEqual([
      '9 جون، 2026',
      '9 June 2026',
      '৯ জুন, ২০২৬',
      '9 czerwca 2026',
      '9 ਜੂਨ 2026',
    ])
  })
})

describe('formatDateRange: an event’s day and times', () => {
  it('names the day once when start and end share it', () => {
    expect(formatDateRange('en', '2026-03-13T10:00:00Z', '2026-03-13T16:00:00Z')).toBe(
      'Friday, 13 March 2026, 10:00–16:00',
    )
    expect(formatDateRange('pl', '2026-07-13T10:00:00Z')).toBe('poniedziałek, 13 lipca 2026 11:00')
  })

  it('uses a 24-hour clock in right-to-left Urdu only, so bidi cannot reorder AM and PM', () => {
    const ur = formatDateRange('ur', '2026-03-13T10:00:00Z', '2026-03-13T16:00:00Z')
    expect(ur).toContain('10:00–16:00')
    expect(ur).not.toMatch(/AM|PM|ق|ب/)
    // ICU puts narrow and thin spaces around AM, PM and the dash.
    expect(formatDateRange('pa', '2026-03-13T10:00:00Z', '2026-03-13T16:00:00Z')).toMatch(
      /10:00\sAM\s–\s4:00\sPM$/,
    )
  })
})

describe('formatDateRange and formatShortDate remembered', () => {
  it('gives the dates of the site the same text as before it remembered them', () => {
    const start = '2026-11-28T18:30:00Z'
    const end = '2026-11-28T21:00:00Z'
    const once = formatDateRange('bn', start, end)
    expect(formatDateRange('bn', new Date(start), new Date(end))).toBe(once)
    expect(formatDateRange('bn', start, end)).toBe(once)
    expect(once).toBe('শনিবার, ২৮ নভেম্বর, ২০২৬ ৬:৩০–৯:০০ PM')
  })
})

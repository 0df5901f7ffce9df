import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { eventsToIcs, type IcsEvent } from '../src/ics'

const training: IcsEvent = {
  id: 7,
  slug: 'stand-by-me-north',
  title: 'Stand By Me Ambassador training, North Walsall',
  summary:
    'Learn how to safely intervene as a bystander; a long line that must be folded by the writer so no line is longer than seventy-five octets.',
  // 10:00 in London during British Summer Time is 09:00 UTC.
  start: '2027-06-10T09:00:00.000Z',
  end: '2027-06-10T14:00:00.000Z',
  status: 'scheduled',
  locality: 'north',
  venue: 'Community centre',
  address: 'North Walsall',
  updatedAt: '2026-11-01T10:00:00.000Z',
}
const cancelled: IcsEvent = {
  ...training,
  id: 8,
  slug: 'awareness-online',
  title: 'Awareness session',
  status: 'cancelled',
  locality: 'online',
  onlineLink: 'https://example.org/join',
}

const opts = {
  siteUrl: 'https://hcri.example.org',
  eventPath: (e: IcsEvent) => `/events/${e.slug}/`,
  calendarName: 'Walsall Hate Crime Reduction Initiative events',
  statusPrefix: { cancelled: 'Cancelled' },
}

describe('eventsToIcs', () => {
  const text = eventsToIcs([training, cancelled], opts)

  it('parses as a valid iCalendar with both events', () => {
    const cal = new ICAL.Component(ICAL.parse(text))
    expect(cal.name).toBe('vcalendar')
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(2)
    expect(events[0]!.summary).toBe(training.title)
    expect(events[0]!.uid).toBe('event-7@hcri.example.org')
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe(training.start)
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe(training.end)
    expect(events[0]!.location).toBe('Community centre, North Walsall')
    expect(cal.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('url')).toBe(
      'https://hcri.example.org/events/stand-by-me-north/',
    )
  })

  it('marks a cancelled event as cancelled, with the online link as its location', () => {
    const cal = new ICAL.Component(ICAL.parse(text))
    const v = cal.getAllSubcomponents('vevent')[1]!
    expect(v.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(v.getFirstPropertyValue('summary')).toBe('Cancelled: Awareness session')
    expect(v.getFirstPropertyValue('location')).toBe('https://example.org/join')
  })

  it('uses CRLF line ends and folds lines at 75 octets, as RFC 5545 requires', () => {
    expect(text).toContain('\r\n')
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
  })
})

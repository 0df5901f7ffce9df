import { describe, expect, it, vi } from 'vitest'

import { all } from '../../src/lib/content'
import { eventsByTime, icsFor, icsHeaders } from '../../src/lib/events'
import { store } from './astro-content'

vi.mock('astro:content', () => import('./astro-content'))

const event = (id: number, start: string, end: string | null, extra = {}) => ({
  id,
  slug: `event-${id}`,
  title: { en: `Event ${id}`, ur: `تقریب ${id}` },
  start,
  end,
  status: 'scheduled',
  ...extra,
})

store.collections.events = [
  event(1, '2027-03-01T10:00:00.000Z', '2027-03-01T12:00:00.000Z'),
  event(2, '2027-01-01T10:00:00.000Z', '2027-01-01T12:00:00.000Z'),
  // Started before "now", still on: upcoming.
  event(3, '2027-02-01T09:00:00.000Z', '2027-02-01T17:00:00.000Z'),
  event(4, '2027-02-10T10:00:00.000Z', null),
  event(5, '2026-12-01T10:00:00.000Z', '2026-12-01T12:00:00.000Z', {
    status: 'cancelled',
    locality: 'online',
  }),
]

describe('eventsByTime', () => {
  it('lists upcoming events soonest first, then past ones newest first', async () => {
    const now = new Date('2027-02-01T12:00:00.000Z')
    const { upcoming, past } = await eventsByTime('en', now)
    expect(upcoming.map((e) => e.id)).toEqual([3, 4, 1])
    expect(past.map((e) => e.id)).toEqual([2, 5])
  })

  it('keeps an event without an end until it starts', async () => {
    const { upcoming, past } = await eventsByTime('en', new Date('2027-02-10T10:00:01.000Z'))
    expect(upcoming.map((e) => e.id)).toEqual([1])
    expect(past.map((e) => e.id)).toEqual([4, 3, 2, 5])
  })

  it('gives the events in the language asked for', async () => {
    const { upcoming } = await eventsByTime('ur', new Date('2027-02-01T12:00:00.000Z'))
    expect(upcoming.map((e) => e.title)).toEqual(['تقریب 3', 'تقریب 4', 'تقریب 1'])
  })
})

describe('icsFor', () => {
  /** The calendar's lines, long lines unfolded (RFC 5545 folds them at 75 octets). */
  const lines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n')
  /** The site's English view of an event, as the .ics routes pass it. */
  const english = async (id: number) => (await all('events', 'en')).find((e) => e.id === id)!

  it('names the calendar and links each event to its page on this site', async () => {
    const ics = lines(icsFor([await english(1)], new URL('https://hcri.example.org/')))
    expect(ics).toContain('X-WR-CALNAME:Hate Crime Reduction Initiative: Events')
    expect(ics).toContain('URL:https://hcri.example.org/events/event-1/')
    expect(ics).toContain('UID:event-1@hcri.example.org')
    expect(ics).toContain('DTSTART:20270301T100000Z')
    expect(ics).toContain('DTEND:20270301T120000Z')
  })

  it('says so in the title when an event is cancelled', async () => {
    const ics = lines(icsFor([await english(5)], new URL('https://hcri.example.org/')))
    expect(ics).toContain('SUMMARY:Cancelled: Event 5')
    expect(ics).toContain('STATUS:CANCELLED')
  })

  it('is served as a calendar', () => {
    expect(icsHeaders['Content-Type']).toBe('text/calendar; charset=utf-8')
  })
})

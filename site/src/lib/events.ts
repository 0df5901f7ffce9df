/** Events in the order visitors need them, and as iCalendar feeds. */
import { defaultLocale, type Locale } from '@hcri/shared/locales'
import { eventStatusLabel, t } from '@hcri/shared/i18n'
import { eventsToIcs, type IcsEvent } from '@hcri/shared/ics'
import type { Event } from '@hcri/shared/payload-types'
import { docPath } from '@hcri/shared/routes'

import { all, type Doc } from './content'
import { noteRead } from './reads'

/**
 * Whether an event has ended as of this build. Pages that ask depend on the clock: the next build
 * renders them again once any event has ended since (lib/cacheKeys.ts, `clock:events`).
 */
export function hasEnded(event: Pick<Event, 'start' | 'end'>, now = new Date()): boolean {
  noteRead('clock:events')
  return new Date(event.end ?? event.start).getTime() < now.getTime()
}

/** Upcoming (not yet ended) soonest first, then past events newest first. */
export async function eventsByTime(locale: Locale, now = new Date()) {
  const events = await all('events', locale)
  const ended = (e: Event) => hasEnded(e, now)
  const upcoming = events.filter((e) => !ended(e)).sort((a, b) => a.start.localeCompare(b.start))
  const past = events.filter(ended).sort((a, b) => b.start.localeCompare(a.start))
  return { upcoming, past } as { upcoming: Doc<Event>[]; past: Doc<Event>[] }
}

/** The iCalendar text for some events (English: calendar apps show one language). */
export function icsFor(events: Event[], site: URL): string {
  return eventsToIcs(events as IcsEvent[], {
    siteUrl: site.origin,
    eventPath: (e) => docPath('events', e.slug)!,
    calendarName: `${t(defaultLocale, 'site.shortName')}: ${t(defaultLocale, 'events.title')}`,
    statusPrefix: {
      cancelled: eventStatusLabel(defaultLocale, 'cancelled'),
      postponed: eventStatusLabel(defaultLocale, 'postponed'),
    },
  })
}

export const icsHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' }

/**
 * iCalendar feeds for events (`/events.ics`, `/events/<slug>.ics`). Times are written in UTC, which
 * every calendar converts to the reader's zone; the site shows them in Walsall time.
 */
import { createEvents, type EventAttributes } from 'ics'

export type IcsEvent = {
  id: string | number
  slug: string
  title: string
  summary?: string | null
  start: string
  end: string
  status: 'scheduled' | 'postponed' | 'cancelled' | 'fully-booked'
  locality?: string | null
  venue?: string | null
  address?: string | null
  postcode?: string | null
  onlineLink?: string | null
  updatedAt?: string
}

export type IcsOptions = {
  /** Absolute site URL, e.g. https://example.org (no trailing slash). */
  siteUrl: string
  /** Path of the event page, e.g. '/events/<slug>/' or '/ur/events/<slug>/'. */
  eventPath: (event: IcsEvent) => string
  calendarName: string
  /** Words put before a title when the event is not going ahead as planned. */
  statusPrefix?: Partial<Record<IcsEvent['status'], string>>
}

const utc = (iso: string) => new Date(iso).getTime()

function location(e: IcsEvent): string | undefined {
  if (e.locality === 'online') return e.onlineLink ?? 'Online'
  return (
    [e.venue, e.address?.replace(/\s*\n\s*/g, ', '), e.postcode].filter(Boolean).join(', ') ||
    undefined
  )
}

const statusOf = (s: IcsEvent['status']): EventAttributes['status'] =>
  s === 'cancelled' ? 'CANCELLED' : s === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'

export function eventsToIcs(events: IcsEvent[], opts: IcsOptions): string {
  const host = new URL(opts.siteUrl).host
  const attributes: EventAttributes[] = events.map((e) => {
    const prefix = opts.statusPrefix?.[e.status]
    return {
      uid: `event-${e.id}@${host}`,
      start: utc(e.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utc(e.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: prefix ? `${prefix}: ${e.title}` : e.title,
      description: e.summary ?? undefined,
      location: location(e),
      url: new URL(opts.eventPath(e), opts.siteUrl).toString(),
      status: statusOf(e.status),
      productId: `-//${host}//Events//EN`,
      calName: opts.calendarName,
      ...(e.updatedAt ? { lastModified: utc(e.updatedAt) } : {}),
    } as EventAttributes
  })
  const { error, value } = createEvents(attributes, {
    productId: `-//${host}//Events//EN`,
    calName: opts.calendarName,
  })
  if (error || !value)
    throw new Error(`Could not write the calendar: ${error?.message ?? 'unknown error'}`)
  return value
}

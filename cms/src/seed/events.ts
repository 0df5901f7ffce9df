/**
 * Stand By Me Ambassador training in Walsall's four localities (the new cohort the initiative's
 * page announces), an online awareness session, and the October 2019 course as a past event.
 * No venue or address is known, so none is invented: the venue is confirmed on booking.
 */
import type { Event } from '@hcri/shared/payload-types'
import { siteTimeZone } from '@hcri/shared'

import { contactEmail, ensureBySlug, report, type SeedContext } from './context'
import { altFor, ensureImage, palettes } from './images'

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: siteTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

/** Wall-clock parts of an instant in Walsall. */
function inLondon(date: Date) {
  const parts = Object.fromEntries(
    londonParts.formatToParts(date).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>
  return {
    y: parts.year,
    m: parts.month - 1,
    d: parts.day,
    h: parts.hour,
    min: parts.minute,
    s: parts.second,
  }
}

/** The instant when Walsall clocks show this date and time (handles GMT and BST). */
export function londonTime(y: number, m: number, d: number, hour: number, minute = 0): Date {
  const wanted = Date.UTC(y, m, d, hour, minute)
  let t = wanted
  for (let i = 0; i < 2; i++) {
    const p = inLondon(new Date(t))
    t -= Date.UTC(p.y, p.m, p.d, p.h, p.min, p.s) - wanted
  }
  return new Date(t)
}

/** Day of the month of the n-th given weekday (0 = Sunday) in month m (may overflow the year). */
function nthWeekday(y: number, m: number, weekday: number, n: number) {
  const first = new Date(Date.UTC(y, m, 1)).getUTCDay()
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7
}

type Locality = Exclude<Event['locality'], 'online'>
const localities: { value: Locality; label: string }[] = [
  { value: 'north', label: 'North Walsall' },
  { value: 'south', label: 'South Walsall' },
  { value: 'east', label: 'East Walsall' },
  { value: 'west', label: 'West Walsall' },
]

const trainingSummary =
  'Learn about hate crime and the services that deal with it, and how to step in safely as a bystander. Become a Stand By Me Ambassador.'

export const eventCounts = { published: localities.length + 1, drafts: 1 }

export async function seedEvents(ctx: SeedContext) {
  const { payload } = ctx
  const today = inLondon(ctx.now)
  const trainingImage = () =>
    ensureImage(ctx, {
      key: 'event-stand-by-me-training',
      title: 'Stand By Me Ambassador training',
      kicker: 'Event',
      palette: palettes.sage,
      alt: altFor('Stand By Me Ambassador training', palettes.sage, 'Event'),
    })

  // One locality a month, starting next month: the second Saturday, 10:00 to 15:00 Walsall time.
  for (const [i, locality] of localities.entries()) {
    const m = today.m + 1 + i
    const d = nthWeekday(today.y, m, 6, 2)
    await ensureBySlug(
      ctx,
      'events',
      `stand-by-me-ambassador-training-${locality.value}-walsall`,
      async () =>
        payload.create({
          collection: 'events',
          depth: 0,
          data: {
            title: `Stand By Me Ambassador training: ${locality.label}`,
            slug: `stand-by-me-ambassador-training-${locality.value}-walsall`,
            summary: trainingSummary,
            description: `Training for the new group of Stand By Me Ambassadors in ${locality.label}. Book by email and we will confirm the date, time and venue. Tell us when you book if you need anything to take part, such as step-free access or an interpreter.`,
            type: 'ambassador-training',
            status: 'scheduled',
            start: londonTime(today.y, m, d, 10).toISOString(),
            end: londonTime(today.y, m, d, 15).toISOString(),
            locality: locality.value,
            venue: `Venue in ${locality.label} confirmed on booking`,
            bookingEmail: contactEmail,
            image: await trainingImage(),
            _status: 'published',
          },
        }),
    )
  }

  // No joining link is published: it is emailed to people who book, which keeps trolls out.
  {
    const m = today.m + 1
    const d = nthWeekday(today.y, m, 3, 3)
    await ensureBySlug(ctx, 'events', 'hate-crime-awareness-session-online', async () =>
      payload.create({
        collection: 'events',
        depth: 0,
        data: {
          title: 'Hate crime awareness session (online)',
          slug: 'hate-crime-awareness-session-online',
          summary:
            'A short online session: what hate crime is, how to report it, and where to get support in Walsall.',
          description:
            'An hour online with time for questions. Book by email and we will send you the joining link.',
          type: 'awareness',
          status: 'scheduled',
          start: londonTime(today.y, m, d, 18).toISOString(),
          end: londonTime(today.y, m, d, 19).toISOString(),
          locality: 'online',
          bookingEmail: contactEmail,
          image: await ensureImage(ctx, {
            key: 'event-awareness-online',
            title: 'Hate crime awareness session',
            kicker: 'Online event',
            palette: palettes.sky,
            alt: altFor('Hate crime awareness session', palettes.sky, 'Online event'),
          }),
          _status: 'published',
        },
      }),
    )
  }

  // The first course. Only "two days in October 2019" is known: the days and locality below are
  // placeholders, so it stays a draft until staff confirm them.
  await ensureBySlug(ctx, 'events', 'stand-by-me-ambassador-training-october-2019', async () =>
    payload.create({
      collection: 'events',
      depth: 0,
      draft: true,
      data: {
        title: 'Stand By Me Ambassador training (October 2019)',
        slug: 'stand-by-me-ambassador-training-october-2019',
        summary:
          'The first two-day Stand By Me Ambassador training course, delivered by Black Country Innovate in October 2019.',
        description:
          'The course ran over two days in October 2019. It gave participants knowledge and confidence about hate crime and the services that deal with it, and taught how to intervene safely as a bystander.',
        type: 'ambassador-training',
        status: 'scheduled',
        start: londonTime(2019, 9, 1, 10).toISOString(),
        end: londonTime(2019, 9, 2, 15).toISOString(),
        locality: 'north',
        venue: 'Walsall',
        image: await trainingImage(),
        _status: 'draft',
      },
    }),
  )
  report(ctx, 'events')
}

/** Dates, times and durations for the site, always in Walsall time (Europe/London). */
import { siteTimeZone } from './enums'
import { regionalTag } from './i18n'
import { localeInfo, type Locale } from './locales'
import { remembered } from './remembered'

const toDate = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d)

/**
 * One formatter per locale, made on first use: making an `Intl.DateTimeFormat` costs far more than
 * formatting with it (at the full set, making one per date was 15 % of a cold build's CPU time).
 */
function perLocale(make: (locale: Locale) => Intl.DateTimeFormat) {
  const made = new Map<Locale, Intl.DateTimeFormat>()
  return (locale: Locale) => {
    let fmt = made.get(locale)
    if (!fmt) made.set(locale, (fmt = make(locale)))
    return fmt
  }
}

const shortDate = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(regionalTag(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: siteTimeZone,
    }),
)

const dateTime = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(regionalTag(locale), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      // In right-to-left text, Latin "AM"/"PM" runs get reordered ("AM – 3:00 PM10:00"): a 24-hour
      // clock keeps the times as plain digits that the bidi algorithm leaves in order.
      ...(localeInfo(locale).dir === 'rtl' ? { hourCycle: 'h23' as const } : {}),
      timeZone: siteTimeZone,
    }),
)

/** "8 October 2019", for "last checked" dates. */
export const formatShortDate = remembered((locale: Locale, date: Date | string): string =>
  shortDate(locale).format(toDate(date)),
)

/** "Tuesday 8 October 2019, 10:00 to 16:00" (the date once when start and end share a day). */
export const formatDateRange = remembered(
  (locale: Locale, start: Date | string, end?: Date | string): string => {
    const fmt = dateTime(locale)
    return end ? fmt.formatRange(toDate(start), toDate(end)) : fmt.format(toDate(start))
  },
)

/** ISO 8601 duration for schema.org (`PT3M20S`). */
export function isoDuration(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = Math.round(seconds % 60)
  return `PT${m ? `${m}M` : ''}${s || !m ? `${s}S` : ''}`
}

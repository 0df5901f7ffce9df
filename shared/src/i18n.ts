/**
 * The site's interface strings: one file per language in `./i18n/` (en.ts is complete and is the
 * fallback), and the lookups pages use. Every language file lists every key; `null` is a string not
 * translated yet, shown in English and marked `lang="en"`. The other languages translate at least
 * everything a person in danger needs (`safetyCriticalKeys`). Translations need checking by a fluent
 * speaker from the community before launch.
 *
 * `{name}` placeholders are filled by `t(locale, key, { name: value })`.
 */
import {
  categories,
  eventStatuses,
  eventTypes,
  localities,
  placeKinds,
  strands,
  type Category,
  type EventStatus,
  type EventType,
  type Locality,
  type PlaceKind,
  type Strand,
} from './enums'
import { bn } from './i18n/bn'
import { en } from './i18n/en'
import { pa } from './i18n/pa'
import { pl } from './i18n/pl'
import { ur } from './i18n/ur'
import { defaultLocale, localeInfo, type Locale } from './locales'

export type UiKey = keyof typeof en
/** A language file: every key, with its translation or `null` while it has none. */
export type LanguageFile = Record<UiKey, string | null>
type Dictionary = Partial<Record<UiKey, string>>

/**
 * Throws unless `strings` has exactly the keys of English, so a language file with a key missing or
 * misspelt stops `astro build` and the CMS (plain JavaScript or a stale file gets past tsc).
 */
export function checkKeys(locale: string, strings: object): void {
  const missing = Object.keys(en).filter((key) => !Object.hasOwn(strings, key))
  const unknown = Object.keys(strings).filter((key) => !Object.hasOwn(en, key))
  const problems = [
    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`unknown ${unknown.join(', ')}`] : []),
  ]
  if (problems.length > 0) {
    throw new Error(`UI strings for "${locale}" (i18n/${locale}.ts): ${problems.join('; ')}`)
  }
}

// Partial so a locale added to the shared list builds at once (in English) until it has its file.
export const languageFiles: Partial<Record<Locale, LanguageFile>> = { en, ur, pa, bn, pl }
for (const [locale, strings] of Object.entries(languageFiles)) checkKeys(locale, strings)

/** The translated strings of each locale, without the `null`s. */
export const ui: Partial<Record<Locale, Dictionary>> = Object.fromEntries(
  Object.entries(languageFiles).map(([locale, strings]) => [
    locale,
    Object.fromEntries(Object.entries(strings).filter(([, text]) => text !== null)),
  ]),
)

/**
 * Keys that must be translated in every locale: a person leaving in a hurry or in danger reads these.
 * A unit test checks them.
 */
export const safetyCriticalKeys = [
  'skipLink',
  'nav.home',
  'nav.report',
  'nav.resources',
  'nav.safeSpaces',
  'lang.label',
  'quickExit.label',
  'quickExit.hint',
  'quickExit.press1',
  'quickExit.press2',
  'quickExit.reset',
  'quickExit.leaving',
  'exit.title',
  'exit.body',
  'exit.continue',
  'emergency.heading',
  'emergency.danger',
  'emergency.call',
  'emergency.nonEmergency',
  'emergency.textphone',
  'emergency.online',
  'emergency.anonymous',
  'notTranslated.heading',
  'notTranslated.body',
] as const satisfies readonly UiKey[]

function fill(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

/** A UI string in `locale`, falling back to English. */
export function t(locale: Locale, key: UiKey, vars?: Record<string, string | number>): string {
  return fill(ui[locale]?.[key] ?? en[key], vars)
}

/** True when `key` has its own text in `locale` (so the page can set `lang="en"` on a fallback). */
export function hasText(locale: Locale, key: UiKey): boolean {
  return locale === defaultLocale || ui[locale]?.[key] !== undefined
}

/** The language a string will actually be shown in: `locale`, or English when it fell back. */
export function langOf(locale: Locale, key: UiKey): Locale {
  return hasText(locale, key) ? locale : defaultLocale
}

/**
 * Attributes for an element that shows `key`: when the string fell back to English, it is marked
 * `lang="en"` (screen readers switch voice) and `dir="ltr"` (punctuation stays put in RTL pages).
 */
export function fallbackAttrs(locale: Locale, key: UiKey): { lang?: string; dir?: 'ltr' } {
  return hasText(locale, key) ? {} : { lang: defaultLocale, dir: 'ltr' }
}

/** A language's own name, e.g. for the not-translated notice: "اردو". */
export function languageName(locale: Locale): string {
  return localeInfo(locale).nativeName
}

const enumLabel =
  <V extends string>(prefix: string, list: readonly { value: V; label: string }[]) =>
  (locale: Locale, value: V | string): string => {
    const key = `${prefix}.${value}` as UiKey
    if (key in en) return t(locale, key)
    return list.find((o) => o.value === value)?.label ?? value
  }

export const categoryLabel = enumLabel<Category>('category', categories)
export const strandLabel = enumLabel<Strand>('strand', strands)
export const localityLabel = enumLabel<Locality>('locality', localities)
export const eventTypeLabel = enumLabel<EventType>('eventType', eventTypes)
export const eventStatusLabel = enumLabel<EventStatus>('eventStatus', eventStatuses)
export const placeKindLabel = enumLabel<PlaceKind>('placeKind', placeKinds)

const regions: Partial<Record<Locale, string>> = {
  en: 'en-GB',
  ur: 'ur-PK',
  pa: 'pa-IN',
  bn: 'bn-BD',
  pl: 'pl-PL',
}

/** BCP 47 tag with a region, for Intl formatting; `og:locale` wants it with an underscore. */
export function regionalTag(locale: Locale): string {
  return regions[locale] ?? locale
}

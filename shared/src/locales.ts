/**
 * The one list of languages the CMS and the site support. English is the default and the fallback.
 * Order is the order of the language switcher. Add a locale here and both sides pick it up.
 */
export const locales = [
  { code: 'en', label: 'English', nativeName: 'English', dir: 'ltr' },
  { code: 'ur', label: 'Urdu', nativeName: 'اردو', dir: 'rtl' },
  { code: 'pa', label: 'Punjabi', nativeName: 'ਪੰਜਾਬੀ', dir: 'ltr' },
  { code: 'bn', label: 'Bengali', nativeName: 'বাংলা', dir: 'ltr' },
  { code: 'pl', label: 'Polish', nativeName: 'Polski', dir: 'ltr' },
] as const

export type Locale = (typeof locales)[number]['code']
export type LocaleInfo = (typeof locales)[number]

export const defaultLocale: Locale = 'en'
export const localeCodes = locales.map((l) => l.code) as Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = locales.find((l) => l.code === code)
  if (!info) throw new Error(`Unknown locale "${code}"`)
  return info
}

/** Route helpers: English pages live at the root, every other locale under `/<code>/`. */
import { defaultLocale, locales, type Locale } from '@hcri/shared/locales'

/** `getStaticPaths` for a `src/pages/[locale]/…` route: every locale except English. */
export function otherLocalePaths() {
  return locales
    .filter((l) => l.code !== defaultLocale)
    .map((l) => ({ params: { locale: l.code as Locale }, props: { locale: l.code as Locale } }))
}

/** The neutral site the quick exit goes to. From site settings once the CMS loader provides it. */
export const defaultExitUrl = 'https://www.bbc.co.uk/weather'

/** Only http(s) addresses may be used as the quick-exit destination. */
export function safeExitUrl(url: string | undefined | null): string {
  try {
    const parsed = new URL(url ?? '')
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.href
  } catch {
    // fall through to the default
  }
  return defaultExitUrl
}

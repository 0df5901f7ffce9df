/**
 * URL helpers for the public site. English lives at the root; every other locale is prefixed
 * (`/ur/resources/x/`). Paths always end with a slash, matching Astro's `trailingSlash: 'always'`,
 * except file-like paths (`/events.ics`, `/rss.xml`).
 */
import { defaultLocale, isLocale, type Locale } from './locales'
import { remembered } from './remembered'

function normalise(path: string): string {
  const [pathname = '', rest = ''] = splitSuffix(path)
  let p = pathname.startsWith('/') ? pathname : `/${pathname}`
  p = p.replace(/\/{2,}/g, '/')
  const last = p.split('/').pop() ?? ''
  // Files (a dot in the last segment) keep their name; directories get a trailing slash.
  if (!p.endsWith('/') && !last.includes('.')) p = `${p}/`
  return p + rest
}

/** Splits `/a/b/?q=1#x` into `/a/b/` and `?q=1#x`. */
function splitSuffix(path: string): [string, string] {
  const i = path.search(/[?#]/)
  return i < 0 ? [path, ''] : [path.slice(0, i), path.slice(i)]
}

/**
 * The public path of `path` in `locale`: `localePath('ur', '/resources/x')` → `/ur/resources/x/`.
 * Remembered: every page links the same sections and cards in its language.
 */
export const localePath = remembered((locale: Locale, path: string = '/'): string => {
  const p = normalise(stripLocale(path))
  return locale === defaultLocale ? p : `/${locale}${p}`
})

/** Removes a leading locale prefix: `/ur/resources/x/` → `/resources/x/`; `/ur` → `/`. */
export function stripLocale(path: string): string {
  const [pathname, rest] = splitSuffix(path)
  const match = /^\/([a-z]{2,3}(?:-[a-z0-9]+)?)(\/.*)?$/i.exec(pathname)
  if (match && isLocale(match[1]) && match[1] !== defaultLocale) return (match[2] || '/') + rest
  return pathname + rest
}

/** The locale a public path is in (English when it has no prefix). */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

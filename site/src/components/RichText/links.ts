import { defaultLocale, type Locale } from '@hcri/shared/locales'
import { safeHref } from '@hcri/shared/richtext'
import { localePath } from '@hcri/shared/urls'

/** Files and folders that exist once for every language: their links keep no locale prefix. */
const shared = /^\/(?:media|_astro|pagefind|embed|oembed|content)\//

/**
 * A link staff typed as an English path (`/resources/get-support/`) points to the same page in the
 * visitor's language; other links pass through (safeHref has already vetted them).
 */
export function localizeHref(href: string, locale: Locale): string {
  if (locale === defaultLocale || !/^\/(?!\/)/.test(href)) return href
  const last = href.split(/[?#]/)[0]!.split('/').pop() ?? ''
  if (shared.test(href) || last.includes('.')) return href
  return localePath(locale, href)
}

/**
 * Rendered rich text (already through the allow-list sanitiser, so no style or class attributes)
 * made ready for the page: links localised as above.
 */
export function tidyHtml(html: string, locale: Locale): string {
  if (locale === defaultLocale) return html
  return html.replace(
    /href="(\/(?!\/)[^"]*)"/g,
    (_m, path: string) => `href="${localizeHref(path, locale)}"`,
  )
}

/** A button's address from the CMS: safe schemes only, internal paths in the visitor's language. */
export function actionHref(url: string | null | undefined, locale: Locale): string | undefined {
  const href = safeHref(url)
  return href ? localizeHref(href, locale) : undefined
}

/**
 * The site's side of the route table (@hcri/shared/routes). Each page type has one route file under
 * `src/pages/[...locale]/` for every language: English lives at the root, so its optional locale
 * segment is undefined; every other locale is the prefix (`/ur/…`).
 */
import { defaultLocale, localeCodes, locales, type Locale } from '@hcri/shared/locales'

/** The languages with a prefix: every locale but English. */
export const otherLocales = locales.filter((l) => l.code !== defaultLocale)

type StaticPath<P, X> = { params: P; props: X }

/**
 * `getStaticPaths` of a `[...locale]/…` route: each of `paths` (by default one without other
 * params) in every locale, `params.locale` undefined for English, `props.locale` always set.
 */
export function localeParams<P extends Record<string, string>, X extends object>(
  paths: StaticPath<P, X>[] = [{ params: {} as P, props: {} as X }],
) {
  return localeCodes.flatMap((locale) =>
    paths.map(({ params, props }) => ({
      params: { ...params, locale: locale === defaultLocale ? undefined : locale },
      props: { ...props, locale: locale as Locale },
    })),
  )
}

/** Static paths of a route with one param, which the page also gets as a prop of that name. */
export function paramPaths<K extends string>(name: K, values: readonly string[]) {
  return values.map((value) => {
    const entry = { [name]: value } as Record<K, string>
    return { params: entry, props: entry }
  })
}

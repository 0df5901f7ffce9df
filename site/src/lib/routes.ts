/**
 * The site's side of the route table (@hcri/shared/routes). Each page type has one route file under
 * `src/pages/[...locale]/` for every language: English lives at the root, so its optional locale
 * segment is undefined; every other locale is the prefix (`/ur/…`).
 */
import type { GetStaticPathsOptions } from 'astro'

import type { PublicCollection } from '@hcri/shared/enums'
import { defaultLocale, localeCodes, locales, type Locale } from '@hcri/shared/locales'
import { remembered } from '@hcri/shared/remembered'
import { docPath, sectionPath, type IndexedCollection } from '@hcri/shared/routes'
import { localePath } from '@hcri/shared/urls'

import { withCacheKeys } from './cacheKeys'

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

/**
 * The `getStaticPaths` of a `[...locale]/…` route: `paths()` (default: one without other params) in
 * every locale, each with its incremental-build key (lib/cacheKeys.ts).
 */
export function localeRoute<P extends Record<string, string>, X extends object>(
  paths?: () => StaticPath<P, X>[] | Promise<StaticPath<P, X>[]>,
) {
  return async (options?: GetStaticPathsOptions) =>
    withCacheKeys(options, localeParams(paths ? await paths() : undefined))
}

/** Static paths of a route with one param, which the page also gets as a prop of that name. */
export function paramPaths<K extends string>(name: K, values: readonly string[]) {
  return values.map((value) => {
    const entry = { [name]: value } as Record<K, string>
    return { params: entry, props: entry }
  })
}

/** The site's own address: `site` in astro.config.mjs (SITE_URL). */
export const siteUrl = (): URL => new URL(import.meta.env.SITE)

/**
 * The absolute URL of a path on this site, for canonical links, feeds and structured data;
 * remembered, as every page names its alternates in five languages.
 */
export const absoluteUrl = remembered((path: string): string => new URL(path, siteUrl()).href)

/** The index page of a collection's section in a language: `sectionHref('ur', 'films')`. */
export const sectionHref = (locale: Locale, collection: IndexedCollection): string =>
  localePath(locale, sectionPath(collection))

/** The path of a published document in a language; every published document has a slug. */
export function docHref(locale: Locale, collection: PublicCollection, slug: string): string {
  const path = docPath(collection, slug)
  if (!path) throw new Error(`No public address for ${collection} "${slug}"`)
  return localePath(locale, path)
}

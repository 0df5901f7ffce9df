/** Route helpers: English pages live at the root, every other locale under `/<code>/`. */
import { defaultLocale, locales, type Locale } from '@hcri/shared/locales'

/** `getStaticPaths` for a `src/pages/[locale]/…` route: every locale except English. */
export function otherLocalePaths() {
  return locales
    .filter((l) => l.code !== defaultLocale)
    .map((l) => ({ params: { locale: l.code as Locale }, props: { locale: l.code as Locale } }))
}

/** Static paths for the safe-space filter pages: one per locality and per kind of place. */
import { localities, placeKinds } from '@hcri/shared/enums'
import { defaultLocale, locales, type Locale } from '@hcri/shared/locales'

const others = locales.map((l) => l.code as Locale).filter((c) => c !== defaultLocale)
const placeLocalities = localities.map((l) => l.value).filter((v) => v !== 'online')

export function filterPaths(filter: 'locality' | 'kind', scope: 'en' | 'others') {
  const values: string[] = filter === 'locality' ? placeLocalities : placeKinds.map((k) => k.value)
  const codes = scope === 'en' ? [defaultLocale] : others
  return codes.flatMap((locale) =>
    values.map((value) => ({
      params: scope === 'en' ? { [filter]: value } : { locale, [filter]: value },
      props: { locale, [filter]: value },
    })),
  )
}

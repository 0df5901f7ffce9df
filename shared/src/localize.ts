import { defaultLocale, localeCodes, type Locale } from './locales'

/**
 * Documents arrive with every language at once (`locale=all`): a localized field is an object such
 * as `{ en: 'Report it', ur: '…' }`. These helpers pick one language, falling back to English.
 */

const codes = new Set<string>(localeCodes)

function isLocaleMap(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((k) => codes.has(k))
}

const present = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(typeof v === 'object' && isEmptyRichText(v))

function isEmptyRichText(v: object): boolean {
  const root = (v as { root?: { children?: unknown[] } }).root
  return Boolean(root && Array.isArray(root.children) && root.children.length === 0)
}

function isEmptyObject(value: unknown): boolean {
  return (
    Boolean(value) &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value as object).length === 0
  )
}

export type Localized<T> = { data: T; missing: string[] }

/**
 * One language's view of a document. `missing` lists the fields that fell back to English, so a
 * page can say "not yet translated".
 */
export function localize<T>(doc: unknown, locale: Locale): Localized<T> {
  const missing: string[] = []
  const walk = (value: unknown, path: string): unknown => {
    if (isLocaleMap(value)) {
      const own = value[locale]
      if (present(own)) return walk(own, path)
      if (locale !== defaultLocale && present(value[defaultLocale])) missing.push(path)
      return walk(value[defaultLocale] ?? null, path)
    }
    // With locale=all, a localized field that no language has filled comes back as `{}`.
    if (isEmptyObject(value)) return null
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}.${i}`))
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, path ? `${path}.${k}` : k)
      return out
    }
    return value
  }
  const data = walk(doc, '') as T
  return { data, missing }
}

/** True when the main visitor-facing fields exist in this language. */
export function isTranslated(doc: unknown, locale: Locale, fields: string[] = ['title']): boolean {
  if (locale === defaultLocale) return true
  const { missing } = localize(doc, locale)
  return !fields.some((f) => missing.includes(f))
}

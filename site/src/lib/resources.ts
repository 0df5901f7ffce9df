/**
 * Resources by category and strand, in the order of the shared enums, and the static paths of
 * the resource pages and filter pages in every locale.
 */
import { categories, strands, type Category, type Strand } from '@hcri/shared/enums'
import { defaultLocale, locales, type Locale } from '@hcri/shared/locales'
import type { Resource } from '@hcri/shared/payload-types'

import { all, type Doc } from './content'
import { laterPagePaths } from './paging'

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)

/** Every published resource in `locale`, alphabetical. */
export async function resources(locale: Locale): Promise<Doc<Resource>[]> {
  return [...(await all('resources', locale))].sort(byTitle)
}

/** Categories (enum order) with their resources; empty categories are left out. */
export async function byCategory(locale: Locale) {
  const list = await resources(locale)
  return categories
    .map((c) => ({ value: c.value as Category, items: list.filter((r) => r.category === c.value) }))
    .filter((g) => g.items.length > 0)
}

/** The resources on a category page. */
export async function inCategory(locale: Locale, category: string): Promise<Doc<Resource>[]> {
  return (await resources(locale)).filter((r) => r.category === category)
}

/**
 * A strand page: resources about the strand, then those with no strands, which are about every
 * kind of hate crime and so belong on each strand page.
 */
export async function forStrand(locale: Locale, strand: string) {
  const list = await resources(locale)
  return {
    specific: list.filter((r) => r.strands?.includes(strand as Strand)),
    general: list.filter((r) => !r.strands?.length),
  }
}

/** Strands (enum order) that at least one resource is specifically about. */
export async function strandsInUse(): Promise<Strand[]> {
  const list = await all('resources', defaultLocale)
  return strands
    .map((s) => s.value as Strand)
    .filter((s) => list.some((r) => r.strands?.includes(s)))
}

export async function categoriesInUse(): Promise<Category[]> {
  return (await byCategory(defaultLocale)).map((g) => g.value)
}

const others = () => locales.map((l) => l.code as Locale).filter((c) => c !== defaultLocale)

/** getStaticPaths for `/resources/category/<category>/` (scope 'en') or its `[locale]` twin. */
export async function categoryPaths(scope: 'en' | 'others') {
  const values = await categoriesInUse()
  const codes = scope === 'en' ? [defaultLocale] : others()
  return codes.flatMap((locale) =>
    values.map((category) => ({
      params: scope === 'en' ? { category } : { locale, category },
      props: { locale, value: category },
    })),
  )
}

export async function strandPaths(scope: 'en' | 'others') {
  const values = await strandsInUse()
  const codes = scope === 'en' ? [defaultLocale] : others()
  return codes.flatMap((locale) =>
    values.map((strand) => ({
      params: scope === 'en' ? { strand } : { locale, strand },
      props: { locale, value: strand },
    })),
  )
}

/** getStaticPaths for `/resources/category/<category>/page/<n>/` (pages 2…n). */
export async function categoryPagePaths(scope: 'en' | 'others') {
  const values = await categoriesInUse()
  const counts = await Promise.all(
    values.map(async (c) => (await inCategory(defaultLocale, c)).length),
  )
  return values.flatMap((category, i) =>
    laterPagePaths(scope, counts[i] ?? 0, { category }, { value: category }),
  )
}

/** getStaticPaths for `/resources/strand/<strand>/page/<n>/` (pages 2…n). */
export async function strandPagePaths(scope: 'en' | 'others') {
  const values = await strandsInUse()
  const counts = await Promise.all(
    values.map(async (s) => {
      const { specific, general } = await forStrand(defaultLocale, s)
      return specific.length + general.length
    }),
  )
  return values.flatMap((strand, i) =>
    laterPagePaths(scope, counts[i] ?? 0, { strand }, { value: strand }),
  )
}

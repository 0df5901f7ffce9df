/**
 * Resources by category and strand, in the order of the shared enums, and the static paths of
 * the category and strand pages.
 */
import { categories, strands, type Category, type Strand } from '@hcri/shared/enums'
import { defaultLocale, type Locale } from '@hcri/shared/locales'
import type { Resource } from '@hcri/shared/payload-types'

import { all, type Doc } from './content'
import { laterPagePaths } from './paging'
import { paramPaths } from './routes'

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

/** getStaticPaths for `/resources/category/<category>/`. */
export async function categoryPaths() {
  return paramPaths('category', await categoriesInUse())
}

/** getStaticPaths for `/resources/strand/<strand>/`. */
export async function strandPaths() {
  return paramPaths('strand', await strandsInUse())
}

/** getStaticPaths for `/resources/category/<category>/page/<n>/` (pages 2…n). */
export async function categoryPagePaths() {
  const values = await categoriesInUse()
  const counts = await Promise.all(
    values.map(async (c) => (await inCategory(defaultLocale, c)).length),
  )
  return values.flatMap((category, i) => laterPagePaths(counts[i] ?? 0, { category }, { category }))
}

/** getStaticPaths for `/resources/strand/<strand>/page/<n>/` (pages 2…n). */
export async function strandPagePaths() {
  const values = await strandsInUse()
  const counts = await Promise.all(
    values.map(async (s) => {
      const { specific, general } = await forStrand(defaultLocale, s)
      return specific.length + general.length
    }),
  )
  return values.flatMap((strand, i) => laterPagePaths(counts[i] ?? 0, { strand }, { strand }))
}

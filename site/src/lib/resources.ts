/**
 * Resources by category and strand, in the order of the shared enums, and the static paths of
 * the category and strand pages.
 */
import { categories, strands, type Category, type Strand } from '@hcri/shared/enums'
import { defaultLocale, type Locale } from '@hcri/shared/locales'
import type { Resource } from '@hcri/shared/payload-types'

import { all, type Doc } from './content'
import { laterPagePaths, pageCount, pageItems } from './paging'
import { narrowRead } from './reads'
import { paramPaths } from './routes'

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)

// Sorted once per list the content layer hands out (list pages and their keys ask many times).
const sorted = new WeakMap<object, Doc<Resource>[]>()

/** Every published resource in `locale`, alphabetical. */
export async function resources(locale: Locale): Promise<Doc<Resource>[]> {
  const list = await all('resources', locale)
  if (!sorted.has(list)) sorted.set(list, [...list].sort(byTitle))
  return sorted.get(list)!
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

/** A filter page of `/resources/`: one category or one strand. */
export type ResourcesFilter = { kind: 'category' | 'strand'; value: string }

/** `/resources/` shows this many of each category and links to the category's page for the rest. */
export const perGroup = 6

/**
 * What one resources list page shows: `/resources/` (each category's first resources and how many
 * it has) or one page of a category or strand, and the filters in use.
 */
export async function resourcesView(locale: Locale, filter?: ResourcesFilter, page = 1) {
  const list = await resources(locale)
  const groups = filter ? [] : await byCategory(locale)
  const category = filter?.kind === 'category' ? await inCategory(locale, filter.value) : []
  const strand =
    filter?.kind === 'strand'
      ? await forStrand(locale, filter.value)
      : { specific: [], general: [] }
  // A strand page's two sections share the page's 24 places.
  const filtered = filter?.kind === 'category' ? category : [...strand.specific, ...strand.general]
  const shown = new Set(pageItems(filtered, page))
  const [categories, strands] = await Promise.all([categoriesInUse(), strandsInUse()])
  return {
    empty: list.length === 0,
    groups: groups.map((g) => ({ ...g, items: g.items.slice(0, perGroup), count: g.items.length })),
    categoryItems: category.filter((r) => shown.has(r)),
    strandItems: strand.specific.filter((r) => shown.has(r)),
    general: strand.general.filter((r) => shown.has(r)),
    pages: pageCount(filtered.length),
    facets: { categories, strands },
  }
}

type View = Awaited<ReturnType<typeof resourcesView>>

const shownIn = (view: View) => [
  ...view.groups.flatMap((g) => g.items),
  ...view.categoryItems,
  ...view.strandItems,
  ...view.general,
]

/** A view's place in the list, for the page's key: the resources by id, counts, filters. */
export function viewShape(view: View): string {
  const ids = (list: Doc<Resource>[]) => list.map((r) => r.id)
  return JSON.stringify([
    view.empty,
    view.groups.map((g) => [g.value, g.count, ids(g.items)]),
    ids(view.categoryItems),
    ids(view.strandItems),
    ids(view.general),
    view.pages,
    view.facets,
  ])
}

/** The `view:` read of a list page (lib/reads.ts). */
export const viewRead = (locale: Locale, filter: ResourcesFilter | undefined, page: number) =>
  `view:resources:${locale}:${filter?.kind ?? ''}:${filter?.value ?? ''}:${page}`

/** Parses a `view:` read's name back into what resourcesView takes. */
export function parseViewRead(name: string): [Locale, ResourcesFilter | undefined, number] {
  const [locale, kind, value, page] = name.split(':')
  const filter = kind === 'category' || kind === 'strand' ? { kind, value: value ?? '' } : undefined
  return [locale as Locale, filter as ResourcesFilter | undefined, Number(page)]
}

/**
 * The view of a list page being rendered, its reads narrowed from every resource to its place in
 * the list and the resources it shows: editing one resource renders again only the list pages
 * that show it or whose part of the list it moves.
 */
export async function renderedView(
  locale: Locale,
  filter: ResourcesFilter | undefined,
  page: number,
) {
  const view = await resourcesView(locale, filter, page)
  narrowRead('scan:resources', [
    viewRead(locale, filter, page),
    ...shownIn(view).map((r) => `entry:resources:${r.id}`),
  ])
  return view
}

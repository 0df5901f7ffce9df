/**
 * The public site's URL layout, written once. The site builds every link from it, the CMS refuses
 * page slugs it reserves, the release guard checks a build's sections against it, the publish panel
 * names documents with its nouns and the preview route serves the collections it lists.
 * Paths are without the locale prefix (`localePath` in ./urls adds it).
 */
import type { PublicCollection } from './enums'
import { localeCodes } from './locales'

export type Section = {
  /** First path segment of the section (`safe-spaces` for places); '' for pages, which sit at the root. */
  path: string
  /** Each document has a page of its own (`/films/<slug>/`); places are anchors on their section page. */
  detail: boolean
  /** The section has an index page listing its documents (pages have none). */
  index: boolean
  /** What the admin calls one document and several (the publish panel's "3 stories, 1 film"). */
  noun: readonly [singular: string, plural: string]
}

export const sections = {
  resources: { path: 'resources', detail: true, index: true, noun: ['resource', 'resources'] },
  films: { path: 'films', detail: true, index: true, noun: ['film', 'films'] },
  stories: { path: 'stories', detail: true, index: true, noun: ['story', 'stories'] },
  events: { path: 'events', detail: true, index: true, noun: ['event', 'events'] },
  places: { path: 'safe-spaces', detail: false, index: true, noun: ['safe space', 'safe spaces'] },
  pages: { path: '', detail: true, index: false, noun: ['page', 'pages'] },
} as const satisfies Record<PublicCollection, Section>

/** Pages of the site's own that are not a collection's section (each in every locale). */
export const sitePages = [
  'report',
  'search',
  'exit',
  'privacy',
  'accessibility',
  'staying-safe-online',
  'partners',
  'support',
  'research',
] as const

/**
 * The research pages (under `/research/`, reserved above): open surveys listed at the index, each
 * at `/research/<slug>/`, published findings, the data note and withdrawal.
 */
export const researchPaths = {
  index: '/research/',
  survey: (slug: string) => `/research/${slug}/`,
  findings: '/research/findings/',
  data: '/research/data/',
} as const

/** Survey slugs the research pages use themselves. */
export const reservedSurveySlugs = ['findings', 'data', 'page'] as const

/**
 * First path segments a CMS page may not take: locales, sections, the site's own pages, and what
 * the build, the site server and the CMS serve at the top level (files, feeds, embeds, drafts).
 */
export const reservedSlugs: readonly string[] = [
  ...localeCodes,
  ...Object.values(sections).flatMap((s) => (s.path ? [s.path] : [])),
  ...sitePages,
  'embed',
  'oembed',
  'content',
  'media',
  'pagefind',
  'preview',
  'rss',
  'sitemap',
  '404',
  'admin',
  'api',
  '_astro',
  '_image',
  '_health',
]

/** The site server's health check (site/server/serve.ts): 200 while a release is served. */
export const siteHealthPath = '/_health'

export const isReservedSlug = (slug: string): boolean => reservedSlugs.includes(slug)

export const isPublicCollection = (value: unknown): value is PublicCollection =>
  typeof value === 'string' && Object.hasOwn(sections, value)

/** The collections whose documents have a page of their own. */
export type DetailCollection = {
  [C in PublicCollection]: (typeof sections)[C]['detail'] extends true ? C : never
}[PublicCollection]

/** The collections whose section has an index page. */
export type IndexedCollection = {
  [C in PublicCollection]: (typeof sections)[C]['index'] extends true ? C : never
}[PublicCollection]

/** Index page of a collection's section (`/safe-spaces/`); undefined where there is none. */
export function sectionPath(collection: IndexedCollection): string
export function sectionPath(collection: PublicCollection): string | undefined
export function sectionPath(collection: PublicCollection): string | undefined {
  const s = sections[collection]
  return s.index ? `/${s.path}/` : undefined
}

/** Public path of a document, without the locale prefix; undefined for a missing slug. */
export function docPath(collection: string, slug: string | null | undefined): string | undefined {
  if (!slug || !isPublicCollection(collection)) return undefined
  const s = sections[collection]
  if (!s.detail) return `/${s.path}/#${slug}`
  return s.path ? `/${s.path}/${slug}/` : `/${slug}/`
}

/** The lists a section narrows to one value of a field: `/resources/category/<value>/`. */
export const filters = {
  resources: ['category', 'strand'],
  places: ['locality', 'kind'],
} as const satisfies Partial<Record<PublicCollection, readonly string[]>>

export type FilteredCollection = keyof typeof filters
export type Filter<C extends FilteredCollection = FilteredCollection> = (typeof filters)[C][number]

/** A section's list narrowed to one value: `filterPath('places', 'kind', 'support')`. */
export function filterPath<C extends FilteredCollection>(
  collection: C,
  filter: Filter<C>,
  value: string,
): string {
  return `/${sections[collection].path}/${filter}/${value}/`
}

/** Page `page` of the list at `base`: page 1 is the list itself, later ones `<base>page/<n>/`. */
export const pagePath = (base: string, page: number): string =>
  page <= 1 ? base : `${base}page/${page}/`

/** The RSS feed of a language (resources and stories). */
export const feedPath = '/rss.xml'

/** iCalendar files (English only): every event, or one. */
export const calendarPath = (slug?: string): string =>
  slug ? `/${sections.events.path}/${slug}.ics` : `/${sections.events.path}.ics`

/** What partners embed and syndicate of a resource: the chrome-less page and its oEmbed answer. */
export const embedPath = (slug: string): string => `/embed/${sections.resources.path}/${slug}/`
export const oembedPath = (slug: string): string =>
  `/oembed/${sections.resources.path}/${slug}.json`

/** The syndication feed (English paths only): every embeddable resource, or one. */
export const contentPath = (slug?: string): string =>
  `/content/${sections.resources.path}${slug ? `/${slug}` : ''}.json`

/** The site's on-demand draft view of a document (`/preview/<collection>/<id>/`). */
export const previewPath = (collection: string, id: string | number): string =>
  `/preview/${collection}/${encodeURIComponent(String(id))}/`

/** The admin's words for a number of documents: `1 film`, `3 stories`. */
export function countOf(collection: string, n: number): string {
  const noun = isPublicCollection(collection) ? sections[collection].noun : [collection, collection]
  return `${n} ${noun[n === 1 ? 0 : 1]}`
}

/**
 * The site's view of CMS content: one language at a time, relations resolved, English fallback
 * recorded so pages can say "not yet translated".
 */
import { getCollection, getEntry } from 'astro:content'

import { publicCollections } from '@hcri/shared/enums'
import { defaultLocale, localeCodes, locales, type Locale } from '@hcri/shared/locales'
import { localize, type Localized } from '@hcri/shared/localize'
import { freshRead } from '@hcri/shared/rest'
import { docPath, type DetailCollection } from '@hcri/shared/routes'
import { defaultQuickExitUrl, quickExitUrl } from '@hcri/shared/settings'
import { localePath } from '@hcri/shared/urls'
import type {
  Event,
  Film,
  Footer,
  Media,
  Page,
  Place,
  Resource,
  SiteSetting,
  Story,
  Survey,
} from '@hcri/shared/payload-types'

import { currentPreview } from './preview'
import { pageReads } from './pageReads'
import { noteRead } from './reads'
import { docHref } from './routes'
import type { EmergencyNumbers, Partner } from './types'

export type CollectionTypes = {
  resources: Resource
  films: Film
  stories: Story
  events: Event
  places: Place
  pages: Page
  media: Media
  surveys: Survey
}
export type CollectionName = keyof CollectionTypes

/** A document in one language; `translated` is false when its title fell back to English. */
export type Doc<T> = T & { translated: boolean; missing: string[] }

/**
 * What every card of a published document starts with: its title, linking to its page, marked
 * `lang="en"` when the document is shown in English on a translated page.
 */
export const cardOf = (
  locale: Locale,
  collection: DetailCollection,
  doc: Doc<{ title: string; slug: string }>,
) => ({
  title: doc.title,
  href: docHref(locale, collection, doc.slug),
  lang: doc.translated ? undefined : 'en',
})

function toDoc<T>(raw: unknown, locale: Locale): Doc<T> {
  const { data, missing } = localize<T>(raw, locale)
  const translated =
    locale === 'en' || !missing.some((m) => m === 'title' || m === 'name' || m.startsWith('body'))
  return { ...(data as T), translated, missing }
}

const cache = new Map<string, unknown[]>()

/**
 * Every published document of a collection in one language: the page depends on all of them
 * (lists, filters). Pages about one document use bySlug, related items byId.
 */
export async function all<C extends CollectionName>(
  collection: C,
  locale: Locale,
): Promise<Doc<CollectionTypes[C]>[]> {
  noteRead(`scan:${collection}`)
  return list(collection, locale)
}

/** The published documents of a collection in one language, cached for the build; not noted. */
async function list<C extends CollectionName>(
  collection: C,
  locale: Locale,
): Promise<Doc<CollectionTypes[C]>[]> {
  const key = `${collection}:${locale}`
  if (!cache.has(key)) {
    const entries = await getCollection(collection as never)
    cache.set(
      key,
      entries.map((e: { data: unknown }) => toDoc<CollectionTypes[C]>(e.data, locale)),
    )
  }
  const list = cache.get(key) as Doc<CollectionTypes[C]>[]
  // A preview shows its draft in place of the published version (or as a new document).
  const preview = currentPreview()
  if (preview?.collection !== collection) return list
  const draft = toDoc<CollectionTypes[C]>(preview.doc, locale)
  const same = (d: unknown) => String((d as { id: unknown }).id) === String(preview.doc.id)
  return list.some(same) ? list.map((d) => (same(d) ? draft : d)) : [draft, ...list]
}

type Index<D> = { byId: Map<string, D>; bySlug: Map<string, D> }
const indexes = new WeakMap<object, Index<unknown>>()

/**
 * A list's documents by id and by slug, made once per list: a build looks documents up hundreds
 * of thousands of times, and searching 2,000 resources each time showed in its profile. The
 * first document wins, as a search from the start would find it.
 */
function indexOf<D>(docs: D[]): Index<D> {
  let index = indexes.get(docs) as Index<D> | undefined
  if (!index) {
    index = { byId: new Map(), bySlug: new Map() }
    for (const doc of docs) {
      const { id, slug } = doc as { id?: unknown; slug?: string | null }
      const key = String(id)
      if (!index.byId.has(key)) index.byId.set(key, doc)
      if (slug && !index.bySlug.has(slug)) index.bySlug.set(slug, doc)
    }
    indexes.set(docs, index)
  }
  return index
}

/** Looks a related document up by id (relations are stored as ids). */
export async function byId<C extends CollectionName>(
  collection: C,
  id: unknown,
  locale: Locale,
): Promise<Doc<CollectionTypes[C]> | undefined> {
  if (id === null || id === undefined) return undefined
  const key = typeof id === 'object' ? String((id as { id: unknown }).id) : String(id)
  noteRead(`entry:${collection}:${key}`)
  const found = indexOf(await list(collection, locale)).byId.get(key)
  // A draft may use a picture uploaded since the last build: the preview fetches it from the CMS.
  if (!found && collection === 'media' && currentPreview()) return fetchMedia(key, locale) as never
  return found
}

/** The document a page is about, by its address. */
export async function bySlug<C extends CollectionName>(
  collection: C,
  slug: string,
  locale: Locale,
): Promise<Doc<CollectionTypes[C]> | undefined> {
  noteRead(`slug:${collection}:${slug}`)
  return indexOf(await list(collection, locale)).bySlug.get(slug)
}

/** The languages a document is written in (English always); the others show it in English. */
export async function translatedIn(collection: CollectionName, slug: string): Promise<Locale[]> {
  const found = await Promise.all(
    localeCodes.map(async (l) => ((await bySlug(collection, slug, l))?.translated ? [l] : [])),
  )
  return found.flat()
}

async function fetchMedia(id: string, locale: Locale): Promise<Doc<Media> | undefined> {
  const res = await fetch(`${cmsUrl}/api/media/${encodeURIComponent(id)}?depth=0&locale=all`, {
    headers: freshRead,
  })
  return res.ok ? toDoc<Media>(await res.json(), locale) : undefined
}

export async function byIds<C extends CollectionName>(
  collection: C,
  ids: unknown[] | null | undefined,
  locale: Locale,
): Promise<Doc<CollectionTypes[C]>[]> {
  const found: (Doc<CollectionTypes[C]> | undefined)[] = await Promise.all(
    (ids ?? []).map((id) => byId(collection, id, locale)),
  )
  return found.filter((d): d is Doc<CollectionTypes[C]> => Boolean(d))
}

// Every page shows site settings and the footer, several times over: in a build, where they
// cannot change, each language's view of a global is made once (a preview or `astro dev` reads
// them anew, as their content may have changed since).
const globals = new Map<string, Promise<Localized<unknown> | undefined>>()

function localGlobal<T>(name: string, locale: Locale): Promise<Localized<T> | undefined> {
  noteRead(`global:${name}`)
  const make = async () => {
    const entry = await getEntry(name as never, name)
    return entry ? localize<T>((entry as { data: unknown }).data, locale) : undefined
  }
  if (!pageReads().enabled) return make()
  const key = `${name}:${locale}`
  let made = globals.get(key)
  if (!made) globals.set(key, (made = make()))
  return made as Promise<Localized<T> | undefined>
}

async function globalDoc<T>(name: string, locale: Locale): Promise<T | undefined> {
  return (await localGlobal<T>(name, locale))?.data
}

export const siteSettings = (locale: Locale) => globalDoc<SiteSetting>('site-settings', locale)
export const footer = (locale: Locale) => globalDoc<Footer>('footer', locale)

/** The CMS address media files are fetched from at build time. */
export const cmsUrl = (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export type SiteImage = { src: string; width: number; height: number; alt: string }

/** A media document as an image Astro can optimise (absolute CMS URL, real dimensions). */
export function image(
  media: Media | undefined | null,
  size?: 'thumbnail' | 'card' | 'hero' | 'og',
): SiteImage | undefined {
  if (!media || !media.mimeType?.startsWith('image/')) return undefined
  const variant = size ? media.sizes?.[size] : undefined
  const url = variant?.url ?? media.url
  const width = variant?.width ?? media.width
  const height = variant?.height ?? media.height
  if (!url || !width || !height) return undefined
  return {
    src: url.startsWith('http') ? url : `${cmsUrl}${url}`,
    width,
    height,
    alt: media.alt ?? '',
  }
}

/** Absolute URL of any uploaded file (PDF, captions, video). */
export function fileUrl(media: Media | undefined | null): string | undefined {
  if (!media?.url) return undefined
  return media.url.startsWith('http') ? media.url : `${cmsUrl}${media.url}`
}

/**
 * Where an uploaded file (video, captions, PDF) is served from on this site: `/media/<filename>`.
 * `src/pages/media/[file].ts` copies into the build the files published pages link to.
 */
export function mediaPath(media: Media | undefined | null): string | undefined {
  if (!media?.filename || media.mimeType?.startsWith('image/')) return undefined
  return `/media/${encodeURIComponent(media.filename)}`
}

/** Download blocks in rich text the site renders with its blocks (RichText.astro). */
function downloadIds(body: unknown): unknown[] {
  const nodes =
    (
      body as {
        root?: { children?: { type?: string; fields?: { blockType?: string; file?: unknown } }[] }
      } | null
    )?.root?.children ?? []
  return nodes
    .filter((n) => n.type === 'block' && n.fields?.blockType === 'download')
    .map((n) => n.fields!.file)
}

/**
 * The ids of the uploads published pages link to through `/media/`, in any language: films'
 * video, captions and audio-described video (FilmPage, filmSource), and Download blocks in
 * resources (their pages, embeds and feed) and in pages' content blocks. Stories and film
 * transcripts are rendered without blocks, so they link to no file.
 */
async function linkedMediaIds(): Promise<Set<string>> {
  const ids: unknown[] = []
  for (const { code } of locales) {
    const locale = code as Locale
    for (const film of await all('films', locale)) {
      if (film.provider === 'upload') ids.push(film.video)
      ids.push(film.audioDescribed?.video, ...(film.captions ?? []).map((c) => c.file))
    }
    for (const resource of await all('resources', locale)) ids.push(...downloadIds(resource.body))
    for (const page of await all('pages', locale))
      for (const block of page.layout ?? [])
        if (block.blockType === 'content') ids.push(...downloadIds(block.body))
  }
  const key = (id: unknown) =>
    id && typeof id === 'object' ? String((id as { id: unknown }).id) : String(id)
  return new Set(ids.filter((id) => id !== null && id !== undefined).map(key))
}

/**
 * The uploaded files that are not images (images go through astro:assets instead) and that a
 * published page links to: a file attached only to a draft, or to nothing, stays out of the build.
 */
export async function mediaFiles(): Promise<Media[]> {
  const [files, linked] = await Promise.all([all('media', defaultLocale), linkedMediaIds()])
  return files.filter(
    (m) => m.filename && m.url && !m.mimeType?.startsWith('image/') && linked.has(String(m.id)),
  )
}

/* ---- Links, site settings and page chrome (resources, report, CMS pages) ---- */

// Every page with rich text links through the same addresses: worked out once per language in a
// build, where the content cannot change, not once per page (the preview server and `astro dev`
// work them out per page: a draft overlays the lists, a dev server's content is synced again).
const slugMaps = new Map<Locale, Promise<Map<string, string>>>()

function slugsOf(locale: Locale): Promise<Map<string, string>> {
  const make = async () => {
    const slugs = new Map<string, string>()
    for (const c of publicCollections)
      for (const d of await list(c, locale)) slugs.set(`${c}:${String(d.id)}`, d.slug)
    return slugs
  }
  if (!pageReads().enabled) return make()
  let slugs = slugMaps.get(locale)
  if (!slugs) slugMaps.set(locale, (slugs = make()))
  return slugs
}

/**
 * The `internalHref` for rich text in one language: an internal link stores the target's id
 * (depth=0), so it is looked up here; a link to something unpublished loses its link.
 */
export async function linker(
  locale: Locale,
): Promise<(relationTo: string, doc: unknown) => string | undefined> {
  noteRead('slugs')
  const slugs = await slugsOf(locale)
  return (relationTo, doc) => {
    const id = doc && typeof doc === 'object' ? (doc as { id?: unknown }).id : doc
    const path = docPath(relationTo, slugs.get(`${relationTo}:${String(id)}`))
    return path ? localePath(locale, path) : undefined
  }
}

/** The 999 / 101 / online numbers staff keep in site settings, for the emergency panel. */
export async function emergencyNumbers(locale: Locale): Promise<EmergencyNumbers> {
  const settings = await localGlobal<SiteSetting>('site-settings', locale)
  if (!settings) return {}
  const { data, missing } = settings
  const e = data.emergency
  if (!e) return {}
  // An English-only label would replace the panel's translated one: use it only in its language.
  const labelTranslated = !missing.includes('emergency.onlineReportingLabel')
  return {
    emergency: e.emergencyNumber || undefined,
    nonEmergency: e.nonEmergencyNumber || undefined,
    textphone: e.textphone || undefined,
    onlineUrl: e.onlineReportingUrl || undefined,
    onlineName: (labelTranslated && e.onlineReportingLabel) || undefined,
  }
}

let exitWarned = false

/**
 * Where the quick exit goes: the address in site settings when it is a secure web address, the
 * built-in default otherwise (said once in the build log, so a bad value does not go unnoticed).
 */
export async function exitUrl(): Promise<string> {
  const saved = (await siteSettings(defaultLocale))?.quickExitUrl
  const url = quickExitUrl(saved)
  if (
    !exitWarned &&
    typeof saved === 'string' &&
    saved.trim() !== '' &&
    url === defaultQuickExitUrl &&
    saved.trim() !== defaultQuickExitUrl
  ) {
    exitWarned = true
    console.warn(
      `Site settings: the quick exit address is not a secure web address; using ${defaultQuickExitUrl} instead.`,
    )
  }
  return url
}

/** Contact address and partners for the footer, from the CMS globals. */
export async function chrome(
  locale: Locale,
): Promise<{ contactEmail?: string; partners?: Partner[] }> {
  const [settings, foot] = await Promise.all([siteSettings(locale), footer(locale)])
  const partners = foot?.partners?.map((p) => ({ name: p.name, href: p.url || undefined }))
  return {
    contactEmail: settings?.contactEmail || undefined,
    partners: partners?.length ? partners : undefined,
  }
}

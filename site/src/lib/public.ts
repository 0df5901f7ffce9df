/**
 * Helpers for the public film, story, event and safe-space pages: static paths,
 * Walsall-time ISO dates, durations, provider-hosted films and images for sharing.
 */
import { remembered } from '@hcri/shared/remembered'
import { defaultLocale } from '@hcri/shared/locales'
import { siteTimeZone } from '@hcri/shared/enums'
import type { Film, Media } from '@hcri/shared/payload-types'
import { parseVideo, type VideoProvider } from '@hcri/shared/video'

import { all, byId, image, mediaPath, type CollectionName } from './content'
import { getImageOnce } from './images'
import { laterPagePaths } from './paging'
import { paramPaths } from './routes'

/** The `[slug]` paths of a collection's pages: every published document (same in every locale). */
export async function slugPaths(collection: CollectionName) {
  const docs = (await all(collection, defaultLocale)) as { slug?: string | null }[]
  return paramPaths(
    'slug',
    docs.flatMap((d) => (d.slug ? [d.slug] : [])),
  )
}

/** The `page/[page]` paths of a collection's list (pages 2…n). */
export async function listPagePaths(collection: CollectionName) {
  return laterPagePaths((await all(collection, defaultLocale)).length)
}

// Made once: making a formatter costs far more than using it, and every event page calls this.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: siteTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
})

/** ISO 8601 with Walsall's UTC offset, e.g. `2027-03-13T10:00:00+00:00` (schema.org wants one). */
export const londonIso = remembered((value: string | Date): string => {
  const date = new Date(value)
  const parts = Object.fromEntries(londonParts.formatToParts(date).map((p) => [p.type, p.value]))
  const offset =
    parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '')
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
})

/** `1:35` for 95 seconds. */
export function mmss(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export type FilmSource =
  | { kind: 'upload'; src: string; type: string }
  | { kind: 'external'; provider: VideoProvider; id: string }

const providerNames: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' }
export const providerName = (p: VideoProvider) => providerNames[p]

/** Where a film (or its audio-described version) plays from; `videoId` is not stored, so parse it. */
export async function filmSource(
  provider: Film['provider'],
  video: Film['video'],
  externalUrl: string | null | undefined,
): Promise<FilmSource | undefined> {
  if (provider === 'upload') {
    const media = await byId('media', video, defaultLocale)
    const src = mediaPath(media)
    return src && media ? { kind: 'upload', src, type: media.mimeType ?? 'video/mp4' } : undefined
  }
  if (!externalUrl) return undefined
  const parsed = parseVideo(provider, externalUrl)
  return parsed.ok ? { kind: 'external', provider, id: parsed.id } : undefined
}

/** A media image optimised into the build, as an absolute URL for Open Graph and JSON-LD. */
export async function shareImage(media: Media | undefined, site: URL) {
  const img = image(media)
  if (!img) return undefined
  const out = await getImageOnce({
    src: img.src,
    width: 1200,
    height: Math.round((1200 * img.height) / img.width),
    format: 'jpeg',
  })
  return {
    src: new URL(out.src, site).href,
    alt: img.alt,
    width: Number(out.attributes.width ?? 1200),
    height: Number(out.attributes.height ?? 0) || undefined,
  }
}

/** `'en'` when this field of a document fell back to English, so it can be marked `lang="en"`. */
export function fallbackLang(doc: { missing: string[] }, field: string): 'en' | undefined {
  return doc.missing.some((m) => m === field || m.startsWith(`${field}.`)) ? 'en' : undefined
}

/** Attributes for an element showing a field that may have fallen back to English. */
export function fieldAttrs(
  doc: { missing: string[] },
  field: string,
): { lang?: string; dir?: 'ltr' } {
  return fallbackLang(doc, field) ? { lang: 'en', dir: 'ltr' } : {}
}

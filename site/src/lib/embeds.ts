/**
 * What partners embed and syndicate: only published resources marked "embeddable" in the CMS.
 * Builds the embed paths, the oEmbed responses and the content feed from the site's own data.
 */
import { categoryLabel, strandLabel, t } from '@hcri/shared/i18n'
import { defaultLocale, localeCodes, type Locale } from '@hcri/shared/locales'
import {
  attribution,
  defaultEmbedHeight,
  defaultEmbedWidth,
  feedBodyHtml,
  licence,
  oembedCacheAge,
  type ContentIndex,
  type ContentItem,
  type OEmbed,
} from '@hcri/shared/partners'
import { richTextSegments, type RichTextBlock, type RichTextData } from '@hcri/shared/richtext'
import { contentPath, embedPath, oembedPath } from '@hcri/shared/routes'
import { embedPolicy } from '@hcri/shared/settings'
import { localePath } from '@hcri/shared/urls'
import type { Resource } from '@hcri/shared/payload-types'

import { all, byId, bySlug, linker, mediaPath, siteSettings, type Doc } from './content'
import { docHref, paramPaths } from './routes'

/**
 * The partner sites that may embed, from site settings (the same rule as `/embed/*`'s
 * frame-ancestors in _headers): `null` when anyone may. embed.js mounts frames only on these
 * sites, and the frame talks (height, visible part) only to a parent on one of them.
 */
export async function embedOrigins(): Promise<string[] | null> {
  const settings = await siteSettings(defaultLocale)
  const policy = embedPolicy(settings?.embedAllowList?.map((entry) => entry.origin))
  return policy.frameAncestors === '*' ? null : policy.origins
}

/** The embeddable resources in one language. */
export async function embeddable(locale: Locale): Promise<Doc<Resource>[]> {
  return (await all('resources', locale)).filter((r) => r.embeddable)
}

/** One embeddable resource in one language, by its address. */
export async function embeddableBySlug(
  locale: Locale,
  slug: string,
): Promise<Doc<Resource> | undefined> {
  const resource = await bySlug('resources', slug, locale)
  return resource?.embeddable ? resource : undefined
}

/** The `[slug]` paths of the embed pages, oEmbed and content files: the embeddable resources. */
export async function embedPaths() {
  return paramPaths(
    'slug',
    (await embeddable(defaultLocale)).map((r) => r.slug),
  )
}

/** The iframe partners paste when they cannot run our script (also the oEmbed `html`). */
export function iframeSnippet(
  site: URL,
  locale: Locale,
  resource: Pick<Resource, 'slug' | 'title'>,
) {
  const src = new URL(localePath(locale, embedPath(resource.slug)), site).href
  const title = resource.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<iframe src="${src}" title="${title}" width="100%" height="${defaultEmbedHeight}" loading="lazy" referrerpolicy="no-referrer" style="border:0;max-width:100%"></iframe>`
}

/** What partners paste: our script turns the div into a resizing iframe; the link is the no-JS fallback. */
export function partnerSnippet(
  site: URL,
  locale: Locale,
  resource: Pick<Resource, 'slug' | 'title'>,
) {
  const page = new URL(docHref(locale, 'resources', resource.slug), site).href
  const script = new URL('/embed.js', site).href
  const title = resource.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return [
    `<div data-hcri-embed="${resource.slug}" data-lang="${locale}">`,
    `  <a href="${page}">${title}</a>`,
    '</div>',
    `<script src="${script}" async></script>`,
  ].join('\n')
}

export async function oembed(site: URL, locale: Locale, slug: string): Promise<OEmbed> {
  const resource = await embeddableBySlug(locale, slug)
  if (!resource) throw new Error(`No embeddable resource "${slug}"`)
  return {
    type: 'rich',
    version: '1.0',
    title: resource.title,
    provider_name: t(locale, 'site.name'),
    provider_url: new URL(localePath(locale, '/'), site).href,
    author_name: t(locale, 'site.name'),
    author_url: new URL(localePath(locale, '/'), site).href,
    html: iframeSnippet(site, locale, resource),
    width: defaultEmbedWidth,
    height: defaultEmbedHeight,
    cache_age: oembedCacheAge,
  }
}

const escape = (value: unknown) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

/**
 * Content blocks as plain HTML for syndication (partners style them their own way); the site's
 * pages render the same blocks with their own components.
 */
async function blockHtml(block: RichTextBlock, locale: Locale, site: URL): Promise<string> {
  const abs = (path: string) => new URL(path, site).href
  switch (block.blockType) {
    case 'callout':
      return `<aside>${block.heading ? `<h3>${escape(block.heading)}</h3>` : ''}${block.text ? `<p>${escape(block.text)}</p>` : ''}</aside>`
    case 'contactCard': {
      const lines = [
        block.description && `<p>${escape(block.description)}</p>`,
        block.phone &&
          `<p><a href="tel:${escape(String(block.phone).replace(/[^\d+]/g, ''))}">${escape(block.phone)}</a></p>`,
        block.email && `<p><a href="mailto:${escape(block.email)}">${escape(block.email)}</a></p>`,
        typeof block.website === 'string' &&
          /^https?:\/\//.test(block.website) &&
          `<p><a href="${escape(block.website)}">${escape(block.website)}</a></p>`,
        block.hours && `<p>${escape(block.hours)}</p>`,
      ].filter(Boolean)
      return `<section><h3>${escape(block.name)}</h3>${lines.join('')}</section>`
    }
    case 'steps': {
      const steps = (Array.isArray(block.steps) ? block.steps : []) as {
        title?: string
        text?: string
      }[]
      return `${block.heading ? `<h3>${escape(block.heading)}</h3>` : ''}<ol>${steps.map((s) => `<li><strong>${escape(s.title)}</strong>${s.text ? ` ${escape(s.text)}` : ''}</li>`).join('')}</ol>`
    }
    case 'download': {
      const path = mediaPath(await byId('media', block.file, locale))
      return path ? `<p><a href="${escape(abs(path))}">${escape(block.label)}</a></p>` : ''
    }
    case 'film': {
      const film = await byId('films', block.film, locale)
      if (!film) return ''
      const href = abs(docHref(locale, 'films', film.slug))
      return `<p><a href="${escape(href)}">${escape(film.title)}</a></p>`
    }
    default:
      return ''
  }
}

/** The body as the site renders it, links made absolute, sanitised like the site's pages. */
export async function bodyHtml(
  resource: Doc<Resource>,
  locale: Locale,
  site: URL,
): Promise<string> {
  const internalHref = await linker(locale)
  const segments = richTextSegments(resource.body as RichTextData, { internalHref })
  const parts = await Promise.all(
    segments.map((s) => (s.kind === 'html' ? s.html : blockHtml(s.block, locale, site))),
  )
  return feedBodyHtml(parts, site.origin)
}

export async function contentItem(site: URL, slug: string): Promise<ContentItem> {
  const english = await embeddableBySlug(defaultLocale, slug)
  if (!english) throw new Error(`No embeddable resource "${slug}"`)
  const languages: ContentItem['languages'] = []
  for (const locale of localeCodes) {
    const resource = await embeddableBySlug(locale, slug)
    // Only real translations: an untranslated page would repeat the English text.
    if (!resource || (locale !== defaultLocale && !resource.translated)) continue
    languages.push({
      locale,
      title: resource.title,
      summary: resource.summary,
      bodyHtml: await bodyHtml(resource, locale, site),
      url: new URL(docHref(locale, 'resources', slug), site).href,
      embedUrl: new URL(localePath(locale, embedPath(slug)), site).href,
    })
  }
  return {
    slug,
    canonicalUrl: new URL(docHref(defaultLocale, 'resources', slug), site).href,
    category: { value: english.category, label: categoryLabel('en', english.category) },
    strands: (english.strands ?? []).map((s) => ({ value: s, label: strandLabel('en', s) })),
    lastReviewed: english.lastReviewed,
    updatedAt: english.updatedAt,
    languages,
    oembedUrl: new URL(oembedPath(slug), site).href,
    licence: { ...licence },
    attribution,
  }
}

export async function contentIndex(site: URL): Promise<ContentIndex> {
  const list = await embeddable(defaultLocale)
  const translatedIn = async (slug: string) => {
    const found: Locale[] = []
    for (const locale of localeCodes) {
      const r = (await embeddable(locale)).find((d) => d.slug === slug)
      if (r && (locale === defaultLocale || r.translated)) found.push(locale)
    }
    return found
  }
  return {
    generatedAt: new Date().toISOString(),
    licence: { ...licence },
    attribution,
    resources: await Promise.all(
      list.map(async (r) => ({
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        canonicalUrl: new URL(docHref(defaultLocale, 'resources', r.slug), site).href,
        url: new URL(contentPath(r.slug), site).href,
        lastReviewed: r.lastReviewed,
        updatedAt: r.updatedAt,
        locales: await translatedIn(r.slug),
      })),
    ),
  }
}

/** A static JSON response (the CDN adds CORS from _headers). */
export const json = (data: unknown) =>
  new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })

/**
 * The sitemaps: `sitemap-index.xml` (named in robots.txt) and `sitemap-0.xml`, … listing every
 * built page a search engine may list, each with its pages in the other languages as alternates
 * (`xhtml:link rel="alternate" hreflang`). In place of @astrojs/sitemap, whose output it keeps
 * (the same URLs, order and alternates): that one compares every URL with every other to find a
 * page's languages, ~0.5 s of every publish at the full set (9,100 URLs); one pass here.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

export type SitemapOptions = {
  /** Each locale's code (its path prefix) and the hreflang it is listed under. */
  locales: Record<string, string>
  /** The locale whose pages have no prefix. */
  defaultLocale: string
  /** Whether a page's absolute URL is listed. */
  filter?: (url: string) => boolean
}

/** A sitemap file holds at most 50,000 URLs; this leaves room, as @astrojs/sitemap does. */
export const entryLimit = 45_000
export const indexFile = 'sitemap-index.xml'

/** Sorted as @astrojs/sitemap sorts them (`/page-10/` after `/page-9/`). */
const byUrl = new Intl.Collator('en', { numeric: true }).compare

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The sitemap files for `pages` (pathnames as Astro lists them, without the leading slash) of a
 * site at `siteUrl`: file name → content. The index comes last.
 */
export function sitemapFiles(
  pages: string[],
  siteUrl: string,
  { locales, defaultLocale, filter = () => true }: SitemapOptions,
): Map<string, string> {
  // Error pages are never listed, in any language.
  const statusPages = new Set(
    ['', ...Object.keys(locales).map((l) => `${l}/`)].flatMap((l) => [`${l}404`, `${l}500`]),
  )
  const base = new URL(siteUrl)
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  const urls = [
    ...new Set(
      pages
        .filter((page) => !statusPages.has(page.replace(/^\/|\/$/g, '')))
        .map((page) => new URL(base.pathname + page.replace(/^\//, ''), base).href),
    ),
  ]
    .filter((url) => filter(url))
    .sort(byUrl)
  // The same page in each language: its path with the locale prefix taken off.
  const groups = new Map<string, { url: string; lang: string }[]>()
  const groupOf = urls.map((url) => {
    let rest = url.slice(base.href.length - 1)
    const prefix = rest.split('/')[1]!
    let locale = defaultLocale
    if (prefix in locales) {
      locale = prefix
      rest = rest.slice(prefix.length + 1) || '/'
    }
    const group = groups.get(rest) ?? []
    group.push({ url, lang: locales[locale]! })
    groups.set(rest, group)
    return group
  })
  const entry = (url: string, i: number) => {
    const group = groupOf[i]!
    const links =
      group.length > 1
        ? group
            .map(
              (l) => `<xhtml:link rel="alternate" hreflang="${l.lang}" href="${escape(l.url)}"/>`,
            )
            .join('')
        : ''
    return `<url><loc>${escape(url)}</loc>${links}</url>`
  }
  const head = '<?xml version="1.0" encoding="UTF-8"?>'
  const files = new Map<string, string>()
  for (let start = 0; start < urls.length; start += entryLimit) {
    const body = urls
      .slice(start, start + entryLimit)
      .map((url, i) => entry(url, start + i))
      .join('')
    files.set(
      `sitemap-${files.size}.xml`,
      `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`,
    )
  }
  const listed = [...files.keys()]
    .map((name) => `<sitemap><loc>${escape(new URL(name, base).href)}</loc></sitemap>`)
    .join('')
  files.set(
    indexFile,
    `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${listed}</sitemapindex>`,
  )
  return files
}

export default function sitemap(options: SitemapOptions): AstroIntegration {
  let siteUrl: string | undefined
  return {
    name: 'hcri:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site && new URL(config.base, config.site).href
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!siteUrl) {
          logger.warn('No sitemap: the site has no address (`site` in astro.config.mjs).')
          return
        }
        const files = sitemapFiles(
          pages.map((p) => p.pathname),
          siteUrl,
          options,
        )
        for (const [name, text] of files) writeFileSync(fileURLToPath(new URL(name, dir)), text)
        let listed = 0
        for (const [name, text] of files)
          if (name !== indexFile) listed += text.split('<url>').length - 1
        logger.info(`${indexFile}: ${listed} pages in ${files.size - 1} sitemap(s)`)
      },
    },
  }
}

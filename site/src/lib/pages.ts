/** CMS pages live at `/<page-slug>/`, beside the site's own sections. */
import { defaultLocale, localeCodes } from '@hcri/shared/locales'

import { all } from './content'
import { paramPaths } from './routes'

/** Top-level paths the site itself uses: a CMS page with one of these slugs is not published. */
const reserved = new Set<string>([
  ...localeCodes,
  'resources',
  'report',
  'search',
  'films',
  'stories',
  'events',
  'safe-spaces',
  'exit',
  'privacy',
  'accessibility',
  'staying-safe-online',
  'embed',
  'partners',
  'media',
  'oembed',
  'content',
  'pagefind',
  'rss',
  '404',
])

let warned = false

export async function pageSlugs(): Promise<string[]> {
  const pages = await all('pages', defaultLocale)
  const clash = pages.filter((p) => reserved.has(p.slug))
  if (clash.length && !warned) {
    warned = true
    console.warn(
      `CMS pages not published because their address is used by the site: ${clash.map((p) => `/${p.slug}/`).join(', ')}. Change their slug in the CMS.`,
    )
  }
  return pages.filter((p) => !reserved.has(p.slug)).map((p) => p.slug)
}

/** The `[slug]` paths of the CMS pages (same in every locale). */
export async function pagePaths() {
  return paramPaths('slug', await pageSlugs())
}

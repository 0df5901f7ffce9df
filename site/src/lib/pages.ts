/**
 * CMS pages live at `/<page-slug>/`, beside the site's own sections; a slug the route table
 * reserves (the CMS refuses them too) would hide one of the site's pages, so it is left out.
 */
import { defaultLocale } from '@hcri/shared/locales'
import { isReservedSlug } from '@hcri/shared/routes'

import { all } from './content'
import { paramPaths } from './routes'

let warned = false

export async function pageSlugs(): Promise<string[]> {
  const pages = await all('pages', defaultLocale)
  const clash = pages.filter((p) => isReservedSlug(p.slug))
  if (clash.length && !warned) {
    warned = true
    console.warn(
      `CMS pages not published because their address is used by the site: ${clash.map((p) => `/${p.slug}/`).join(', ')}. Change their slug in the CMS.`,
    )
  }
  return pages.filter((p) => !isReservedSlug(p.slug)).map((p) => p.slug)
}

/** The `[slug]` paths of the CMS pages (same in every locale). */
export async function pagePaths() {
  return paramPaths('slug', await pageSlugs())
}

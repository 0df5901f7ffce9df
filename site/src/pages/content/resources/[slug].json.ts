import type { APIRoute, GetStaticPaths } from 'astro'

import { withCacheKeys } from '../../../lib/cacheKeys'
import { contentItem, embedPaths, json } from '../../../lib/embeds'
import { siteUrl } from '../../../lib/routes'

// Keyed like the pages: a publish writes again only the files of the resources it changed.
export const getStaticPaths = (async (options) =>
  withCacheKeys(options, await embedPaths())) satisfies GetStaticPaths

/** `/content/resources/<slug>.json`: one resource in every language it is translated into. */
export const GET: APIRoute = async ({ props }) =>
  json(await contentItem(siteUrl(), (props as { slug: string }).slug))

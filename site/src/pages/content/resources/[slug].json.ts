import type { APIRoute } from 'astro'

import { contentItem, embedPaths, json } from '../../../lib/embeds'
import { siteUrl } from '../../../lib/routes'

export const getStaticPaths = () => embedPaths()

/** `/content/resources/<slug>.json`: one resource in every language it is translated into. */
export const GET: APIRoute = async ({ props }) =>
  json(await contentItem(siteUrl(), (props as { slug: string }).slug))

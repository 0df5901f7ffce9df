import type { APIRoute } from 'astro'

import { contentItem, embedPaths, json } from '../../../lib/embeds'

export const getStaticPaths = () => embedPaths()

/** `/content/resources/<slug>.json`: one resource in every language it is translated into. */
export const GET: APIRoute = async ({ props, site }) =>
  json(await contentItem(site!, (props as { slug: string }).slug))

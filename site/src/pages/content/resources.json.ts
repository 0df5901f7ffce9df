import type { APIRoute } from 'astro'

import { contentIndex, json } from '../../lib/embeds'
import { siteUrl } from '../../lib/routes'

/** `/content/resources.json`: every embeddable resource, for partners' syndication. */
export const GET: APIRoute = async () => json(await contentIndex(siteUrl()))

import type { APIRoute } from 'astro'

import { contentIndex, json } from '../../lib/embeds'

/** `/content/resources.json`: every embeddable resource, for partners' syndication. */
export const GET: APIRoute = async ({ site }) => json(await contentIndex(site!))

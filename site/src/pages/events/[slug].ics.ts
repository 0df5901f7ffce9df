/** `/events/<slug>.ics`: one event, for "Add to calendar". */
import type { APIRoute, GetStaticPaths } from 'astro'

import type { Event } from '@hcri/shared/payload-types'

import { withCacheKeys } from '../../lib/cacheKeys'
import { all, bySlug } from '../../lib/content'
import { icsFor, icsHeaders } from '../../lib/events'
import { paramPaths, siteUrl } from '../../lib/routes'

// Keyed like the pages: a publish writes again only the calendar files of the events it changed.
export const getStaticPaths = (async (options) =>
  withCacheKeys(
    options,
    paramPaths(
      'slug',
      (await all('events', 'en')).map((event) => event.slug),
    ),
  )) satisfies GetStaticPaths

// Looked up here rather than handed over as a prop, so the read is noted for the key.
export const GET: APIRoute = async ({ props }) => {
  const event = await bySlug('events', (props as { slug: string }).slug, 'en')
  if (!event) return new Response(null, { status: 404 })
  return new Response(icsFor([event as Event], siteUrl()), { headers: icsHeaders })
}

/**
 * `/events.ics`: every published event, for calendar subscriptions. A route with one path rather
 * than a static file so that it is keyed like the pages (lib/cacheKeys.ts): Astro renders a
 * static route on every build, and this one formats every event (1,000 at the benchmark's full
 * set); keyed, a publish writes it again only when an event changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro'

import { sections } from '@hcri/shared/routes'

import { withCacheKeys } from '../lib/cacheKeys'
import { all } from '../lib/content'
import { icsFor, icsHeaders } from '../lib/events'
import { siteUrl } from '../lib/routes'

export const getStaticPaths = (async (options) =>
  withCacheKeys(options, [{ params: { calendar: sections.events.path } }])) satisfies GetStaticPaths

export const GET: APIRoute = async () => {
  const events = await all('events', 'en')
  return new Response(icsFor(events, siteUrl()), { headers: icsHeaders })
}

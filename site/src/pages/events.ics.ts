/** `/events.ics`: every published event, for calendar subscriptions. */
import type { APIRoute } from 'astro'

import { all } from '../lib/content'
import { icsFor, icsHeaders } from '../lib/events'
import { siteUrl } from '../lib/routes'

export const GET: APIRoute = async () => {
  const events = await all('events', 'en')
  return new Response(icsFor(events, siteUrl()), { headers: icsHeaders })
}

/** `/events.ics`: every published event, for calendar subscriptions. */
import type { APIRoute } from 'astro'

import { all } from '../lib/content'
import { icsFor, icsHeaders } from '../lib/events'

export const GET: APIRoute = async ({ site }) => {
  const events = await all('events', 'en')
  return new Response(icsFor(events, site), { headers: icsHeaders })
}

/** `/events/<slug>.ics`: one event, for "Add to calendar". */
import type { APIRoute, GetStaticPaths } from 'astro'

import type { Event } from '@hcri/shared/payload-types'

import { all } from '../../lib/content'
import { icsFor, icsHeaders } from '../../lib/events'
import { siteUrl } from '../../lib/routes'

export const getStaticPaths = (async () => {
  const events = await all('events', 'en')
  return events.map((event) => ({ params: { slug: event.slug }, props: { event } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(icsFor([props.event as Event], siteUrl()), { headers: icsHeaders })

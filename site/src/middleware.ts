/**
 * Runs only for /preview/ (every other page is prerendered): fetches the draft the signed link
 * names and renders the page with it, never cached and never indexed.
 */
import type { APIContext, MiddlewareNext } from 'astro'
import { defineMiddleware } from 'astro:middleware'

import { isPublicCollection } from '@hcri/shared/routes'

import { cmsUrl } from './lib/content'
import { recordRender } from './lib/cacheKeys'
import { pageId, pageReads } from './lib/pageReads'
import { fetchDraft, markPreview, previewStore } from './lib/preview'
import { trackReads } from './lib/reads'

const privateHeaders = {
  'Cache-Control': 'no-store, private',
  'X-Robots-Tag': 'noindex, nofollow',
}

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return pageReads().enabled ? recordReads(context, next) : next()
  const match = /^\/preview\/([a-z]+)\/([^/]+)\/?$/.exec(context.url.pathname)
  if (!match) return next()
  const [, collection, id] = match
  const refuse = () =>
    new Response(
      'This preview link is not valid or has expired. Open the preview again from the CMS.',
      {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders },
      },
    )
  if (!isPublicCollection(collection) || !id) return refuse()
  const doc = await fetchDraft(cmsUrl, collection, id, context.url.searchParams).catch(
    () => undefined,
  )
  if (!doc) return refuse()
  // Rendered and read inside run(): Astro renders as the body is read, and the views must see the draft.
  const { response, body } = await previewStore.run({ collection, doc }, async () => {
    const response = await next()
    return { response, body: await response.text() }
  })
  const html = markPreview(body, 'Preview of unpublished changes. This is not on the live site.')
  const headers = new Headers(response.headers)
  for (const [k, v] of Object.entries(privateHeaders)) headers.set(k, v)
  return new Response(html, { status: response.status, headers })
})

/**
 * A prerendered page during `astro build`: rendered to the end inside trackReads (Astro renders as
 * the body is read), and what it read recorded for the next build's keys (lib/cacheKeys.ts).
 */
async function recordReads(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const { value, reads } = await trackReads(async () => {
    const response = await next()
    return { response, body: await response.arrayBuffer() }
  })
  await recordRender(pageId(context.routePattern, context.params), reads)
  pageReads().renderedPaths.add(context.url.pathname)
  const { response, body } = value
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
}

/**
 * Uploaded files (films, caption tracks, PDF leaflets) that published pages link to, copied from
 * the CMS into the build at `/media/<filename>`, so visitors only ever talk to this site. Images
 * are not here: they go through astro:assets.
 */
import type { APIRoute, GetStaticPaths } from 'astro'

import type { Media } from '@hcri/shared/payload-types'

import { fileUrl, mediaFiles } from '../../lib/content'

export const getStaticPaths = (async () => {
  const files = await mediaFiles()
  return files.map((media) => ({ params: { file: media.filename! }, props: { media } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const media = props.media as Media
  const url = fileUrl(media)!
  const res = await fetch(url)
  if (!res.ok)
    throw new Error(
      `Could not copy media ${media.id} (${media.filename}) from ${url}: HTTP ${res.status}`,
    )
  return new Response(await res.arrayBuffer(), {
    headers: { 'Content-Type': media.mimeType ?? 'application/octet-stream' },
  })
}

import type { APIRoute } from 'astro'

import { localeCodes } from '@hcri/shared/locales'
import { defaultEmbedHeight } from '@hcri/shared/partners'
import { embedPath } from '@hcri/shared/routes'

import { embedOrigins } from '../lib/embeds'
import source from '../scripts/embed-loader.js?raw'

/** `/embed.js`: the partners' snippet script, at a stable address (never hashed). */
export const GET: APIRoute = async () =>
  new Response(
    source
      .replace('__LOCALES__', JSON.stringify(localeCodes))
      .replace('__HEIGHT__', String(defaultEmbedHeight))
      .replace('__ALLOWED__', JSON.stringify(await embedOrigins()))
      .replace('__EMBED_PATH__', JSON.stringify(embedPath('{slug}'))),
    { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  )

import type { APIRoute } from 'astro'

import { localeCodes } from '@hcri/shared/locales'
import { defaultEmbedHeight } from '@hcri/shared/partners'

import source from '../scripts/embed-loader.js?raw'

/** `/embed.js`: the partners' snippet script, at a stable address (never hashed). */
export const GET: APIRoute = () =>
  new Response(
    source
      .replace('__LOCALES__', JSON.stringify(localeCodes))
      .replace('__HEIGHT__', String(defaultEmbedHeight)),
    { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  )

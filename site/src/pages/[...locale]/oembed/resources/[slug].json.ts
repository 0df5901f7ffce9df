import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { embedPaths, json, oembed } from '../../../../lib/embeds'
import { localeParams } from '../../../../lib/routes'

export const getStaticPaths = async () => localeParams(await embedPaths())

/** `/oembed/resources/<slug>.json`, also under `/<locale>/`: the page's oEmbed response. */
export const GET: APIRoute = async ({ props, site }) =>
  json(await oembed(site!, (props as { locale: Locale }).locale, (props as { slug: string }).slug))

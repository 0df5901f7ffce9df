import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { embedPaths, json, oembed } from '../../../../lib/embeds'
import { localeParams, siteUrl } from '../../../../lib/routes'

export const getStaticPaths = async () => localeParams(await embedPaths())

/** `/oembed/resources/<slug>.json`, also under `/<locale>/`: the page's oEmbed response. */
export const GET: APIRoute = async ({ props }) =>
  json(await oembed(siteUrl(), props.locale as Locale, props.slug as string))

import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { embedPaths, json, oembed } from '../../../../lib/embeds'
import { localeRoute, siteUrl } from '../../../../lib/routes'

export const getStaticPaths = localeRoute(() => embedPaths())

/** `/oembed/resources/<slug>.json`, also under `/<locale>/`: the page's oEmbed response. */
export const GET: APIRoute = async ({ props }) =>
  json(await oembed(siteUrl(), props.locale as Locale, props.slug as string))

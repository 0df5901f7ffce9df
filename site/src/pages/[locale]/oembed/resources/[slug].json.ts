import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { embedPaths, json, oembed } from '../../../../lib/embeds'

export const getStaticPaths = () => embedPaths('others')

/** `/<locale>/oembed/resources/<slug>.json`: the oEmbed response of the page in that language. */
export const GET: APIRoute = async ({ props, site }) =>
  json(await oembed(site!, (props as { locale: Locale }).locale, (props as { slug: string }).slug))

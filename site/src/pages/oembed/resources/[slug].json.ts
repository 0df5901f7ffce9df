import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { embedPaths, json, oembed } from '../../../lib/embeds'

export const getStaticPaths = () => embedPaths('en')

/** `/oembed/resources/<slug>.json`: the oEmbed response of an embeddable resource. */
export const GET: APIRoute = async ({ props, site }) =>
  json(await oembed(site!, (props as { locale: Locale }).locale, (props as { slug: string }).slug))

/** `/rss.xml` and `/<locale>/rss.xml`: the feed of one language. */
import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { feed } from '../../lib/feed'
import { localeRoute, siteUrl } from '../../lib/routes'

export const getStaticPaths = localeRoute()

export const GET: APIRoute = ({ props }) => feed(props.locale as Locale, siteUrl())

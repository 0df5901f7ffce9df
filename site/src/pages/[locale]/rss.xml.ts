import type { APIRoute } from 'astro'

import type { Locale } from '@hcri/shared/locales'

import { feed } from '../../lib/feed'
import { otherLocalePaths } from '../../lib/locales'

export const getStaticPaths = otherLocalePaths

export const GET: APIRoute = ({ site, props }) => feed(props.locale as Locale, site)

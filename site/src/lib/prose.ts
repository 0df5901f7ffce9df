/**
 * Pages written in the repo as MDX: `src/content/<name>/<locale>.mdx`. A locale without its own
 * file gets the English one, flagged so the page shows the not-translated notice.
 */
import type { MDXInstance } from 'astro'

import type { Locale } from '@hcri/shared/locales'

export interface ProseFrontmatter {
  title: string
  description: string
  updated?: string
}

const files = import.meta.glob<MDXInstance<ProseFrontmatter>>('../content/*/*.mdx', { eager: true })

export function getProse(name: string, locale: Locale) {
  const own = files[`../content/${name}/${locale}.mdx`]
  const english = files[`../content/${name}/en.mdx`]
  const file = own ?? english
  if (!file) throw new Error(`No MDX page "${name}" (expected src/content/${name}/en.mdx)`)
  return { ...file, translated: Boolean(own), lang: own ? locale : 'en' }
}

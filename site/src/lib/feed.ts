/** The RSS feed of one language: the newest resources and ambassador stories, newest first. */
import rss from '@astrojs/rss'

import { regionalTag, t } from '@hcri/shared/i18n'
import type { Locale } from '@hcri/shared/locales'
import { localePath } from '@hcri/shared/urls'

import { all } from './content'
import { docHref } from './routes'

/**
 * Feed readers fetch the whole file on every poll and show what is new: the newest items only (all
 * of them made each feed ~1 MB at the benchmark's full set, re-rendered on every publish). Every
 * resource stays listed in the JSON feed (`/content/resources.json`).
 */
export const feedLength = 50

export async function feed(locale: Locale, site: URL) {
  const [resources, stories] = await Promise.all([all('resources', locale), all('stories', locale)])
  const items = [
    ...resources.map((r) => ({
      title: r.title,
      link: docHref(locale, 'resources', r.slug),
      description: r.summary,
      pubDate: new Date(r.createdAt),
      categories: [t(locale, 'resources.title')],
    })),
    ...stories.map((s) => ({
      title: s.title,
      link: docHref(locale, 'stories', s.slug),
      // Only what the story card shows: an anonymous story's name never leaves the site.
      ...(s.pullQuote ? { description: s.pullQuote } : {}),
      pubDate: new Date(s.createdAt),
      categories: [t(locale, 'nav.stories')],
    })),
  ]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
    .slice(0, feedLength)
  return rss({
    title: t(locale, 'rss.title'),
    description: t(locale, 'rss.description'),
    // The channel links to the home page in this language; item links are root-relative.
    site: new URL(localePath(locale, '/'), site).href,
    items,
    customData: `<language>${regionalTag(locale).toLowerCase()}</language>`,
    trailingSlash: true,
  })
}

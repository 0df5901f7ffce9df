/**
 * What the public-site tests share: the pages of every template with the seeded content each must
 * show, and a `test` whose browser context never lets a request leave this machine (the quick
 * exit's neutral destination is answered locally; anything else off-site is recorded and aborted).
 */
import { test as base, type Page } from '@playwright/test'

import { t } from '@hcri/shared/i18n'
import type { Locale } from '@hcri/shared/locales'

import { siteUrl } from '../ports'

export { t }
export type { Locale }

/**
 * The neutral site e2e/servers/fixtures.ts sets in site settings (not the built-in default, so a
 * quick exit that ignores the setting fails). Never reached: the tests answer it locally.
 */
export const exitDestination = 'https://www.example.org/weather'
/** Uploaded by e2e/servers/fixtures.ts: one only in a draft's Download block, one in nothing. */
export const unlinkedFiles = {
  draftOnly: 'test-draft-only-leaflet.pdf',
  attachedToNothing: 'test-unattached-leaflet.pdf',
} as const
export const neutralPage = '<!doctype html><title>Weather</title><h1>Neutral test page</h1>'

/** Seeded content the tests rely on (cms/src/seed and e2e/servers/fixtures.ts). */
export const seeded = {
  /** Has an Urdu translation. */
  translatedResource: {
    slug: 'what-is-a-hate-crime',
    title: 'What is a hate crime?',
    urTitle: 'نفرت پر مبنی جرم کیا ہے؟',
  },
  /** English only. */
  resource: { slug: 'what-is-a-hate-incident', title: 'What is a hate incident?' },
  story: {
    slug: 'why-become-a-stand-by-me-ambassador',
    title: 'Why become a Stand By Me Ambassador?',
  },
  anonymousStory: {
    slug: 'from-victim-to-hate-crime-ambassador',
    title: 'From victim to Hate Crime Ambassador',
  },
  event: {
    slug: 'stand-by-me-ambassador-training-north-walsall',
    title: 'Stand By Me Ambassador training: North Walsall',
  },
  page: {
    slug: 'about',
    title: 'About the initiative',
    heading: 'About the Hate Crime Reduction Initiative',
  },
  /** Added by e2e/servers/fixtures.ts: the seed has no verified address. */
  place: { name: 'Test reporting centre' },
  /** The site's own uploaded film, with English and Urdu captions and a described version. */
  film: {
    slug: 'report-it-who-to-call',
    title: 'Report it: who to call',
    urTitle: 'رپورٹ کریں: کس کو کال کریں',
    firstCue: 'If you experience or see a hate crime, you can report it.',
  },
  /** Added by e2e/servers/fixtures.ts: the seed has no real platform ids. */
  youtubeFilm: { slug: 'test-film-on-youtube', title: 'Test film on YouTube', id: 'dQw4w9WgXcQ' },
  vimeoFilm: { slug: 'test-film-on-vimeo', title: 'Test film on Vimeo', id: '76979871' },
  /** Added by e2e/servers/fixtures.ts: 25 resources, so this category and strand have two pages. */
  paging: {
    category: 'safe-spaces',
    strand: 'other',
    slugs: Array.from(
      { length: 25 },
      (_, i) => `test-paging-resource-${String(i + 1).padStart(2, '0')}`,
    ),
  },
} as const

export type SitePage = {
  name: string
  /** Path without a locale prefix. */
  path: string
  /**
   * Whether the page's own content exists in Urdu: `false` → the Urdu page must say it is not yet
   * translated; `true` → it must not; undefined → not asserted (listings, UI-only pages).
   */
  urContent?: boolean
  /** Texts the English page must show (seeded content). */
  enText?: string[]
  /** Texts the Urdu page must show. */
  urText?: string[]
  /** Text the document <title> must contain, in both languages. */
  title?: string
  /** A link (path without locale) the page must contain, prefixed by /ur on the Urdu page. */
  link?: string
}

export const sitePages: SitePage[] = [
  { name: 'home', path: '/', link: '/report/', enText: ['999'] },
  {
    name: 'resources',
    path: '/resources/',
    link: `/resources/${seeded.translatedResource.slug}/`,
    enText: [seeded.resource.title],
    urText: [seeded.translatedResource.urTitle],
  },
  {
    name: 'resource (translated)',
    path: `/resources/${seeded.translatedResource.slug}/`,
    urContent: true,
    enText: [seeded.translatedResource.title],
    urText: [seeded.translatedResource.urTitle],
  },
  {
    name: 'resource (English only)',
    path: `/resources/${seeded.resource.slug}/`,
    urContent: false,
    enText: [seeded.resource.title],
    urText: [seeded.resource.title],
  },
  {
    name: 'report',
    path: '/report/',
    enText: ['999', '101', seeded.place.name],
    urText: ['999', '101', seeded.place.name],
  },
  {
    name: 'safe spaces',
    path: '/safe-spaces/',
    enText: [seeded.place.name],
    urText: [seeded.place.name],
  },
  {
    name: 'films',
    path: '/films/',
    link: `/films/${seeded.film.slug}/`,
    enText: [seeded.film.title, seeded.youtubeFilm.title],
    urText: [seeded.film.urTitle],
  },
  {
    name: 'film (uploaded)',
    path: `/films/${seeded.film.slug}/`,
    urContent: true,
    enText: [seeded.film.title],
    urText: [seeded.film.urTitle],
  },
  {
    name: 'film (YouTube)',
    path: `/films/${seeded.youtubeFilm.slug}/`,
    urContent: false,
    enText: [seeded.youtubeFilm.title],
  },
  {
    name: 'stories',
    path: '/stories/',
    link: `/stories/${seeded.story.slug}/`,
    enText: [seeded.story.title],
  },
  {
    name: 'story',
    path: `/stories/${seeded.story.slug}/`,
    urContent: false,
    enText: [seeded.story.title],
    urText: [seeded.story.title],
  },
  {
    name: 'anonymous story',
    path: `/stories/${seeded.anonymousStory.slug}/`,
    urContent: false,
    enText: [seeded.anonymousStory.title],
  },
  {
    name: 'events',
    path: '/events/',
    link: `/events/${seeded.event.slug}/`,
    enText: [seeded.event.title],
  },
  {
    name: 'event',
    path: `/events/${seeded.event.slug}/`,
    urContent: false,
    enText: [seeded.event.title],
    urText: [seeded.event.title],
  },
  {
    name: 'CMS page',
    path: `/${seeded.page.slug}/`,
    urContent: false,
    title: seeded.page.title,
    enText: [seeded.page.heading],
    urText: [seeded.page.heading],
  },
  { name: 'search', path: '/search/' },
  {
    name: 'support',
    path: '/support/',
    urContent: false,
    enText: ['admin@bc-innovate.co.uk'],
    urText: ['admin@bc-innovate.co.uk'],
  },
  { name: 'staying safe online', path: '/staying-safe-online/', urContent: false },
  { name: 'privacy', path: '/privacy/', urContent: false },
  { name: 'accessibility', path: '/accessibility/', urContent: false },
  {
    name: 'research',
    path: '/research/',
    link: '/research/hate-crime-in-walsall/',
    enText: ['Experiences of hate crime in Walsall', '999'],
  },
  {
    name: 'research survey (English only)',
    path: '/research/hate-crime-in-walsall/',
    urContent: false,
    enText: ['Experiences of hate crime in Walsall', '999'],
    urText: ['Experiences of hate crime in Walsall', '999'],
  },
  { name: 'research findings', path: '/research/findings/', enText: ['fewer than 5'] },
  { name: 'research data note', path: '/research/data/' },
]

export const locales: Locale[] = ['en', 'ur']

/** `/ur/resources/` for Urdu, the path itself for English. */
export const inLocale = (locale: Locale, path: string) =>
  locale === 'en' ? path : `/${locale}${path}`

/** A path that no page has. */
export const missingPath = '/no-such-page-e2e/'

type Fixtures = {
  /** Every off-site URL the page tried to load (the quick-exit destination excepted). */
  offsite: string[]
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  offsite: async ({}, use) => {
    await use([])
  },
  context: async ({ context, offsite }, use) => {
    const origin = new URL(siteUrl).origin
    await context.route(
      (url) => url.origin !== origin,
      async (route) => {
        const url = route.request().url()
        if (url.startsWith(exitDestination)) {
          await route.fulfill({ status: 200, contentType: 'text/html', body: neutralPage })
          return
        }
        offsite.push(url)
        await route.abort('blockedbyclient')
      },
    )
    await use(context)
  },
})

export { expect } from '@playwright/test'

/** Waits until the page has loaded and its network has gone quiet (lazy images, scripts). */
export async function settle(page: Page) {
  await page.waitForLoadState('load')
  await page.waitForLoadState('networkidle')
}

/**
 * Every public address the built site answers, fetched as files (no page loads: these checks are
 * about HTTP and HTML): each page type in every locale with its language, direction and language
 * switcher; every category, strand, locality and kind page; pagination; the RSS feeds, the
 * iCalendar files, the sitemaps and robots.txt. Expected content comes from the e2e CMS itself.
 */
import ICAL from 'ical.js'
import type { APIRequestContext, Page } from '@playwright/test'

import { categories, localities, placeKinds, strands } from '@hcri/shared/enums'
import {
  categoryLabel,
  eventStatusLabel,
  hasText,
  localityLabel,
  placeKindLabel,
  strandLabel,
  type UiKey,
} from '@hcri/shared/i18n'
import { localeCodes, localeInfo } from '@hcri/shared/locales'

import { cmsUrl, siteUrl } from '../ports'
import { expect, inLocale, seeded, t, test, type Locale } from './site-fixtures'

type Attributes = Record<string, string>

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&amp;/g, '&')

/** The attributes of every `<name …>` start tag in the HTML, in document order. */
function tags(html: string, name: string): Attributes[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries(
      [...m[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, decode(a[2] ?? '')]),
    ),
  )
}

/** The text of the first `<name>` element, tags left out and spaces collapsed. */
function textOf(html: string, name: string): string | undefined {
  const inner = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(html)?.[1]
  return inner === undefined
    ? undefined
    : decode(inner.replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
}

const pathOf = (href: string) => new URL(href, siteUrl).pathname

/**
 * Every document of a collection the built site was made from: published (what anonymous visitors
 * read from the CMS) and created before the build, which content/resources.json dates (the CMS
 * tests publish more once the site is built).
 */
async function published<T>(request: APIRequestContext, collection: string): Promise<T[]> {
  const index = await request.get('/content/resources.json')
  const { generatedAt } = (await index.json()) as { generatedAt: string }
  const before = `where[createdAt][less_than_equal]=${encodeURIComponent(generatedAt)}`
  const res = await request.get(`${cmsUrl}/api/${collection}?limit=1000&depth=0&${before}`)
  expect(res.status(), `CMS ${collection}`).toBe(200)
  return ((await res.json()) as { docs: T[] }).docs
}

/**
 * Parses XML in the browser (a real parser, which reports malformed XML) and reads it: the root
 * element's name, and for each named CSS selector the text of every element it matches.
 */
async function readXml<K extends string>(
  page: Page,
  xml: string,
  queries: Record<K, string>,
): Promise<{ root: string } & Record<K, string[]>> {
  return page.evaluate(
    ({ xml, queries }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      const error = doc.querySelector('parsererror')
      if (error) throw new Error(`not well-formed XML: ${error.textContent}`)
      const read = Object.entries(queries as Record<string, string>).map(([key, selector]) => [
        key,
        [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? ''),
      ])
      return { root: doc.documentElement.nodeName, ...Object.fromEntries(read) }
    },
    { xml, queries },
  )
}

/** Answers already checked (the same switcher targets come up on every locale's page). */
const statuses = new Map<string, number>()
async function status(request: APIRequestContext, path: string) {
  if (!statuses.has(path))
    statuses.set(path, (await request.get(path, { maxRedirects: 0 })).status())
  return statuses.get(path)!
}

/** A page showing its document in English, with the notice saying so. */
const isFallback = (text: string) => text.includes('class="not-translated"')
const noindex = (text: string) => /<meta name="robots" content="noindex/.test(text)

/** Checks an HTML page: 200, its `<html lang dir>`, and returns its text. */
async function html(request: APIRequestContext, path: string, locale: Locale): Promise<string> {
  const res = await request.get(path, { maxRedirects: 0 })
  expect(res.status(), `${path} status`).toBe(200)
  expect(res.headers()['content-type'], `${path} type`).toContain('text/html')
  const text = await res.text()
  const root = tags(text, 'html')[0]
  expect(root?.lang, `${path} <html lang>`).toBe(locale)
  expect(root?.dir, `${path} <html dir>`).toBe(localeInfo(locale).dir)
  return text
}

type PageType = {
  name: string
  /** Without a locale prefix. */
  path: string
  /** 'page': the site's layout with a language switcher; 'bare': an HTML page without one. */
  kind: 'page' | 'bare' | 'oembed'
}

const embedded = seeded.translatedResource.slug
const pageTypes: PageType[] = [
  { name: 'home', path: '/', kind: 'page' },
  { name: 'resources', path: '/resources/', kind: 'page' },
  { name: 'resource', path: `/resources/${seeded.translatedResource.slug}/`, kind: 'page' },
  { name: 'films', path: '/films/', kind: 'page' },
  { name: 'film', path: `/films/${seeded.film.slug}/`, kind: 'page' },
  { name: 'stories', path: '/stories/', kind: 'page' },
  { name: 'story', path: `/stories/${seeded.story.slug}/`, kind: 'page' },
  { name: 'events', path: '/events/', kind: 'page' },
  { name: 'event', path: `/events/${seeded.event.slug}/`, kind: 'page' },
  { name: 'safe spaces', path: '/safe-spaces/', kind: 'page' },
  { name: 'report', path: '/report/', kind: 'page' },
  { name: 'search', path: '/search/', kind: 'page' },
  { name: 'privacy', path: '/privacy/', kind: 'page' },
  { name: 'accessibility', path: '/accessibility/', kind: 'page' },
  { name: 'staying safe online', path: '/staying-safe-online/', kind: 'page' },
  { name: 'partners embed', path: '/partners/embed/', kind: 'page' },
  { name: 'CMS page', path: `/${seeded.page.slug}/`, kind: 'page' },
  { name: 'exit', path: '/exit/', kind: 'bare' },
  { name: 'embed', path: `/embed/resources/${embedded}/`, kind: 'bare' },
  { name: 'oEmbed', path: `/oembed/resources/${embedded}.json`, kind: 'oembed' },
]

for (const locale of localeCodes) {
  test(`every page type in ${locale}: language, direction and language switcher`, async ({
    request,
  }) => {
    for (const { name, path: bare, kind } of pageTypes) {
      const path = inLocale(locale, bare)
      if (kind === 'oembed') {
        const res = await request.get(path)
        expect(res.status(), `${name}: ${path}`).toBe(200)
        const oembed = (await res.json()) as { html: string }
        expect(oembed.html, `${path} frames this language's embed`).toContain(
          `src="${siteUrl}${inLocale(locale, `/embed/resources/${embedded}/`)}"`,
        )
        continue
      }
      const text = await html(request, path, locale)
      if (kind === 'bare') continue

      // The switcher: one link per language, each to this same page, the current one marked.
      const switcher = tags(text, 'a').filter((a) => a.hreflang)
      expect(
        switcher.map((a) => [a.hreflang, pathOf(a.href!)]),
        `${path} language switcher`,
      ).toEqual(localeCodes.map((code) => [code, inLocale(code, bare)]))
      expect(
        switcher.filter((a) => a['aria-current']).map((a) => a.hreflang),
        `${path} current language`,
      ).toEqual([locale])
      // For search engines, the head names this page in the languages it is written in; a page
      // showing its document in English is left out of search engines and names none.
      const alternates = tags(text, 'link').filter((l) => l.rel === 'alternate' && l.hreflang)
      const written: Locale[] = []
      for (const code of localeCodes)
        if (!noindex(await (await request.get(inLocale(code, bare))).text())) written.push(code)
      if (noindex(text)) {
        expect(isFallback(text), `${path} says its text is in English`).toBe(true)
        expect(alternates, `${path} hreflang alternates`).toEqual([])
      } else {
        expect(written, `${path} is written in English`).toContain('en')
        expect(
          alternates.map((l) => [l.hreflang, pathOf(l.href!)]),
          `${path} hreflang alternates`,
        ).toEqual([...written.map((code) => [code, inLocale(code, bare)]), ['x-default', bare]])
      }
      for (const a of switcher) expect(await status(request, pathOf(a.href!)), a.href).toBe(200)
    }
  })
}

test('every category, strand, locality and kind has its page in every language', async ({
  request,
}) => {
  const resources: UiKey = 'resources.title'
  const places: UiKey = 'places.title'
  const filters = [
    ...categories.map((c) => ({
      path: `/resources/category/${c.value}/`,
      section: resources,
      label: categoryLabel,
      value: c.value,
    })),
    ...strands.map((s) => ({
      path: `/resources/strand/${s.value}/`,
      section: resources,
      label: strandLabel,
      value: s.value,
    })),
    ...localities
      .filter((l) => l.value !== 'online')
      .map((l) => ({
        path: `/safe-spaces/locality/${l.value}/`,
        section: places,
        label: localityLabel,
        value: l.value,
      })),
    ...placeKinds.map((k) => ({
      path: `/safe-spaces/kind/${k.value}/`,
      section: places,
      label: placeKindLabel,
      value: k.value,
    })),
  ]
  for (const locale of localeCodes) {
    for (const filter of filters) {
      const path = inLocale(locale, filter.path)
      const text = await html(request, path, locale)
      const label = filter.label(locale, filter.value)
      expect(textOf(text, 'title'), `${path} <title>`).toContain(label)
      // Headed by the section's name and the filter's.
      const heading = textOf(text, 'h1')
      expect(heading, `${path} <h1>`).toContain(t(locale, filter.section))
      expect(heading, `${path} <h1>`).toContain(label)
    }
  }
  // Online events exist, online safe spaces do not.
  expect(await status(request, '/safe-spaces/locality/online/')).toBe(404)
})

test('a category page lists every resource of that category', async ({ request }) => {
  const resources = await published<{ slug: string; category: string }>(request, 'resources')
  for (const locale of ['en', 'pl'] as const) {
    for (const { value } of categories) {
      const expected = resources.filter((r) => r.category === value).map((r) => r.slug)
      expect(expected.length, `resources in ${value}`).toBeGreaterThan(0)
      const listed = new Set<string>()
      // Page 1, then the next pages as the page's own "next" links lead.
      let path: string | undefined = inLocale(locale, `/resources/category/${value}/`)
      while (path) {
        const text = await html(request, path, locale)
        for (const a of tags(text, 'a')) {
          const slug = new RegExp(`^${inLocale(locale, '/resources/')}([^/]+)/$`).exec(a.href ?? '')
          if (slug && expected.includes(slug[1]!)) listed.add(slug[1]!)
        }
        const next = tags(text, 'a').find((a) => a.rel === 'next')?.href
        path = next && pathOf(next)
      }
      expect([...listed].sort(), `${locale} ${value}`).toEqual([...expected].sort())
    }
  }
})

test('a list page marks its heading and description as English where they are not translated', async ({
  request,
}) => {
  for (const locale of localeCodes) {
    for (const section of ['films', 'stories'] as const) {
      const text = await html(request, inLocale(locale, `/${section}/`), locale)
      for (const [name, attrs, key] of [
        ['h1', tags(text, 'h1')[0], `${section}.title`],
        ['lede', tags(text, 'p').find((p) => p.class === 'lede'), `${section}.description`],
      ] as const) {
        const english = locale !== 'en' && !hasText(locale, key as UiKey)
        expect(attrs, `${locale} ${section} ${name}`).toBeDefined()
        expect(attrs!.lang, `${locale} ${section} ${name}`).toBe(english ? 'en' : undefined)
      }
    }
  }
})

test('long lists are split into pages that link to each other, and no further', async ({
  request,
}) => {
  const { category, strand, slugs } = seeded.paging
  for (const locale of ['en', 'ur'] as const) {
    for (const list of [`/resources/category/${category}/`, `/resources/strand/${strand}/`]) {
      const first = inLocale(locale, list)
      const second = inLocale(locale, `${list}page/2/`)
      const page1 = await html(request, first, locale)
      const page2 = await html(request, second, locale)
      const rel = (text: string, name: string) =>
        tags(text, 'a')
          .filter((a) => a.rel === name)
          .map((a) => pathOf(a.href!))
      expect(rel(page1, 'next'), `${first} next`).toEqual([second])
      expect(rel(page1, 'prev'), `${first} prev`).toEqual([])
      expect(rel(page2, 'prev'), `${second} prev`).toEqual([first])
      expect(rel(page2, 'next'), `${second} next`).toEqual([])
      expect(textOf(page2, 'title'), `${second} <title>`).toContain(
        t(locale, 'pagination.page', { page: 2 }),
      )
      // The 25 test resources: each on exactly one of the two pages.
      const on = (text: string) =>
        slugs.filter((s) => text.includes(`href="${inLocale(locale, `/resources/${s}/`)}"`))
      const both = [...on(page1), ...on(page2)]
      expect(both.sort(), `${list}: every resource once`).toEqual([...slugs].sort())
      expect(on(page2).length, `${second} has the rest`).toBeGreaterThan(0)
      expect(await status(request, inLocale(locale, `${list}page/3/`)), 'past the last page').toBe(
        404,
      )
    }
  }
  // A list that fits on one page has no page 2.
  expect(await status(request, '/films/page/2/')).toBe(404)
})

type CmsEvent = { slug: string; title: string; start: string; end?: string; status?: string }

/** The VEVENTs of an iCalendar text, parsed by ical.js (which throws on a malformed file). */
function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  expect(calendar.name).toBe('vcalendar')
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v)
    return {
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      url: v.getFirstPropertyValue('url'),
    }
  })
}

/** What a calendar app shows for an event: its title, and its start and end time. */
const expectedVevent = (event: CmsEvent) => ({
  summary:
    event.status === 'cancelled' || event.status === 'postponed'
      ? `${eventStatusLabel('en', event.status)}: ${event.title}`
      : event.title,
  start: new Date(event.start).toISOString(),
  end: new Date(event.end ?? event.start).toISOString(),
  url: `${siteUrl}/events/${event.slug}/`,
})

test('the iCalendar files hold every event with its title and time', async ({ request }) => {
  const events = await published<CmsEvent>(request, 'events')
  expect(events.length).toBeGreaterThan(0)
  const bySlug = (a: { url: unknown }, b: { url: unknown }) =>
    String(a.url).localeCompare(String(b.url))

  const all = await request.get('/events.ics')
  expect(all.status()).toBe(200)
  expect(all.headers()['content-type']).toContain('text/calendar')
  expect(vevents(await all.text()).sort(bySlug)).toEqual(events.map(expectedVevent).sort(bySlug))

  for (const event of events) {
    const one = await request.get(`/events/${event.slug}.ics`)
    expect(one.status(), event.slug).toBe(200)
    expect(one.headers()['content-type']).toContain('text/calendar')
    expect(vevents(await one.text()), event.slug).toEqual([expectedVevent(event)])
    // The event's page offers it.
    const page = await html(request, `/events/${event.slug}/`, 'en')
    expect(page).toContain(`href="/events/${event.slug}.ics"`)
  }
})

test('each language has an RSS feed of its newest resources and stories, linking to pages that exist', async ({
  page,
  request,
}) => {
  type Doc = { slug: string; createdAt: string }
  const resources = await published<Doc>(request, 'resources')
  const stories = await published<Doc>(request, 'stories')
  // The newest fifty (site/src/lib/feed.ts feedLength).
  const expected = [
    ...resources.map((r) => ({ ...r, path: `/resources/${r.slug}/` })),
    ...stories.map((s) => ({ ...s, path: `/stories/${s.slug}/` })),
  ]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, 50)
    .map((d) => d.path)
  for (const locale of localeCodes) {
    const path = inLocale(locale, '/rss.xml')
    const res = await request.get(path)
    expect(res.status(), path).toBe(200)
    expect(res.headers()['content-type'], path).toMatch(/xml/)
    const feed = await readXml(page, await res.text(), {
      link: 'channel > link',
      language: 'channel > language',
      titles: 'item > title',
      links: 'item > link',
      dates: 'item > pubDate',
    })
    expect(feed.root, path).toBe('rss')
    expect(feed.link, `${path} channel link`).toEqual([`${siteUrl}${inLocale(locale, '/')}`])
    expect(feed.language[0]?.split('-')[0], `${path} language`).toBe(locale)
    expect(feed.links.map(pathOf).sort(), `${path} items`).toEqual(
      expected.map((p) => inLocale(locale, p)).sort(),
    )
    expect(feed.titles.filter(Boolean), `${path} item titles`).toHaveLength(feed.links.length)
    // Newest first.
    const times = feed.dates.map((date) => Date.parse(date))
    expect(times, `${path} dates`).toHaveLength(feed.links.length)
    expect(
      times.every((time) => !Number.isNaN(time)),
      `${path} dates`,
    ).toBe(true)
    expect(times, `${path} newest first`).toEqual([...times].sort((a, b) => b - a))
    for (const link of feed.links) expect(await status(request, pathOf(link)), link).toBe(200)
  }
})

test('the sitemaps list every page, each of which answers', async ({ page, request }) => {
  const index = await request.get('/sitemap-index.xml')
  expect(index.status()).toBe(200)
  const { loc: sitemaps } = await readXml(page, await index.text(), { loc: 'sitemap > loc' })
  expect(sitemaps.length).toBeGreaterThan(0)
  const urls: string[] = []
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(`${siteUrl}/`), sitemap).toBe(true)
    const res = await request.get(pathOf(sitemap))
    expect(res.status(), sitemap).toBe(200)
    urls.push(...(await readXml(page, await res.text(), { loc: 'url > loc' })).loc)
  }
  const paths = urls.map(pathOf)
  for (const known of [
    '/',
    '/resources/',
    `/resources/${seeded.translatedResource.slug}/`,
    `/ur/resources/${seeded.translatedResource.slug}/`,
    `/${seeded.page.slug}/`,
    '/safe-spaces/locality/north/',
    `/resources/category/${seeded.paging.category}/page/2/`,
    '/privacy/',
  ])
    expect(paths, `lists ${known}`).toContain(known)
  // Never the quick-exit hop nor the chrome-less embeds (robots.txt keeps them out too).
  expect(paths.filter((p) => /\/exit\/$|\/embed\//.test(p))).toEqual([])
  expect(new Set(paths).size, 'no page twice').toBe(paths.length)
  for (const url of urls) {
    expect(url.startsWith(`${siteUrl}/`), url).toBe(true)
    expect(await status(request, pathOf(url)), url).toBe(200)
  }
  // A document's page in a language it is not written in is left out; its translations are in.
  for (const path of [
    `/pl/films/${seeded.film.slug}/`,
    `/bn/stories/${seeded.story.slug}/`,
    `/pa/events/${seeded.event.slug}/`,
    `/ur/events/${seeded.event.slug}/`,
  ]) {
    const text = await (await request.get(path)).text()
    expect(paths.includes(path), `${path} listed unless shown in English`).toBe(!noindex(text))
    if (noindex(text)) expect(isFallback(text), `${path} says its text is in English`).toBe(true)
  }
  expect(
    urls.filter((u) => u.includes('/pl/') || u.includes('/bn/') || u.includes('/pa/')).length,
    'pages in Polish, Bengali and Punjabi',
  ).toBeGreaterThan(0)
})

test('robots.txt points to the sitemap and keeps crawlers off the exit and embeds', async ({
  request,
}) => {
  const res = await request.get('/robots.txt')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('text/plain')
  const lines = (await res.text()).split('\n').map((l) => l.trim())
  expect(lines).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`)
  expect(lines).toContain('Disallow: /exit/')
  expect(lines).toContain('Disallow: /embed/')
  expect(await status(request, '/sitemap-index.xml')).toBe(200)
})

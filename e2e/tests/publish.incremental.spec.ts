import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { publishCmsUrl, publishProxyUrl, publishSiteUrl } from '../ports'
import { login, publishIdle, publishStatus } from './helpers'

/**
 * Incremental publishing (playwright.publish.config.ts): a publish re-renders only the pages whose
 * content changed — and every page that shows what changed, however indirectly (a related
 * document's title on another page, a site setting in every footer). The live release must then
 * equal a full build of the same content, file for file.
 */
test.describe.configure({ mode: 'serial' })

const siteDir = fileURLToPath(new URL('../../site/', import.meta.url))
const releasesDir = path.join(siteDir, '.e2e', 'releases')
const lastBuild = path.join(releasesDir, '.cache', 'page-reads-last-build.json')

type LastBuild = { rendered: string[]; reused: number }

/** Writes through the REST API as the signed-in user, and waits for the release it causes. */
async function publishChange(page: Page, url: string, method: string, data: object) {
  await publishIdle(page)
  const before = (await publishStatus(page)).live!.id
  const code = await page.evaluate(
    async ({ url, method, data }) => {
      const res = await fetch(url, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
      })
      return res.status
    },
    { url, method, data },
  )
  expect(code, `${method} ${url}`).toBe(200)
  await expect
    .poll(async () => (await publishStatus(page)).live!.id, { timeout: 240_000, intervals: [1000] })
    .not.toBe(before)
  await publishIdle(page)
  return JSON.parse(readFileSync(lastBuild, 'utf8')) as LastBuild
}

const live = async (request: APIRequestContext, pathname: string) =>
  (await request.get(`${publishSiteUrl}${pathname}`)).text()

/** The route-and-params ids the build recorded for one route (src/lib/pageReads.ts). */
const ofRoute = (build: LastBuild, route: string) =>
  build.rendered.filter((id) => id.startsWith(`${route} `))

test('editing a related film re-renders the story that shows it, and little else', async ({
  page,
  request,
}) => {
  await login(page, 'editor')
  const stories = (await (
    await request.get(`${publishCmsUrl}/api/stories?depth=0&limit=100`)
  ).json()) as {
    docs: { id: number; slug: string; portrait?: unknown }[]
  }
  const films = (await (
    await request.get(`${publishCmsUrl}/api/films?depth=0&limit=1`)
  ).json()) as {
    docs: { id: number; title: string }[]
  }
  // One without a portrait: the withdrawal test (publish.site.spec.ts) takes one with, and counts
  // the images on its page as its own.
  const story = stories.docs.find((s) => !s.portrait)!
  const film = films.docs[0]!
  await publishChange(page, `/api/stories/${story.id}?draft=false`, 'PATCH', {
    relatedFilm: film.id,
    _status: 'published',
  })
  expect(await live(request, `/stories/${story.slug}/`)).toContain(film.title)

  const title = `${film.title} ${Date.now().toString(36)}`
  const build = await publishChange(page, `/api/films/${film.id}?draft=false`, 'PATCH', {
    title,
    _status: 'published',
  })
  // The story shows the film's new (English) title, though the story itself is unchanged; its
  // pages in the other languages, which show the film too, rendered again as well.
  expect(await live(request, `/stories/${story.slug}/`)).toContain(title)
  expect(
    ofRoute(build, '/[...locale]/stories/[slug]').filter((id) => id.includes(story.slug)),
  ).toHaveLength(5)
  // Pages that do not show films were reused, not rendered again.
  expect(ofRoute(build, '/[...locale]/accessibility')).toEqual([])
  expect(ofRoute(build, '/[...locale]/resources/[slug]')).toEqual([])
  expect(build.reused).toBeGreaterThan(build.rendered.length)
})

test("editing an event writes its calendar file again, not the other events'", async ({
  page,
  request,
}) => {
  await login(page, 'editor')
  const { docs } = (await (
    await request.get(`${publishCmsUrl}/api/events?depth=0&limit=100`)
  ).json()) as { docs: { id: number; slug: string; title: string }[] }
  expect(docs.length, 'published events').toBeGreaterThan(1)
  const event = docs[0]!
  const title = `${event.title} ${Date.now().toString(36)}`
  const build = await publishChange(page, `/api/events/${event.id}?draft=false`, 'PATCH', {
    title,
    _status: 'published',
  })
  expect(ofRoute(build, '/events/[slug].ics')).toEqual([
    `/events/[slug].ics {"slug":"${event.slug}"}`,
  ])
  // The calendar of every event is written again too.
  expect(ofRoute(build, '/[calendar].ics')).toEqual(['/[calendar].ics {"calendar":"events"}'])
  // Long lines of a calendar file are folded: unfolded before looking.
  const unfolded = async (pathname: string) =>
    (await live(request, pathname)).replace(/\r?\n[ \t]/g, '')
  expect(await unfolded(`/events/${event.slug}.ics`)).toContain(title)
  expect(await unfolded('/events.ics')).toContain(title)
})

test('renaming a resource re-renders the list pages that show it, not the rest of the list', async ({
  page,
  request,
}) => {
  await login(page, 'editor')
  const { docs } = (await (
    await request.get(`${publishCmsUrl}/api/resources?depth=0&limit=100`)
  ).json()) as {
    docs: { id: number; slug: string; title: string; category: string; embeddable?: boolean }[]
  }
  // One partners may embed: it has a content file (/content/resources/<slug>.json) as well. Not
  // the one publish.site.spec.ts expects to find with its seeded title.
  const resource = docs.find((r) => r.embeddable && r.slug !== 'being-an-active-bystander')!
  expect(resource, 'an embeddable resource').toBeDefined()
  const others = new Set(docs.map((r) => r.category).filter((c) => c !== resource.category))
  expect(others.size, 'resources in other categories').toBeGreaterThan(0)
  const category = `"category":"${resource.category}"`

  const title = `${resource.title} ${Date.now().toString(36)}`
  const build = await publishChange(page, `/api/resources/${resource.id}?draft=false`, 'PATCH', {
    title,
    _status: 'published',
  })
  // Its category's page shows the new title in every language...
  const categoryPages = ofRoute(build, '/[...locale]/resources/category/[category]')
  expect(categoryPages.filter((id) => id.includes(category))).toHaveLength(5)
  expect(await live(request, `/resources/category/${resource.category}/`)).toContain(title)
  // ...and the other categories' pages, which do not show it, were reused.
  expect(categoryPages.filter((id) => !id.includes(category))).toEqual([])
  // Of the partners' content files, only its own was written again.
  expect(ofRoute(build, '/content/resources/[slug].json')).toEqual([
    `/content/resources/[slug].json {"slug":"${resource.slug}"}`,
  ])
  expect(await live(request, `/content/resources/${resource.slug}.json`)).toContain(title)
  // The calendar of every event shows no resource: reused.
  expect(ofRoute(build, '/[calendar].ics')).toEqual([])
})

test('a site setting reaches every page that shows it', async ({ page, request }) => {
  await login(page, 'admin')
  const email = `hello-${Date.now().toString(36)}@example.org`
  const build = await publishChange(page, '/api/globals/site-settings', 'POST', {
    contactEmail: email,
  })
  // The footer carries the contact address: pages reused by the test before render again.
  expect(ofRoute(build, '/[...locale]/accessibility')).toHaveLength(5)
  for (const pathname of ['/accessibility/', '/ur/resources/', '/pl/report/'])
    expect(await live(request, pathname)).toContain(email)
})

test('a publish that starts from an older release equals a full build, file for file', async ({
  page,
  request,
}) => {
  // Three releases are kept (servers/publish-server.sh): this build starts from the oldest, made
  // before the last two changed pages (a category's list, every footer), and renders a few
  // pages only. Every other page must be brought to what the store has (site/bin/reuse.ts).
  await login(page, 'editor')
  const oldest = (await publishStatus(page)).releases.map((r) => r.id).sort()[0]
  const { docs } = (await (
    await request.get(`${publishCmsUrl}/api/resources?depth=0&limit=1&sort=-title`)
  ).json()) as { docs: { id: number; title: string }[] }
  const resource = docs[0]!
  const build = await publishChange(page, `/api/resources/${resource.id}?draft=false`, 'PATCH', {
    title: `${resource.title} ${Date.now().toString(36)}`,
    _status: 'published',
  })
  expect((await publishStatus(page)).live!.startedFrom).toBe(oldest)
  expect(build.rendered.length).toBeLessThan(build.reused)
  // The search index's record (site/bin/search.ts) is kept beside the release, not served.
  expect(existsSync(path.join(releasesDir, 'current', 'search-index.json'))).toBe(true)
  expect((await request.get(`${publishSiteUrl}/search-index.json`)).status()).toBe(404)

  // A full build of the same content, from an empty cache, with the publisher's settings.
  const out = path.join(siteDir, '.e2e', 'full')
  const cache = path.join(siteDir, '.e2e', 'full-cache')
  rmSync(cache, { recursive: true, force: true })
  await promisify(execFile)(
    path.join(siteDir, 'node_modules', '.bin', 'tsx'),
    ['bin/build.ts', '--out', out, '--cache', cache],
    {
      cwd: siteDir,
      env: {
        ...process.env,
        CMS_URL: publishProxyUrl,
        CMS_MEDIA_URL: publishCmsUrl,
        SITE_URL: publishSiteUrl,
        NODE_ENV: 'production',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const current = path.join(releasesDir, 'current', 'client')
  const full = path.join(out, 'client')
  // Every file: pages, feeds, scripts, styles, fonts, pictures, headers, the search index (updated
  // file by file); nothing left over from the release the build started from.
  const files = (dir: string) =>
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((f) => f.isFile())
      .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
      .sort()
  expect(files(current)).toEqual(files(full))
  // The content feeds and calendars carry the time they were made; everything else must match
  // byte for byte.
  const stamp = (file: string) => {
    const bytes = readFileSync(file)
    if (file.endsWith('.json'))
      return bytes.toString('utf8').replace(/"generatedAt": "[^"]+"/, '"generatedAt": ""')
    if (file.endsWith('.ics')) return bytes.toString('utf8').replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:')
    return bytes
  }
  const differ = files(full).filter(
    (f) =>
      !Buffer.from(stamp(path.join(current, f))).equals(Buffer.from(stamp(path.join(full, f)))),
  )
  expect(differ).toEqual([])

  // A page a later publish keeps without rendering gets its pictures written only if Astro's
  // record of the page names them: a page given a picture made for an earlier page
  // (site/src/lib/images.ts) must be recorded as if it had made it. The record lists each picture
  // once and a page's pictures by their place in that list (patches/astro@7.3.5.patch).
  type Recorded = { outputFile: string; staticImages?: number[] }
  const record = JSON.parse(readFileSync(path.join(cache, 'incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, Recorded> }>
    images: { finalPath: string }[]
  }
  const unrecorded: string[] = []
  let pictured = 0
  for (const { paths } of Object.values(record.routes))
    for (const { outputFile, staticImages = [] } of Object.values(paths)) {
      if (!outputFile.endsWith('.html')) continue
      const html = readFileSync(path.join(out, outputFile), 'utf8')
      const linked = new Set(html.match(/\/_astro\/[^"'\s,]+\.(?:webp|jpe?g|png|avif)/g) ?? [])
      if (linked.size) pictured++
      const named = new Set(staticImages.map((i) => record.images[i]!.finalPath))
      for (const file of linked) if (!named.has(file)) unrecorded.push(`${outputFile}: ${file}`)
    }
  expect(pictured).toBeGreaterThan(10)
  expect(unrecorded).toEqual([])
})

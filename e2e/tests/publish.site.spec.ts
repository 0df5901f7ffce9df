import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { publishCmsUrl, publishProxyUrl, publishSiteUrl } from '../ports'
import { login, publishIdle, publishStatus } from './helpers'

/**
 * Publishing end to end (playwright.publish.config.ts): the CMS rebuilds the site on its own when
 * an editor publishes, a draft shows in preview and not on the live site, and a build that cannot
 * read the CMS leaves the live release serving and says so in the admin.
 */
test.describe.configure({ mode: 'serial' })

const slug = 'being-an-active-bystander'
/** Its title in the seed: the first release's heading. */
const seededTitle = 'Being an active bystander: Stand By Me'
const livePage = `${publishSiteUrl}/resources/${slug}/`

async function resourceId(request: APIRequestContext): Promise<number> {
  const res = await request.get(
    `${publishCmsUrl}/api/resources?where[slug][equals]=${slug}&depth=0`,
  )
  return ((await res.json()) as { docs: { id: number }[] }).docs[0]!.id
}

/** The live page's main heading, straight from the site server. */
async function liveHeading(request: APIRequestContext): Promise<string> {
  const html = await (await request.get(livePage)).text()
  return /<h1[^>]*>([^<]*)</.exec(html)?.[1]?.trim() ?? ''
}

async function editTitle(page: Page, id: number, title: string) {
  await page.goto(`/admin/collections/resources/${id}`)
  const field = page.locator('#field-title')
  await field.fill(title)
  // Autosave writes the draft; wait until the CMS has it, as a preview reads it from there.
  await expect
    .poll(
      () =>
        page.evaluate(async (id) => {
          const res = await fetch(`/api/resources/${id}?draft=true&depth=0`, {
            credentials: 'include',
          })
          return ((await res.json()) as { title?: string }).title
        }, id),
      { timeout: 30_000 },
    )
    .toBe(title)
}

test('an editor publishes a new title and the live site shows it with no manual step', async ({
  page,
  request,
}) => {
  const id = await resourceId(request)
  const title = `Standing up to hate in Walsall ${Date.now().toString(36)}`
  expect(await liveHeading(request)).toBe(seededTitle)
  await login(page, 'editor')
  await expect(page.getByRole('heading', { name: 'Public site' })).toBeVisible()
  const before = (await publishStatus(page)).live!.id

  await editTitle(page, id, title)
  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|published|updated/i)

  await expect.poll(() => liveHeading(request), { timeout: 240_000, intervals: [1000] }).toBe(title)
  const after = await publishStatus(page)
  expect(after.live!.id).not.toBe(before)
  expect(after.builds[0]).toMatchObject({ ok: true })

  // The dashboard says so.
  await page.goto('/admin')
  await expect(page.getByTestId('publish-now')).toContainText('The site is up to date')
  await expect(page.getByTestId('publish-live')).toContainText('pages')
})

test('a draft change shows in preview, and not on the live site', async ({
  page,
  request,
  context,
}) => {
  const id = await resourceId(request)
  const published = await liveHeading(request)
  const draft = `Draft: a better title ${Date.now().toString(36)}`
  await login(page, 'editor')
  await publishIdle(page)
  const live = (await publishStatus(page)).live!.id

  await editTitle(page, id, draft)
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('button', { name: /preview/i })
      .or(page.getByRole('link', { name: /preview/i }))
      .first()
      .click(),
  ])
  await preview.waitForLoadState()
  expect(preview.url()).toContain(`${publishSiteUrl}/preview/resources/${id}/`)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draft)
  await expect(preview.getByRole('note')).toHaveText(/not on the live site/)
  // The site's own page furniture: quick exit and the rest of the layout.
  await expect(
    preview
      .getByRole('link', { name: /leave this site/i })
      .or(preview.getByRole('button', { name: /leave this site/i }))
      .first(),
  ).toBeVisible()
  const res = await request.get(preview.url())
  expect(res.headers()['cache-control']).toContain('no-store')
  expect(res.headers()['x-robots-tag']).toContain('noindex')
  expect(await res.text()).toContain('<meta name="robots" content="noindex, nofollow">')

  // Nobody gets the draft without the signed link: no signature, a forged one, or another document.
  const url = new URL(preview.url())
  for (const bad of [
    `/preview/resources/${id}/`,
    `${url.pathname}?${url.search.slice(1).replace(/sig=[^&]+/, 'sig=forged')}`,
    `/preview/resources/${id + 1}/${url.search}`,
  ]) {
    const refused = await request.get(`${publishSiteUrl}${bad}`)
    expect(refused.status(), bad).toBe(404)
    expect(await refused.text()).not.toContain(draft)
  }
  const cms = await request.get(`${publishCmsUrl}/api/publish/preview/resources/${id}`)
  expect(cms.status()).toBe(403)

  // Saving a draft built nothing: the live page and release are unchanged. A save that asks for a
  // build does so before it answers (the CMS's afterChange hook), so the queue would show it now.
  expect((await publishStatus(page)).queue).toEqual({})
  expect((await publishStatus(page)).live!.id).toBe(live)
  expect(await liveHeading(request)).toBe(published)
})

test('a build that loses the CMS part-way keeps the live release and shows the failure', async ({
  page,
  request,
}) => {
  await login(page, 'editor')
  await publishIdle(page)
  const live = (await publishStatus(page)).live!.id
  const heading = await liveHeading(request)

  // The content counts pass; the build's own reads of the CMS are cut off.
  await request.post(`${publishProxyUrl}/__proxy/fail-after/8`)
  try {
    await page.goto('/admin')
    await page.getByRole('button', { name: 'Rebuild now' }).click()
    await expect(page.getByTestId('publish-now')).toContainText(/building now|waiting/i)
    await expect(page.getByTestId('publish-failures')).toContainText('The live site is unchanged', {
      timeout: 240_000,
    })
    await page.getByText('Build log (for the technical team)').first().click()
    await expect(page.locator('.publish-panel__log').first()).not.toBeEmpty()
  } finally {
    await request.post(`${publishProxyUrl}/__proxy/up`)
  }
  const after = await publishStatus(page)
  expect(after.builds[0]!.ok).toBe(false)
  expect(after.live!.id).toBe(live)
  const res = await request.get(livePage)
  expect(res.status()).toBe(200)
  expect(await liveHeading(request)).toBe(heading)
})

test('an editor goes back to the previous release from the dashboard', async ({
  page,
  request,
}) => {
  await login(page, 'editor')
  await publishIdle(page)
  const before = await publishStatus(page)
  const releases = before.releases.map((r) => r.id)
  const previous = releases[releases.indexOf(before.live!.id) + 1]
  expect(previous, 'an earlier release to go back to').toBeTruthy()
  const heading = await liveHeading(request)

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Go back to the previous release' }).click()
  await expect(page.getByTestId('publish-now')).toContainText('The previous release is live again.')
  // The failed build of the test before is now history, folded away.
  await expect(page.getByTestId('publish-failures')).toHaveCount(0)
  await expect(page.getByText(/Earlier problems, since fixed/)).toBeVisible()
  expect((await publishStatus(page)).live!.id).toBe(previous)
  // The live release carried the first test's new title; the one before it, the seed's.
  expect(heading).not.toBe(seededTitle)
  await expect.poll(() => liveHeading(request)).toBe(seededTitle)
})

test('a withdrawn story leaves the live site, files and all, and going back cannot restore it', async ({
  page,
  request,
}) => {
  await login(page, 'editor')
  await publishIdle(page)
  // A published story that shows its teller's portrait.
  const list = await request.get(`${publishCmsUrl}/api/stories?depth=0&limit=100`)
  const stories = (
    (await list.json()) as { docs: { id: number; slug: string; portrait?: unknown }[] }
  ).docs
  const story = stories.find((s) => s.portrait)!
  const other = stories.find((s) => s.id !== story.id)!
  expect(story, 'a seeded story with a portrait').toBeTruthy()
  const pageOf = (slug: string, locale = '') =>
    `${publishSiteUrl}${locale ? `/${locale}` : ''}/stories/${slug}/`
  const html = await (await request.get(pageOf(story.slug))).text()
  const otherHtml = await (await request.get(pageOf(other.slug))).text()
  // Its own files: images on its page that another story's page does not have.
  const files = [...html.matchAll(/\/_astro\/[^"' ,?]+/g)]
    .map((m) => m[0])
    .filter(
      (f, i, all) =>
        all.indexOf(f) === i && !otherHtml.includes(f) && /\.(webp|avif|jpe?g|png)$/.test(f),
    )
  expect(files.length, 'the portrait on the story page').toBeGreaterThan(0)
  const before = (await publishStatus(page)).live!.id

  const unpublished = await page.evaluate(async (id) => {
    const res = await fetch(`/api/stories/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'draft' }),
    })
    return res.status
  }, story.id)
  expect(unpublished).toBe(200)
  await expect
    .poll(async () => (await publishStatus(page)).live!.id, { timeout: 240_000, intervals: [1000] })
    .not.toBe(before)
  await publishIdle(page)

  // Gone from the live site: its page in every language, its portrait, the sitemap and the feed.
  for (const locale of ['', 'ur', 'pa', 'bn', 'pl'])
    expect((await request.get(pageOf(story.slug, locale))).status(), locale || 'en').toBe(404)
  for (const file of files)
    expect((await request.get(`${publishSiteUrl}${file}`)).status(), file).toBe(404)
  const sitemaps = await (await request.get(`${publishSiteUrl}/sitemap-index.xml`)).text()
  for (const [, url] of sitemaps.matchAll(/<loc>([^<]+)<\/loc>/g))
    expect(
      await (await request.get(url!.replace(/^https?:\/\/[^/]+/, publishSiteUrl))).text(),
    ).not.toContain(`/stories/${story.slug}/`)
  expect(await (await request.get(`${publishSiteUrl}/stories/`)).text()).not.toContain(story.slug)

  // Going back would show it again: refused, and the panel says why.
  await page.goto('/admin')
  await expect(page.getByTestId('publish-rollback-refused')).toContainText(
    'still shows a story whose consent was withdrawn',
  )
  await expect(page.getByRole('button', { name: 'Go back to the previous release' })).toHaveCount(0)
  const live = (await publishStatus(page)).live!.id
  const refused = await page.evaluate(async () => {
    const res = await fetch('/api/publish/rollback', { method: 'POST', credentials: 'include' })
    return { code: res.status, body: await res.text() }
  })
  expect(refused.code).toBe(409)
  expect(refused.body).toContain('still shows a story whose consent was withdrawn')
  expect((await publishStatus(page)).live!.id).toBe(live)
  expect((await request.get(pageOf(story.slug))).status()).toBe(404)
})

/**
 * Partners: a page on another origin embeds two of our resources with the copy-paste snippet; each
 * frame fits its content, before and after the viewport narrows; the quick exit inside an embed
 * leaves the partner's page too, by button or Shift ×3, and stays on screen in the middle of a tall
 * embed; only sites in the embed allow list may frame embeds; ordinary pages refuse to be framed;
 * the oEmbed and content files match their schemas, are open to other origins (CORS) and exist only
 * for published, embeddable resources.
 */
import { createServer, type Server } from 'node:http'

import { expect, test, type Frame, type Page } from '@playwright/test'

import { t } from '@hcri/shared/i18n'
import { partnerFileProblems } from '@hcri/shared/partners'

import { partnerPort, partnerUrl, siteUrl } from '../ports'
import { exitDestination, neutralPage, seeded } from './site-fixtures'

const embedded = [seeded.translatedResource.slug, 'how-to-report-a-hate-crime'] as const
const notEmbeddable = 'hate-crime-research-in-walsall'
const draft = 'test-draft-embeddable'
/** The partner test page on an origin that is not in the embed allow list (same server). */
const stranger = partnerUrl.replace('localhost', '127.0.0.1')

const snippet = (slug: string, lang = 'en') =>
  `<div data-hcri-embed="${slug}" data-lang="${lang}"><a href="${siteUrl}/resources/${slug}/">${slug}</a></div>`

const pages: Record<string, string> = {
  '/two-embeds': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:sans-serif"><h1>A partner's page</h1>
${snippet(embedded[0])}<p>Between the two embeds.</p>${snippet(embedded[1], 'ur')}
<script src="${siteUrl}/embed.js" async></script></body></html>`,
  // A long page around one embed, to read the embed's middle with its top scrolled away.
  '/tall-embed': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:sans-serif"><h1>A partner's page</h1><div style="height:1200px">Above.</div>
${snippet(embedded[1])}<div style="height:1200px">Below.</div>
<script src="${siteUrl}/embed.js" async></script></body></html>`,
  // An embed page framed without our script, as any site could.
  '/framed-embed': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><iframe title="Embed" src="${siteUrl}/embed/resources/${embedded[0]}/"></iframe></body></html>`,
  '/framed-page': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><iframe title="Not allowed" src="${siteUrl}/resources/${embedded[0]}/"></iframe></body></html>`,
}

let partner: Server
test.beforeAll(async () => {
  partner = createServer((req, res) => {
    const body = pages[req.url ?? '']
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => partner.listen(partnerPort, resolve))
})
test.afterAll(async () => {
  await new Promise<void>((resolve) => partner.close(() => resolve()))
})

test.beforeEach(async ({ context }) => {
  // Nothing leaves the machine: the quick exit's destination is answered locally.
  await context.route(
    (url) => !['localhost', '127.0.0.1'].includes(url.hostname),
    (route) =>
      route.request().url().startsWith(exitDestination)
        ? route.fulfill({ status: 200, contentType: 'text/html', body: neutralPage })
        : route.abort('blockedbyclient'),
  )
})

/** The frame inside the partner's page. */
const innerFrame = (page: Page) => page.frames().find((f) => f !== page.mainFrame())

/** The main heading in the partner page's frame ('none' while there is no frame). */
async function frameHeading(page: Page) {
  const frame = innerFrame(page)
  return frame ? frame.evaluate(() => document.querySelector('h1')?.textContent ?? '') : 'none'
}

/**
 * Opens a partner page framing one of our pages and checks that Chromium refused to show it: our
 * page was served, the browser reported the frame-ancestors refusal and put its own error page in
 * the frame. Only then is "our heading is not there" worth anything.
 */
async function expectFramingRefused(
  page: Page,
  partnerPage: string,
  ourPage: string,
  directive: string,
) {
  const response = page.waitForResponse(`${siteUrl}${ourPage}`)
  const refusal = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'))
  await page.goto(partnerPage)
  expect((await response).status()).toBe(200)
  const csp = (await response).headers()['content-security-policy'] ?? ''
  expect(csp).toContain(directive)
  await refusal
  await expect
    .poll(() => innerFrame(page)?.url(), { message: "the browser's error page in the frame" })
    .toBe('chrome-error://chromewebdata/')
  expect(await frameHeading(page)).not.toContain(seeded.translatedResource.title)
}

/** The frame showing an embed page, found by its path. */
async function embedFrame(page: Page, path: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes(path))).toBe(true)
  return page.frames().find((f) => f.url().includes(path))!
}

/**
 * Frame element height minus its document's height, for every embed. Each frame is scrolled into
 * view first: Chromium pauses rendering (and so resize observers) in cross-origin frames that are
 * off screen, so a frame below the fold reports its new height when the visitor reaches it.
 */
async function fit(page: Page) {
  const iframes = page.locator('iframe')
  const out: number[] = []
  for (let i = 0; i < (await iframes.count()); i++) {
    const element = iframes.nth(i)
    await element.scrollIntoViewIfNeeded()
    const frame = await (await element.elementHandle())!.contentFrame()
    const inner = await frame!.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    )
    const outer = (await element.boundingBox())!.height
    out.push(Math.abs(outer - inner))
  }
  return out
}

test('two embeds on a partner page fit their content, also after the viewport narrows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 900 })
  await page.goto(`${partnerUrl}/two-embeds`)
  const iframes = page.locator('iframe')
  await expect(iframes).toHaveCount(2)
  await expect(iframes.nth(0)).toHaveAttribute('title', seeded.translatedResource.slug)
  await expect(iframes.nth(0)).toHaveAttribute('loading', 'lazy')
  await expect(iframes.nth(1)).toHaveAttribute(
    'src',
    `${siteUrl}/ur/embed/resources/${embedded[1]}/`,
  )
  await embedFrame(page, `/embed/resources/${embedded[0]}/`)
  await embedFrame(page, `/ur/embed/resources/${embedded[1]}/`)

  await expect
    .poll(() => fit(page), { message: 'frames fit after load' })
    .toEqual([expect.any(Number), expect.any(Number)])
  await expect.poll(async () => Math.max(...(await fit(page)))).toBeLessThanOrEqual(3)
  const wide = (await iframes.nth(0).boundingBox())!.height

  await page.setViewportSize({ width: 360, height: 800 })
  await expect.poll(async () => Math.max(...(await fit(page)))).toBeLessThanOrEqual(3)
  const narrow = (await iframes.nth(0).boundingBox())!.height
  expect(narrow, 'a narrower frame is taller').toBeGreaterThan(wide)

  // Each embed speaks its own language, with the emergency panel and the quick exit.
  const urdu = await embedFrame(page, `/ur/embed/resources/${embedded[1]}/`)
  expect(
    await urdu.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
  ).toEqual(['ur', 'rtl'])
  await expect(urdu.locator('.emergency').first()).toContainText('999')
  await expect(urdu.getByRole('link', { name: t('ur', 'quickExit.label') })).toBeVisible()
})

test('the quick exit inside an embed leaves the partner page too', async ({ page }) => {
  await page.goto(`${partnerUrl}/two-embeds`)
  const frame = await embedFrame(page, `/embed/resources/${embedded[0]}/`)
  await frame.getByRole('link', { name: t('en', 'quickExit.label') }).click()
  await page.waitForURL(`${exitDestination}**`)
  expect(page.url()).not.toContain(partnerUrl)
})

test('a site not in the allow list cannot frame an embed; a listed one can', async ({ page }) => {
  const embedPage = `/embed/resources/${embedded[0]}/`
  await expectFramingRefused(
    page,
    `${stranger}/framed-embed`,
    embedPage,
    `frame-ancestors 'self' ${partnerUrl}`,
  )

  await page.goto(`${partnerUrl}/framed-embed`)
  await expect.poll(() => frameHeading(page)).toContain(seeded.translatedResource.title)

  // embed.js agrees with the list: on a site not in it, the snippet's links stay as they are.
  const script = page.waitForResponse(`${siteUrl}/embed.js`)
  await page.goto(`${stranger}/two-embeds`)
  expect((await script).status(), 'embed.js was served').toBe(200)
  // An async script runs before the load event, which goto waits for.
  await expect(page.locator('[data-hcri-embed] a')).toHaveCount(2)
  await expect(page.locator('iframe')).toHaveCount(0)
})

test('in the middle of a tall embed at 360 px, a way out is on screen and leaves', async ({
  page,
}) => {
  const viewport = { width: 360, height: 640 }
  await page.setViewportSize(viewport)
  await page.goto(`${partnerUrl}/tall-embed`)
  const iframe = page.locator('iframe')
  const frame = await embedFrame(page, `/embed/resources/${embedded[1]}/`)
  await expect.poll(async () => Math.max(...(await fit(page)))).toBeLessThanOrEqual(3)
  const height = (await iframe.boundingBox())!.height
  expect(height, 'the embed is much taller than the screen').toBeGreaterThan(2 * viewport.height)

  // Read the middle: the frame's top is well above the screen, its bottom below it.
  await page.evaluate(
    ({ frameTop, height, screen }) => window.scrollTo(0, frameTop + height / 2 - screen / 2),
    {
      frameTop: await iframe.evaluate((el) => el.getBoundingClientRect().top + window.scrollY),
      height,
      screen: viewport.height,
    },
  )
  const frameBox = (await iframe.boundingBox())!
  expect(frameBox.y).toBeLessThan(-viewport.height / 2)
  expect(frameBox.y + frameBox.height).toBeGreaterThan(viewport.height * 1.5)

  const exit = frame.getByRole('link', { name: t('en', 'quickExit.label') })
  const onScreen = async () => {
    const box = await exit.boundingBox()
    return Boolean(
      box &&
        box.y >= 0 &&
        box.y + box.height <= viewport.height &&
        box.x >= 0 &&
        box.x + box.width <= viewport.width,
    )
  }
  await expect.poll(onScreen, { message: 'the exit control is within the viewport' }).toBe(true)
  await expect(exit).toBeVisible()
  // Clicked where it is, by the pointer (a locator click would scroll it into view first).
  const box = (await exit.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await page.waitForURL(`${exitDestination}**`)
  expect(page.url()).toBe(exitDestination)
  // The partner's page was replaced, not left in the history.
  await page.goBack().catch(() => null)
  expect(page.url()).not.toContain(partnerUrl)
})

test('Shift pressed three times with focus inside an embed leaves the partner page', async ({
  page,
}) => {
  await page.goto(`${partnerUrl}/two-embeds`)
  const frame = await embedFrame(page, `/embed/resources/${embedded[0]}/`)
  // Its scripts have run (the shortcut listens from then on).
  await frame.waitForLoadState('load')
  // Focus moved in without a click: a click would count as a gesture the shortcut may not get.
  await frame.locator('main a[href]').first().focus()
  await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(true)
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift')
  await page.waitForURL(`${exitDestination}**`)
  expect(page.url()).toBe(exitDestination)
})

test('ordinary pages refuse to be framed by another site', async ({ page }) => {
  await expectFramingRefused(
    page,
    `${partnerUrl}/framed-page`,
    `/resources/${embedded[0]}/`,
    "frame-ancestors 'none'",
  )
})

test('oEmbed and content files match their schemas and are open to partners', async ({
  page,
  request,
}) => {
  const resourcePage = await request.get(`${siteUrl}/resources/${embedded[0]}/`)
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
    await resourcePage.text(),
  )
  expect(discovery?.[1]).toBe(`${siteUrl}/oembed/resources/${embedded[0]}.json`)

  for (const slug of embedded) {
    for (const prefix of ['', '/ur']) {
      const oembed = await request.get(`${siteUrl}${prefix}/oembed/resources/${slug}.json`)
      expect(oembed.status()).toBe(200)
      expect(oembed.headers()['access-control-allow-origin']).toBe('*')
      expect(partnerFileProblems('oembed', await oembed.json())).toEqual([])
    }
    const item = await request.get(`${siteUrl}/content/resources/${slug}.json`)
    expect(item.headers()['access-control-allow-origin']).toBe('*')
    expect(partnerFileProblems('contentItem', await item.json())).toEqual([])
  }
  const index = await request.get(`${siteUrl}/content/resources.json`)
  const feed = (await index.json()) as { resources: { slug: string; locales: string[] }[] }
  expect(partnerFileProblems('contentIndex', feed)).toEqual([])
  expect(feed.resources.map((r) => r.slug)).toContain(embedded[0])
  expect(feed.resources.find((r) => r.slug === embedded[0])?.locales).toEqual(['en', 'ur'])

  // A partner's page can read the feed from the browser.
  await page.goto(`${partnerUrl}/two-embeds`)
  const count = await page.evaluate(
    async (url) => ((await (await fetch(url)).json()) as { resources: unknown[] }).resources.length,
    `${siteUrl}/content/resources.json`,
  )
  expect(count).toBe(feed.resources.length)
})

test('a resource that is not embeddable, or only a draft, has no embed, oEmbed or content file', async ({
  request,
}) => {
  const feed = (await (await request.get(`${siteUrl}/content/resources.json`)).json()) as {
    resources: { slug: string }[]
  }
  expect(feed.resources.map((r) => r.slug)).toContain(embedded[0])
  for (const slug of [notEmbeddable, draft]) {
    expect(feed.resources.map((r) => r.slug)).not.toContain(slug)
    for (const path of [
      `/embed/resources/${slug}/`,
      `/ur/embed/resources/${slug}/`,
      `/oembed/resources/${slug}.json`,
      `/content/resources/${slug}.json`,
    ])
      expect((await request.get(`${siteUrl}${path}`)).status(), path).toBe(404)
  }
  // The non-embeddable resource still has its ordinary page, without an oEmbed link.
  const page = await request.get(`${siteUrl}/resources/${notEmbeddable}/`)
  expect(page.status()).toBe(200)
  const html = await page.text()
  expect(html).toContain(`<link rel="canonical" href="${siteUrl}/resources/${notEmbeddable}/">`)
  expect(html).not.toContain('json+oembed')
})

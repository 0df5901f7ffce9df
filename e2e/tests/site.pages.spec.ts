/**
 * Every page template, in English and in Urdu, one test each (one page load serves all checks):
 * - renders its seeded content: status 200, <html lang>, dir="rtl" for Urdu, one <h1>, hreflang
 *   alternates, the quick exit, and the "not yet translated" notice exactly where the content has no
 *   Urdu;
 * - axe-core finds no WCAG 2.2 AA violations;
 * - privacy: no request leaves the site's origin, no cookie is set (by header or script), the
 *   Content-Security-Policy is not broken, and no asset of the page is missing.
 * Checks are soft, so a failing test lists every broken rule of that page at once.
 */
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from '@playwright/test'

import { siteUrl } from '../ports'
import {
  expect,
  inLocale,
  locales,
  missingPath,
  settle,
  sitePages,
  t,
  test,
  type Locale,
} from './site-fixtures'

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    // Only violations come back: the passes are large and slow to send on big pages.
    .options({ resultTypes: ['violations'] })
    .analyze()
  // Short enough to read in a failure message: rule, impact, and where.
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }))
}

/** Records what the page does that a private site must not. */
function watchPrivacy(page: Page, context: BrowserContext) {
  const origin = new URL(siteUrl).origin
  const seen = {
    foreign: [] as string[],
    setCookie: [] as string[],
    csp: [] as string[],
    failed: [] as string[],
  }
  context.on('request', (request) => {
    const url = request.url()
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) seen.foreign.push(url)
  })
  context.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie').catch(() => null)
    if (cookie) seen.setCookie.push(`${response.url()}: ${cookie}`)
    if (response.status() >= 400 && !new URL(response.url()).pathname.endsWith(missingPath)) {
      seen.failed.push(`${response.status()} ${response.url()}`)
    }
  })
  context.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) seen.failed.push(`failed ${request.url()}`)
  })
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) seen.csp.push(message.text())
  })
  return async () => {
    // Scroll to the end so lazy images and anything loaded on view is requested too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await settle(page)
    expect.soft(seen.foreign, 'requests to other origins').toEqual([])
    expect.soft(seen.setCookie, 'Set-Cookie headers').toEqual([])
    expect.soft(await context.cookies(), 'cookies in the browser').toEqual([])
    expect.soft(await page.evaluate(() => document.cookie), 'document.cookie').toBe('')
    expect.soft(seen.csp, 'Content-Security-Policy violations').toEqual([])
    expect.soft(seen.failed, 'same-origin requests that failed').toEqual([])
  }
}

async function expectRendered(page: Page, locale: Locale, sitePage: (typeof sitePages)[number]) {
  const html = page.locator('html')
  await expect.soft(html).toHaveAttribute('lang', locale)
  if (locale === 'ur') await expect.soft(html).toHaveAttribute('dir', 'rtl')
  else expect.soft(await html.getAttribute('dir')).not.toBe('rtl')

  await expect.soft(page.locator('h1'), 'exactly one <h1>').toHaveCount(1)
  await expect.soft(page.locator('h1').first()).toBeVisible()
  await expect.soft(page.locator('h1').first()).not.toBeEmpty()
  if (sitePage.title)
    await expect.soft(page).toHaveTitle(new RegExp(sitePage.title.replace(/[?()]/g, '\\$&')))

  // hreflang alternates: this page in English and Urdu, and an x-default.
  const alternates = Object.fromEntries(
    await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [
          l.getAttribute('hreflang'),
          new URL(l.getAttribute('href') ?? '', document.baseURI).pathname,
        ]),
      ),
  ) as Record<string, string>
  // A page left out of search engines names no alternates; any other names English, x-default,
  // and Urdu when the Urdu page is a translation.
  const robots = await page.evaluate(
    () => document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
  )
  if (robots.includes('noindex')) {
    // Kept out of search engines (an English fallback, a survey): no page names its alternates.
    expect.soft(alternates, 'no hreflang alternates').toEqual({})
  } else {
    expect.soft(alternates.en, 'hreflang="en"').toBe(sitePage.path)
    expect.soft(alternates['x-default'], 'hreflang="x-default"').toBe(sitePage.path)
    if (alternates.ur)
      expect.soft(alternates.ur, 'hreflang="ur"').toBe(inLocale('ur', sitePage.path))
  }

  // Quick exit: visible at the top, labelled in this language, going via /exit/ of this language.
  const exit = page.getByRole('link', { name: t(locale, 'quickExit.label') })
  await expect.soft(exit, 'quick exit').toBeVisible()
  await expect.soft(exit).toBeInViewport()
  await expect
    .soft(exit)
    .toHaveAttribute('href', new RegExp(`^(${siteUrl})?${inLocale(locale, '/exit/')}$`))

  const notice = page.getByText(t(locale, 'notTranslated.heading'), { exact: true })
  if (locale === 'ur' && sitePage.urContent === false) {
    await expect.soft(notice, 'not-yet-translated notice').toBeVisible()
  }
  if (locale === 'en' || sitePage.urContent === true) {
    await expect.soft(notice, 'no not-yet-translated notice').toHaveCount(0)
  }

  const main = page.locator('main')
  for (const text of (locale === 'en' ? sitePage.enText : sitePage.urText) ?? []) {
    await expect.soft(main, `shows "${text}"`).toContainText(text)
  }
  if (sitePage.link) {
    const href = inLocale(locale, sitePage.link)
    await expect.soft(main.locator(`a[href="${href}"]`).first(), `links to ${href}`).toBeVisible()
  }
}

for (const locale of locales) {
  test.describe(`${locale}`, () => {
    for (const sitePage of sitePages) {
      const path = inLocale(locale, sitePage.path)

      test(`${sitePage.name}: ${path}`, async ({ page, context }) => {
        const privacy = watchPrivacy(page, context)
        const response = await page.goto(path)
        expect(response?.status(), `${path} status`).toBe(200)
        await expectRendered(page, locale, sitePage)
        await privacy()
        expect.soft(await axeViolations(page), 'axe violations').toEqual([])
      })
    }
  })
}

test('a missing page answers 404 with a page that helps, in every language', async ({
  page,
  context,
}) => {
  const privacy = watchPrivacy(page, context)
  for (const path of [missingPath, inLocale('ur', missingPath)]) {
    const response = await page.goto(path)
    expect(response?.status(), `${path} status`).toBe(404)
    await expect.soft(page.locator('h1')).toHaveCount(1)
    await expect.soft(page.locator('h1').first()).toBeVisible()
    await expect.soft(page.getByRole('link', { name: t('en', 'quickExit.label') })).toBeVisible()
    await expect.soft(page.locator('main a[href="/"]').first()).toBeVisible()
    await expect.soft(page.locator('main a[href="/ur/"]').first()).toBeVisible()
  }
  await privacy()
  expect.soft(await axeViolations(page), 'axe violations').toEqual([])
})

test('axe: dark mode (the system setting) on the home and a resource page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  for (const path of ['/', '/resources/what-is-a-hate-crime/', '/ur/']) {
    await page.goto(path)
    await settle(page)
    expect.soft(await axeViolations(page), `axe violations on ${path}`).toEqual([])
  }
})

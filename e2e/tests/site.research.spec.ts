/**
 * The residents' survey in Chromium, English and Urdu, with and without JavaScript: the withdrawal
 * code is shown (in place, or on the CMS's own page) and never put in an address or the browser's
 * storage; the database file holds no answer in clear; the findings page hides small counts.
 * Screenshots at 390 px go to E2E_SHOTS when set.
 */
import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test as base, type Page } from '@playwright/test'

import { t } from '@hcri/shared/i18n'
import type { Locale } from '@hcri/shared/locales'

import { cmsUrl, siteUrl } from '../ports'

const survey = 'hate-crime-in-walsall'
const secretText = 'E2E private words about the number 7 bus'
const codePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/
const shots = process.env.E2E_SHOTS
const database = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../.data/cms.db')

/** Only the site and the CMS it posts to: anything else is aborted. */
const test = base.extend({
  context: async ({ context }, use) => {
    const allowed = [new URL(siteUrl).origin, new URL(cmsUrl).origin]
    await context.route(
      (url) => !allowed.includes(url.origin),
      (route) => route.abort('blockedbyclient'),
    )
    await use(context)
  },
})
test.use({ viewport: { width: 390, height: 844 } })

const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`)

async function fill(page: Page, locale: Locale) {
  await page.goto(`${prefix(locale)}/research/`)
  await page.locator(`main a[href="${prefix(locale)}/research/${survey}/"]`).click()
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  await expect(
    page.getByRole('heading', { name: t(locale, 'research.notReport.title') }),
  ).toBeVisible()
  await page.locator('input[name="q_experience"][value="suffered"]').check()
  await page.locator('input[name="q_strand"][value="religion"]').check()
  await page.locator('input[name="q_strand"][value="race"]').check()
  await page.locator('input[name="q_when"][value="year"]').check()
  await page.locator('input[name="q_severity"][value="4"]').check()
  await page.locator('textarea[name="q_improve"]').fill(secretText)
  await page.locator('input[name="consent"]').check()
}

async function storageIsEmpty(page: Page) {
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
  }))
  expect(stored).toEqual({ local: 0, session: 0, cookies: '' })
}

for (const locale of ['en', 'ur'] as const) {
  test(`${locale}: with JavaScript the code is shown in place, in no address and no storage`, async ({
    page,
  }) => {
    await fill(page, locale)
    if (shots) {
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `${shots}/survey-${locale}.png` })
      await page.screenshot({ path: `${shots}/survey-full-${locale}.png`, fullPage: true })
    }
    const before = page.url()
    const length = await page.evaluate(() => history.length)
    await page.getByRole('button', { name: t(locale, 'research.send') }).click()
    const code = page.locator('[data-survey-code]')
    await expect(code).toHaveText(codePattern)
    await expect(page.locator('[data-survey-confirmation]')).toBeFocused()
    expect(page.url()).toBe(before)
    // Sending added nothing to the history.
    expect(await page.evaluate(() => history.length)).toBe(length)
    await storageIsEmpty(page)
    if (shots) {
      await page.locator('[data-survey-confirmation]').screenshot({
        path: `${shots}/confirmation-js-${locale}.png`,
      })
      await page.screenshot({ path: `${shots}/confirmation-js-page-${locale}.png` })
    }
    // Leaving and coming back: the code is gone (back-forward cache included).
    await page.goto(`${prefix(locale)}/research/`)
    await page.goBack()
    await expect(page.locator('[data-survey-code]')).toHaveText('')
    await expect(page.locator('[data-survey-confirmation]')).toBeHidden()
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  for (const locale of ['en', 'ur'] as const) {
    test(`${locale}: a plain POST gets the CMS's page with the code, the quick exit and no code in the address`, async ({
      page,
    }) => {
      await fill(page, locale)
      await page.getByRole('button', { name: t(locale, 'research.send') }).click()
      await page.waitForURL(`${cmsUrl}/api/forms/survey`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator('.code')).toHaveText(codePattern)
      expect(page.url()).not.toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}/)
      await expect(page.locator('a.exit')).toHaveAttribute(
        'href',
        `${siteUrl}${prefix(locale)}/exit/`,
      )
      expect(await page.title()).toBe(t(locale, 'site.name'))
      if (shots) await page.screenshot({ path: `${shots}/confirmation-nojs-${locale}.png` })
    })
  }

  test('withdrawal by code deletes the response, without JavaScript', async ({ page }) => {
    await fill(page, 'en')
    await page.getByRole('button', { name: t('en', 'research.send') }).click()
    const code = (await page.locator('.code').textContent())!
    const rows = () =>
      (
        new DatabaseSync(database, { readOnly: true })
          .prepare('select count(*) as n from survey_responses')
          .get() as { n: number }
      ).n
    const before = rows()
    await page.goto('/research/data/')
    await page.locator('#withdraw-code').fill(code)
    await page.getByRole('button', { name: t('en', 'research.withdraw.send') }).click()
    await expect(page.locator('h1')).toHaveText(t('en', 'research.withdrawnTitle'))
    expect(rows()).toBe(before - 1)
  })
})

test('the database file holds no answer in clear', async () => {
  const db = new DatabaseSync(database, { readOnly: true })
  const rows = [
    ...db.prepare('select * from survey_responses').all(),
    ...db.prepare('select * from survey_contacts').all(),
  ]
  expect(rows.length).toBeGreaterThan(0)
  const dump = JSON.stringify(rows)
  for (const clear of [secretText, 'suffered', 'religion', '"year"'])
    expect(dump).not.toContain(clear)
})

for (const locale of ['en', 'ur'] as const)
  test(`${locale}: the findings page draws charts with tables and hides counts under five`, async ({
    page,
  }) => {
    await page.goto(`${prefix(locale)}/research/findings/`)
    const figure = page.locator('figure.chart').first()
    await expect(figure.locator('svg[role="img"] title')).toHaveCount(1)
    await expect(figure.locator('table')).toBeVisible()
    const main = await page.locator('main').innerText()
    const fewer = t(locale, 'research.findings.suppressed')
    expect(main).toContain(fewer)
    const cells = await page.locator('figure.chart td').allInnerTexts()
    for (const cell of cells) {
      const n = Number(cell.trim())
      if (Number.isFinite(n)) expect(n).toBeGreaterThanOrEqual(5)
      else expect(cell.trim()).toBe(fewer)
    }
    // The pasted 3 and 4 never reach the page; their partners 16 and 22 are hidden with them.
    expect(cells.map((c) => c.trim())).not.toContain('3')
    expect(cells.map((c) => c.trim())).not.toContain('16')
    if (shots) await page.screenshot({ path: `${shots}/findings-${locale}.png`, fullPage: true })
  })

test('the research pages alone open the CMS to form-action and connect-src; nothing else', async ({
  request,
}) => {
  const cms = new URL(cmsUrl).origin
  for (const path of [`/research/${survey}/`, `/ur/research/${survey}/`, '/research/data/']) {
    const policy = (await request.get(`${siteUrl}${path}`)).headers()['content-security-policy']
    expect(policy).toContain(`form-action 'self' ${cms};`)
    expect(policy).toContain(`connect-src 'self' ${cms};`)
    expect(policy).toContain("default-src 'self';")
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(policy).toContain("frame-src 'none';")
  }
  for (const path of ['/', '/report/', '/ur/resources/']) {
    const policy = (await request.get(`${siteUrl}${path}`)).headers()['content-security-policy']
    expect(policy).not.toContain(cms)
  }
})

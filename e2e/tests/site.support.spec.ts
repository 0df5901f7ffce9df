/**
 * Confidential support requests end to end, in English and Urdu: sent from the site with and
 * without JavaScript, nothing left in the browser, stored as ciphertext (the SQLite file read
 * directly), read and triaged by a support volunteer in the admin, and hidden from editors and
 * admins. Screenshots at 390 px go to the test's output folder.
 */
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { test as base, expect, type Page } from '@playwright/test'

import { t } from '@hcri/shared/i18n'
import type { Locale } from '@hcri/shared/locales'

import { cmsUrl, logins, seedPassword, siteUrl } from '../ports'

const phone = { width: 390, height: 844 }
const dbFile = path.resolve(import.meta.dirname, '..', '.data', 'cms.db')

/** Requests may go to the site and the CMS only; anything else is recorded and refused. */
const test = base.extend<{ offsite: string[] }>({
  // eslint-disable-next-line no-empty-pattern
  offsite: async ({}, use) => use([]),
  context: async ({ context, offsite }, use) => {
    const allowed = [new URL(siteUrl).origin, new URL(cmsUrl).origin]
    await context.route(
      (url) => !allowed.includes(url.origin),
      async (route) => {
        offsite.push(route.request().url())
        await route.abort('blockedbyclient')
      },
    )
    await use(context)
  },
})

const pagePath = (locale: Locale) => (locale === 'en' ? '/support/' : `/${locale}/support/`)

/** What each test writes: distinct per locale and path, never to be found in clear. */
const secretsOf = (locale: Locale, js: boolean) => ({
  firstName: `Amina${locale}${js ? 'J' : 'N'}`,
  email: `amina.${locale}.${js ? 'js' : 'nojs'}@example.net`,
  phone: '07700 900321',
  message:
    locale === 'ur'
      ? `مجھے بس میں گالیاں دی گئیں ${js ? 'ایک' : 'دو'}`
      : `Someone shouted at me on the bus (${js ? 'script' : 'plain'})`,
})
const allSecrets = (['en', 'ur'] as const).flatMap((l) =>
  [true, false].flatMap((js) =>
    Object.values(secretsOf(l, js)).filter((v) => v !== '07700 900321'),
  ),
)

async function fillForm(page: Page, locale: Locale, js: boolean) {
  const s = secretsOf(locale, js)
  await page.locator('#support-first-name').fill(s.firstName)
  await page.locator('#support-by-email').check()
  await page.locator('#support-by-text').check()
  await page.locator('#support-email').fill(s.email)
  await page.locator('#support-phone').fill(s.phone)
  await page.locator('#support-times').fill('Weekday mornings')
  await page.locator('#support-leave-no').check()
  await page.locator('#support-message').fill(s.message)
}

async function nothingStored(page: Page) {
  const kept = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }))
  expect(kept).toEqual({ local: 0, session: 0, databases: 0, caches: 0 })
  expect(await page.context().cookies()).toEqual([])
}

for (const locale of ['en', 'ur'] as const) {
  test(`with JavaScript (${locale}): sent in place, nothing left in the address, history or storage`, async ({
    page,
    offsite,
  }, testInfo) => {
    await page.setViewportSize(phone)
    await page.goto(pagePath(locale))
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.locator('h1')).toHaveText(t(locale, 'support.title'))
    // The confidential address stays on the page.
    await expect(page.locator('main a[href="mailto:admin@bc-innovate.co.uk"]')).toBeVisible()
    // The quick exit is there.
    await expect(
      page.getByRole('link', { name: t(locale, 'quickExit.label') }).first(),
    ).toBeVisible()
    await fillForm(page, locale, true)
    await page.screenshot({
      path: testInfo.outputPath(`support-form-${locale}.png`),
      fullPage: true,
    })
    const historyBefore = await page.evaluate(() => history.length)
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/forms/support'))
    await page.getByRole('button', { name: t(locale, 'support.send') }).click()
    expect((await sent).status()).toBe(201)
    const confirmation = page.locator('[data-support-confirmation]')
    await expect(confirmation).toBeVisible()
    await expect(confirmation).toBeFocused()
    await expect(confirmation.locator('h2')).toHaveText(t(locale, 'support.sentTitle'))
    await expect(page.locator('form[data-support-form]')).toBeHidden()
    expect(page.url()).toBe(`${siteUrl}${pagePath(locale)}`)
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)
    // The form was emptied: nothing to find by going back.
    expect(await page.locator('#support-message').inputValue()).toBe('')
    await nothingStored(page)
    expect(offsite).toEqual([])
    await page.screenshot({
      path: testInfo.outputPath(`support-sent-${locale}.png`),
      fullPage: true,
    })
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  for (const locale of ['en', 'ur'] as const) {
    test(`(${locale}) a plain POST gets a confirmation in the visitor's language`, async ({
      page,
      offsite,
    }, testInfo) => {
      await page.setViewportSize(phone)
      await page.goto(pagePath(locale))
      await fillForm(page, locale, false)
      await page.getByRole('button', { name: t(locale, 'support.send') }).click()
      await expect(page).toHaveURL(`${cmsUrl}/api/forms/support`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ur' ? 'rtl' : 'ltr')
      await expect(page.locator('h1')).toHaveText(t(locale, 'support.sentTitle'))
      // The title names only the site; nothing typed comes back.
      await expect(page).toHaveTitle(t(locale, 'site.name'))
      const html = await page.content()
      for (const value of Object.values(secretsOf(locale, false))) expect(html).not.toContain(value)
      // The quick exit (the site's own hop) and a way back.
      const exit = page.getByRole('link', { name: t(locale, 'quickExit.label') })
      await expect(exit).toHaveAttribute(
        'href',
        `${siteUrl}${locale === 'en' ? '' : `/${locale}`}/exit/`,
      )
      await expect(page.getByRole('link', { name: t(locale, 'support.back') })).toBeVisible()
      expect(await page.context().cookies()).toEqual([])
      expect(offsite).toEqual([])
      await page.screenshot({
        path: testInfo.outputPath(`support-sent-nojs-${locale}.png`),
        fullPage: true,
      })
    })
  }
})

test('the database file holds no message, name or address in clear', () => {
  const db = new DatabaseSync(dbFile, { readOnly: true })
  try {
    const rows = db.prepare('select * from support_requests').all() as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThanOrEqual(4)
    const dump = JSON.stringify(rows)
    for (const value of [...allSecrets, 'Weekday mornings', 'Urdu', 'E-mail, Text message'])
      expect(dump).not.toContain(value)
    for (const row of rows) expect(String(row.message)).toMatch(/^enc1:/)
    expect(Object.keys(rows[0]!)).not.toContain('created_at')
  } finally {
    db.close()
  }
})

async function signIn(page: Page, who: keyof typeof logins) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(logins[who])
  await page.locator('#field-password').fill(seedPassword)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test('a support volunteer reads and triages requests in the admin', async ({ page }, testInfo) => {
  await page.setViewportSize(phone)
  await signIn(page, 'support')
  await page.goto(`${cmsUrl}/admin/collections/support-requests`)
  await expect(page.locator('h1')).toContainText('Support requests')
  await page.screenshot({ path: testInfo.outputPath('admin-list.png'), fullPage: true })
  for (const locale of ['en', 'ur'] as const) {
    const s = secretsOf(locale, true)
    await page.goto(`${cmsUrl}/admin/collections/support-requests`)
    await page.locator('tr', { hasText: s.firstName }).locator('a').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/support-requests\/\d+/)
    await expect(page.locator('#field-message')).toHaveValue(s.message)
    await expect(page.locator('#field-email')).toHaveValue(s.email)
    await expect(page.locator('#field-contactBy')).toHaveValue('E-mail, Text message')
    await expect(page.locator('#field-leaveMessage')).toHaveValue('No, do not leave a message')
    await page.locator('#field-status .rs__control').click()
    await page.getByRole('option', { name: 'Contacted' }).click()
    await page.locator('#field-notes').fill('Rang back, agreed a time')
    await page.locator('#action-save').click()
    await expect(page.getByText(/updated successfully/i)).toBeVisible()
    await page.reload()
    await expect(page.locator('#field-status')).toContainText('Contacted')
    await expect(page.locator('#field-notes')).toHaveValue('Rang back, agreed a time')
    await page.screenshot({
      path: testInfo.outputPath(`admin-triage-${locale}.png`),
      fullPage: true,
    })
  }
  // The notes are sealed too.
  const db = new DatabaseSync(dbFile, { readOnly: true })
  const dump = JSON.stringify(db.prepare('select * from support_requests').all())
  db.close()
  expect(dump).not.toContain('Rang back')
  expect(dump).toContain('contacted')
})

for (const who of ['editor', 'admin', 'contributor'] as const) {
  test(`${who}s cannot see support requests`, async ({ page }) => {
    await signIn(page, who)
    await expect(page.getByRole('link', { name: 'Support requests' })).toHaveCount(0)
    const api = await page.request.get(`${cmsUrl}/api/support-requests`)
    expect(api.status()).toBe(403)
    expect(await api.text()).not.toContain('Amina')
    await page.goto(`${cmsUrl}/admin/collections/support-requests`)
    await expect(page.locator('body')).not.toContainText('Amina')
  })
}

test('only the form pages may post and connect to the CMS', async ({ request }) => {
  const cms = new URL(cmsUrl).origin
  for (const path of ['/support/', '/ur/support/']) {
    const policy = (await request.get(`${siteUrl}${path}`)).headers()['content-security-policy']
    expect(policy).toContain(`form-action 'self' ${cms}`)
    expect(policy).toContain(`connect-src 'self' ${cms}`)
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
  }
  for (const path of ['/', '/report/', '/ur/resources/']) {
    const policy = (await request.get(`${siteUrl}${path}`)).headers()['content-security-policy']
    expect(policy).toContain("form-action 'self';")
    expect(policy).not.toContain(cms)
  }
})

/**
 * Quick exit (GOV.UK "Exit this page" pattern): the button and Shift pressed three times blank the
 * page at once and leave with location.replace, via /exit/ (Clear-Site-Data), to the neutral site,
 * which is answered locally: no request leaves the machine.
 */
import type { Page } from '@playwright/test'

import { localeCodes } from '@hcri/shared/locales'

import { siteUrl } from '../ports'
import { exitDestination, expect, t, test, type Locale } from './site-fixtures'

const start = '/'
const page2 = '/resources/what-is-a-hate-crime/'

/** Whether the page has asked for /exit/ yet. */
function watchExit(page: Page) {
  let requested = false
  page.on('request', (request) => {
    if (/\/exit\/$/.test(request.url())) requested = true
  })
  return { requested: () => requested }
}

type Probe = { text: string; title: string }

/**
 * What is left on screen right after each click and key release, once the page's own handlers have
 * run (a window listener runs after the document's and the link's): "blanks at once" means nothing
 * of the site is visible then, before the next page has even been requested. innerText leaves out
 * whatever is hidden, however it is hidden. Reported through the console, because Playwright's
 * own evaluate waits while a navigation is pending.
 */
async function probeScreen(page: Page): Promise<Probe[]> {
  const probes: Probe[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (text.startsWith('e2e-probe '))
      probes.push(JSON.parse(text.slice('e2e-probe '.length)) as Probe)
  })
  await page.addInitScript(() => {
    const report = () =>
      console.log(
        `e2e-probe ${JSON.stringify({ text: document.body.innerText.trim(), title: document.title })}`,
      )
    window.addEventListener('click', report)
    window.addEventListener('keyup', report)
  })
  return probes
}

/** `before`: how many probes had come before the click or key that leaves. */
async function expectBlank(probes: Probe[], before: number) {
  await expect.poll(() => probes.length, { message: 'the probe reported' }).toBeGreaterThan(before)
  const last = probes[before]
  expect(last.text, 'text left on screen').toBe('')
  expect(last.title, 'the tab title no longer names the site').not.toMatch(/hate crime/i)
}

async function expectGoneForGood(page: Page) {
  await page.waitForURL(`${exitDestination}**`)
  // Back goes to the page before the one the visitor left: neither it nor /exit/ is in history.
  await page.goBack()
  expect(page.url()).toBe(`${siteUrl}${start}`)
}

/** The screen-reader announcement of the shortcut's progress. */
function liveRegion(page: Page) {
  return page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')
}

async function openSecondPage(page: Page, path = page2) {
  await page.goto(start)
  await page.goto(path)
  await expect(page.locator('h1')).toBeVisible()
}

test('the button blanks the page and leaves with location.replace via /exit/', async ({ page }) => {
  const probes = await probeScreen(page)
  await openSecondPage(page)
  const exitRequest = page.waitForRequest(/\/exit\/$/)
  const before = probes.length
  await page.getByRole('link', { name: t('en', 'quickExit.label') }).click({ noWaitAfter: true })
  await exitRequest
  await expectBlank(probes, before)
  await expectGoneForGood(page)
})

test('Shift pressed three times leaves, announcing progress', async ({ page }) => {
  const probes = await probeScreen(page)
  await openSecondPage(page)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press1') })).toHaveCount(1)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press2') })).toHaveCount(1)
  expect(probes.at(-1)?.text, 'the page is still there after two presses').not.toBe('')
  const exitRequest = page.waitForRequest(/\/exit\/$/)
  const before = probes.length
  await page.keyboard.press('Shift')
  await exitRequest
  await expectBlank(probes, before)
  await expectGoneForGood(page)
})

test('the shortcut works on an Urdu page, announcing in Urdu', async ({ page }) => {
  const locale: Locale = 'ur'
  await openSecondPage(page, `/ur${page2}`)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t(locale, 'quickExit.press1') })).toHaveCount(1)
  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift')
  await page.waitForURL(`${exitDestination}**`)
})

test('Shift with another key does not count', async ({ page }) => {
  await openSecondPage(page)
  const held = watchExit(page)
  await page.keyboard.press('Shift+A')
  await page.keyboard.press('Shift+A')
  await page.keyboard.press('Shift+A')
  // Shift, Shift+A, Shift: at most two plain presses.
  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift+KeyB')
  await page.keyboard.press('Shift')
  await page.waitForTimeout(500)
  expect(held.requested(), 'no exit').toBe(false)
  expect(page.url()).toBe(`${siteUrl}${page2}`)
  await expect(page.locator('h1')).toBeVisible()
})

test('more than 5 s between presses starts the count again', async ({ page }) => {
  await page.clock.install()
  await openSecondPage(page)
  const held = watchExit(page)

  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift')
  await page.clock.fastForward(5_100)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press1') })).toHaveCount(1)
  await page.waitForTimeout(300)
  expect(held.requested(), 'no exit after a pause of over 5 s').toBe(false)

  // Within 5 s of each other, the presses count.
  await page.clock.fastForward(4_000)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press2') })).toHaveCount(1)
  await page.clock.fastForward(4_000)
  await page.keyboard.press('Shift')
  await expect.poll(held.requested).toBe(true)
  await page.waitForURL(`${exitDestination}**`)
})

test('/exit/ responds with Clear-Site-Data', async ({ request }) => {
  for (const path of ['/exit/', '/ur/exit/']) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    expect(response.headers()['clear-site-data'], `${path} Clear-Site-Data`).toMatch(
      /"(storage|cache|\*)"/,
    )
  }
})

test('/exit/ goes to the address in site settings, in every language', async ({ page }) => {
  for (const locale of localeCodes) {
    const path = locale === 'en' ? '/exit/' : `/${locale}/exit/`
    await page.goto(start)
    await page.goto(path, { waitUntil: 'commit' })
    await page.waitForURL(`${exitDestination}**`)
    expect(page.url(), path).toBe(exitDestination)
  }
})

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

/**
 * Holds every request for /exit/ until `release()`: the page that asked stays loaded meanwhile, so
 * whatever it reports is read before it goes, and nothing can leave before the test says so.
 */
async function holdExit(page: Page) {
  let requests = 0
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let arrived!: () => void
  const requested = new Promise<void>((resolve) => (arrived = resolve))
  await page.route(/\/exit\/$/, async (route) => {
    requests++
    arrived()
    await released
    await route.continue()
  })
  return { requested, requests: () => requests, release }
}

type Probe = { text: string; title: string }

/**
 * What is left on screen right after each click and key release, once the page's own handlers have
 * run (a window listener runs after the document's and the link's): "blanks at once" means nothing
 * of the site is visible then, before the next page has even been requested. innerText leaves out
 * whatever is hidden, however it is hidden. Reported through the console, because Playwright's
 * own evaluate waits while a navigation is pending; the report of the press that leaves arrives
 * while holdExit keeps that navigation from going anywhere.
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

/** Lets the held /exit/ go on, and checks where the visitor ends up. */
async function expectGoneForGood(page: Page, exit: Awaited<ReturnType<typeof holdExit>>) {
  exit.release()
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
  const exit = await holdExit(page)
  const before = probes.length
  await page.getByRole('link', { name: t('en', 'quickExit.label') }).click({ noWaitAfter: true })
  await exit.requested
  await expectBlank(probes, before)
  await expectGoneForGood(page, exit)
})

test('Shift pressed three times leaves, announcing progress', async ({ page }) => {
  const probes = await probeScreen(page)
  await openSecondPage(page)
  const exit = await holdExit(page)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press1') })).toHaveCount(1)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press2') })).toHaveCount(1)
  await expect.poll(() => probes.length, { message: 'both presses reported' }).toBe(2)
  expect(probes.at(-1)?.text, 'the page is still there after two presses').not.toBe('')
  const before = probes.length
  await page.keyboard.press('Shift')
  await exit.requested
  await expectBlank(probes, before)
  await expectGoneForGood(page, exit)
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

/**
 * Whether the page has started to leave. The key handlers blank the page before they navigate, and
 * a key press returns once the page has handled it, so this is settled when it is asked.
 */
const leaving = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('quick-exit-leaving'))

test('Shift with another key does not count', async ({ page }) => {
  await openSecondPage(page)
  const exit = await holdExit(page)
  await page.keyboard.press('Shift+A')
  await page.keyboard.press('Shift+A')
  await page.keyboard.press('Shift+A')
  expect(await leaving(page), 'no exit after Shift+A three times').toBe(false)
  // Shift, Shift+B, Shift: the chord starts the count again, so the count is now one…
  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift+KeyB')
  await page.keyboard.press('Shift')
  expect(await leaving(page), 'no exit after Shift, Shift+B, Shift').toBe(false)
  // …which the next plain press shows: it is the second, not the third.
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press2') })).toHaveCount(1)
  expect(await leaving(page)).toBe(false)
  expect(exit.requests(), 'no request for /exit/').toBe(0)
  expect(page.url()).toBe(`${siteUrl}${page2}`)
  await expect(page.locator('h1')).toBeVisible()
})

test('more than 5 s between presses starts the count again', async ({ page }) => {
  await page.clock.install()
  await openSecondPage(page)
  const exit = await holdExit(page)

  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press2') })).toHaveCount(1)
  await page.clock.fastForward(5_100)
  await page.keyboard.press('Shift')
  // Counted as the first press again (the announcement goes back to it), not as the third.
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press1') })).toHaveCount(1)
  expect(await leaving(page), 'no exit after a pause of over 5 s').toBe(false)

  // Within 5 s of each other, the presses count.
  await page.clock.fastForward(4_000)
  await page.keyboard.press('Shift')
  await expect(liveRegion(page).filter({ hasText: t('en', 'quickExit.press2') })).toHaveCount(1)
  expect(exit.requests(), 'no request for /exit/ before the third press').toBe(0)
  await page.clock.fastForward(4_000)
  await page.keyboard.press('Shift')
  await exit.requested
  exit.release()
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

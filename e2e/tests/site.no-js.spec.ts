/** Without JavaScript everything still works: JavaScript only enhances. */
import { exitDestination, expect, seeded, t, test } from './site-fixtures'

test.use({ javaScriptEnabled: false })

test('navigation, a resource page and the language switcher work without JavaScript', async ({
  page,
}) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: t('en', 'nav.label') })
  await nav.locator('a[href="/resources/"]').click()
  await expect(page).toHaveURL(/\/resources\/$/)
  await expect(page.locator('h1')).toBeVisible()

  await page.locator(`main a[href="/resources/${seeded.resource.slug}/"]`).first().click()
  await expect(page.locator('h1')).toHaveText(seeded.resource.title)
  await expect(page.locator('main')).toContainText('hate incident')

  // The language switcher is plain links: to Urdu and back.
  await page.goto(`/resources/${seeded.translatedResource.slug}/`)
  await page.locator('a[hreflang="ur"]').first().click()
  await expect(page).toHaveURL(new RegExp(`/ur/resources/${seeded.translatedResource.slug}/$`))
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('h1')).toHaveText(seeded.translatedResource.urTitle)
  await page.locator('a[hreflang="en"]').first().click()
  await expect(page).toHaveURL(new RegExp(`/resources/${seeded.translatedResource.slug}/$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('the quick exit is a link to /exit/, which sends the visitor on by itself', async ({
  page,
}) => {
  await page.goto(`/resources/${seeded.resource.slug}/`)
  const exit = page.getByRole('link', { name: t('en', 'quickExit.label') })
  await expect(exit).toHaveAttribute('href', /\/exit\/$/)
  const toExit = page.waitForRequest(/\/exit\/$/)
  await exit.click()
  await toExit
  await page.waitForURL(`${exitDestination}**`)
})

test('the events list and an event page work without JavaScript', async ({ page }) => {
  await page.goto('/events/')
  await expect(page.locator('h1')).toBeVisible()
  await page.locator(`main a[href="/events/${seeded.event.slug}/"]`).first().click()
  await expect(page.locator('h1')).toHaveText(seeded.event.title)
})

test('safe spaces list their places without JavaScript', async ({ page }) => {
  await page.goto('/safe-spaces/')
  await expect(page.locator('main')).toContainText(seeded.place.name)
})

test('the search page offers another way to find things without JavaScript', async ({ page }) => {
  await page.goto('/search/')
  await expect(page.locator('main a[href="/resources/"]').first()).toBeVisible()
})

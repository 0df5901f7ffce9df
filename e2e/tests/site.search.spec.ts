/** Search (static Pagefind index) finds seeded resources, in English and in Urdu. */
import { expect, seeded, t, test } from './site-fixtures'

test('search finds a seeded resource by a word of its title', async ({ page }) => {
  await page.goto('/search/')
  const box = page.getByLabel(t('en', 'search.label'))
  await box.fill('incident')
  await box.press('Enter')
  const result = page.locator(`main a[href$="/resources/${seeded.resource.slug}/"]`).first()
  await expect(result).toBeVisible()
  await expect(result).toContainText(seeded.resource.title)
  // The query is kept in the address, so a result list can be shared or reloaded.
  await page.reload()
  await expect(
    page.locator(`main a[href$="/resources/${seeded.resource.slug}/"]`).first(),
  ).toBeVisible()
})

test('Urdu search finds the Urdu version of a translated resource', async ({ page }) => {
  await page.goto('/ur/search/')
  const box = page.getByLabel(t('ur', 'search.label'))
  await box.fill('نفرت')
  await box.press('Enter')
  const result = page
    .locator(`main a[href$="/ur/resources/${seeded.translatedResource.slug}/"]`)
    .first()
  await expect(result).toBeVisible()
  await expect(result).toContainText(seeded.translatedResource.urTitle)
})

import { expect, type Page } from '@playwright/test'

import { logins, seedPassword } from '../ports'

/** Signs in through the admin's own login form. */
export async function login(page: Page, who: keyof typeof logins) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(logins[who])
  await page.locator('#field-password').fill(seedPassword)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Picks an option in one of Payload's select fields (react-select). */
export async function choose(page: Page, fieldId: string, option: string) {
  await page.locator(`#field-${fieldId}`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

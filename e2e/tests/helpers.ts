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

/** The publish panel's status (/api/publish/status), as the signed-in admin reads it. */
export type PublishStatus = {
  live?: { id: string; builtAt: string; startedFrom?: string }
  queue: { running?: unknown; queued?: unknown }
  builds: { ok?: boolean; error?: string; finishedAt?: string }[]
  releases: { id: string }[]
}

/** Publishing status, read from an admin page with its cookie. */
export async function publishStatus(page: Page): Promise<PublishStatus> {
  const { code, body } = await page.evaluate(async () => {
    const res = await fetch('/api/publish/status', { credentials: 'include' })
    return { code: res.status, body: await res.text() }
  })
  expect(code, body).toBe(200)
  return JSON.parse(body) as PublishStatus
}

/** Waits until no build is running or waiting. */
export async function publishIdle(page: Page) {
  await expect
    .poll(
      async () => {
        const { queue } = await publishStatus(page)
        return Boolean(queue.running || queue.queued)
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(false)
}

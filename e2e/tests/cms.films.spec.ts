/**
 * The film editor's accessibility checklist: staff see what a film has and lacks before they
 * publish, and it follows the form as they edit.
 */
import { expect, test } from '@playwright/test'

import { login } from './helpers'

/** Opens a film from the admin's list, as staff do (drafts included). */
async function openFilm(page: import('@playwright/test').Page, title: string) {
  await page.goto('/admin/collections/films')
  await page.getByRole('link', { name: title, exact: true }).first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/films\/\d+/)
}

test('a complete film shows every accessibility piece in place', async ({ page }) => {
  await login(page, 'editor')
  await openFilm(page, 'Report it: who to call')
  const checklist = page.getByRole('region', { name: /Accessibility/ })
  await expect(checklist.getByRole('heading')).toHaveText('Accessibility: complete')
  await expect(checklist).toContainText('Captions: 2 languages (en, ur).')
  await expect(checklist).toContainText('Audio-described version: added.')
  await expect(checklist).toContainText('Transcript: written.')
})

test('an unfinished film lists what it lacks, and the list follows the form', async ({ page }) => {
  await login(page, 'editor')
  await openFilm(page, 'Hate Crime Awareness Campaign')
  const checklist = page.getByRole('region', { name: /Accessibility/ })
  await expect(checklist.getByRole('heading')).toHaveText('Accessibility: 3 of 3 missing')
  await expect(checklist.locator('[data-check="captions"]')).toContainText(
    'An uploaded film cannot be published without one.',
  )
  await expect(checklist.locator('[data-check="audioDescription"]')).toContainText('missing')

  // Writing a transcript ticks it off at once, before anything is saved.
  await page.locator('[data-lexical-editor="true"]').last().click()
  await page.keyboard.type('The film shows people talking about what happened to them.')
  await expect(checklist.locator('[data-check="transcript"]')).toHaveAttribute('data-ok', 'true')
  await expect(checklist.getByRole('heading')).toHaveText('Accessibility: 2 of 3 missing')
})

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'

import { cmsUrl } from '../ports'
import { choose, login } from './helpers'

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures')

test('an editor writes a resource with rich text and an image, publishes it, and anyone can read it', async ({
  page,
  playwright,
}) => {
  const title = `Hate crime at work ${Date.now()}`
  // Nothing in the admin talks to another host (Gravatar, telemetry, fonts, …).
  const elsewhere: string[] = []
  const own = new URL(page.url() === 'about:blank' ? cmsUrl : page.url()).host
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (/^https?:$/.test(url.protocol) && url.host !== own) elsewhere.push(url.host)
  })
  await login(page, 'editor')
  await expect(page.locator('.publish-panel, .dashboard').first()).toBeVisible()
  await page.goto('/admin/collections/resources/create')

  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('What to do if you experience hate at work.')
  await choose(page, 'category', 'Support')

  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.type(
    'If someone targets you at work because of who you are, you can report it.',
  )

  // Upload a new image through the field's own "create new" drawer, with its alt text.
  await page
    .locator('#field-image')
    .getByRole('button', { name: /create new/i })
    .click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles(path.join(fixtures, 'workplace.png'))
  await drawer.locator('#field-alt').fill('Two colleagues talking at a desk')
  await drawer.getByRole('button', { name: /^save$/i }).click()
  await expect(page.locator('#field-image')).toContainText('workplace')

  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|published|updated/i)

  // Read it back over REST without any login.
  const anonymous = await playwright.request.newContext({ baseURL: page.url() })
  const res = await anonymous.get(
    `/api/resources?where[title][equals]=${encodeURIComponent(title)}&depth=1`,
  )
  expect(res.status()).toBe(200)
  const body = await res.json()
  expect(body.docs).toHaveLength(1)
  const doc = body.docs[0]
  expect(doc._status).toBe('published')
  expect(JSON.stringify(doc.body)).toContain('you can report it')
  expect(doc.image.alt).toBe('Two colleagues talking at a desk')
  expect(doc.image.sizes.card.width).toBe(800)
  await anonymous.dispose()
  expect(elsewhere).toEqual([])
})

test('a contributor can write a draft but is not offered, nor allowed, to publish it', async ({
  page,
  playwright,
}) => {
  const title = `Contributor draft ${Date.now()}`
  await login(page, 'contributor')
  await page.goto('/admin/collections/resources/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('A draft for an editor to check.')
  await choose(page, 'category', 'Awareness')
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type('Draft text.')

  // Autosave keeps the draft; the admin offers no publish button to a contributor.
  await expect(page).toHaveURL(/\/admin\/collections\/resources\/\d+/)
  await expect(page.getByText('Last saved')).toBeVisible()
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)

  // Forcing it from the contributor's own signed-in session is refused, with the reason.
  const id = page.url().match(/resources\/(\d+)/)![1]
  const forced = await page.evaluate(async (docId) => {
    const res = await fetch(`/api/resources/${docId}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    return { status: res.status, body: await res.text() }
  }, id)
  expect(forced.status).toBe(403)
  expect(forced.body).toContain('Contributors can save drafts but cannot publish')

  const anonymous = await playwright.request.newContext({ baseURL: page.url() })
  const res = await anonymous.get(
    `/api/resources?where[title][equals]=${encodeURIComponent(title)}`,
  )
  expect((await res.json()).docs).toHaveLength(0)
  await anonymous.dispose()
})

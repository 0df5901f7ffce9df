/** The headers the site's `_headers` file gives, as served (site/server/serve.ts applies it). */
import { partnerUrl } from '../ports'
import { expect, seeded, test } from './site-fixtures'

/** Directive name → its sources. */
function parseCsp(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  )
}

const normalPages = [
  '/',
  '/resources/',
  `/resources/${seeded.resource.slug}/`,
  '/ur/',
  `/ur/resources/${seeded.translatedResource.slug}/`,
  '/report/',
  '/search/',
  '/exit/',
  '/no-such-page-e2e/',
]

for (const path of normalPages) {
  test(`headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    const csp = headers['content-security-policy']
    expect(csp, 'Content-Security-Policy').toBeTruthy()
    const directives = parseCsp(csp)
    const scriptSrc = directives['script-src'] ?? directives['default-src']
    expect(scriptSrc, 'script-src (or default-src)').toBeTruthy()
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain("'unsafe-eval'")
    expect(scriptSrc).not.toContain('*')
    expect(directives['frame-ancestors'], 'frame-ancestors').toEqual(["'none'"])
    expect(headers['referrer-policy'], 'Referrer-Policy').toBe('no-referrer')
    expect(headers['set-cookie'], 'Set-Cookie').toBeUndefined()
  })
}

test('embed pages, and only they, may be framed by partners', async ({ request }) => {
  for (const path of [
    `/embed/resources/${seeded.resource.slug}/`,
    `/ur/embed/resources/${seeded.resource.slug}/`,
  ]) {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const directives = parseCsp(response.headers()['content-security-policy'] ?? '')
    // Only this site (the partners' page previews an embed) and the partner sites in site
    // settings (e2e/servers/fixtures.ts lists the partner test page).
    expect(directives['frame-ancestors']).toEqual(["'self'", partnerUrl])
    expect(directives['script-src'] ?? directives['default-src']).not.toContain("'unsafe-inline'")
    expect(response.headers()['x-robots-tag'] ?? (await response.text())).toContain('noindex')
  }
})

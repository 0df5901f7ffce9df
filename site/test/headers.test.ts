import { describe, expect, it } from 'vitest'

import { buildHeaders, csp, type HeadersOptions } from '../integrations/headers'
import { parseHeaders } from '../server/serve'

/** The headers a path gets, applying rules in order as server/serve.ts does. */
function headersFor(path: string, options: HeadersOptions = {}): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rule of parseHeaders(buildHeaders(options))) {
    if (rule.pattern.test(path)) for (const [k, v] of rule.headers) out[k.toLowerCase()] = v
  }
  return out
}

describe('_headers', () => {
  it('sends a strict policy on pages: no inline script, no framing, no referrer', () => {
    const h = headersFor('/resources/x/')
    expect(h['content-security-policy']).toContain("script-src 'self'")
    expect(h['content-security-policy']).not.toContain('unsafe-inline')
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(h['referrer-policy']).toBe('no-referrer')
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['permissions-policy']).toContain('camera=()')
    expect(h['cache-control']).toContain('max-age=0')
    expect(h['clear-site-data']).toBeUndefined()
  })

  it('caches hashed assets for a year', () => {
    expect(headersFor('/_astro/a.B1c2.css')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
  })

  it('lets partners frame only /embed/', () => {
    expect(headersFor('/embed/resources/x/')['content-security-policy']).toContain(
      'frame-ancestors *',
    )
    expect(csp()).toContain("frame-ancestors 'none'")
  })

  it('lets only the partner sites in site settings frame /embed/, in every language', () => {
    const embedAllowList = ['https://Go.Walsall.gov.uk/', 'http://localhost:4601']
    for (const path of [
      '/embed/resources/x/',
      '/ur/embed/resources/x/',
      '/pl/embed/resources/x/',
    ]) {
      const policy = headersFor(path, { embedAllowList })['content-security-policy']
      // This site too: the partners' page shows a live embed.
      expect(policy).toContain(
        "frame-ancestors 'self' https://go.walsall.gov.uk http://localhost:4601",
      )
      expect(policy).not.toContain('frame-ancestors *')
    }
    expect(headersFor('/resources/x/', { embedAllowList })['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    )
    // A list with nothing valid in it fails closed: staff meant to restrict, not to open.
    const invalidOnly = headersFor('/embed/resources/x/', {
      embedAllowList: ['http://partner.example'],
    })
    expect(invalidOnly['content-security-policy']).toMatch(/frame-ancestors 'self'$/)
    expect(
      headersFor('/embed/resources/x/', { embedAllowList: [] })['content-security-policy'],
    ).toContain('frame-ancestors *')
  })

  it('clears site data on the quick-exit hop, in every language', () => {
    for (const path of ['/exit/', '/ur/exit/', '/pl/exit/']) {
      const h = headersFor(path)
      expect(h['clear-site-data']).toBe('"cache", "storage"')
      expect(h['cache-control']).toBe('no-store')
    }
  })

  it('allows third-party frames only where the visitor can ask for one', () => {
    const frames = (path: string) =>
      /frame-src ([^;]+)/.exec(headersFor(path)['content-security-policy'] ?? '')?.[1]
    expect(frames('/resources/x/')).toBe("'none'")
    expect(frames('/events/')).toBe("'none'")
    for (const path of ['/films/x/', '/ur/films/x/', '/films/']) {
      expect(frames(path)).toBe('https://www.youtube-nocookie.com https://player.vimeo.com')
    }
    expect(frames('/safe-spaces/')).toBe('https://www.openstreetmap.org')
    expect(frames('/pl/safe-spaces/kind/support/')).toBe('https://www.openstreetmap.org')
  })
})

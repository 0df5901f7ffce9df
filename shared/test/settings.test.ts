import { describe, expect, it } from 'vitest'

import {
  defaultQuickExitUrl,
  embedOrigin,
  embedOriginProblem,
  embedPolicy,
  quickExitUrl,
} from '../src/settings'

describe('quick exit address from site settings', () => {
  it('uses a secure address as given', () => {
    expect(quickExitUrl('https://www.example.org/weather')).toBe('https://www.example.org/weather')
    expect(quickExitUrl(' https://WWW.Example.org ')).toBe('https://www.example.org/')
  })

  it('falls back to the built-in default when missing or not a secure web address', () => {
    for (const value of [
      undefined,
      null,
      '',
      'www.example.org',
      'http://www.example.org/',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://user:pass@www.example.org/',
      42,
    ])
      expect(quickExitUrl(value), String(value)).toBe(defaultQuickExitUrl)
    expect(defaultQuickExitUrl).toBe('https://www.bbc.co.uk/weather')
  })
})

describe('partner sites allowed to embed', () => {
  it('normalises an origin: lower case, no trailing slash, no default port', () => {
    expect(embedOrigin('https://Go.Walsall.gov.uk/')).toBe('https://go.walsall.gov.uk')
    expect(embedOrigin('https://partner.example:443')).toBe('https://partner.example')
    expect(embedOrigin('https://partner.example:8443')).toBe('https://partner.example:8443')
    expect(embedOrigin(' http://localhost:4601 ')).toBe('http://localhost:4601')
  })

  it('accepts only https, or http on localhost, and only a site address', () => {
    const refused = [
      'http://partner.example',
      'https://partner.example/page/',
      'https://partner.example/?x=1',
      'https://partner.example/#x',
      'https://user@partner.example',
      '*',
      'https://*',
      'https://*.example.org',
      'https:',
      'https://',
      'partner.example',
      "'self'",
      'https://partner.example https://other.example',
      'https://partner.example;script-src *',
      'javascript:alert(1)',
      '',
    ]
    for (const value of refused) {
      expect(embedOrigin(value), value).toBeUndefined()
      expect(embedOriginProblem(value), value).toEqual(expect.any(String))
    }
    expect(embedOriginProblem('https://go.walsall.gov.uk')).toBeUndefined()
    // The CMS has always said this for other schemes; its tests rely on the wording.
    expect(embedOriginProblem('javascript:alert(1)')).toBe(
      'The web address must start with https:// (or http://).',
    )
  })

  it('turns the list into frame-ancestors: anyone when empty, only this site when nothing in it is valid', () => {
    expect(embedPolicy([])).toEqual({ origins: [], rejected: [], frameAncestors: '*' })
    expect(embedPolicy(undefined).frameAncestors).toBe('*')
    expect(
      embedPolicy([
        'https://a.example/',
        'http://b.example',
        'https://a.example',
        'http://localhost:4601',
      ]),
    ).toEqual({
      origins: ['https://a.example', 'http://localhost:4601'],
      rejected: ['http://b.example'],
      frameAncestors: "'self' https://a.example http://localhost:4601",
    })
    expect(embedPolicy(['*']).frameAncestors).toBe("'self'")
  })
})

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { parseHeaders, serve } from '../scripts/serve'

const root = mkdtempSync(path.join(os.tmpdir(), 'serve-'))
mkdirSync(path.join(root, 'embed/resources/x'), { recursive: true })
writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>')
writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>')
writeFileSync(path.join(root, 'embed/resources/x/index.html'), '<h1>embed</h1>')
writeFileSync(
  path.join(root, '_headers'),
  ['/*', "  Content-Security-Policy: frame-ancestors 'none'", '  Referrer-Policy: no-referrer', '/embed/*', '  Content-Security-Policy: frame-ancestors *', ''].join('\n'),
)
const server = serve(() => root, 0)
const base = () => `http://localhost:${(server.address() as AddressInfo).port}`
afterAll(() => void server.close())

describe('static server with _headers', () => {
  it('parses rules in order', () => {
    const rules = parseHeaders("/*\n  A: 1\n/embed/*\n  A: 2\n")
    expect(rules.map((r) => r.pattern.test('/embed/x/'))).toEqual([true, true])
    expect(rules[0]!.pattern.test('/')).toBe(true)
  })

  it('applies the matching rules, later ones overriding earlier ones', async () => {
    const home = await fetch(`${base()}/`)
    expect(home.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
    expect(home.headers.get('referrer-policy')).toBe('no-referrer')
    const embed = await fetch(`${base()}/embed/resources/x/`)
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *')
  })

  it('answers 404 with the site’s 404 page, and never serves outside its folder', async () => {
    const missing = await fetch(`${base()}/nope/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('not found')
    const escape = await fetch(`${base()}/..%2F..%2Fetc%2Fpasswd`)
    expect(escape.status).toBe(404)
  })
})

describe('serving the publisher’s releases', () => {
  it('follows the current symlink on every request, and answers 503 before the first release', async () => {
    const { renameSync, symlinkSync } = await import('node:fs')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'releases-'))
    const releases = serve(() => path.join(dir, 'current'), 0)
    const url = `http://localhost:${(releases.address() as AddressInfo).port}/`
    try {
      const none = await fetch(url)
      expect(none.status).toBe(503)
      expect(none.headers.get('retry-after')).toBe('30')
      for (const id of ['one', 'two']) {
        mkdirSync(path.join(dir, id, 'client'), { recursive: true })
        writeFileSync(path.join(dir, id, 'client', 'index.html'), `<h1>release ${id}</h1>`)
      }
      symlinkSync('one', path.join(dir, 'current'))
      expect(await (await fetch(url)).text()).toBe('<h1>release one</h1>')
      symlinkSync('two', path.join(dir, 'next'))
      renameSync(path.join(dir, 'next'), path.join(dir, 'current'))
      expect(await (await fetch(url)).text()).toBe('<h1>release two</h1>')
    } finally {
      releases.close()
    }
  })
})

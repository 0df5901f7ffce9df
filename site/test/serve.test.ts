import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { siteHealthPath } from '@hcri/shared/routes'

import { encodingFor, imageAllowed, parseHeaders, serve } from '../server/serve'
import { alive, freePort, raw, siteDir, start, stop, until } from './serve-process'

const root = mkdtempSync(path.join(os.tmpdir(), 'serve-'))
mkdirSync(path.join(root, 'embed/resources/x'), { recursive: true })
writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>')
writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>')
writeFileSync(path.join(root, 'embed/resources/x/index.html'), '<h1>embed</h1>')
writeFileSync(
  path.join(root, '_headers'),
  [
    '/*',
    "  Content-Security-Policy: frame-ancestors 'none'",
    '  Referrer-Policy: no-referrer',
    '/embed/*',
    '  Content-Security-Policy: frame-ancestors *',
    '',
  ].join('\n'),
)
const server = serve(() => root, 0)
const base = () => `http://localhost:${(server.address() as AddressInfo).port}`
afterAll(() => void server.close())

describe('static server with _headers', () => {
  it('parses rules in order', () => {
    const rules = parseHeaders('/*\n  A: 1\n/embed/*\n  A: 2\n')
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
    expect([400, 404]).toContain(escape.status)
  })
})

describe('compression', () => {
  it('sends text as brotli or gzip when the browser accepts it, and says it varies', async () => {
    const page = '<p>' + 'Walsall hate crime reporting centre. '.repeat(400) + '</p>'
    writeFileSync(path.join(root, 'long.html'), page)
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const url = new URL(`${base()}/long.html`)
        // node:http, not fetch: fetch undoes the encoding and hides the bytes sent.
        import('node:http').then(({ get }) =>
          get(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
          }).on('error', reject),
        )
      })
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib')
    const br = await get('gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(br.body.length).toBeLessThan(page.length / 10)
    expect(brotliDecompressSync(br.body).toString()).toBe(page)
    const gzip = await get('gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(page)
    const none = await get('identity')
    expect(none.headers['content-encoding']).toBeUndefined()
    expect(none.body.toString()).toBe(page)
  })

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(encodingFor('gzip, deflate, br, zstd')).toBe('br')
    expect(encodingFor('br;q=0, gzip;q=0.8')).toBe('gzip')
    expect(encodingFor('GZIP')).toBe('gzip')
    expect(encodingFor('identity')).toBeUndefined()
    expect(encodingFor(undefined)).toBeUndefined()
  })
})

describe('the image origin check', () => {
  it('pins the CMS origin, default port included (an Astro remote pattern without a port cannot)', () => {
    const cms = 'https://cms.example.org'
    expect(imageAllowed('https://cms.example.org/api/media/file/a.jpg', cms)).toBe(true)
    expect(imageAllowed('https://cms.example.org:443/a.jpg', cms)).toBe(true)
    expect(imageAllowed('https://cms.example.org:8443/a.jpg', cms)).toBe(false)
    expect(imageAllowed('http://cms.example.org/a.jpg', cms)).toBe(false)
    expect(imageAllowed('https://cms.example.org.evil.example/a.jpg', cms)).toBe(false)
    expect(imageAllowed('/_astro/local.png', cms)).toBe(true)
    expect(imageAllowed('//evil.example/a.jpg', cms)).toBe(false)
    expect(imageAllowed('/\\evil.example/a.jpg', cms)).toBe(false)
    expect(imageAllowed('not a url', cms)).toBe(false)
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
      // The health path says the same: nothing is served yet.
      const health = `${url.slice(0, -1)}${siteHealthPath}`
      expect((await fetch(health)).status).toBe(503)
      for (const id of ['one', 'two']) {
        mkdirSync(path.join(dir, id, 'client'), { recursive: true })
        writeFileSync(path.join(dir, id, 'client', 'index.html'), `<h1>release ${id}</h1>`)
      }
      symlinkSync('one', path.join(dir, 'current'))
      expect(await (await fetch(url)).text()).toBe('<h1>release one</h1>')
      const ok = await fetch(health)
      expect([ok.status, ok.headers.get('cache-control'), await ok.text()]).toEqual([
        200,
        'no-store',
        'ok',
      ])
      symlinkSync('two', path.join(dir, 'next'))
      renameSync(path.join(dir, 'next'), path.join(dir, 'current'))
      expect(await (await fetch(url)).text()).toBe('<h1>release two</h1>')
    } finally {
      releases.close()
    }
  })
})

/**
 * The server as visitors (and attackers) reach it: `tsx server/serve.ts <dir> --port <port>` in its
 * own process, sent raw request lines. A release in the publisher's layout: pages in client/, the
 * on-demand middleware in server/entry.mjs (here a stand-in that echoes what it was asked, fails on
 * /preview/boom/, and fetches whatever /_image names, as an image endpoint does).
 */
describe('the site server as a process, under hostile requests', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'serve-process-'))
  const release = path.join(tmp, 'release')
  const client = path.join(release, 'client')
  const outside = path.join(tmp, 'outside')
  const page = (p: string, html: string) => {
    mkdirSync(path.join(client, p), { recursive: true })
    writeFileSync(path.join(client, p, 'index.html'), html)
  }
  page('', '<h1>home</h1>')
  page('report', '<h1>report</h1>')
  page('embed/resources/x', '<h1>embed</h1>')
  page('café', '<h1>café</h1>')
  writeFileSync(path.join(client, '404.html'), '<h1>not found</h1>')
  writeFileSync(
    path.join(client, '_headers'),
    [
      '/*',
      "  Content-Security-Policy: frame-ancestors 'none'",
      '/embed/*',
      '  Content-Security-Policy: frame-ancestors *',
      '',
    ].join('\n'),
  )
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'secret.txt'), 'SECRET-OUTSIDE')
  // Links out of the release: a folder and a file.
  symlinkSync(outside, path.join(client, 'escape'))
  symlinkSync(path.join(outside, 'secret.txt'), path.join(client, 'leak.txt'))
  mkdirSync(path.join(release, 'server'))
  writeFileSync(
    path.join(release, 'server', 'entry.mjs'),
    `export const handler = async (req, res, next) => {
  if (req.url.startsWith('/preview/boom/')) throw new Error('boom')
  if (req.url.startsWith('/preview/')) return res.end('on-demand ' + req.url)
  if (req.url.startsWith('/_image')) {
    const href = new URL(req.url, 'http://site').searchParams.get('href')
    const got = await fetch(new URL(href, 'http://localhost'))
    return res.end(await got.text())
  }
  next()
}
`,
  )

  /** The CMS the images come from, and another server on the same host that must never be asked. */
  const hits = { cms: 0, other: 0 }
  const cms = createServer((_req, res) => void (hits.cms++, res.end('cms image')))
  const other = createServer((_req, res) => void (hits.other++, res.end('other image')))
  let port = 0
  let server: ReturnType<typeof start>
  const cmsPort = () => (cms.address() as AddressInfo).port
  const otherPort = () => (other.address() as AddressInfo).port

  // A fresh server for a test that follows one which brought it down, so each test stands alone.
  const startServer = async () => {
    port = await freePort()
    server = start(
      path.join(siteDir, 'node_modules', '.bin', 'tsx'),
      ['server/serve.ts', release, '--port', String(port)],
      { CMS_URL: `http://localhost:${cmsPort()}` },
    )
    await until(async () => (await raw(port, '/')).status === 200, 'the site server to answer')
  }

  beforeAll(async () => {
    await new Promise<void>((r) => cms.listen(0, '127.0.0.1', r))
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r))
  })

  beforeEach(async () => {
    if (server && alive(server.child) && (await raw(port, '/')).status === 200) return
    if (server) stop(server.child)
    await startServer()
  }, 60_000)

  afterAll(() => {
    if (server) stop(server.child)
    cms.close()
    other.close()
  })

  const stillServing = async () => {
    expect(alive(server.child), `the server died:\n${server.output.text}`).toBe(true)
    const home = await raw(port, '/')
    expect(home.status).toBe(200)
    expect(home.body).toBe('<h1>home</h1>')
  }

  const hostile = [
    '/%',
    '/%zz',
    '/%E0%A4%A',
    '/%ff',
    '/%00',
    '/index.html%00',
    '/report/%00/',
    `/${'a'.repeat(9000)}`,
    `/report/?${'q'.repeat(9000)}`,
    '/embed\\..\\report/',
    '/embed/..%5Creport/',
    '/embed/..%5creport/',
    '/embed/..%2Freport/',
    '/embed/..%2freport/',
    '/%2F%2Fevil.example/',
    '/embed/%2e%2e/report/',
    '/embed/.%2E/report/',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/../../etc/passwd',
    '/report/../../../etc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
    'http://evil.example/',
    'http://localhost/embed/resources/x/',
    '*',
    'report/',
    '/escape/secret.txt',
    '/escape/',
    '/leak.txt',
  ]

  // Long targets are named by their start and length.
  const named = hostile.map((t) => [
    t.length > 40 ? `${t.slice(0, 12)}… (${t.length} chars)` : t,
    t,
  ])

  it.each(named)('answers %s with 400 or 404 and stays up', async (_name, target) => {
    const res = await raw(port, target)
    expect([400, 404]).toContain(res.status)
    expect(res.headers['content-type'] ?? '').toMatch(/^text\/(plain|html)/)
    expect(res.body).not.toContain('SECRET-OUTSIDE')
    expect(res.body).not.toContain('<h1>embed</h1>')
    expect(res.headers['content-security-policy'] ?? '').not.toContain('frame-ancestors *')
    await stillServing()
  })

  it('refuses malformed addresses with a short plain-text message', async () => {
    for (const target of ['/%', '/%00', '/embed/..%2Freport/', 'http://evil.example/']) {
      const res = await raw(port, target)
      expect(res.status).toBe(400)
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(res.body.length).toBeLessThan(200)
    }
    expect((await raw(port, '/leak.txt')).status).toBe(404)
  })

  it('matches header rules on the same normalised path that picks the file', async () => {
    const out = await raw(port, '/embed/../report/')
    expect(out.status).toBe(200)
    expect(out.body).toBe('<h1>report</h1>')
    expect(out.headers['content-security-policy']).toBe("frame-ancestors 'none'")
    const into = await raw(port, '/report/../embed/resources/x/')
    expect(into.status).toBe(200)
    expect(into.body).toBe('<h1>embed</h1>')
    expect(into.headers['content-security-policy']).toBe('frame-ancestors *')
    const encoded = await raw(port, '/embed/..%2Freport/')
    expect(encoded.headers['content-security-policy'] ?? '').not.toContain('frame-ancestors *')
    expect(encoded.body).not.toContain('<h1>report</h1>')
    await stillServing()
  })

  it('redirects folder addresses to their slash form on this site only, encoded', async () => {
    const plain = await raw(port, '/report')
    expect(plain.status).toBe(301)
    expect(plain.headers.location).toBe('/report/')
    const doubled = await raw(port, '//report')
    if (doubled.status === 301) expect(doubled.headers.location).toBe('/report/')
    else expect([400, 404]).toContain(doubled.status)
    const accented = await raw(port, '/caf%C3%A9?x=1')
    expect(accented.status).toBe(301)
    expect(accented.headers.location).toBe('/caf%C3%A9/?x=1')
    expect((await raw(port, '/caf%C3%A9/')).body).toBe('<h1>café</h1>')
    await stillServing()
  })

  it('answers requests Node cannot parse with 400 and stays up', async () => {
    for (const [target, method] of [
      ['/', 'G@T'],
      [`/${'a'.repeat(20_000)}`, 'GET'],
    ]) {
      const res = await raw(port, target!, method)
      expect(res.status).toBe(400)
      expect(res.body).toBe('Bad request.')
    }
    await stillServing()
  })

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await raw(port, '/', method)
      expect(res.status).toBe(405)
      expect(res.headers.allow).toBe('GET, HEAD')
    }
    const head = await raw(port, '/report/', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    await stillServing()
  })

  it('answers 500 for a fault in the on-demand middleware, and stays up', async () => {
    const res = await raw(port, '/preview/boom/?token=LEAK-CHECK')
    expect(res.status).toBe(500)
    await stillServing()
  })

  it('hands the on-demand middleware the normalised address', async () => {
    const res = await raw(port, '/report/../preview/resources/1/?sig=abc')
    expect(res.body).toBe('on-demand /preview/resources/1/?sig=abc')
    expect((await raw(port, '/preview/..%2F..%2Fx/')).status).toBe(400)
  })

  it('fetches images only from the CMS origin: scheme, host and port', async () => {
    const ok = await raw(port, `/_image?href=http://localhost:${cmsPort()}/x.png&w=10`)
    expect(ok.body).toBe('cms image')
    expect(hits.cms).toBe(1)
    for (const href of [
      `http://localhost:${otherPort()}/x.png`,
      `http://127.0.0.1:${otherPort()}/x.png`,
      `//localhost:${otherPort()}/x.png`,
      `http://localhost:${cmsPort()}@localhost:${otherPort()}/x.png`,
      `https://localhost:${cmsPort()}/x.png`,
    ]) {
      // The site's own endpoint is /_image/ (trailing slashes everywhere); both spellings.
      for (const endpoint of ['/_image', '/_image/', '/x/../_image/']) {
        const res = await raw(port, `${endpoint}?href=${encodeURIComponent(href)}&w=10`)
        expect(res.status, `${endpoint} ${href}`).toBe(403)
      }
    }
    expect(hits.other).toBe(0)
    await stillServing()
  })

  it('never logs addresses with their query strings', async () => {
    await raw(port, '/report/?token=LEAK-CHECK')
    await raw(port, '/%?token=LEAK-CHECK')
    await raw(port, '/preview/boom/?token=LEAK-CHECK')
    await stillServing()
    expect(server.output.text).not.toContain('LEAK-CHECK')
  })
})

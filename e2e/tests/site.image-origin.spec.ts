/**
 * The on-demand image endpoint (`/_image`, used by the draft preview) loads pictures only from the
 * CMS's own origin: scheme, host and port. A second server on the CMS's host but another port must
 * never be asked, neither through the site server nor by the build's own endpoint (Astro's
 * middleware from the e2e build, mounted here without the site server in front of it).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { expect, test } from '@playwright/test'

import { cmsPort, cmsUrl, siteUrl } from '../ports'

type Middleware = (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  next: () => void,
) => void

const buildEntry = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../site/.e2e/site/server/entry.mjs',
)
const poster = `${cmsUrl}/api/media/file/hcri-seed-film-report-it-poster.jpg`

let other: Server
let endpoint: Server
let otherHits = 0
const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, () => resolve((server.address() as AddressInfo).port)),
  )

test.beforeAll(async () => {
  other = createServer((_req, res) => {
    otherHits++
    res.writeHead(200, { 'Content-Type': 'image/png' }).end()
  })
  await listen(other)
  const { handler } = (await import(pathToFileURL(buildEntry).href)) as { handler: Middleware }
  endpoint = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()))
  await listen(endpoint)
})

test.afterAll(() => {
  other?.close()
  endpoint?.close()
})

// The endpoint lives at /_image/ (the site uses trailing slashes).
const image = (href: string) => `/_image/?href=${encodeURIComponent(href)}&w=64&f=webp`
const elsewhere = () => {
  const port = (other.address() as AddressInfo).port
  expect(port).not.toBe(cmsPort)
  return [
    `http://localhost:${port}/x.png`,
    `http://127.0.0.1:${port}/x.png`,
    `https://localhost:${cmsPort}/x.png`,
  ]
}

for (const [name, base] of [
  ['the site server', () => siteUrl],
  [
    "the build's own endpoint",
    () => `http://localhost:${(endpoint.address() as AddressInfo).port}`,
  ],
] as const) {
  test(`${name} loads pictures from the CMS and from nowhere else`, async ({ request }) => {
    const fromCms = await request.get(`${base()}${image(poster)}`)
    expect(fromCms.status()).toBe(200)
    expect(fromCms.headers()['content-type']).toBe('image/webp')
    for (const href of elsewhere()) {
      const res = await request.get(`${base()}${image(href)}`)
      expect(otherHits, `requests the other server received for ${href}`).toBe(0)
      expect(res.status(), href).toBeGreaterThanOrEqual(400)
      expect(res.status(), href).toBeLessThan(500)
    }
  })
}

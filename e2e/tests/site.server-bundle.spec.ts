/**
 * The e2e build's server code (the draft preview) keeps the content store beside the chunk that
 * reads it instead of inlined as one string (site/integrations/dataStoreFile.ts): the same store
 * the build read, byte for byte, and no chunk carrying a copy of it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const server = path.join(root, 'site/.e2e/site/server')
const store = path.join(root, 'e2e/.data/astro-cache/data-store.json')

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  )

test('the server code reads the content store from a file beside it, not from an inlined copy', () => {
  const code = files(server).filter((f) => f.endsWith('.mjs'))
  const readers = code.filter((f) => /["']\.\/data-store\.json["']/.test(readFileSync(f, 'utf8')))
  expect(readers).toHaveLength(1)
  const copy = path.join(path.dirname(readers[0]!), 'data-store.json')
  expect(readFileSync(copy).equals(readFileSync(store))).toBe(true)
  // Astro's own module is `JSON.parse("<the whole store>")`; a store starts `[["Map",`.
  for (const file of code)
    expect(readFileSync(file, 'utf8'), path.relative(server, file)).not.toContain('[[\\"Map\\"')
})

test('the store copy beside the server code cannot be fetched from the site', async ({
  request,
}) => {
  for (const pathname of [
    '/server/chunks/data-store.json',
    '/chunks/data-store.json',
    '/data-store.json',
    '/%2e%2e/server/chunks/data-store.json',
    '/..%2fserver/chunks/data-store.json',
  ]) {
    const res = await request.get(pathname)
    expect(res.status(), pathname).toBeGreaterThanOrEqual(400)
    expect(res.status(), pathname).toBeLessThan(500)
    expect(await res.text(), pathname).not.toContain('"Map"')
  }
})

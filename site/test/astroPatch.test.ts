/**
 * patches/astro@7.3.5.patch: during `astro build`, Astro renders a prerendered page to a string
 * even though the site has an on-demand route (/preview/), which makes it "server-like". Without
 * the patch Astro streams every page, resolving a promise per chunk of HTML, though it writes each
 * page whole (a full-set cold build 0.77× as long with it, README). This fails when an install
 * left the patch out or a new Astro moved the choice.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

type BuildEnvironment = {
  env: { defaultStreaming: (manifest: { serverLike: boolean }) => boolean }
}

async function buildEnvironment(): Promise<BuildEnvironment> {
  const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))
  const file = pathToFileURL(path.join(astro, 'dist/core/build/environment.js')).href
  const { createBuildEnvironment } = (await import(file)) as {
    createBuildEnvironment: () => BuildEnvironment
  }
  return createBuildEnvironment()
}

describe("Astro's build renders prerendered pages to strings", () => {
  it('does not stream them in a project with on-demand routes', async () => {
    const { env } = await buildEnvironment()
    expect(env.defaultStreaming({ serverLike: true })).toBe(false)
    expect(env.defaultStreaming({ serverLike: false })).toBe(false)
  })
})

// @ts-check
import mdx from '@astrojs/mdx'
import node from '@astrojs/node'
import path from 'node:path'

import { defineConfig } from 'astro/config'

import { locales } from '@hcri/shared/locales'

import buildOutputs from './integrations/buildOutputs.ts'
import dataStoreFile from './integrations/dataStoreFile.ts'
import headers from './integrations/headers.ts'
import { noindexIn } from './integrations/noindex.ts'
import outputGate from './integrations/outputGate.ts'
import pageReads from './integrations/pageReads.ts'
import pageScan from './integrations/pageScan.ts'
import sitemap from './integrations/sitemap.ts'
import subsetFonts from './integrations/subsetFonts.ts'

const site = process.env.SITE_URL || 'http://localhost:4321'
// CMS images are downloaded and optimised at build time, so pages never link to the CMS. The
// on-demand image endpoint (draft preview) may load from the CMS's own origin only: scheme, host
// and port (a pattern without a port would match every port; server/serve.ts checks that case).
// CMS_MEDIA_URL: the CMS's own address, which the publisher passes when the build reads it through
// another (PUBLISH_CMS_URL): media URLs carry the CMS's own.
const cmsOrigins = [
  process.env.CMS_URL || 'http://localhost:3000',
  process.env.CMS_MEDIA_URL,
].flatMap((u) => (u ? [new URL(u)] : []))

const scan = pageScan()
const noindexed = noindexIn(path.join(process.env.SITE_OUT_DIR || 'dist', 'client'))

export default defineConfig({
  site,
  // Where the build goes and where its content-layer store is kept: set by bin/build.ts (--out,
  // --cache), so the publisher, the e2e site and the benchmark never touch site/dist nor share a store.
  ...(process.env.SITE_OUT_DIR ? { outDir: process.env.SITE_OUT_DIR } : {}),
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  // Every page is prerendered; only /preview/ (drafts for staff) runs on demand, in the node
  // middleware the site server mounts (server/serve.ts). Pages go to <outDir>/client/.
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render one at a time either way (one thread); four in flight let each page's writes
    // (its file and Astro's stored copy) overlap the next renders. Full set, 2 cores: a cold
    // build's prerendering 95-110 s -> 57 s, the output the same byte for byte. Safe here: what a
    // page reads is tracked per render (src/lib/reads.ts, AsyncLocalStorage), not in a global.
    concurrency: 4,
    // Stylesheets as files: the Content-Security-Policy allows no inline styles.
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  // Astro's log without a line per page and picture (integrations/buildLog.ts).
  logger: { entrypoint: './integrations/buildLog.ts' },
  // A publish re-renders only the pages whose content changed (src/lib/cacheKeys.ts).
  experimental: { incrementalBuild: true },
  image: {
    remotePatterns: cmsOrigins.map((cms) => ({
      protocol: cms.protocol.slice(0, -1),
      hostname: cms.hostname,
      port: cms.port,
    })),
  },
  vite: {
    build: {
      // 0 keeps every script and asset in its own file, so no inline <script> needs a CSP hash.
      assetsInlineLimit: 0,
      // bin/build.ts may start from an earlier build's folder it brought up to date (bin/reuse.ts):
      // Astro then keeps the pages it finds there instead of copying each from its store again.
      ...(process.env.SITE_OUT_PREPARED ? { emptyOutDir: false } : {}),
    },
  },
  integrations: [
    // First: no other integration's build hooks run before the output folder is ready.
    outputGate(),
    dataStoreFile(),
    mdx(),
    // Reads the built pages for the sitemap, the fonts and Pagefind, before they run.
    scan.scan,
    sitemap({
      defaultLocale: 'en',
      locales: Object.fromEntries(locales.map((l) => [l.code, l.code === 'en' ? 'en-GB' : l.code])),
      // Pages that must not be indexed: the quick-exit hop, the embed views, and pages that say so
      // (a document shown in English on another language's page).
      filter: (page) => !/\/exit\/$/.test(page) && !page.includes('/embed/') && !noindexed(page),
    }),
    headers(),
    subsetFonts(),
    scan.save,
    pageReads(),
    buildOutputs(),
  ],
})

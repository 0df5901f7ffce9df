/**
 * Records the files this build's routes wrote or kept (`astro:build:done`'s assets), for
 * bin/reuse.ts: after a build that started from an earlier release, the pages it no longer makes
 * are removed. Astro's own record names them too, but it is ~130 MB at the full set (every page's
 * pictures): reading it took ~0.3 s of every publish; this list is ~1 MB.
 */
import { renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

/** In the cache folder (bin/reuse.ts names it too: it runs on its own in the tests). */
export const outputsRecord = 'build-outputs.json'

export default function buildOutputs(): AstroIntegration {
  let file = ''
  let outDir = ''
  return {
    name: 'hcri:build-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = fileURLToPath(new URL(outputsRecord, config.cacheDir))
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:done': ({ assets }) => {
        // Relative to the output folder, '/'-separated, as Astro's record names them.
        const files = [...assets.values()]
          .flat()
          .map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/'))
          .sort()
        writeFileSync(`${file}.tmp`, JSON.stringify(files))
        renameSync(`${file}.tmp`, file)
      },
    },
  }
}

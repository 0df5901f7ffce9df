/**
 * Keeps the content-layer store out of the server bundles. Astro inlines its whole store
 * (`data-store.json`, 13 MB at the benchmark's full set) into the prerender and the server bundle
 * as one string literal, so every build parses, transforms and writes it twice however little
 * changed. Here the store's module reads a copy written beside the chunk that imports it instead:
 * the same data, read once when a page first needs it. The server bundle (the on-demand preview)
 * keeps its copy in `<out>/server/`, which is never served.
 */
import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, ViteUserConfig } from 'astro'

/** A Vite plugin (Vite's own types come through Astro's). */
type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>

/** Astro's resolved id of the store's virtual module (`astro:data-layer-content`). */
const storeModule = '\0astro:data-layer-content'
/** The copy's name beside the chunk. */
const storeCopy = 'data-store.json'

export default function dataStoreFile(): AstroIntegration {
  return {
    name: 'hcri:data-store-file',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // A chunked store is imported part by part; left to Astro.
        const storage = config.experimental.collectionStorage
        if (storage !== undefined && storage !== 'single-file') return
        const store = fileURLToPath(new URL('data-store.json', config.cacheDir))
        updateConfig({ vite: { plugins: [storePlugin(store)] } })
      },
    },
  }
}

function storePlugin(store: string): Plugin {
  return {
    name: 'hcri:data-store-file',
    apply: 'build',
    load: {
      // Before Astro's own loader of the same module, which would inline the file.
      order: 'pre',
      filter: { id: new RegExp(`^${storeModule}$`) },
      handler(id) {
        if (id !== storeModule || !existsSync(store)) return null
        return {
          code: [
            "import { readFileSync } from 'node:fs'",
            `export default JSON.parse(readFileSync(new URL('./${storeCopy}', import.meta.url), 'utf8'))`,
          ].join('\n'),
          // Astro's mark for content data: left out of the code hash behind pages' cache keys,
          // as Astro's own module is.
          meta: { astroIncremental: { kind: 'content-data' } },
        }
      },
    },
    writeBundle(options, bundle) {
      if (!options.dir) return
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.includes(storeModule)) continue
        copyFileSync(store, path.join(options.dir, path.dirname(chunk.fileName), storeCopy))
      }
    },
  }
}

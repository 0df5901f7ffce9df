// @ts-check
/**
 * The site's own Astro config, with the output and cache folders moved under e2e/.data so an e2e
 * build never clobbers site/dist nor shares the content-layer store with a developer's build.
 */
import config from '../../site/astro.config.mjs'

const data = new URL('../.data/', import.meta.url)

export default {
  ...config,
  outDir: process.env.E2E_SITE_DIR || new URL('site/', data).pathname,
  cacheDir: process.env.E2E_ASTRO_CACHE || new URL('astro-cache/', data).pathname,
}

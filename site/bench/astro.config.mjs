// @ts-check
/**
 * The site's own Astro config with the output and cache folders moved where the benchmark says
 * (BENCH_OUT_DIR, BENCH_CACHE_DIR): a benchmark build is cold, and never touches site/dist nor the
 * content-layer store of a developer's build.
 */
import config from '../astro.config.mjs'

export default {
  ...config,
  ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
}

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

/**
 * Astro's own Vite set-up, so modules of src/lib that import `astro:*` (content, assets) and MDX
 * load in tests as they do in a build. Tests replace the content collections with their own.
 */
export default getViteConfig({ test: { environment: 'node' } })

import { defineConfig } from '@playwright/test'

/**
 * `pnpm start` itself (tests/start.*.spec.ts): the spec starts it, with its own database, releases,
 * logs and ports (E2E_START_CMS_PORT, E2E_START_SITE_PORT), so no server is started here.
 */
export default defineConfig({
  testDir: './tests',
  testMatch: /start\..*\.spec\.ts/,
  outputDir: './test-results/start',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Install check, seed, first release, two crashes and a shutdown.
  timeout: 900_000,
  reporter: [['list']],
})

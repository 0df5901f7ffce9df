import { defineConfig } from '@playwright/test'

import { chromiumLaunchOptions } from './chromium'
import {
  publishCmsPort,
  publishCmsUrl,
  publishProxyPort,
  publishSitePort,
  publishSiteUrl,
} from './ports'

/**
 * Publishing end to end: its own CMS with the bundled publisher switched on, apart from the main
 * suite's (whose CMS never builds, so its site stays the one those tests expect).
 */
export default defineConfig({
  testDir: './tests',
  testMatch: /publish\..*\.spec\.ts/,
  outputDir: './test-results/publish',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A test waits for real site builds.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: publishCmsUrl,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'bash servers/publish-server.sh',
    url: `${publishSiteUrl}/`,
    timeout: 300_000,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'pipe',
    env: {
      E2E_PUBLISH_CMS_PORT: String(publishCmsPort),
      E2E_PUBLISH_PROXY_PORT: String(publishProxyPort),
      E2E_PUBLISH_SITE_PORT: String(publishSitePort),
    },
  },
})

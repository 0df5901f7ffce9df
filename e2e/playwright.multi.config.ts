import { defineConfig } from '@playwright/test'

import { chromiumLaunchOptions } from './chromium'
import { multiPort, multiProxyUrl } from './ports'

/**
 * Two CMS processes on one database and one media folder behind the round-robin proxy
 * (servers/multi-server.sh), both publishing into one releases folder.
 */
export default defineConfig({
  testDir: './tests',
  testMatch: /multi\..*\.spec\.ts/,
  outputDir: './test-results/multi',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Tests wait for real site builds.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: multiProxyUrl,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'bash servers/multi-server.sh',
    url: `${multiProxyUrl}/api/globals/site-settings`,
    timeout: 300_000,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'pipe',
    env: { E2E_MULTI_PORT: String(multiPort) },
  },
})

import { defineConfig } from '@playwright/test'

import { chromiumLaunchOptions } from './chromium'
import { cmsPort, cmsUrl } from './ports'

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: cmsUrl,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'cms', testMatch: /cms\..*\.spec\.ts/ }],
  webServer: [
    {
      command: 'bash scripts/cms-server.sh',
      url: `${cmsUrl}/api/globals/site-settings`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { E2E_CMS_PORT: String(cmsPort) },
    },
  ],
})

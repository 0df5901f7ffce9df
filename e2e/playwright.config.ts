import { defineConfig } from '@playwright/test'

import { chromiumLaunchOptions } from './chromium'
import { cmsPort, cmsUrl, partnerPort, sitePort, siteUrl } from './ports'

/** E2E_REUSE=1 keeps servers already running on the ports (handy while writing tests). */
const reuse = process.env.E2E_REUSE === '1'

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on a second try is a failure to fix, not to hide.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: cmsUrl,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'cms', testMatch: /cms\..*\.spec\.ts/ },
    { name: 'site', testMatch: /site\..*\.spec\.ts/, use: { baseURL: siteUrl } },
  ],
  // Started in order: the site is built from the CMS once it is up.
  webServer: [
    {
      command: 'bash servers/cms-server.sh',
      url: `${cmsUrl}/api/globals/site-settings`,
      timeout: 180_000,
      reuseExistingServer: reuse,
      stdout: 'pipe',
      env: { E2E_CMS_PORT: String(cmsPort), E2E_SITE_PORT: String(sitePort) },
    },
    {
      command: 'bash servers/site-server.sh',
      url: `${siteUrl}/`,
      timeout: 240_000,
      reuseExistingServer: reuse,
      stdout: 'pipe',
      env: {
        E2E_CMS_PORT: String(cmsPort),
        E2E_SITE_PORT: String(sitePort),
        // The partner origin goes into the embed allow list (servers/fixtures.ts).
        E2E_PARTNER_PORT: String(partnerPort),
      },
    },
  ],
})

/** Ports of the servers the tests start, away from the ones `scripts/start.sh` uses. */
export const cmsPort = Number(process.env.E2E_CMS_PORT || 3100)
export const cmsUrl = `http://localhost:${cmsPort}`
/** Every seeded account gets this password in tests (SEED_PASSWORD). */
export const seedPassword = 'e2e-password-not-secret-123'
export const logins = {
  admin: 'admin@example.org',
  editor: 'editor@example.org',
  contributor: 'contributor@example.org',
  support: 'support@example.org',
  researcher: 'researcher@example.org',
} as const
/** The built public site, served with its `_headers` (servers/site-server.sh). */
export const sitePort = Number(process.env.E2E_SITE_PORT || 4400)
export const siteUrl = `http://localhost:${sitePort}`
/** A partner's website on another origin, serving pages that embed ours (site.embed.spec.ts). */
export const partnerPort = Number(process.env.E2E_PARTNER_PORT || 4401)
export const partnerUrl = `http://localhost:${partnerPort}`
/**
 * The publishing tests (playwright.publish.config.ts) run their own CMS with the bundled publisher,
 * a proxy the build reads the CMS through (so a test can cut it off mid-build), and the site
 * server serving the publisher's live release.
 */
export const publishCmsPort = Number(process.env.E2E_PUBLISH_CMS_PORT || 3110)
export const publishCmsUrl = `http://localhost:${publishCmsPort}`
export const publishProxyPort = Number(process.env.E2E_PUBLISH_PROXY_PORT || 3111)
export const publishProxyUrl = `http://localhost:${publishProxyPort}`
export const publishSitePort = Number(process.env.E2E_PUBLISH_SITE_PORT || 4410)
export const publishSiteUrl = `http://localhost:${publishSitePort}`
/**
 * The two-CMS tests (playwright.multi.config.ts): a round-robin proxy on this port, the two CMS
 * processes on the next two.
 */
export const multiPort = Number(process.env.E2E_MULTI_PORT || 3120)
export const multiProxyUrl = `http://localhost:${multiPort}`
export const multiCmsUrls = [1, 2].map((n) => `http://localhost:${multiPort + n}`)
/** `pnpm start` itself (start.supervise.spec.ts): its CMS and site server. */
export const startCmsPort = Number(process.env.E2E_START_CMS_PORT || 3130)
export const startSitePort = Number(process.env.E2E_START_SITE_PORT || 4430)

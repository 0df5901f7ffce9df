/**
 * Debian's Chromium, as the browser tests and the benchmark start it: Playwright cannot download
 * its own browser on this network, and without the background-networking flags Chromium floods
 * the closed network with requests of its own (which the benchmark would time with the pages).
 */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

import { chromiumArgs, chromiumPath } from '@hcri/shared/chromium'

/** Launch options for every Playwright config here: Debian's Chromium with the shared flags. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs }

import { existsSync } from 'node:fs'
import path from 'node:path'

import { cmsRoot } from './paths'

/**
 * Command-line scripts read cms/.env as `next start` does (values already set win). Call it before
 * importing anything that reads the environment when it loads (the Payload config).
 */
export function loadCmsEnv(): void {
  const file = path.join(cmsRoot, '.env')
  if (existsSync(file)) process.loadEnvFile(file)
}

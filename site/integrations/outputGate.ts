/**
 * Lets bin/build.ts prepare the output folder while Astro starts. Taking over an earlier build's
 * folder (bin/reuse.ts) takes about a second at the full set, and Astro's first seconds (config,
 * content sync) never touch the output folder: so the build starts Astro first and Astro waits
 * here, before its first write there, until the folder is ready (`SITE_OUT_GATE` names the file
 * that says so).
 */
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

import type { AstroIntegration } from 'astro'

export type OutputGateOptions = {
  /** The file that says the output folder is ready. Default: SITE_OUT_GATE; none: no wait. */
  gate?: string
  /** Longer than any take-over: a folder never made ready fails the build rather than hangs it. */
  patienceMs?: number
}

export default function outputGate({
  gate = process.env.SITE_OUT_GATE,
  patienceMs = 5 * 60_000,
}: OutputGateOptions = {}): AstroIntegration {
  return {
    name: 'hcri:output-gate',
    hooks: {
      'astro:build:start': async () => {
        if (!gate) return
        const until = Date.now() + patienceMs
        while (!existsSync(gate)) {
          if (Date.now() > until)
            throw new Error(`The output folder was never made ready (${gate})`)
          await sleep(10)
        }
      },
    },
  }
}

/**
 * Lets the CMS's publisher start a build before anyone publishes (bin/build.ts `--standby`).
 * Astro's first seconds — loading its modules, the config, the content config and the last
 * build's content store — depend on nothing a publish changes, so a build started ahead does them
 * and then waits here, before the first read of the CMS, until `SITE_START_GATE` names a file
 * that exists: written when a publish begins, so the content read is the one that publish asked
 * for.
 */
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

type Loader<Context> = { name: string; load: (context: Context) => Promise<void> }

let opened: Promise<void> | undefined

/** Resolves once the gate's file exists; at once without a gate. */
export function startGate(gate = process.env.SITE_START_GATE): Promise<void> {
  if (!gate) return Promise.resolve()
  opened ??= (async () => {
    // A build started ahead may wait for hours; if the process that started it is gone (its
    // parent changes), nobody will open the gate: stop rather than wait for ever.
    const parent = process.ppid
    while (!existsSync(gate)) {
      if (process.ppid !== parent) throw new Error('The build that started this one has stopped')
      await sleep(10)
    }
  })()
  return opened
}

/** The loader, reading nothing before the start gate is open. */
export function afterStartGate<Context>(loader: Loader<Context>): Loader<Context> {
  return {
    name: loader.name,
    load: async (context) => {
      await startGate()
      return loader.load(context)
    },
  }
}

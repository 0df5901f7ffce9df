/**
 * The benchmark for the DESIGN.md "Quality bars", end to end: generate the content set
 * (generate.ts), measure it (measure.ts), print the figures (report.ts). A benchmark, not a test:
 * it fails only when a step cannot run, and still prints what the others measured.
 *
 *   pnpm --filter @hcri/site run bench              # full size (10+ minutes on 2 cores)
 *   pnpm --filter @hcri/site run bench -- --small   # 10% of the counts, a smoke run
 *   pnpm --filter @hcri/site run bench -- --resources 40 --films 5 …   # any count on its own
 *   flags: --keep (keep the work folder and the build), --skip <steps> (comma-separated, of
 *   sync, api, incremental, baseline, weight, lighthouse, publish; --no-lighthouse is --skip lighthouse),
 *   --runs N (repeats of each median, default 3)
 *   environment: BENCH_CMS_PORT (CMS port, default 3200 or a free one), BENCH_GROUP (parallel
 *   writes while generating, default 4), CHROME_PATH (default /usr/bin/chromium)
 *
 * The figures go to a JSON file in the temp folder, written as each one is measured. Every server
 * it starts is stopped and its work folder removed, even on failure.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { flag, log, readResults, recordError, requestedSize, requireNode22 } from './cli'
import { generate } from './generate'
import { measure } from './measure'
import { report } from './report'
import { stopOnInterrupt } from './servers'

requireNode22()
const { counts, size } = requestedSize()
const keep = flag('keep')
const dir = mkdtempSync(path.join(os.tmpdir(), 'hcri-bench-'))
const resultsFile = path.join(
  os.tmpdir(),
  `hcri-bench-results-${size === 'full' ? '' : `${size.split(' ')[0]}-`}${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
)
const removeWorkDir = () => {
  if (keep) log(`kept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}
const removeHook = stopOnInterrupt(removeWorkDir)

let ok = false
try {
  const generated = await generate(dir, resultsFile, counts, size).then(
    () => true,
    (error: unknown) => (recordError(resultsFile, 'generation', error), false),
  )
  if (generated)
    ok = await measure(dir, resultsFile, { keep }).catch(
      (error: unknown) => (recordError(resultsFile, 'measure', error), false),
    )
} finally {
  removeHook()
  removeWorkDir()
}
report(readResults(resultsFile))
log(`${ok ? 'figures' : 'partial figures'} written to ${resultsFile}`)
process.exit(ok ? 0 : 1)

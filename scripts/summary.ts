/**
 * The closing line of scripts/test.sh: tests passed, failed and skipped, summed from the summaries
 * Vitest ("Tests  1 failed | 67 passed | 1 skipped (69)") and Playwright ("  1 flaky") print into
 * the run's log, colours and pnpm's "<package> <script>: " line prefixes included. A flaky test
 * (failed, then passed on a retry) counts as failed: it is a failure that happened to pass.
 *
 * scripts/test.sh marks where each counted stage starts (`### stage: <name>`): each such stage
 * gets a line of its own before the total, and a stage that counted nothing fails the run.
 *
 * Usage: `node scripts/summary.ts LOG` prints the line; exits 1 when any test failed or when the
 * log holds no summary at all (a run that counted nothing proved nothing).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type Counts = { passed: number; failed: number; flaky: number; skipped: number }

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ansi = /\x1b\[[0-9;]*m/g
/** What `pnpm --filter a --filter b run test` puts before each line: `shared test: `. */
const pnpmPrefix = /^[@\w./-]+ [\w:.-]+: /
/** Vitest's closing line, e.g. `Tests  1 failed | 67 passed | 1 skipped | 1 todo (70)`. */
const vitestTests = /^\s*Tests\s+(.*?)\s*(?:\(\d+\))?\s*$/
/** Vitest's unhandled errors (`Errors  1 error`): they fail the run as a failed test does. */
const vitestErrors = /^\s*Errors\s+(\d+) errors?\b/
/** One line of Playwright's closing summary, e.g. `  2 passed (1.3s)`. */
const playwrightLine =
  /^\s+(\d+) (passed|failed|flaky|skipped|interrupted|did not run)(?: \([^)]*\))?\s*$/

/** Which count a reporter's word adds to (a test that did not run, or was cut short, failed). */
const bucket: Record<string, keyof Counts> = {
  passed: 'passed',
  failed: 'failed',
  interrupted: 'failed',
  'did not run': 'failed',
  flaky: 'flaky',
  skipped: 'skipped',
  todo: 'skipped',
}

/** The counts in a log, or undefined when it holds no Vitest or Playwright summary. */
export function countTests(log: string): Counts | undefined {
  const counts: Counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 }
  let found = false
  const add = (n: string, word: string) => {
    const key = bucket[word]
    if (key) counts[key] += Number(n)
  }
  for (const raw of log.split('\n')) {
    const line = raw.replace(ansi, '').replace(pnpmPrefix, '')
    const vitest = vitestTests.exec(line)
    if (vitest) {
      found = true
      for (const part of vitest[1]!.split('|')) {
        const m = /^\s*(\d+) (\w+)\s*$/.exec(part)
        if (m) add(m[1]!, m[2]!)
      }
      continue
    }
    const errors = vitestErrors.exec(line)
    if (errors) {
      counts.failed += Number(errors[1])
      continue
    }
    const playwright = playwrightLine.exec(line)
    if (playwright) {
      found = true
      add(playwright[1]!, playwright[2]!)
    }
  }
  return found ? counts : undefined
}

const stageMark = /^### stage: (.+)$/

/** The counts of each marked stage, in the order they ran. */
export function countStages(log: string): { stage: string; counts: Counts | undefined }[] {
  const stages: { stage: string; lines: string[] }[] = []
  for (const line of log.split('\n')) {
    const mark = stageMark.exec(line)
    if (mark) stages.push({ stage: mark[1]!, lines: [] })
    else stages.at(-1)?.lines.push(line)
  }
  return stages.map(({ stage, lines }) => ({ stage, counts: countTests(lines.join('\n')) }))
}

/** `117 passed, 2 failed (1 flaky), 1 skipped`: failed includes the flaky ones. */
export function summaryLine(counts: Counts | undefined): string {
  if (!counts) return 'No test summary found: no test was counted.'
  const failed = counts.failed + counts.flaky
  const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : ''
  return `${counts.passed} passed, ${failed} failed${flaky}, ${counts.skipped} skipped`
}

/** Whether the run counts as passed: something was counted and nothing failed or was flaky. */
export const passed = (counts: Counts | undefined) =>
  Boolean(counts && counts.failed === 0 && counts.flaky === 0)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2]
  if (!file) {
    console.error('Usage: node scripts/summary.ts LOG')
    process.exit(2)
  }
  const log = readFileSync(file, 'utf8')
  const stages = countStages(log)
  for (const { stage, counts } of stages) console.log(`${stage}: ${summaryLine(counts)}`)
  const counts = countTests(log)
  console.log(summaryLine(counts))
  process.exit(passed(counts) && stages.every((s) => s.counts) ? 0 : 1)
}

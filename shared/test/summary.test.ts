import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { countStages, countTests, passed, summaryLine } from '../../scripts/summary'

/**
 * scripts/test.sh's closing line, fed what Vitest and Playwright really print through pnpm (saved
 * runs in summary-samples/, colours and package prefixes as they came).
 */
const script = fileURLToPath(new URL('../../scripts/summary.ts', import.meta.url))
const sample = (name: string) =>
  fileURLToPath(new URL(`summary-samples/${name}.txt`, import.meta.url))
const read = (name: string) => readFileSync(sample(name), 'utf8')

describe('test.sh summary', () => {
  it.each([
    // Two packages' Vitest runs (shared and site), every test passed.
    ['vitest-pass', { passed: 117, failed: 0, flaky: 0, skipped: 0 }, true],
    // One failed, one skipped and one to-do test; pnpm stopped before the next package.
    ['vitest-fail', { passed: 67, failed: 1, flaky: 0, skipped: 2 }, false],
    // Failed once, passed on its retry: Playwright itself exits 0.
    ['playwright-flaky', { passed: 1, failed: 0, flaky: 1, skipped: 1 }, false],
    ['playwright-failed', { passed: 2, failed: 1, flaky: 0, skipped: 0 }, false],
  ] as const)('%s', (name, counts, ok) => {
    expect(countTests(read(name))).toEqual(counts)
    expect(passed(countTests(read(name)))).toBe(ok)
  })

  it('sums a whole run and counts flaky tests as failed', () => {
    const log = ['vitest-pass', 'playwright-flaky', 'playwright-failed'].map(read).join('\n')
    expect(summaryLine(countTests(log))).toBe('120 passed, 2 failed (1 flaky), 1 skipped')
  })

  it('counts nothing in a log without a summary, and that is not a pass', () => {
    expect(countTests('Type checking\nerror TS2322\n')).toBeUndefined()
    expect(passed(undefined)).toBe(false)
  })

  it('prints the line and exits 1 on a failure, 0 only when everything passed', () => {
    const run = (name: string) =>
      spawnSync(process.execPath, [script, sample(name)], { encoding: 'utf8' })
    const flaky = run('playwright-flaky')
    expect(flaky.stdout.trim()).toBe('1 passed, 1 failed (1 flaky), 1 skipped')
    expect(flaky.status).toBe(1)
    const clean = run('vitest-pass')
    expect(clean.stdout.trim()).toBe('117 passed, 0 failed, 0 skipped')
    expect(clean.status).toBe(0)
  })
})

describe('test.sh stages', () => {
  const log = [
    '### stage: Unit and integration tests (Vitest, SQLite)',
    read('vitest-pass'),
    '### stage: CMS tests on PostgreSQL',
    read('vitest-fail'),
    '### stage: Browser tests (Playwright)',
  ].join('\n')

  it('counts each marked stage on its own, and a stage that counted nothing as undefined', () => {
    expect(countStages(log)).toEqual([
      {
        stage: 'Unit and integration tests (Vitest, SQLite)',
        counts: { passed: 117, failed: 0, flaky: 0, skipped: 0 },
      },
      { stage: 'CMS tests on PostgreSQL', counts: { passed: 67, failed: 1, flaky: 0, skipped: 2 } },
      { stage: 'Browser tests (Playwright)', counts: undefined },
    ])
    expect(summaryLine(countTests(log))).toBe('184 passed, 1 failed, 2 skipped')
  })

  it('prints a line per stage before the total, and fails a stage that counted nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summary-'))
    try {
      const file = path.join(dir, 'log.txt')
      const passing = [
        '### stage: Unit and integration tests (Vitest, SQLite)',
        read('vitest-pass'),
        '### stage: CMS tests on PostgreSQL',
        read('vitest-pass'),
      ]
      writeFileSync(file, passing.join('\n'))
      const ok = spawnSync(process.execPath, [script, file], { encoding: 'utf8' })
      expect(ok.stdout.trim().split('\n')).toEqual([
        'Unit and integration tests (Vitest, SQLite): 117 passed, 0 failed, 0 skipped',
        'CMS tests on PostgreSQL: 117 passed, 0 failed, 0 skipped',
        '234 passed, 0 failed, 0 skipped',
      ])
      expect(ok.status).toBe(0)
      writeFileSync(file, [...passing, '### stage: Browser tests (Playwright)'].join('\n'))
      const empty = spawnSync(process.execPath, [script, file], { encoding: 'utf8' })
      expect(empty.stdout).toContain('Browser tests (Playwright): No test summary found')
      expect(empty.status).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

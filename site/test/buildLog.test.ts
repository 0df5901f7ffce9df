/**
 * Astro's log as the build writes it (integrations/buildLog.ts): every line but the one per page
 * and picture, whose paths name people (story slugs, upload names).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

import buildLog, { isPathLine } from '../integrations/buildLog'

type Message = Parameters<ReturnType<typeof buildLog>['write']>[0]

const info = (label: string | null, message: string, newLine = true): Message => ({
  label,
  level: 'info',
  message,
  newLine,
})

/** What Astro writes while it prerenders four pages at once, as astro/dist/core/build does. */
const prerendering: Message[] = [
  info('SKIP_FORMAT', '\n\u001b[42m\u001b[30m prerendering static routes \u001b[39m\u001b[49m'),
  info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/stories/amira-khan/index.html\u001b[22m', false),
  info(null, '  ├─ /ur/stories/amira-khan/index.html', false),
  info('SKIP_FORMAT', ' (+3ms) '),
  info(null, '  ├─ /resources/getting-help/index.html', false),
  info('SKIP_FORMAT', ' (cached)'),
  info('SKIP_FORMAT', ' (+1.02s) '),
  info(null, '  ├─ /events/open-day.ics', false),
  info('SKIP_FORMAT', ' (restored)'),
  info('SKIP_FORMAT', ' (cached)'),
  info(null, '\u001b[32m✓ Completed in 7.57s.\n\u001b[39m'),
  info('SKIP_FORMAT', '\u001b[42m\u001b[30m generating optimized images \u001b[39m\u001b[49m'),
  info(null, '  ▶ /_astro/amira-khan-portrait_Z1Gpq9I.webp (reused cache entry) (+1ms) (1/2)'),
  info(null, '  ▶ /_astro/flyer_2aXY34.webp (before: 52kB, after: 2kB) (+227ms) (2/2)'),
  info('hcri:page-reads', '71 of 28568 pages rendered, the others reused'),
  {
    label: 'build',
    level: 'warn',
    message: 'Could not prune /stories/x/index.html',
    newLine: true,
  },
  { label: 'build', level: 'error', message: 'The content loader stopped', newLine: true },
]

// eslint-disable-next-line no-control-regex -- the codes Astro colours its lines with.
const colour = /\x1b\[[\d;]*m/g

afterEach(() => vi.restoreAllMocks())

describe("the build's log", () => {
  it('leaves out each page and picture line, and the time or "cached" written after it', () => {
    expect(prerendering.filter((m) => !isPathLine(m)).map((m) => m.message)).toEqual([
      prerendering[0]!.message,
      prerendering[10]!.message,
      prerendering[11]!.message,
      '71 of 28568 pages rendered, the others reused',
      'Could not prune /stories/x/index.html',
      'The content loader stopped',
    ])
  })

  it("writes the rest as Astro's own destination does: information to stdout, errors to stderr", () => {
    const written = { stdout: '', stderr: '' }
    for (const stream of ['stdout', 'stderr'] as const)
      vi.spyOn(process[stream], 'write').mockImplementation((chunk) => {
        written[stream] += String(chunk)
        return true
      })
    const log = buildLog()
    for (const message of prerendering) log.write(message)
    // Astro colours its prefixes where it thinks a terminal reads them (CI=true says so).
    for (const stream of ['stdout', 'stderr'] as const)
      written[stream] = written[stream].replace(colour, '')
    expect(written.stdout).not.toMatch(/amira|flyer|getting-help|open-day|\(cached\)|\(\+3ms\)/)
    expect(written.stdout).toContain('prerendering static routes')
    expect(written.stdout).toContain('✓ Completed in 7.57s.')
    expect(written.stdout).toMatch(/\[hcri:page-reads\] 71 of 28568 pages rendered/)
    expect(written.stdout).toMatch(/\[build\] Could not prune/)
    expect(written.stderr).toMatch(/\[build\] The content loader stopped\n$/)
  })
})

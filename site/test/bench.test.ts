import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { buildFigures } from '../bench/site'

const out = mkdtempSync(path.join(os.tmpdir(), 'hcri-bench-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** The lines of a real build's log (site/bin/build.ts under GNU time -v) that figures come from. */
const log = [
  '04:44:34 [types] Generated 15.52s',
  '04:44:34 [build] ✓ Completed in 9.21s.',
  ' prerendering static routes ',
  '04:49:51 ✓ Completed in 5m 11s.',
  ' generating optimized images ',
  '04:49:57 ✓ Completed in 528ms.',
  '04:49:57 [build] 3 page(s) built in 5m 23s',
  'Site built: 3 pages in 400.1 s (astro build 381.1 s, pagefind 19.0 s) into /tmp/x',
  '\tUser time (seconds): 286.16',
  '\tSystem time (seconds): 29.60',
  '\tPercent of CPU this job got: 80%',
  '\tMaximum resident set size (kbytes): 3042876',
].join('\n')

describe('the benchmark reading a build', () => {
  it("takes Astro's durations, GNU time's seconds and the pages by language from a build", () => {
    writeFileSync(path.join(out, 'index.html'), '<p>home</p>')
    mkdirSync(path.join(out, 'ur'))
    writeFileSync(path.join(out, 'ur', 'index.html'), '<p>ur</p>')
    mkdirSync(path.join(out, 'resources'))
    writeFileSync(path.join(out, 'resources', 'index.html'), '<p>resources</p>')

    const figures = buildFigures(log, out)
    expect(figures.phases).toEqual({
      syncAndTypesS: 15.52,
      staticRoutesS: 311,
      optimizedImagesS: 0.53,
    })
    expect(figures.cpuSeconds).toBe(315.8)
    expect(figures.cpuPercent).toBe(80)
    expect(figures.peakRssMiB).toBe(2972)
    expect(figures.totalMs).toBe(400_100)
    expect(figures.pages).toBe(3)
    expect(figures.htmlFilesByLocale).toEqual({ en: 2, ur: 1 })
  })

  it('leaves out what a build without GNU time does not say, rather than guess', () => {
    const figures = buildFigures(log.split('\n\tUser time')[0]!, out)
    expect(figures.cpuSeconds).toBeNull()
    expect(figures.peakRssMiB).toBeNull()
  })
})

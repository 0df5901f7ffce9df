/**
 * The text a build is expected to show before it renders a page (integrations/expectedText.ts):
 * the script fonts are cut to it, so it must hold every character a page can show.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, it } from 'vitest'

import { formatDateRange, formatShortDate } from '@hcri/shared/format'
import { languageFiles } from '@hcri/shared/i18n'
import { locales } from '@hcri/shared/locales'

import { expectedText } from '../integrations/expectedText'

const work = mkdtempSync(path.join(os.tmpdir(), 'hcri-expected-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const missing = (expected: string, shown: string) =>
  [...new Set(shown)].filter((c) => c.charCodeAt(0) > 0x7e && !expected.includes(c))

describe('the text a build is expected to show', () => {
  const store = path.join(work, 'data-store.json')
  // As Astro's store keeps it: text as it is, and rich text whose HTML may use references.
  writeFileSync(
    store,
    JSON.stringify({ title: 'ہیٹ کرائم', body: '<p>&#x6B1;&#1722; ঘৃণা</p>', emoji: '\\u2764' }),
  )
  const src = path.join(work, 'src')
  mkdirSync(path.join(src, 'components'), { recursive: true })
  writeFileSync(path.join(src, 'components', 'Name.astro'), '<span lang="pa">ਪੰਜਾਬੀ</span>')
  const expected = expectedText([src], store)

  it('holds every character of the content store, written out or as a reference', () => {
    expect(missing(expected, 'ہیٹ کرائم ঘৃণা ڱں❤')).toEqual([])
  })

  it('holds the characters of the sources under the folders given', () => {
    expect(missing(expected, 'ਪੰਜਾਬੀ')).toEqual([])
  })

  it('holds every date and time the formatters write, in each language’s own digits', () => {
    // A year of days at odd hours, and ranges within a day and across months.
    for (const { code } of locales)
      for (let day = 0; day < 366; day += 5) {
        const start = new Date(Date.UTC(2027, 0, 1 + day, (day * 7) % 24, (day * 13) % 60))
        const end = new Date(start.getTime() + ((day % 3) + 1) * 3_600_000 * (day % 2 ? 1 : 30))
        const shown = formatShortDate(code, start) + formatDateRange(code, start, end)
        expect(missing(expected, shown), `${code} ${start.toISOString()}`).toEqual([])
      }
  })

  it('holds the site’s own interface strings when given its sources', () => {
    const site = expectedText([
      fileURLToPath(new URL('../src', import.meta.url)),
      fileURLToPath(new URL('../../shared/src', import.meta.url)),
    ])
    for (const strings of Object.values(languageFiles))
      for (const value of Object.values(strings))
        if (value) expect(missing(site, value)).toEqual([])
  })

  it('lists each character once', () => {
    expect(new Set(expected).size).toBe([...expected].length)
  })
})

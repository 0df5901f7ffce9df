/**
 * The characters a build is expected to show, known before it renders a page: those of the content
 * store (every published document in every language), of the site's and the shared package's
 * sources (interface strings, language names, fixed text) and of everything the date and number
 * formatters can write in each language. The script fonts are cut to it before Vite names them
 * (integrations/subsetFonts.ts), so no page has to be rewritten after the build to name the cut;
 * the scan of the built pages checks the guess.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { formatDateRange, formatShortDate } from '@hcri/shared/format'
import { regionalTag } from '@hcri/shared/i18n'
import { locales } from '@hcri/shared/locales'

import { charsOf } from './pageScan.ts'

/** Source files whose text can reach a page. */
const sourceFile = /\.(astro|ts|mjs|js|json|md|mdx|css|txt)$/

/** Each file's text under `dir`, at any depth (no node_modules). */
export function* sourcesIn(dir: string): Generator<string> {
  if (!existsSync(dir)) return
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sourcesIn(file)
    else if (sourceFile.test(entry.name)) yield readFileSync(file, 'utf8')
  }
}

/** Characters written as HTML character references or JSON escapes, as they are shown. */
function escapedChars(text: string): string {
  let found = ''
  for (const m of text.matchAll(/&#(x[0-9a-f]+|\d+);|\\u([0-9a-f]{4})/gi)) {
    const code = m[2]
      ? parseInt(m[2], 16)
      : m[1]!.startsWith('x') || m[1]!.startsWith('X')
        ? parseInt(m[1]!.slice(1), 16)
        : parseInt(m[1]!, 10)
    if (code > 0 && code <= 0x10ffff) found += String.fromCodePoint(code)
  }
  return found
}

/**
 * What the formatters write in every language: each month and weekday, every hour and minute
 * digit, same-day and multi-day ranges, numbers and file sizes (in each language's own digits).
 */
export function formattedSamples(): string {
  const samples: string[] = []
  for (const { code } of locales) {
    for (let month = 0; month < 12; month++)
      for (let day = 1; day <= 7; day++) {
        // Midday in Walsall on the month's first seven days: every weekday of every month.
        const start = new Date(Date.UTC(2026, month, day, 11, 59))
        samples.push(formatShortDate(code, start))
        samples.push(formatDateRange(code, start, new Date(start.getTime() + 3_600_000)))
        samples.push(formatDateRange(code, start, new Date(start.getTime() + 30 * 86_400_000)))
      }
    for (let hour = 0; hour < 24; hour++)
      samples.push(formatDateRange(code, new Date(Date.UTC(2026, 0, 5, hour, 10, 0))))
    for (const tag of new Set([code, regionalTag(code)])) {
      samples.push(new Intl.NumberFormat(tag).format(1234567.89))
      for (const unit of ['kilobyte', 'megabyte'])
        samples.push(new Intl.NumberFormat(tag, { style: 'unit', unit }).format(0.123456789))
    }
  }
  return samples.join('\n')
}

/**
 * The characters (beyond printable ASCII, which every cut keeps) of the content store file and the
 * sources under `sourceDirs`, and the formatters' samples, each once.
 */
export function expectedText(sourceDirs: string[], storeFile?: string): string {
  const parts: string[] = [formattedSamples()]
  if (storeFile && existsSync(storeFile)) {
    const store = readFileSync(storeFile, 'utf8')
    parts.push(charsOf(store), escapedChars(store))
  }
  for (const dir of sourceDirs)
    for (const text of sourcesIn(dir)) parts.push(charsOf(text), escapedChars(text))
  return charsOf(parts.join(''))
}

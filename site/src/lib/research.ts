/**
 * The research pages' view of surveys: which are open (at build time; the CMS refuses a survey
 * that has closed since), each question's answer options in a language, and published findings
 * with every count under five hidden again before it is drawn.
 */
import { localities, strands, surveyPeriods } from '@hcri/shared/enums'
import { minimumCell, parseFindings, suppress, type Findings } from '@hcri/shared/findings'
import { t, type UiKey } from '@hcri/shared/i18n'
import type { Locale } from '@hcri/shared/locales'
import type { Survey } from '@hcri/shared/payload-types'

import { all, type Doc } from './content'
import { noteRead } from './reads'

export type Question = NonNullable<Survey['questions']>[number]
export type Option = { value: string; label: string; key?: UiKey }

/**
 * Whether a survey is open as of this build. Pages that ask depend on the clock: the next build
 * renders them again once a survey has opened or closed since (lib/cacheKeys.ts, `clock:surveys`).
 */
export function isOpen(s: Pick<Survey, 'opensAt' | 'closesAt'>, now = Date.now()): boolean {
  noteRead('clock:surveys')
  return Date.parse(s.opensAt) <= now && now < Date.parse(s.closesAt)
}

export async function openSurveys(locale: Locale): Promise<Doc<Survey>[]> {
  return (await all('surveys', locale)).filter((s) => isOpen(s))
}

/** A question's options in `locale` (vocabulary labels from the UI strings); none for free text. */
export function optionsOf(q: Question, locale: Locale): Option[] {
  const ui = (prefix: string, value: string) => {
    const key = `${prefix}.${value}` as UiKey
    return { value, key, label: t(locale, key) }
  }
  switch (q.blockType) {
    case 'choice':
      return (q.options ?? []).map((o) => ({ value: o.value, label: o.label }))
    case 'scale':
      return Array.from({ length: q.points ?? 5 }, (_, i) => ({
        value: String(i + 1),
        label: String(i + 1),
      }))
    case 'locality':
      return localities.map((l) => ui('locality', l.value))
    case 'strand':
      return strands.map((s) => ui('strand', s.value))
    case 'period':
      return surveyPeriods.map((p) => ui('research.period', p.value))
    default:
      return []
  }
}

export const isMultiple = (q: Question) =>
  'multiple' in q && Boolean((q as { multiple?: boolean | null }).multiple)

export type Chart = {
  key: string
  kind: Question['blockType']
  question: string
  rows: { label: string; key?: UiKey; count: number | null }[]
}

/** Published findings of a survey as charts, counts under five hidden (again). */
export function chartsOf(
  survey: Doc<Survey>,
  locale: Locale,
): { findings: Findings; charts: Chart[] } | undefined {
  if (!survey.findingsPublished || !survey.findings) return undefined
  const parsed = parseFindings(survey.findings)
  if (!parsed.ok) return undefined
  const charts: Chart[] = []
  for (const q of survey.questions ?? []) {
    const counts = parsed.findings.questions[q.key]
    if (!counts) continue
    const shown = suppress(counts)
    const options = optionsOf(q, locale)
    if (!options.length) continue
    charts.push({
      key: q.key,
      kind: q.blockType,
      question: q.question,
      rows: options.map((o) => ({
        label: q.blockType === 'scale' ? scaleLabel(q, o.value) : o.label,
        key: o.key,
        count: shown[o.value] ?? null,
      })),
    })
  }
  return { findings: parsed.findings, charts }
}

const scaleLabel = (q: Question, value: string) => {
  if (q.blockType !== 'scale') return value
  if (value === '1') return `1 (${q.lowLabel})`
  if (value === String(q.points ?? 5)) return `${value} (${q.highLabel})`
  return value
}

export { minimumCell }

/**
 * Off-server half of the research data path: opens a sealed export with the private key, writes
 * the answers as CSV (one row per response, one column per question key) and the follow-up
 * contacts as a separate CSV, and counts the answers into findings (shared/findings.ts), small
 * cells suppressed before anything leaves the researcher's machine.
 */
import { suppress, type Findings } from '@hcri/shared/findings'

import type { Answer, SealedAnswers, SealedContact } from '../forms/survey'
import { keysFromPrivate, unseal } from './seal'

export type SealedExport = {
  format: 'hcri-survey-export/1'
  survey: {
    slug: string
    title: string
    questions: {
      key: string
      kind: string
      question: string
      multiple: boolean
      values: string[] | null
    }[]
  }
  responses: string[]
  contacts: string[]
}

export type OpenedExport = {
  survey: SealedExport['survey']
  responses: SealedAnswers[]
  contacts: SealedContact[]
}

export async function openExport(data: SealedExport, privateKey: string): Promise<OpenedExport> {
  if (data?.format !== 'hcri-survey-export/1')
    throw new Error('This is not a survey export from the CMS (GET /api/research/export).')
  const keys = await keysFromPrivate(privateKey)
  const open = async <T>(sealed: string) => {
    try {
      return await unseal<T>(sealed, keys)
    } catch {
      throw new Error('A record could not be opened: is this the private key for this survey?')
    }
  }
  return {
    survey: data.survey,
    responses: await Promise.all(data.responses.map((s) => open<SealedAnswers>(s))),
    contacts: await Promise.all(data.contacts.map((s) => open<SealedContact>(s))),
  }
}

const cell = (value: string) =>
  // Quoted always; a leading = + - @ is neutralised so a spreadsheet does not run it.
  `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`

const csv = (rows: string[][]) => rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'

const text = (answer: Answer | undefined) =>
  answer === undefined ? '' : Array.isArray(answer) ? answer.join('; ') : answer

/** One row per response: its language, then each question by key (several answers joined by "; "). */
export function answersCsv(opened: OpenedExport): string {
  const keys = opened.survey.questions.map((q) => q.key)
  return csv([
    ['language', ...keys],
    ...opened.responses.map((r) => [r.locale, ...keys.map((k) => text(r.answers[k]))]),
  ])
}

export function contactsCsv(opened: OpenedExport): string {
  return csv([['name', 'contact'], ...opened.contacts.map((c) => [c.name, c.contact])])
}

/** Counts per answer value of every question but free text, suppressed below five. */
export function findingsOf(opened: OpenedExport): Findings {
  const questions: Findings['questions'] = {}
  for (const q of opened.survey.questions) {
    if (!q.values) continue
    const counts: Record<string, number> = Object.fromEntries(q.values.map((v) => [v, 0]))
    for (const r of opened.responses) {
      const a = r.answers[q.key]
      for (const v of Array.isArray(a) ? a : a === undefined ? [] : [a])
        if (v in counts) counts[v]!++
    }
    questions[q.key] = suppress(counts)
  }
  const n = opened.responses.length
  return { survey: opened.survey.slug, respondents: n >= 5 ? n : null, questions }
}

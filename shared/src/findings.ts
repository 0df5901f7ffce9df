/**
 * Survey findings as published: counts per answer of each question, made by the research CLI from
 * decrypted answers, pasted into the survey by staff, drawn by the site. No count under
 * `minimumCell` is ever shown: such cells become null here (in the CLI, again when the CMS saves,
 * and again when the site draws), and when one hidden cell could be worked out from the others and a
 * total, the next smallest is hidden too.
 */

/** The smallest count shown. */
export const minimumCell = 5

/** One question's counts by answer value; null: hidden (fewer than `minimumCell`). */
export type FindingCounts = Record<string, number | null>

export type Findings = {
  /** The survey's slug. */
  survey: string
  /** How many responses were counted; null when under `minimumCell`. */
  respondents: number | null
  /** Counts by question key. Free-text questions are never counted. */
  questions: Record<string, FindingCounts>
}

/**
 * Hides every count under `min` (zero included: "nobody" is as telling as "one person"). Where only
 * one cell is hidden, the respondents total (and, for a single-answer question, the shown cells)
 * would give it away, so the smallest shown cell is hidden with it.
 */
export function suppress(counts: FindingCounts, min = minimumCell): FindingCounts {
  const out: FindingCounts = {}
  for (const [value, count] of Object.entries(counts))
    out[value] = typeof count === 'number' && Number.isFinite(count) && count >= min ? count : null
  const hidden = Object.values(out).filter((c) => c === null).length
  if (hidden === 1) {
    const shown = Object.entries(out).filter((e): e is [string, number] => e[1] !== null)
    if (shown.length) {
      const [smallest] = shown.reduce((a, b) => (b[1] < a[1] ? b : a))
      out[smallest] = null
    }
  }
  return out
}

/** Reads findings as pasted (JSON text or an object) and suppresses them; an error message if bad. */
export function parseFindings(
  input: unknown,
): { ok: true; findings: Findings } | { ok: false; error: string } {
  let data = input
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch {
      return { ok: false, error: 'The findings are not valid JSON.' }
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'The findings must be the object the research CLI writes.' }
  const { survey, respondents, questions } = data as Record<string, unknown>
  if (typeof survey !== 'string') return { ok: false, error: 'The findings name no survey.' }
  if (typeof questions !== 'object' || questions === null || Array.isArray(questions))
    return { ok: false, error: 'The findings have no questions.' }
  const out: Findings['questions'] = {}
  for (const [key, counts] of Object.entries(questions)) {
    if (typeof counts !== 'object' || counts === null || Array.isArray(counts))
      return { ok: false, error: `The counts of question "${key}" are not an object.` }
    for (const c of Object.values(counts))
      if (c !== null && (typeof c !== 'number' || !Number.isInteger(c) || c < 0))
        return { ok: false, error: `Question "${key}" has a count that is not a whole number.` }
    out[key] = suppress(counts as FindingCounts)
  }
  const total =
    typeof respondents === 'number' && Number.isInteger(respondents) && respondents >= minimumCell
      ? respondents
      : null
  return { ok: true, findings: { survey, respondents: total, questions: out } }
}

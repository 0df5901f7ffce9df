/**
 * The residents' survey (issue 13). POST /api/forms/survey takes answers for an open survey, in
 * the shape of its questions only, seals them with the research team's public key at once
 * (research/seal.ts) and answers with a withdrawal code: JSON for the site's script, a small page in
 * the visitor's language for a plain form POST (no code ever goes into an address). POST
 * /api/forms/survey/withdraw deletes by code. GET /api/research/export and /api/research/counts are
 * for researchers: sealed records and counts, never plaintext. Nothing here logs an answer, an
 * address, a user agent or a time.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { localities, strands, surveyPeriods } from '@hcri/shared/enums'
import {
  formEndpoints,
  protectionFields,
  surveyFields,
  surveyLimits,
  surveyWithdrawEndpoint,
} from '@hcri/shared/forms'
import { t, type UiKey } from '@hcri/shared/i18n'
import { defaultLocale, isLocale, type Locale } from '@hcri/shared/locales'
import type { Survey } from '@hcri/shared/payload-types'
import { researchPaths } from '@hcri/shared/routes'
import { localePath } from '@hcri/shared/urls'

import { hasRole } from '../access/roles'
import { siteUrl } from '../publish/config'
import { researchPublicKey, seal } from '../research/seal'
import { newWithdrawalCode, withdrawalHash } from '../research/withdrawal'
import { all, one, readFormBody, type FormFields } from './body'
import { formCors, formPreflight } from './endpoints'
import { pageHeaders, resultPage } from './page'
import { protectSubmission } from './protect'

export type Question = NonNullable<Survey['questions']>[number]
export type Answer = string | string[]
/** What is sealed: the survey, the page's language and the answers given, by question key. */
export type SealedAnswers = {
  v: 1
  survey: string
  locale: Locale
  answers: Record<string, Answer>
}
export type SealedContact = { v: 1; survey: string; name: string; contact: string }

/** The values a question accepts; undefined for free text. */
export function allowedValues(q: Question): string[] | undefined {
  switch (q.blockType) {
    case 'choice':
      return (q.options ?? []).map((o) => o.value)
    case 'scale':
      return Array.from({ length: q.points ?? 5 }, (_, i) => String(i + 1))
    case 'locality':
      return localities.map((l) => l.value)
    case 'strand':
      return strands.map((s) => s.value)
    case 'period':
      return surveyPeriods.map((p) => p.value)
    default:
      return undefined
  }
}

export const isMultiple = (q: Question): boolean =>
  'multiple' in q && Boolean((q as { multiple?: boolean | null }).multiple)

export const isOpen = (survey: Pick<Survey, 'opensAt' | 'closesAt'>, now = Date.now()) =>
  Date.parse(survey.opensAt) <= now && now < Date.parse(survey.closesAt)

type Parsed =
  | { ok: true; answers: Record<string, Answer>; contact?: { name: string; contact: string } }
  | { ok: false; error: UiKey }

const known = new Set<string>([
  surveyFields.survey,
  surveyFields.locale,
  surveyFields.consent,
  surveyFields.followUp,
  surveyFields.contactName,
  surveyFields.contact,
  protectionFields.proof,
  protectionFields.honeypot,
])

/** Checks a submission against the survey's questions: nothing else, nothing out of shape. */
export function parseAnswers(survey: Survey, fields: FormFields): Parsed {
  const questions = survey.questions ?? []
  const byField = new Map(questions.map((q) => [surveyFields.question(q.key), q]))
  for (const name of Object.keys(fields))
    if (!known.has(name) && !byField.has(name))
      return { ok: false, error: 'research.error.invalid' }
  if (one(fields, surveyFields.consent) !== 'yes')
    return { ok: false, error: 'research.error.consent' }

  const answers: Record<string, Answer> = {}
  for (const [name, q] of byField) {
    const values = all(fields, name)
      .map((v) => v.trim())
      .filter(Boolean)
    const allowed = allowedValues(q)
    if (!values.length) {
      if (q.answerRequired) return { ok: false, error: 'research.error.required' }
      continue
    }
    if (!allowed) {
      if (values.length > 1) return { ok: false, error: 'research.error.invalid' }
      if ([...values[0]!].length > surveyLimits.text)
        return { ok: false, error: 'research.error.tooLong' }
      answers[q.key] = values[0]!
      continue
    }
    const unique = [...new Set(values)]
    if (unique.some((v) => !allowed.includes(v)))
      return { ok: false, error: 'research.error.invalid' }
    if (isMultiple(q)) answers[q.key] = unique
    else if (unique.length > 1) return { ok: false, error: 'research.error.invalid' }
    else answers[q.key] = unique[0]!
  }

  if (one(fields, surveyFields.followUp) !== 'yes') return { ok: true, answers }
  if (!survey.followUp) return { ok: false, error: 'research.error.invalid' }
  const name = one(fields, surveyFields.contactName)
  const contact = one(fields, surveyFields.contact)
  if (!contact) return { ok: false, error: 'research.error.contact' }
  if ([...name].length > surveyLimits.contactName || [...contact].length > surveyLimits.contact)
    return { ok: false, error: 'research.error.tooLong' }
  return { ok: true, answers, contact: { name, contact } }
}

const findSurvey = async (req: PayloadRequest, slug: string): Promise<Survey | undefined> => {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return undefined
  const { docs } = await req.payload.find({
    collection: 'surveys',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

const statusKeys: Record<number, UiKey> = { 429: 'research.error.tooMany' }

/** Answers a plain form with a page in its language, the script with JSON (and plain English). */
function responder(req: PayloadRequest, wantsJson: boolean, locale: Locale, back: string) {
  return (
    status: number,
    result: { error: UiKey } | { title: UiKey; body: UiKey; code?: string },
  ) => {
    if (wantsJson)
      return Response.json(
        'error' in result
          ? { ok: false, error: result.error, message: t('en', result.error) }
          : { ok: true, code: result.code },
        { status, headers: formCors },
      )
    const site = siteUrl()
    const html = resultPage({
      locale,
      title: 'error' in result ? 'research.errorTitle' : result.title,
      body: 'error' in result ? result.error : result.body,
      detail:
        'error' in result || !result.code
          ? undefined
          : { label: 'research.codeLabel', value: result.code },
      backHref: new URL(localePath(locale, back), site).href,
      exitHref: new URL(localePath(locale, '/exit/'), site).href,
    })
    return new Response(html, {
      status,
      headers: { ...pageHeaders, ...formCors, 'Content-Type': pageHeaders['Content-Type'] },
    })
  }
}

export const surveyEndpoint: Endpoint = {
  path: formEndpoints.submit('survey'),
  method: 'post',
  handler: async (req) => {
    const read = await readFormBody(req)
    const fields = read.ok ? read.fields : {}
    const pageLocale = one(fields, surveyFields.locale)
    const locale: Locale = isLocale(pageLocale) ? pageLocale : defaultLocale
    const slug = one(fields, surveyFields.survey)
    const answer = responder(
      req,
      read.wantsJson,
      locale,
      slug ? researchPaths.survey(slug) : researchPaths.index,
    )
    if (!read.ok)
      return answer(read.status, {
        error: read.status === 413 ? 'research.error.tooLong' : 'research.error.invalid',
      })

    const survey = await findSurvey(req, slug)
    if (!survey || !isOpen(survey)) return answer(400, { error: 'research.error.closed' })
    const parsed = parseAnswers(survey, fields)
    if (!parsed.ok) return answer(400, { error: parsed.error })

    const protection = await protectSubmission(req, fields, { form: 'survey' })
    if (!protection.ok)
      return answer(protection.status, {
        error: statusKeys[protection.status] ?? 'research.error.check',
      })

    const publicKey = await researchPublicKey()
    if (!publicKey) {
      req.payload.logger.error('Survey answers refused: RESEARCH_PUBLIC_KEY is not set or invalid.')
      return answer(503, { error: 'research.error.unavailable' })
    }
    const code = newWithdrawalCode()
    const sealed: SealedAnswers = { v: 1, survey: survey.slug, locale, answers: parsed.answers }
    await req.payload.create({
      collection: 'survey-responses',
      data: {
        survey: survey.id,
        sealed: await seal(sealed, publicKey),
        withdrawal: withdrawalHash(req.payload.secret, code, 'response'),
      },
      overrideAccess: true,
      depth: 0,
    })
    if (parsed.contact) {
      const contact: SealedContact = { v: 1, survey: survey.slug, ...parsed.contact }
      await req.payload.create({
        collection: 'survey-contacts',
        data: {
          survey: survey.id,
          sealed: await seal(contact, publicKey),
          withdrawal: withdrawalHash(req.payload.secret, code, 'contact'),
        },
        overrideAccess: true,
        depth: 0,
      })
    }
    return answer(201, { title: 'research.sentTitle', body: 'research.sentBody', code })
  },
}

/** Deletes the response (and any follow-up contact) sent with a code; how many records went. */
export async function withdraw(req: PayloadRequest, code: string): Promise<number> {
  let deleted = 0
  for (const [collection, kind] of [
    ['survey-responses', 'response'],
    ['survey-contacts', 'contact'],
  ] as const) {
    const { docs } = await req.payload.delete({
      collection,
      where: { withdrawal: { equals: withdrawalHash(req.payload.secret, code, kind) } },
      overrideAccess: true,
      depth: 0,
      select: {},
    })
    deleted += docs.length
  }
  return deleted
}

export const withdrawEndpoint: Endpoint = {
  path: surveyWithdrawEndpoint,
  method: 'post',
  handler: async (req) => {
    const read = await readFormBody(req)
    const fields = read.ok ? read.fields : {}
    const pageLocale = one(fields, surveyFields.locale)
    const locale: Locale = isLocale(pageLocale) ? pageLocale : defaultLocale
    const answer = responder(req, read.wantsJson, locale, researchPaths.data)
    if (!read.ok) return answer(read.status, { error: 'research.error.invalid' })
    // Rate limited on its own: codes cannot be guessed in bulk, and sending answers does not use
    // up a person's withdrawals.
    const protection = await protectSubmission(req, fields, { form: 'survey-withdraw' })
    if (!protection.ok)
      return answer(protection.status, {
        error: statusKeys[protection.status] ?? 'research.error.check',
      })
    const code = one(fields, surveyFields.code)
    if (!code || code.length > 40 || !(await withdraw(req, code)))
      return answer(404, { error: 'research.withdraw.notFound' })
    return answer(200, { title: 'research.withdrawnTitle', body: 'research.withdrawnBody' })
  },
}

const forResearchers = (req: PayloadRequest) => hasRole(req.user, 'researcher')

/** What a researcher downloads: the survey's shape and its sealed records, nothing in clear. */
export const exportEndpoint: Endpoint = {
  path: '/research/export',
  method: 'get',
  handler: async (req) => {
    if (!forResearchers(req)) return Response.json({ error: 'Researchers only.' }, { status: 403 })
    const slug = new URL(req.url ?? 'http://x/').searchParams.get('survey') ?? ''
    const survey = await findSurvey(req, slug)
    if (!survey) return Response.json({ error: 'No such survey.' }, { status: 404 })
    const sealedOf = async (collection: 'survey-responses' | 'survey-contacts') => {
      const { docs } = await req.payload.find({
        collection,
        where: { survey: { equals: survey.id } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { sealed: true },
      })
      // Shuffled: the order of arrival is not part of the export.
      return docs.map((d) => d.sealed).sort()
    }
    const body = {
      format: 'hcri-survey-export/1',
      survey: {
        slug: survey.slug,
        title: survey.title,
        questions: (survey.questions ?? []).map((q) => ({
          key: q.key,
          kind: q.blockType,
          question: q.question,
          multiple: isMultiple(q),
          values: allowedValues(q) ?? null,
        })),
      },
      responses: await sealedOf('survey-responses'),
      contacts: await sealedOf('survey-contacts'),
    }
    return new Response(JSON.stringify(body), {
      headers: {
        'Content-Type': 'application/json',
        'Content-Disposition': `attachment; filename="${survey.slug}-sealed.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/** Responses per survey, for researchers. */
export const countsEndpoint: Endpoint = {
  path: '/research/counts',
  method: 'get',
  handler: async (req) => {
    if (!forResearchers(req)) return Response.json({ error: 'Researchers only.' }, { status: 403 })
    const { docs } = await req.payload.find({
      collection: 'surveys',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true, title: true, opensAt: true, closesAt: true },
    })
    const counts = []
    for (const s of docs) {
      const where = { survey: { equals: s.id } }
      counts.push({
        survey: s.slug,
        title: s.title,
        open: isOpen(s),
        responses: (
          await req.payload.count({ collection: 'survey-responses', where, overrideAccess: true })
        ).totalDocs,
        followUpContacts: (
          await req.payload.count({ collection: 'survey-contacts', where, overrideAccess: true })
        ).totalDocs,
      })
    }
    return Response.json({ counts }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

export const surveyEndpoints: Endpoint[] = [
  surveyEndpoint,
  formPreflight(formEndpoints.submit('survey')),
  withdrawEndpoint,
  formPreflight(surveyWithdrawEndpoint),
  exportEndpoint,
  countsEndpoint,
]

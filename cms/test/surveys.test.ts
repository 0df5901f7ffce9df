import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { solveProof } from '@hcri/shared/proofOfWork'
import type { Survey } from '@hcri/shared/payload-types'

import { formRateLimit } from '../src/forms'
import { deleteExpiredSurveyResponses } from '../src/jobs/deleteExpiredSurveyResponses'
import { answersCsv, contactsCsv, findingsOf, openExport } from '../src/research/export'
import { researchKeyPair } from '../src/research/seal'
import { surveyQuestions } from '../src/seed/surveys'
import { bootPayload, makeUser, rawSql } from './payload'
import { graphqlQuery, login, rest, restAt } from './routes'

/**
 * The residents' survey end to end on a real Payload and SQLite: answers checked against the
 * survey's questions, sealed on arrival (the rows read with raw SQL), withdrawal by code, counts and
 * sealed exports for researchers only, the export opened off the server, retention.
 */
const password = 'correct horse battery staple'
let payload: Payload
let keys: { publicKey: string; privateKey: string }
const tokens = {} as Record<'contributor' | 'editor' | 'admin' | 'researcher' | 'support', string>
const day = 86_400_000
let open: Survey
let closed: Survey

const makeSurvey = (slug: string, opensAt: number, closesAt: number, retentionDays = 30) =>
  payload.create({
    collection: 'surveys',
    data: {
      title: `Survey ${slug}`,
      slug,
      intro: 'About hate crime in Walsall.',
      consent: 'Taking part is up to you.',
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      minutes: 15,
      retentionDays,
      followUp: true,
      questions: surveyQuestions.map((q) =>
        q.key === 'experience' ? { ...q, answerRequired: true } : q,
      ),
    },
  })

beforeAll(async () => {
  keys = await researchKeyPair()
  process.env.RESEARCH_PUBLIC_KEY = keys.publicKey
  payload = await bootPayload()
  for (const role of ['contributor', 'editor', 'admin', 'researcher', 'support'] as const) {
    const user = await makeUser(payload, role)
    tokens[role] = await login(payload, user.email, password)
  }
  open = await makeSurvey('open-survey', Date.now() - day, Date.now() + day)
  closed = await makeSurvey('closed-survey', Date.now() - 10 * day, Date.now() - day)
})
beforeEach(() => formRateLimit.reset())

const secretText = 'The bus driver on route 51 laughed at me'
const secretContact = 'private.person@example.net'

const fields = (extra: Record<string, string | string[]> = {}) => ({
  survey: 'open-survey',
  locale: 'en',
  consent: 'yes',
  q_experience: 'suffered',
  q_strand: ['religion', 'race'],
  q_locality: 'north',
  q_when: 'year',
  q_severity: '4',
  q_online: 'no',
  q_improve: secretText,
  website: '',
  ...extra,
})

const encode = (data: Record<string, string | string[]>) => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(data))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v)
  return params.toString()
}

const send = (data: Record<string, string | string[]>, json: boolean, path = ['forms', 'survey']) =>
  rest({
    method: 'POST',
    segments: path,
    body: encode(data),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json && { accept: 'application/json' }),
    },
  })

async function proof() {
  const answer = await restAt('GET', 'forms/challenge?form=survey')
  return (await solveProof(answer.body))!
}

const sql = async (query: string) =>
  (await rawSql(payload, query)).map((r) => ({ ...(r as object) })) as Record<string, unknown>[]

describe('surveys: sending', () => {
  it('with JavaScript: a solved proof, JSON back with a withdrawal code', async () => {
    const answer = await send(fields({ altcha: await proof() }), true)
    expect(answer.status).toBe(201)
    expect((answer.body as { code: string }).code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/)
  })

  it('without JavaScript: a page in the visitor’s language with the code and the quick exit', async () => {
    const answer = await send(fields({ locale: 'ur' }), false)
    expect(answer.status).toBe(201)
    const html = String(answer.body)
    expect(html).toContain('<html lang="ur" dir="rtl">')
    expect(html).toMatch(/class="code" dir="ltr">[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}</)
    expect(html).toMatch(/class="exit" href="http:\/\/localhost:\d+\/ur\/exit\/"/)
    expect(html).not.toContain(secretText)
    expect(html).not.toMatch(/<title>[^<]*(survey|research|thank)/i)
  })

  it('refuses a closed survey, an unknown one, and anything out of the questions’ shape, plainly', async () => {
    const before = (await sql('select id from survey_responses')).length
    const cases: [Record<string, string | string[]>, number, string][] = [
      [{ survey: 'closed-survey' }, 400, 'research.error.closed'],
      [{ survey: 'no-such-survey' }, 400, 'research.error.closed'],
      [{ consent: '' }, 400, 'research.error.consent'],
      [{ q_experience: '' }, 400, 'research.error.required'],
      [{ q_experience: 'maybe' }, 400, 'research.error.invalid'],
      [{ q_experience: ['suffered', 'no'] }, 400, 'research.error.invalid'],
      [{ q_severity: '6' }, 400, 'research.error.invalid'],
      [{ q_when: '2024-05-03' }, 400, 'research.error.invalid'],
      [{ q_strand: 'martian' }, 400, 'research.error.invalid'],
      [{ q_unknown: 'x' }, 400, 'research.error.invalid'],
      [{ q_improve: 'x'.repeat(2001) }, 400, 'research.error.tooLong'],
      [{ followUp: 'yes', contact: '' }, 400, 'research.error.contact'],
      [{ website: 'http://spam.example' }, 400, 'research.error.check'],
    ]
    for (const [extra, status, error] of cases) {
      const answer = await send(fields(extra), true)
      expect(answer.status, JSON.stringify(extra).slice(0, 80)).toBe(status)
      expect(answer.body).toMatchObject({ ok: false, error })
      expect((answer.body as { message: string }).message).toMatch(/\w/)
    }
    expect((await sql('select id from survey_responses')).length).toBe(before)
  })

  it('a replayed proof of work is refused', async () => {
    const solved = await proof()
    expect((await send(fields({ altcha: solved }), true)).status).toBe(201)
    const replay = await send(fields({ altcha: solved }), true)
    expect(replay.status).toBe(409)
  })

  it('the database holds no answer in clear: the rows read with raw SQL', async () => {
    await send(fields({ altcha: await proof(), followUp: 'yes', contact: secretContact }), true)
    const everything = JSON.stringify([
      ...(await sql('select * from survey_responses')),
      ...(await sql('select * from survey_contacts')),
    ])
    for (const secret of [secretText, secretContact, 'suffered', 'religion', 'north'])
      expect(everything).not.toContain(secret)
    const columns = Object.keys((await sql('select * from survey_responses'))[0]!)
    expect(columns.sort()).toEqual(['id', 'sealed', 'survey_id', 'withdrawal'])
    const contactColumns = Object.keys((await sql('select * from survey_contacts'))[0]!)
    // Nothing joins a contact to a response: no response id, no time, a differently keyed hash.
    expect(contactColumns.sort()).toEqual(['id', 'sealed', 'survey_id', 'withdrawal'])
    const hashes = new Set(
      (await sql('select withdrawal from survey_responses')).map((r) => r.withdrawal),
    )
    for (const c of await sql('select withdrawal from survey_contacts'))
      expect(hashes.has(c.withdrawal)).toBe(false)
  })
})

describe('surveys: who sees what', () => {
  it('anonymous visitors, contributors, editors, admins and support volunteers read no responses', async () => {
    for (const token of [
      undefined,
      tokens.contributor,
      tokens.editor,
      tokens.admin,
      tokens.support,
    ]) {
      for (const path of [
        'survey-responses',
        'survey-responses/1',
        'survey-responses/count',
        'survey-contacts',
        'research/export?survey=open-survey',
        'research/counts',
      ]) {
        const answer = await restAt('GET', path, { token })
        expect([401, 403, 404], path).toContain(answer.status)
        expect(answer.text).not.toContain('sealed')
      }
      const gql = await graphqlQuery('{ SurveyResponses { docs { id sealed } } }', { token })
      expect(gql.body.data?.SurveyResponses ?? null).toBeNull()
    }
    // The Local API with access on, as a contributor and an editor would be.
    for (const role of ['contributor', 'editor'] as const) {
      const user = await makeUser(payload, role)
      await expect(
        payload.find({ collection: 'survey-responses', user, overrideAccess: false }),
      ).rejects.toThrow()
    }
  })

  it('nobody can write responses through the API, researchers included', async () => {
    for (const token of [tokens.researcher, tokens.admin, tokens.editor]) {
      const made = await restAt('POST', 'survey-responses', {
        token,
        body: { survey: open.id, sealed: 'x' },
      })
      expect([401, 403]).toContain(made.status)
      const gone = await restAt('DELETE', 'survey-responses?where[id][exists]=true', { token })
      expect(gone.body.docs?.length ?? 0).toBe(0)
    }
  })

  it('researchers see counts and the sealed export, and nothing in clear', async () => {
    const counts = await restAt('GET', 'research/counts', { token: tokens.researcher })
    expect(counts.status).toBe(200)
    const row = counts.body.counts.find((c: { survey: string }) => c.survey === 'open-survey')
    expect(row.responses).toBeGreaterThan(0)
    expect(row.followUpContacts).toBe(1)
    const list = await restAt('GET', 'survey-responses', { token: tokens.researcher })
    expect(list.status).toBe(200)
    expect(list.text).not.toContain(secretText)
    const exported = await restAt('GET', 'research/export?survey=open-survey', {
      token: tokens.researcher,
    })
    expect(exported.status).toBe(200)
    expect(exported.text).not.toContain(secretText)
    expect(exported.text).not.toContain(secretContact)
  })

  it('the export opens off the server with the private key: CSV and suppressed findings', async () => {
    for (let i = 0; i < 3; i++) await send(fields({ altcha: await proof() }), true)
    const exported = await restAt('GET', 'research/export?survey=open-survey', {
      token: tokens.researcher,
    })
    const opened = await openExport(exported.body, keys.privateKey)
    expect(opened.responses.length).toBe(
      (
        await payload.count({
          collection: 'survey-responses',
          where: { survey: { equals: open.id } },
        })
      ).totalDocs,
    )
    const csv = answersCsv(opened)
    expect(csv.split('\r\n')[0]).toBe(
      '"language","experience","strand","locality","when","severity","online","trigger","reported","why-not","satisfaction","improve"',
    )
    expect(csv).toContain(`"${secretText}"`)
    expect(csv).toContain('"religion; race"')
    expect(contactsCsv(opened)).toContain(secretContact)
    const findings = findingsOf(opened)
    expect(findings.questions.experience!.suffered).toBeGreaterThanOrEqual(5)
    // Under five is never shown, nobody included; the next smallest goes with a lone hidden cell.
    for (const counts of Object.values(findings.questions))
      for (const c of Object.values(counts)) expect(c === null || c >= 5).toBe(true)
    expect(findings.questions.improve).toBeUndefined()
    await expect(openExport(exported.body, (await researchKeyPair()).privateKey)).rejects.toThrow()
  })

  it('pnpm research:export: the CLI opens a downloaded export into CSV and findings files', async () => {
    const exported = await restAt('GET', 'research/export?survey=open-survey', {
      token: tokens.researcher,
    })
    const dir = mkdtempSync(path.join(tmpdir(), 'research-'))
    try {
      writeFileSync(path.join(dir, 'export.json'), exported.text)
      writeFileSync(path.join(dir, 'private.key'), keys.privateKey)
      const said = execFileSync(
        'node_modules/.bin/tsx',
        ['src/research/cli.ts', 'export', 'export.json', '--key', 'private.key', '--out', 'out'],
        { env: { ...process.env, INIT_CWD: dir }, encoding: 'utf8' },
      )
      expect(said).toMatch(/^\d+ responses and 1 follow-up contacts written to /)
      const csv = readFileSync(path.join(dir, 'out/answers.csv'), 'utf8')
      expect(csv).toContain(`"${secretText}"`)
      expect(readFileSync(path.join(dir, 'out/contacts.csv'), 'utf8')).toContain(secretContact)
      const findings = JSON.parse(readFileSync(path.join(dir, 'out/findings.json'), 'utf8'))
      expect(findings.survey).toBe('open-survey')
      // What staff paste back is accepted as it is.
      const saved = await payload.update({
        collection: 'surveys',
        id: open.id,
        data: { findings },
      })
      expect(saved.findings).toEqual(findings)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('surveys: withdrawal and retention', () => {
  it('withdrawal by code deletes the answers and the follow-up contact sent with them', async () => {
    const sent = await send(
      fields({ altcha: await proof(), followUp: 'yes', contact: 'withdraw.me@example.net' }),
      true,
    )
    const { code } = sent.body as { code: string }
    const responses = (await sql('select id from survey_responses')).length
    const contacts = (await sql('select id from survey_contacts')).length
    const wrong = await send({ code: 'AAAA-BBBB-CCCC', locale: 'en' }, true, [
      'forms',
      'survey',
      'withdraw',
    ])
    expect(wrong.status).toBe(404)
    // Typed by hand: lower case, spaces instead of hyphens.
    const done = await send({ code: code.toLowerCase().replace(/-/g, ' '), locale: 'en' }, false, [
      'forms',
      'survey',
      'withdraw',
    ])
    expect(done.status).toBe(200)
    expect(String(done.body)).toContain('Your answers have been deleted.')
    expect((await sql('select id from survey_responses')).length).toBe(responses - 1)
    expect((await sql('select id from survey_contacts')).length).toBe(contacts - 1)
    const again = await send({ code, locale: 'en' }, true, ['forms', 'survey', 'withdraw'])
    expect(again.status).toBe(404)
  })

  it('retention: responses go once their survey closed more than its retention days ago', async () => {
    // Answers from when the closed survey was open, as the endpoint would have stored them.
    for (let i = 0; i < 3; i++)
      await payload.create({
        collection: 'survey-responses',
        data: { survey: closed.id, sealed: 'sealed', withdrawal: `w${i}` },
      })
    const count = async (id: number) =>
      (await payload.count({ collection: 'survey-responses', where: { survey: { equals: id } } }))
        .totalDocs
    const openBefore = await count(open.id)
    expect(await deleteExpiredSurveyResponses(payload)).toBe(0) // closed a day ago, kept 30 days
    expect(await count(closed.id)).toBe(3)
    expect(await deleteExpiredSurveyResponses(payload, Date.now() + 29.5 * day)).toBe(3)
    expect(await count(closed.id)).toBe(0)
    expect(await count(open.id)).toBe(openBefore)
  })

  it('the task is registered on the jobs queue and runs there', async () => {
    await payload.create({
      collection: 'survey-responses',
      data: { survey: closed.id, sealed: 'sealed', withdrawal: 'late' },
    })
    await payload.update({
      collection: 'surveys',
      id: closed.id,
      data: { retentionDays: 0 },
    })
    await payload.jobs.queue({ task: 'deleteExpiredSurveyResponses', input: {} })
    await payload.jobs.run({ queue: 'default' })
    // The job finished (Payload deletes a completed job); a failed one would stay, marked.
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deleteExpiredSurveyResponses' } },
      overrideAccess: true,
    })
    expect(jobs).toEqual([])
    expect(
      (
        await payload.count({
          collection: 'survey-responses',
          where: { survey: { equals: closed.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('surveys: findings', () => {
  it('small counts are hidden when findings are saved, whatever was pasted', async () => {
    const saved = await payload.update({
      collection: 'surveys',
      id: open.id,
      data: {
        findings: {
          survey: 'open-survey',
          respondents: 40,
          questions: {
            online: { yes: 3, no: 30, unsure: 7 },
            trigger: { yes: 2, no: 1, unsure: 37 },
          },
        },
      },
    })
    expect(saved.findings).toEqual({
      survey: 'open-survey',
      respondents: 40,
      // One hidden cell would follow from the total: the next smallest is hidden with it.
      questions: {
        online: { yes: null, no: 30, unsure: null },
        trigger: { yes: null, no: null, unsure: 37 },
      },
    })
  })

  it('unpublished findings are not public', async () => {
    const anon = await restAt('GET', `surveys/${open.id}`)
    expect(anon.body.findings).toBeUndefined()
    await payload.update({ collection: 'surveys', id: open.id, data: { findingsPublished: true } })
    const after = await restAt('GET', `surveys/${open.id}`)
    expect(after.body.findings.respondents).toBe(40)
  })
})

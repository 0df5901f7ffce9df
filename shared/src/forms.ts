/**
 * The public forms' wiring, shared by the CMS (which checks submissions) and the site (which
 * renders the forms): field names of the spam protection and the CMS endpoints the forms use.
 */

/** Forms visitors can send (withdrawing survey answers by code is limited on its own). */
export const publicForms = ['support', 'survey', 'survey-withdraw'] as const
export type PublicForm = (typeof publicForms)[number]

export const isPublicForm = (value: unknown): value is PublicForm =>
  typeof value === 'string' && (publicForms as readonly string[]).includes(value)

/**
 * Field names every public form carries besides its own: the proof of work the browser solves
 * when JavaScript runs (absent without it), and the honeypot people leave empty.
 */
export const protectionFields = { proof: 'altcha', honeypot: 'website' } as const

/** CMS endpoints, under its /api. The challenge takes ?form=<form>. */
export const formEndpoints = {
  challenge: '/forms/challenge',
  submit: (form: PublicForm) => `/forms/${form}`,
} as const

/** The initiative's confidential e-mail address (FACTS.md): shown beside the form, always. */
export const confidentialEmail = 'admin@bc-innovate.co.uk'

/** Longest lengths accepted, in characters. */
export const supportLimits = {
  firstName: 60,
  email: 200,
  phone: 40,
  safeTimes: 300,
  message: 2000,
} as const

/** Longest survey answers accepted, in characters. */
export const surveyLimits = { text: 2000, contactName: 60, contact: 200 } as const

/** Field names of the survey form besides its questions (`q_<question id>`). */
export const surveyFields = {
  survey: 'survey',
  locale: 'locale',
  consent: 'consent',
  followUp: 'followUp',
  contactName: 'contactName',
  contact: 'contact',
  code: 'code',
  question: (id: string) => `q_${id}`,
} as const

/** The survey's extra endpoint: withdrawal by code (POST, plain form or JSON). */
export const surveyWithdrawEndpoint = '/forms/survey/withdraw'

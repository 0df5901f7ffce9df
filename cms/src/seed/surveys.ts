/**
 * The residents' survey, from the research aims on the initiative's own page (severity, trigger
 * events, online hate, reasons for under-reporting, satisfaction with services) and the research
 * team's "no longer than 15 minutes" (FACTS.md). English only: the research team's translations
 * replace the English when they come (nothing machine-translated). The consent text says only how
 * this site handles answers; the lawful basis is left for the client to write.
 */
import type { Survey } from '@hcri/shared/payload-types'

import { ensureBySlug, report, type SeedContext } from './context'

type Questions = NonNullable<Survey['questions']>

const opt = (value: string, label: string) => ({ value, label })

export const surveyQuestions: Questions = [
  {
    blockType: 'choice',
    key: 'experience',
    question: 'Have you suffered or witnessed hatred in Walsall because of who someone is?',
    multiple: false,
    options: [
      opt('suffered', 'Yes, it happened to me'),
      opt('witnessed', 'Yes, I saw it happen to someone else'),
      opt('both', 'Both'),
      opt('no', 'No'),
    ],
  },
  {
    blockType: 'strand',
    key: 'strand',
    question: 'What do you think the hatred was about?',
    multiple: true,
  },
  { blockType: 'locality', key: 'locality', question: 'Where did it happen?', multiple: true },
  { blockType: 'period', key: 'when', question: 'When did it last happen?' },
  {
    blockType: 'scale',
    key: 'severity',
    question: 'How serious was it for you?',
    points: 5,
    lowLabel: 'Not serious',
    highLabel: 'Very serious',
  },
  {
    blockType: 'choice',
    key: 'online',
    question: 'Did any of it happen online (for example on social media or in messages)?',
    multiple: false,
    options: [opt('yes', 'Yes'), opt('no', 'No'), opt('unsure', 'Not sure')],
  },
  {
    blockType: 'choice',
    key: 'trigger',
    question:
      'Did it happen soon after an event in the news (in Walsall, in the UK or elsewhere in the world)?',
    multiple: false,
    options: [opt('yes', 'Yes'), opt('no', 'No'), opt('unsure', 'Not sure')],
  },
  {
    blockType: 'choice',
    key: 'reported',
    question: 'Did you report it? Choose everyone you told.',
    multiple: true,
    options: [
      opt('police', 'The police'),
      opt('true-vision', 'True Vision (online)'),
      opt('third-party', 'A third-party reporting centre or Stop Hate UK'),
      opt('council', 'Walsall Council'),
      opt('none', 'I did not report it'),
    ],
  },
  {
    blockType: 'choice',
    key: 'why-not',
    question: 'If you did not report it, why not?',
    multiple: true,
    options: [
      opt('nothing-done', 'I did not think anything would be done'),
      opt('how', 'I did not know how or where to report it'),
      opt('afraid', 'I was afraid of what might happen'),
      opt('not-serious', 'I did not think it was serious enough'),
      opt('language', 'Language was a barrier'),
      opt('other', 'Another reason'),
    ],
  },
  {
    blockType: 'scale',
    key: 'satisfaction',
    question: 'If you used a service after it happened, how satisfied were you with it?',
    points: 5,
    lowLabel: 'Not at all satisfied',
    highLabel: 'Very satisfied',
  },
  {
    blockType: 'text',
    key: 'improve',
    question: 'What would make services better for victims of hate crime in Walsall?',
  },
]

export const surveySlug = 'hate-crime-in-walsall'

export async function seedSurveys(ctx: SeedContext) {
  const day = 86_400_000
  await ensureBySlug(ctx, 'surveys', surveySlug, () =>
    ctx.payload.create({
      collection: 'surveys',
      depth: 0,
      data: {
        title: 'Experiences of hate crime in Walsall',
        slug: surveySlug,
        intro:
          'Black Country Innovate CIC and De Montfort University Leicester would like to hear from Walsall residents about experiences of hate crime. Your answers help to improve services for victims of hate crime in Walsall. The survey should take no longer than 15 minutes.',
        consent:
          'Taking part is up to you. You can skip any question. Your answers are sealed so that only the research team can read them, and you can withdraw them later with the code you are given when you send them.',
        opensAt: new Date(ctx.now.getTime() - day).toISOString(),
        closesAt: new Date(ctx.now.getTime() + 180 * day).toISOString(),
        minutes: 15,
        retentionDays: 365,
        followUp: true,
        questions: surveyQuestions,
      },
    }),
  )
  report(ctx, 'surveys')
}

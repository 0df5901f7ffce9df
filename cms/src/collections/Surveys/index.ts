import type { CollectionConfig } from 'payload'

import { parseFindings } from '@hcri/shared/findings'
import { reservedSurveySlugs } from '@hcri/shared/routes'

import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/isEditor'
import { hasRole } from '../../access/roles'
import { slug } from '../../fields/slug'
import { questionBlocks } from './questions'

/**
 * Research surveys (issue 13): written and translated here, listed on the site's /research/ while
 * open, answered through forms/survey.ts (sealed on arrival). Findings are aggregate counts from the
 * research CLI, suppressed below five before they are stored and again when drawn.
 */
export const Surveys: CollectionConfig = {
  slug: 'surveys',
  labels: { singular: 'Survey', plural: 'Surveys' },
  admin: {
    group: 'Research',
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'findingsPublished'],
    description:
      'Research surveys. Open between their dates; answers are sealed for the research team and deleted a set time after closing.',
  },
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        // Findings are suppressed when saved, whatever was pasted: small counts never reach the database.
        if (data?.findings) {
          const parsed = parseFindings(data.findings)
          if (parsed.ok) data.findings = parsed.findings
        }
        return data
      },
    ],
    afterDelete: [
      async ({ doc, req }) => {
        for (const collection of ['survey-responses', 'survey-contacts'] as const)
          await req.payload.delete({
            collection,
            where: { survey: { equals: doc.id } },
            overrideAccess: true,
            req,
          })
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slug({ reserved: reservedSurveySlugs }),
    {
      name: 'intro',
      type: 'textarea',
      required: true,
      localized: true,
      admin: {
        description:
          'What the survey is about and who it is for. The page adds, by itself, that the survey is not a way to report and shows the reporting routes and emergency numbers.',
      },
    },
    {
      name: 'consent',
      type: 'textarea',
      required: true,
      localized: true,
      admin: {
        description:
          'What people agree to by taking part. Shown above the "I agree" box, which must be ticked.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', required: true, label: 'Opens' },
        { name: 'closesAt', type: 'date', required: true, label: 'Closes' },
        {
          name: 'minutes',
          type: 'number',
          required: true,
          min: 1,
          max: 120,
          label: 'Minutes to complete (about)',
        },
        {
          name: 'retentionDays',
          type: 'number',
          required: true,
          min: 0,
          max: 3650,
          defaultValue: 365,
          label: 'Delete responses this many days after closing',
        },
      ],
    },
    {
      name: 'followUp',
      type: 'checkbox',
      defaultValue: false,
      label: 'Offer "you may contact me for a follow-up interview"',
      admin: {
        description:
          'The contact details people give are sealed and stored apart from their answers, with nothing to join the two.',
      },
    },
    {
      name: 'questions',
      type: 'blocks',
      required: true,
      minRows: 1,
      maxRows: 60,
      blocks: questionBlocks,
      validate: (value: unknown) => {
        const keys = Array.isArray(value) ? value.map((q: { key?: string }) => q.key) : []
        const twice = keys.find((k, i) => k && keys.indexOf(k) !== i)
        return twice ? `Two questions have the key "${twice}": each needs its own.` : true
      },
    },
    {
      name: 'lawfulBasis',
      type: 'textarea',
      localized: true,
      label: 'Lawful basis (TO BE WRITTEN BY THE CLIENT)',
      admin: {
        description:
          'The lawful basis for processing, in the client’s own words (their data protection officer). Left empty, the data note says it has not been published yet. Never fill this in with a guess.',
      },
    },
    {
      type: 'collapsible',
      label: 'Findings',
      fields: [
        {
          name: 'findings',
          type: 'json',
          admin: {
            description:
              'Paste the findings JSON the research CLI writes (pnpm research:export … --findings). Counts under 5 are hidden when saved.',
          },
          validate: (value: unknown) => {
            if (value === null || value === undefined || value === '') return true
            const parsed = parseFindings(value)
            return parsed.ok ? true : parsed.error
          },
          access: {
            // Unpublished findings stay with staff.
            read: ({ req, doc }) =>
              Boolean(doc?.findingsPublished) ||
              hasRole(req.user, 'admin', 'editor', 'contributor', 'researcher'),
          },
        },
        {
          name: 'findingsPublished',
          type: 'checkbox',
          defaultValue: false,
          label: 'Publish these findings on the site',
        },
      ],
    },
  ],
}

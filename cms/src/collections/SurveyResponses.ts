import type { CollectionConfig, Field } from 'payload'

import { isResearcher, isResearcherField } from '../access/isResearcher'
import { hasRole } from '../access/roles'

/**
 * Fields of a sealed survey record: which survey (for counts, export and deletion), the sealed
 * box, and the keyed hash of its withdrawal code. No timestamps: no exact time is kept.
 */
const sealedRecord = (what: string): Field[] => [
  {
    name: 'survey',
    type: 'relationship',
    relationTo: 'surveys',
    required: true,
    index: true,
    access: { update: () => false },
  },
  {
    name: 'sealed',
    type: 'textarea',
    required: true,
    access: { read: isResearcherField, update: () => false },
    admin: {
      readOnly: true,
      description: `${what}, sealed with the research team's public key. Only their private key, kept off this server, opens it (pnpm research:export).`,
    },
  },
  {
    name: 'withdrawal',
    type: 'text',
    index: true,
    // Only the withdrawal endpoint looks it up (with overrideAccess).
    access: { read: () => false, update: () => false },
    admin: { hidden: true },
  },
]

const sealedAccess: CollectionConfig['access'] = {
  // Researchers count and export; nobody reads plaintext anywhere on the server.
  read: isResearcher,
  // Only the survey endpoint creates (overrideAccess); withdrawal and retention delete.
  create: () => false,
  update: () => false,
  delete: () => false,
  readVersions: () => false,
}

/** A survey response: the answers, sealed on arrival (forms/survey.ts). */
export const SurveyResponses: CollectionConfig = {
  slug: 'survey-responses',
  labels: { singular: 'Survey response', plural: 'Survey responses' },
  timestamps: false,
  disableDuplicate: true,
  admin: {
    group: 'Research',
    defaultColumns: ['id', 'survey'],
    description:
      'Sealed answers: researchers see how many and export them; nobody can read them here. Deleted a set time after the survey closes, or when the person withdraws.',
    hidden: ({ user }) => !hasRole(user as never, 'researcher'),
    enableRichTextRelationship: false,
  },
  access: sealedAccess,
  fields: sealedRecord('The answers'),
}

/**
 * Follow-up interview contact details, sealed on their own and stored apart from the answers: no
 * response id, no time, and a differently keyed withdrawal hash, so nothing joins a contact to
 * its answers (research/withdrawal.ts).
 */
export const SurveyContacts: CollectionConfig = {
  slug: 'survey-contacts',
  labels: { singular: 'Follow-up contact', plural: 'Follow-up contacts' },
  timestamps: false,
  disableDuplicate: true,
  admin: {
    group: 'Research',
    defaultColumns: ['id', 'survey'],
    description:
      'People who agreed to be contacted about a follow-up interview: sealed, and not linked to any answers.',
    hidden: ({ user }) => !hasRole(user as never, 'researcher'),
    enableRichTextRelationship: false,
  },
  access: sealedAccess,
  fields: sealedRecord('The contact details'),
}

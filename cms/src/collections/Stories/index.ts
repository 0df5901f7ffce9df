import type { CollectionConfig } from 'payload'

import { localities } from '@hcri/shared'

import { isStaffField } from '../../access/isStaff'
import { hiddenWhenAnonymous } from '../../access/hiddenWhenAnonymous'
import { richTextEditor } from '../../fields/richText'
import { slug } from '../../fields/slug'
import { publicCollection } from '../../lib/publicCollection'
import { requireConsent } from './requireConsent'

/** Ambassador stories: people's own experiences, published only with their recorded consent. */
export const Stories: CollectionConfig = publicCollection({
  slug: 'stories',
  labels: { singular: 'Story', plural: 'Stories' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'displayName', 'locality', '_status', 'updatedAt'],
    description:
      'Ambassador stories. A story cannot be published until the storyteller’s consent is recorded.',
  },
  defaultPopulate: {
    title: true,
    slug: true,
    pullQuote: true,
    anonymous: true,
    displayName: true,
    portrait: true,
  },
  hooks: { beforeChange: [requireConsent] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slug(),
    {
      name: 'anonymous',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'Tick to hide the storyteller’s name and portrait everywhere on the site.',
      },
    },
    {
      name: 'displayName',
      type: 'text',
      access: { read: hiddenWhenAnonymous },
      validate: (value: unknown, { data }: { data?: unknown }) =>
        !(data as { anonymous?: boolean })?.anonymous &&
        (typeof value !== 'string' || value.trim() === '')
          ? 'Please give the name the storyteller wants shown, or tick "anonymous".'
          : true,
      admin: {
        condition: (data) => !data?.anonymous,
        description: 'The name the storyteller chose to show, e.g. a first name.',
      },
    },
    {
      name: 'portrait',
      type: 'upload',
      relationTo: 'media',
      access: { read: hiddenWhenAnonymous },
      admin: {
        condition: (data) => !data?.anonymous,
        description: 'Only with the storyteller’s permission.',
      },
    },
    {
      name: 'locality',
      type: 'select',
      options: localities.filter((l) => l.value !== 'online').map((l) => ({ ...l })),
    },
    {
      name: 'pullQuote',
      type: 'textarea',
      localized: true,
      maxLength: 240,
      admin: { description: 'A short quote in the storyteller’s words, shown on cards.' },
    },
    { name: 'body', type: 'richText', required: true, localized: true, editor: richTextEditor },
    { name: 'relatedFilm', type: 'relationship', relationTo: 'films' },
    {
      name: 'contentWarning',
      type: 'text',
      localized: true,
      admin: { description: 'Shown before the story, e.g. "Describes a racist attack."' },
    },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'Staff only: never shown on the site.' },
      access: { read: isStaffField },
      fields: [
        {
          name: 'given',
          type: 'checkbox',
          defaultValue: false,
          label: 'The storyteller has given consent to publish this story',
        },
        {
          name: 'date',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
            description: 'When consent was given.',
          },
        },
        {
          name: 'notes',
          type: 'textarea',
          admin: {
            description:
              'How and what they agreed to (e.g. signed form, name only, no photo). Staff only.',
          },
        },
      ],
    },
  ],
})

import type { CollectionConfig } from 'payload'

import { categories, strands } from '@hcri/shared'

import { lastReviewed } from '../fields/lastReviewed'
import { richTextEditor } from '../fields/richText'
import { slug } from '../fields/slug'
import { sources } from '../fields/sources'
import { publicCollection } from '../lib/publicCollection'

/** Guides for visitors: what hate crime is, how to report, where to get support. */
export const Resources: CollectionConfig = publicCollection({
  slug: 'resources',
  labels: { singular: 'Resource', plural: 'Resources' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', '_status', 'lastReviewed', 'updatedAt'],
    description: 'Guides for visitors, e.g. "What is a hate crime?" or "How to report".',
  },
  defaultPopulate: { title: true, slug: true, summary: true, category: true },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'A short, plain title, e.g. "How to report a hate crime".' },
    },
    slug(),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: {
        description:
          'One or two sentences shown on cards and in search results (up to 300 characters).',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          options: categories.map((c) => ({ ...c })),
          admin: { width: '50%', description: 'Where this appears on the Resources page.' },
        },
        {
          name: 'strands',
          type: 'select',
          hasMany: true,
          options: strands.map((s) => ({ ...s })),
          admin: {
            width: '50%',
            description:
              'Which kinds of hate crime this is about. Leave empty if it is about all of them.',
          },
        },
      ],
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Optional picture for cards and sharing. Needs alt text.' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      editor: richTextEditor,
      admin: {
        description:
          'The guide itself. Use headings, short paragraphs, and the blocks (Callout, Contact card, Steps, Film, Download).',
      },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { description: 'Other resources to suggest at the end.' },
    },
    sources,
    {
      name: 'embeddable',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Let partners (council, police, schools) show this resource on their own websites.',
      },
    },
    lastReviewed,
  ],
})

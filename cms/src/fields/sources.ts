import type { ArrayField } from 'payload'

import { httpUrl } from '../lib/validate'

/** Where the facts on a page come from, so the next reviewer can check them. */
export const sources: ArrayField = {
  name: 'sources',
  type: 'array',
  labels: { singular: 'Source', plural: 'Sources' },
  admin: {
    description: 'Where the facts on this page come from (for example the Home Office definition).',
    initCollapsed: true,
  },
  fields: [
    { name: 'label', type: 'text', required: true, admin: { description: 'Name of the source.' } },
    {
      name: 'url',
      type: 'text',
      validate: httpUrl({ required: false }),
      admin: { description: 'Link to the source, starting https://' },
    },
  ],
}

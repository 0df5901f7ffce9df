import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { link } from '../fields/link'
import { httpUrl } from '../lib/validate'

/** Partners, useful links and the small print at the bottom of every page. */
export const Footer: GlobalConfig = {
  slug: 'footer',
  label: 'Footer',
  admin: { group: 'Admin', description: 'The bottom of every page: partners and useful links.' },
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'about',
      type: 'textarea',
      localized: true,
      admin: { description: 'A sentence about the initiative.' },
    },
    {
      name: 'partners',
      type: 'array',
      labels: { singular: 'Partner', plural: 'Partners' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'url', type: 'text', validate: httpUrl() },
      ],
    },
    {
      name: 'links',
      type: 'array',
      maxRows: 12,
      labels: { singular: 'Link', plural: 'Links' },
      fields: [link({ name: 'link', required: true })],
    },
  ],
}

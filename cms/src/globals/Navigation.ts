import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { link } from '../fields/link'

/** The main menu in the header. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Navigation',
  admin: {
    group: 'Admin',
    description: 'The menu at the top of every page. Keep it short: five or six items.',
  },
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'items',
      type: 'array',
      maxRows: 8,
      labels: { singular: 'Menu item', plural: 'Menu items' },
      fields: [link({ name: 'link', required: true })],
    },
  ],
}

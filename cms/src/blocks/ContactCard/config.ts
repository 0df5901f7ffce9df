import type { Block } from 'payload'

import { email, httpUrl, phone } from '../../lib/validate'

/** How to reach an organisation: check every number against its source, visitors will call it. */
export const ContactCard: Block = {
  slug: 'contactCard',
  interfaceName: 'ContactCardBlock',
  labels: { singular: 'Contact card', plural: 'Contact cards' },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Organisation or service, e.g. "Stop Hate UK".' },
    },
    { name: 'description', type: 'textarea', admin: { description: 'What they can help with.' } },
    {
      name: 'phone',
      type: 'text',
      validate: phone(),
      admin: { description: 'e.g. 0800 138 1625' },
    },
    {
      name: 'text',
      type: 'text',
      validate: phone(),
      admin: { description: 'Text message number, if any.' },
    },
    { name: 'email', type: 'text', validate: email() },
    {
      name: 'website',
      type: 'text',
      validate: httpUrl(),
      admin: { description: 'Starting https://' },
    },
    {
      name: 'hours',
      type: 'text',
      admin: { description: 'When they answer, e.g. "24 hours, every day".' },
    },
  ],
}

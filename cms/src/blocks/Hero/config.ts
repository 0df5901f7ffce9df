import type { Block } from 'payload'

import { link } from '../../fields/link'

/** The top of a page: a heading, a sentence and one clear action. */
export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Hero', plural: 'Heroes' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'text', type: 'textarea', localized: true },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Optional. Images need alt text.' },
    },
    link({ name: 'action', required: false }),
  ],
}

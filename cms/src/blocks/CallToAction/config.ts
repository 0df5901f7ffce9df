import type { Block } from 'payload'

import { link } from '../../fields/link'

/** One clear action ("Report it", "Get support"): one per section. */
export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'text', type: 'textarea', localized: true },
    link({ name: 'action', required: true }),
  ],
}

import type { Block } from 'payload'

/** A highlighted box in a page: general information, a warning, or the emergency numbers. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'variant',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { label: 'Information', value: 'info' },
        { label: 'Warning', value: 'warning' },
        {
          label: 'Emergency panel (999 / 101 / report online, from Site settings)',
          value: 'emergency',
        },
      ],
      admin: {
        description:
          'The emergency panel always shows the numbers from Site settings, so they stay correct everywhere.',
      },
    },
    { name: 'heading', type: 'text', admin: { description: 'Optional short heading.' } },
    {
      name: 'text',
      type: 'textarea',
      admin: { description: 'A sentence or two. Keep it short and plain.' },
    },
  ],
}

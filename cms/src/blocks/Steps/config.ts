import type { Block } from 'payload'

/** A numbered list of things to do, e.g. how to report. */
export const Steps: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Steps', plural: 'Steps' },
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Step', plural: 'Steps' },
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          admin: { description: 'Start with a verb, e.g. "Call 101".' },
        },
        { name: 'text', type: 'textarea' },
      ],
    },
  ],
}

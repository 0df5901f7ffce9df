import type { Block, Field } from 'payload'

/**
 * A survey's questions, one block per kind. Every question is optional unless staff tick
 * "answer required". `key` names the question in exports, CSV columns and findings.
 */
const common: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'key',
        type: 'text',
        required: true,
        admin: {
          width: '30%',
          description:
            'A short name for exports and findings: lower-case letters, numbers and hyphens, unique in this survey (e.g. "online-hate"). Do not change it once answers have come in.',
        },
        validate: (value: unknown) =>
          typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value)
            ? true
            : 'Use lower-case letters, numbers and hyphens, starting with a letter (up to 40).',
      },
      {
        name: 'answerRequired',
        type: 'checkbox',
        label: 'Answer required',
        defaultValue: false,
        admin: { width: '30%', description: 'Leave unticked: people may skip any question.' },
      },
    ],
  },
  { name: 'question', type: 'text', required: true, localized: true },
  {
    name: 'help',
    type: 'text',
    localized: true,
    admin: { description: 'Optional hint shown under the question.' },
  },
]

const multiple: Field = {
  name: 'multiple',
  type: 'checkbox',
  label: 'People may choose more than one',
  defaultValue: false,
}

export const questionBlocks: Block[] = [
  {
    slug: 'choice',
    labels: { singular: 'Choice question', plural: 'Choice questions' },
    fields: [
      ...common,
      multiple,
      {
        name: 'options',
        type: 'array',
        required: true,
        minRows: 2,
        maxRows: 20,
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'value',
                type: 'text',
                required: true,
                admin: { width: '30%', description: 'Short name in exports, e.g. "police".' },
                validate: (value: unknown) =>
                  typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(value)
                    ? true
                    : 'Use lower-case letters, numbers and hyphens (up to 40).',
              },
              { name: 'label', type: 'text', required: true, localized: true },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: 'scale',
    labels: { singular: 'Scale question', plural: 'Scale questions' },
    fields: [
      ...common,
      {
        name: 'points',
        type: 'number',
        required: true,
        defaultValue: 5,
        min: 3,
        max: 10,
        admin: { description: 'How many points, from 1 to this number.' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'lowLabel',
            type: 'text',
            required: true,
            localized: true,
            label: 'What 1 means',
          },
          {
            name: 'highLabel',
            type: 'text',
            required: true,
            localized: true,
            label: 'What the top point means',
          },
        ],
      },
    ],
  },
  {
    slug: 'text',
    labels: { singular: 'Free-text question', plural: 'Free-text questions' },
    fields: common,
  },
  {
    slug: 'locality',
    labels: { singular: 'Part of Walsall', plural: 'Part of Walsall questions' },
    fields: [...common, multiple],
  },
  {
    slug: 'strand',
    labels: { singular: 'What the hatred was about', plural: 'Strand questions' },
    fields: [...common, multiple],
  },
  {
    slug: 'period',
    labels: { singular: 'When did it happen', plural: 'When questions' },
    fields: common,
  },
]

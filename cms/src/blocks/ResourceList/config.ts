import type { Block } from 'payload'

import { categories, strands } from '@hcri/shared'

/** A list of resources: picked by hand, or the newest in a category or strand. */
export const ResourceList: Block = {
  slug: 'resourceList',
  interfaceName: 'ResourceListBlock',
  labels: { singular: 'Resource list', plural: 'Resource lists' },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    {
      name: 'resources',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: {
        description: 'Pick resources by hand, or leave empty to list by category and strand below.',
      },
    },
    { name: 'category', type: 'select', options: categories.map((c) => ({ ...c })) },
    { name: 'strand', type: 'select', options: strands.map((s) => ({ ...s })) },
    {
      name: 'limit',
      type: 'number',
      defaultValue: 6,
      min: 1,
      max: 24,
      admin: { description: 'How many to show (1–24).' },
    },
  ],
}

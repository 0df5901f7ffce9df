import type { Block } from 'payload'

/** Ambassador stories: picked by hand or the newest. */
export const StoryList: Block = {
  slug: 'storyList',
  interfaceName: 'StoryListBlock',
  labels: { singular: 'Story list', plural: 'Story lists' },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    {
      name: 'stories',
      type: 'relationship',
      relationTo: 'stories',
      hasMany: true,
      admin: { description: 'Leave empty to show the newest.' },
    },
    { name: 'limit', type: 'number', defaultValue: 3, min: 1, max: 12 },
  ],
}

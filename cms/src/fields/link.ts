import type { GroupField } from 'payload'

/**
 * A button or link: to a page on this site (by path) or another site. Paths and https only, so a
 * link can never run script.
 */
export const link = ({
  name = 'link',
  required = false,
}: { name?: string; required?: boolean } = {}): GroupField => ({
  name,
  type: 'group',
  admin: { description: 'The button people press. One clear action, e.g. "Report it".' },
  fields: [
    {
      name: 'label',
      type: 'text',
      required,
      localized: true,
      admin: { description: 'Button text, e.g. "Get support".' },
    },
    {
      name: 'url',
      type: 'text',
      required,
      validate: (value: unknown) => {
        if (value === undefined || value === null || value === '')
          return required ? 'Please enter where the button goes.' : true
        if (typeof value !== 'string') return 'Please enter where the button goes.'
        if (/^\/(?!\/)/.test(value) || /^(https?:|mailto:|tel:)/i.test(value)) return true
        return 'Use a page on this site starting with / (e.g. /report/) or a full address starting https://'
      },
      admin: {
        description: 'A page on this site, e.g. /report/, or a full address starting https://',
      },
    },
  ],
})

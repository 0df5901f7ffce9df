import { slugField, type TextField } from 'payload'

import { slugify, slugPattern } from '@hcri/shared'

/**
 * The stable address of a document (`/resources/<slug>/`). Generated from the title until staff
 * edit it; unique; lower-case words joined by hyphens.
 */
export const slug = ({ useAsSlug = 'title', reserved = [] }: { useAsSlug?: string; reserved?: string[] } = {}) =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined,
    overrides: (row) => {
      const text = row.fields.find((f) => 'name' in f && f.name === 'slug') as TextField | undefined
      if (text) {
        text.admin = {
          ...text.admin,
          description:
            'The web address of this page. Made from the title; you can change it. Use lower-case letters, numbers and hyphens only, e.g. "how-to-report". Changing it after publishing breaks links people have saved.',
        }
        text.validate = (value: unknown) => {
          if (typeof value !== 'string' || value === '') return 'Please give this a web address (slug).'
          if (!slugPattern.test(value))
            return 'The web address can only use lower-case letters a–z, numbers and single hyphens between words, e.g. "how-to-report".'
          if (reserved.includes(value))
            return `"${value}" is already used by a section of the site. Please choose another web address.`
          return true
        }
      }
      return row
    },
  })

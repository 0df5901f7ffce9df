import { slugField, type CollectionSlug, type PayloadRequest, type TextField } from 'payload'

import { slugify, slugPattern } from '@hcri/shared'

/**
 * The stable address of a document (`/resources/<slug>/`). Generated from the title until staff
 * edit it; unique; lower-case words joined by hyphens.
 */
export const slug = ({
  useAsSlug = 'title',
  reserved = [],
}: { useAsSlug?: string; reserved?: readonly string[] } = {}) =>
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
        type Options = { req: PayloadRequest; id?: number | string; collectionSlug?: string }
        text.validate = async (value: unknown, { req, id, collectionSlug }: Options) => {
          if (typeof value !== 'string' || value === '')
            return 'Please give this a web address (slug).'
          if (!slugPattern.test(value))
            return 'The web address can only use lower-case letters a–z, numbers and single hyphens between words, e.g. "how-to-report".'
          if (reserved.includes(value))
            return `"${value}" is already used by a section of the site. Please choose another web address.`
          // The database refuses a duplicate too, but only with "Value must be unique".
          if (collectionSlug) {
            const others = id === undefined ? [] : [{ id: { not_equals: id } }]
            const { totalDocs } = await req.payload.count({
              collection: collectionSlug as CollectionSlug,
              req,
              where: { and: [{ slug: { equals: value } }, ...others] },
            })
            if (totalDocs > 0)
              return `Another document already uses the web address "${value}". Please choose a different one, e.g. "${value}-2".`
          }
          return true
        }
      }
      return row
    },
  })

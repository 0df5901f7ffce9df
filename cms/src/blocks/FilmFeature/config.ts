import type { Block } from 'payload'

/** A large feature of one film with its summary. */
export const FilmFeature: Block = {
  slug: 'filmFeature',
  interfaceName: 'FilmFeatureBlock',
  labels: { singular: 'Film feature', plural: 'Film features' },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'film', type: 'relationship', relationTo: 'films', required: true },
  ],
}

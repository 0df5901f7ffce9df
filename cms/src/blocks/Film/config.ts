import type { Block } from 'payload'

/** Puts one of the campaign films in the text, with its poster, captions and transcript. */
export const Film: Block = {
  slug: 'film',
  interfaceName: 'FilmBlock',
  labels: { singular: 'Film', plural: 'Films' },
  fields: [
    {
      name: 'film',
      type: 'relationship',
      relationTo: 'films',
      required: true,
      admin: { description: 'Choose a published film.' },
    },
  ],
}

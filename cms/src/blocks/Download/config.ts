import type { Block } from 'payload'

/** A leaflet or document to download (PDF from the Media library). */
export const Download: Block = {
  slug: 'download',
  interfaceName: 'DownloadBlock',
  labels: { singular: 'Download', plural: 'Downloads' },
  fields: [
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      required: true,
      admin: { description: 'A PDF from the Media library.' },
    },
    {
      name: 'label',
      type: 'text',
      required: true,
      admin: { description: 'What it is, e.g. "Hate crime leaflet".' },
    },
    { name: 'description', type: 'textarea' },
  ],
}

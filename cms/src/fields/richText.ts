import { BlocksFeature, lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'

import { richTextBlocks } from '../blocks'

/**
 * The editor for visitor-facing text. Links are checked here and again when the site renders, so a
 * `javascript:` link never reaches a visitor.
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (f) => f.key !== 'link' && f.key !== 'upload' && f.key !== 'relationship',
    ),
    LinkFeature({
      enabledCollections: ['resources', 'pages', 'films', 'stories', 'events'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'url'
            ? {
                ...field,
                validate: (value: unknown, options: { siblingData?: { linkType?: string } }) => {
                  if (options?.siblingData?.linkType === 'internal') return true
                  if (typeof value !== 'string' || value.trim() === '')
                    return 'Please enter a link.'
                  const v = value.trim()
                  if (v.startsWith('/') || v.startsWith('#')) return true
                  if (/^(https?:|mailto:|tel:)/i.test(v)) return true
                  return 'Links must start with https://, mailto:, tel: or / (a page on this site).'
                },
              }
            : field,
        ) as typeof defaultFields,
    }),
    BlocksFeature({ blocks: richTextBlocks }),
  ],
})

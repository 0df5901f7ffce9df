import type { Block } from 'payload'

import { richTextEditor } from '../../fields/richText'

/** Free text with headings, lists, links and the content blocks. */
export const Content: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [
    { name: 'body', type: 'richText', localized: true, editor: richTextEditor, required: true },
  ],
}

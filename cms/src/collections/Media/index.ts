import type { CollectionConfig } from 'payload'

import { editorOrUnusedMedia } from '../../access/editorOrUnusedMedia'
import { isEditor } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { publicMediaOrStaff } from '../../access/publicMediaOrStaff'
import { mediaDir } from '../../lib/paths'
import { checkUpload, allowedMimeTypes } from './checkUpload'

const isImage = (data: unknown) =>
  typeof (data as { mimeType?: unknown })?.mimeType === 'string' &&
  (data as { mimeType: string }).mimeType.startsWith('image/')

/**
 * Images (resized by sharp), PDF leaflets, WebVTT caption files and short videos. A file becomes
 * public when published content shows it; until then only staff can read it.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    group: 'Content',
    description:
      'Images, PDF leaflets, caption files (.vtt) and videos. The public can see a file once a published page shows it. Contributors can change only files that no published page shows.',
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
  },
  access: {
    read: publicMediaOrStaff,
    create: isStaff,
    update: editorOrUnusedMedia,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [checkUpload],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: allowedMimeTypes,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    // Files never change under the same name, so CDNs and the site build may keep them for a year.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=31536000, immutable')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
    imageSizes: [
      {
        name: 'thumbnail',
        width: 400,
        height: 300,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'card',
        width: 800,
        height: 450,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'hero',
        width: 1600,
        height: 900,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'og',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: (value: unknown, { data }: { data?: unknown }) => {
        if (!isImage(data)) return true
        if (typeof value !== 'string' || value.trim().length < 3)
          return 'Please describe the image for people who cannot see it (alt text), e.g. "Two ambassadors talking at a community event".'
        return true
      },
      admin: {
        description:
          'Required for images: describe what the image shows for people using screen readers. Leave empty only for PDFs, captions and videos.',
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      admin: { description: 'Optional caption shown under the image.' },
    },
    {
      name: 'credit',
      type: 'text',
      admin: { description: 'Who took or made it, e.g. "Method in Motion".' },
    },
  ],
}

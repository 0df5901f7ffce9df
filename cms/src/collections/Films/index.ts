import type { CollectionConfig } from 'payload'

import { filmProviders, locales } from '@hcri/shared'
import { parseVideo, type VideoProvider } from '@hcri/shared/video'

import { richTextEditor } from '../../fields/richText'
import { slug } from '../../fields/slug'
import { publicCollection } from '../../lib/publicCollection'
import { requireAccessibility } from './requireAccessibility'
import { videoIdFromUrl } from './setVideoId'

const isExternal = (data: unknown) => {
  const p = (data as { provider?: string })?.provider
  return p === 'youtube' || p === 'vimeo'
}

/** The awareness campaign's films. Uploaded files are preferred: nothing loads from a platform. */
export const Films: CollectionConfig = publicCollection({
  slug: 'films',
  labels: { singular: 'Film', plural: 'Films' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'provider', '_status', 'updatedAt'],
    description:
      'Campaign films. Every film needs captions and a transcript, and should have an audio-described version (WCAG 2.2 AA).',
  },
  defaultPopulate: { title: true, slug: true, summary: true, poster: true, duration: true },
  hooks: { beforeChange: [requireAccessibility] },
  fields: [
    {
      name: 'accessibilityChecklist',
      type: 'ui',
      admin: {
        components: { Field: '/components/FilmAccessibility/FilmAccessibility#FilmAccessibility' },
      },
    },
    { name: 'title', type: 'text', required: true, localized: true },
    slug(),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'What the film is about, in one or two sentences.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'producer',
          type: 'text',
          defaultValue: 'Method in Motion',
          admin: { width: '50%' },
        },
        {
          name: 'releaseDate',
          type: 'date',
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
          },
        },
      ],
    },
    {
      name: 'provider',
      type: 'select',
      required: true,
      defaultValue: 'upload',
      options: filmProviders.map((p) => ({ ...p })),
      admin: {
        description:
          'Upload the film file if you can: then visitors never connect to YouTube or Vimeo.',
      },
    },
    {
      name: 'video',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
      validate: (value: unknown, { data }: { data?: unknown }) =>
        (data as { provider?: string })?.provider === 'upload' && !value
          ? 'Please upload the film (MP4 or WebM), or choose YouTube or Vimeo above.'
          : true,
      admin: {
        condition: (data) => data?.provider === 'upload',
        description: 'The film file (MP4 or WebM).',
      },
    },
    {
      name: 'externalUrl',
      type: 'text',
      label: 'YouTube or Vimeo link',
      validate: (value: unknown, { data }: { data?: unknown }) => {
        if (!isExternal(data)) return true
        if (typeof value !== 'string' || value.trim() === '')
          return 'Please paste the link to the film on YouTube or Vimeo.'
        const result = parseVideo((data as { provider: VideoProvider }).provider, value)
        return result.ok ? true : result.error
      },
      admin: {
        condition: (data) => isExternal(data),
        description: 'Paste the address of the film, or its id.',
      },
    },
    {
      name: 'videoId',
      type: 'text',
      virtual: true,
      hooks: { afterRead: [videoIdFromUrl] },
      admin: {
        readOnly: true,
        condition: (data) => isExternal(data),
        description: 'Worked out from the link above.',
      },
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      required: true,
      admin: {
        description:
          'A still from the film, stored here so visitors see it without contacting YouTube or Vimeo.',
      },
    },
    {
      name: 'captions',
      type: 'array',
      labels: { singular: 'Caption track', plural: 'Caption tracks' },
      admin: {
        description:
          'One WebVTT (.vtt) file per language. English captions are required for uploaded films.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'language',
              type: 'select',
              required: true,
              options: locales.map((l) => ({ label: l.label, value: l.code })),
              admin: { width: '33%' },
            },
            {
              name: 'label',
              type: 'text',
              admin: {
                width: '33%',
                description:
                  'What the player shows, e.g. "English". Defaults to the language name.',
              },
            },
            {
              name: 'file',
              type: 'upload',
              relationTo: 'media',
              required: true,
              filterOptions: { mimeType: { equals: 'text/vtt' } },
              admin: { width: '34%' },
            },
          ],
        },
      ],
      validate: (value: unknown) => {
        const rows = (Array.isArray(value) ? value : []) as { language?: string }[]
        const seen = new Set<string>()
        for (const row of rows) {
          if (row.language && seen.has(row.language))
            return 'Each language can have only one caption track.'
          if (row.language) seen.add(row.language)
        }
        return true
      },
    },
    {
      name: 'audioDescribed',
      type: 'group',
      label: 'Audio-described version',
      admin: {
        description:
          'A version with a voice describing what happens on screen, for blind and partially sighted viewers.',
      },
      fields: [
        {
          name: 'video',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
          admin: { description: 'Upload the audio-described film…' },
        },
        {
          name: 'externalUrl',
          type: 'text',
          validate: (value: unknown, { data }: { data?: unknown }) => {
            if (typeof value !== 'string' || value.trim() === '') return true
            const provider = (data as { provider?: string })?.provider
            if (provider !== 'youtube' && provider !== 'vimeo')
              return 'For an uploaded film, upload the audio-described version too.'
            const result = parseVideo(provider, value)
            return result.ok ? true : result.error
          },
          admin: { description: '…or paste its YouTube/Vimeo link (same platform as the film).' },
        },
      ],
    },
    {
      name: 'transcript',
      type: 'richText',
      localized: true,
      editor: richTextEditor,
      admin: {
        description:
          'Everything said and shown in the film, as text. Helps everyone, including people who cannot play video.',
      },
    },
    {
      name: 'duration',
      type: 'number',
      min: 1,
      max: 60 * 60 * 3,
      admin: { description: 'Length in seconds, e.g. 95 for 1 minute 35.' },
    },
    {
      name: 'contentWarning',
      type: 'text',
      localized: true,
      admin: {
        description: 'Shown before the film plays, e.g. "Includes descriptions of verbal abuse."',
      },
    },
    { name: 'relatedStories', type: 'relationship', relationTo: 'stories', hasMany: true },
  ],
})

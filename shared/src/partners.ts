/**
 * What partners get from us: the oEmbed response and the syndication feed of embeddable resources.
 * The JSON Schemas here are the documented contract (/partners/embed/ links to them) and what the
 * tests check every generated file against.
 */
import { Ajv } from 'ajv'

import type { Locale } from './locales'
import { sanitizeContentHtml } from './sanitize'

/** Attribution partners must show; also inside every feed item. */
export const attribution =
  'From the Walsall Hate Crime Reduction Initiative (Black Country Innovate CIC with De Montfort University, West Midlands Police, Walsall Council and community partners).'

/**
 * The terms partners republish under. Our wording, to be confirmed by Black Country Innovate CIC
 * before launch; kept in one place so the feed, the oEmbed response and the partners page agree.
 */
export const licence = {
  name: 'Free to republish unchanged, with attribution',
  terms:
    'You may show this content on your own website free of charge, as long as you do not change it, you show the attribution, you link to the page on our site, and you keep the quick exit button of embedded pages. Do not add tracking to embedded pages.',
} as const

/** The iframe's starting height before embed.js learns the real one (px). */
export const defaultEmbedHeight = 900
/** Width the oEmbed response advertises (px); the iframe itself is fluid (100%). */
export const defaultEmbedWidth = 640
/** How long a consumer may cache the oEmbed response: an hour, so edits reach partners soon. */
export const oembedCacheAge = 3600

/**
 * A feed item's `bodyHtml` from its rendered parts (rich text runs, blocks as plain HTML): links to
 * our own paths made absolute so they work on a partner's page, then the same allow-list
 * sanitiser the site's pages use.
 */
export function feedBodyHtml(parts: readonly string[], origin: string): string {
  const absolute = parts.join('').replace(/href="\/(?!\/)/g, `href="${origin}/`)
  return sanitizeContentHtml(absolute)
}

/** oEmbed 1.0 "rich" response (https://oembed.com/#section2.3). */
export type OEmbed = {
  type: 'rich'
  version: '1.0'
  title: string
  provider_name: string
  provider_url: string
  author_name: string
  author_url: string
  html: string
  width: number
  height: number
  cache_age: number
}

export type ContentLanguageVersion = {
  locale: Locale
  /** `lang` of the text: an untranslated resource has only its English version. */
  title: string
  summary: string
  /** The same sanitised rich text the site renders, content blocks included as plain HTML. */
  bodyHtml: string
  url: string
  embedUrl: string
}

export type ContentItem = {
  slug: string
  canonicalUrl: string
  category: { value: string; label: string }
  strands: { value: string; label: string }[]
  lastReviewed: string
  updatedAt: string
  languages: ContentLanguageVersion[]
  oembedUrl: string
  licence: { name: string; terms: string }
  attribution: string
}

export type ContentIndex = {
  generatedAt: string
  licence: { name: string; terms: string }
  attribution: string
  resources: (Pick<ContentItem, 'slug' | 'canonicalUrl' | 'lastReviewed' | 'updatedAt'> & {
    title: string
    summary: string
    locales: Locale[]
    url: string
  })[]
}

const url = { type: 'string', pattern: '^https?://' } as const
const text = { type: 'string', minLength: 1 } as const
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}' } as const
const licenceSchema = {
  type: 'object',
  required: ['name', 'terms'],
  additionalProperties: false,
  properties: { name: text, terms: text },
} as const

export const oembedSchema = {
  $id: 'https://hcri.example/schemas/oembed.json',
  type: 'object',
  required: [
    'type',
    'version',
    'title',
    'provider_name',
    'provider_url',
    'html',
    'width',
    'height',
    'cache_age',
  ],
  additionalProperties: false,
  properties: {
    type: { const: 'rich' },
    version: { const: '1.0' },
    title: text,
    provider_name: text,
    provider_url: url,
    author_name: text,
    author_url: url,
    html: { type: 'string', pattern: '^<iframe [^>]*src="https?://[^"]+/embed/resources/' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
    cache_age: { type: 'integer', minimum: 0 },
  },
} as const

export const contentItemSchema = {
  $id: 'https://hcri.example/schemas/content-item.json',
  type: 'object',
  required: [
    'slug',
    'canonicalUrl',
    'category',
    'strands',
    'lastReviewed',
    'updatedAt',
    'languages',
    'oembedUrl',
    'licence',
    'attribution',
  ],
  additionalProperties: false,
  properties: {
    slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    canonicalUrl: url,
    category: {
      type: 'object',
      required: ['value', 'label'],
      additionalProperties: false,
      properties: { value: text, label: text },
    },
    strands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value', 'label'],
        additionalProperties: false,
        properties: { value: text, label: text },
      },
    },
    lastReviewed: date,
    updatedAt: date,
    languages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['locale', 'title', 'summary', 'bodyHtml', 'url', 'embedUrl'],
        additionalProperties: false,
        properties: {
          locale: { enum: ['en', 'ur', 'pa', 'bn', 'pl'] },
          title: text,
          summary: text,
          bodyHtml: { type: 'string', not: { pattern: '<script|javascript:|\\son[a-z]+=' } },
          url,
          embedUrl: url,
        },
      },
    },
    oembedUrl: url,
    licence: licenceSchema,
    attribution: text,
  },
} as const

export const contentIndexSchema = {
  $id: 'https://hcri.example/schemas/content-index.json',
  type: 'object',
  required: ['generatedAt', 'licence', 'attribution', 'resources'],
  additionalProperties: false,
  properties: {
    generatedAt: date,
    licence: licenceSchema,
    attribution: text,
    resources: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'slug',
          'canonicalUrl',
          'lastReviewed',
          'updatedAt',
          'title',
          'summary',
          'locales',
          'url',
        ],
        additionalProperties: false,
        properties: {
          slug: text,
          canonicalUrl: url,
          lastReviewed: date,
          updatedAt: date,
          title: text,
          summary: text,
          locales: { type: 'array', items: { enum: ['en', 'ur', 'pa', 'bn', 'pl'] }, minItems: 1 },
          url,
        },
      },
    },
  },
} as const

const ajv = new Ajv({ allErrors: true })
const validators = {
  oembed: ajv.compile(oembedSchema),
  contentItem: ajv.compile(contentItemSchema),
  contentIndex: ajv.compile(contentIndexSchema),
}

/** Problems of a partners' file against its schema, as readable lines; [] when it is valid. */
export function partnerFileProblems(kind: keyof typeof validators, data: unknown): string[] {
  const validate = validators[kind]
  if (validate(data)) return []
  return (validate.errors ?? []).map((e) =>
    `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim(),
  )
}

import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { expect } from 'vitest'

import { publicCollections, type PublicCollection } from '@hcri/shared/enums'
import { doc, download } from '@hcri/shared/lexical'

import { richText } from './payload'

/** The visitor-facing collections: drafts, versions, published-only anonymous reads. */
export const contentCollections = publicCollections
export type ContentCollection = PublicCollection

export const globals = ['site-settings', 'navigation', 'footer'] as const

/** A file as the Local API takes it (`payload.create({ file })`). */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const file = (data: Buffer, name: string, mimetype: string): UploadFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** A unique file name, so test files running in parallel never write the same file on disk. */
export const uniqueName = (base: string, ext: string) =>
  `${base}-${randomUUID().slice(0, 8)}.${ext}`

/** A real PNG made by sharp. */
export async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 90 } } })
    .png()
    .toBuffer()
}

/** A minimal valid PDF (a leaflet). */
export const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n',
  )

/** Rich text holding one Download block: how a published page shows a PDF. */
export const downloadBody = (mediaId: number | string, label = 'Leaflet') =>
  doc(() => [download({ file: mediaId, label })])

export const webVtt =
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHate crime is any crime motivated by hostility.\n'

/** Uploads an image with alt text (bypassing access): what films, stories and pages point to. */
export async function uploadImage(payload: Payload, width = 640, height = 360) {
  return payload.create({
    collection: 'media',
    data: { alt: 'Two ambassadors talking at a community event' },
    file: file(await png(width, height), uniqueName('fixture', 'png'), 'image/png'),
  })
}

let counter = 0

/**
 * The smallest valid document of each content collection, ready to publish (stories with consent
 * recorded). Titles are unique so slugs never collide.
 */
export function validData(
  collection: ContentCollection,
  posterId: number | string,
): Record<string, unknown> {
  const n = ++counter
  const title = `Test ${collection} ${n} ${randomUUID().slice(0, 6)}`
  switch (collection) {
    case 'resources':
      return {
        title,
        summary: 'A short guide.',
        category: 'support',
        body: richText('How to get support.'),
      }
    case 'films':
      return {
        title,
        summary: 'A campaign film.',
        provider: 'youtube',
        externalUrl: 'https://youtu.be/dQw4w9WgXcQ',
        poster: posterId,
        transcript: richText('People talk about what happened to them.'),
      }
    case 'stories':
      return {
        title,
        displayName: 'Amira',
        body: richText('What happened to me.'),
        consent: {
          given: true,
          date: '2026-01-15T00:00:00.000Z',
          notes: 'Signed form, first name only.',
        },
      }
    case 'events':
      return {
        title,
        summary: 'Stand By Me Ambassador training.',
        type: 'ambassador-training',
        start: '2026-03-10T10:00:00.000Z',
        end: '2026-03-10T12:00:00.000Z',
        locality: 'north',
        postcode: 'WS1 1TP',
      }
    case 'places':
      return {
        name: title,
        kinds: ['reporting-centre'],
        locality: 'south',
        address: '1 High Street, Walsall',
        postcode: 'WS1 1TP',
      }
    case 'pages':
      return { title, layout: [{ blockType: 'hero', heading: 'About the initiative' }] }
  }
}

/** The field people read as the document's name: `name` for places, `title` otherwise. */
export const titleField = (collection: ContentCollection) =>
  collection === 'places' ? 'name' : 'title'

/** Runs an operation and reports how it ended: the value, or the error's status and message. */
export async function attempt<T>(
  fn: () => Promise<T>,
): Promise<
  | { ok: true; value: T }
  | { ok: false; status: number | undefined; message: string; error: unknown }
> {
  try {
    return { ok: true, value: await fn() }
  } catch (error) {
    const e = error as { status?: number; message?: string }
    return { ok: false, status: e.status, message: e.message ?? String(error), error }
  }
}

/** The per-field messages of a Payload ValidationError. */
export function fieldErrors(error: unknown): { path: string; message: string }[] {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  return data?.errors ?? []
}

/**
 * A message staff can act on: a sentence in plain English, not a code, a stack or a bare
 * "invalid". Used on every validation message the tests meet.
 */
export function expectPlainEnglish(message: string | undefined) {
  expect(message, 'a message').toBeTypeOf('string')
  const text = message!
  expect(text.length, `"${text}" is too short to explain anything`).toBeGreaterThan(15)
  expect(text, `"${text}" should start like a sentence`).toMatch(/^["“A-Z]/)
  // …or with an example to copy (an address), which a full stop would spoil.
  expect(text, `"${text}" should end like a sentence`).toMatch(
    /([.!?"”)]|https?:\/\/\S*|\S+@\S+\.\w+)$/,
  )
  expect(text, `"${text}" reads like code`).not.toMatch(
    /undefined|null|NaN|\[object|Error:|\bat \w+ \(|[{}]|\b(regex|mime|enum|ENOENT|SQLITE)\b/i,
  )
  expect(text, `"${text}" has a wrong article`).not.toMatch(/\ba (?!one|uni|use|eu)[aeiou]/i)
}

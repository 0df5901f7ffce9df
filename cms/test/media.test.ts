import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@hcri/shared/payload-types'

import { mediaDir } from '../src/lib/paths'
import {
  attempt,
  downloadBody,
  expectPlainEnglish,
  fieldErrors,
  file,
  pdf,
  png,
  uniqueName,
  webVtt,
  type UploadFile,
} from './fixtures'
import { bootPayload, makeUser } from './payload'

/**
 * Uploads through the Local API with a real file, as the admin sends them: real sharp, real disk
 * (MEDIA_DIR=.test-media, emptied by the global setup).
 */
let payload: Payload
let contributor: Awaited<ReturnType<typeof makeUser>>

const MB = 1024 * 1024

const upload = (f: UploadFile, data: Record<string, unknown> = {}) =>
  attempt(() =>
    payload.create({
      collection: 'media',
      data,
      file: f,
      user: contributor,
      overrideAccess: false,
    }),
  )

/** A refused upload: status, message in plain English, nothing stored, no file left on disk. */
async function expectRefusedUpload(f: UploadFile, status: number, message: RegExp) {
  const before = await payload.count({ collection: 'media' })
  const filesBefore = fs.readdirSync(mediaDir()).length
  const result = await upload(f, { alt: 'Some description of the file' })
  expect(result.ok, 'the upload should be refused').toBe(false)
  if (result.ok) return
  expect(result.status).toBe(status)
  expect(result.message).toMatch(message)
  expectPlainEnglish(result.message)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  expect(fs.readdirSync(mediaDir()).length).toBe(filesBefore)
}

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'

beforeAll(async () => {
  payload = await bootPayload()
  await makeUser(payload, 'admin')
  contributor = await makeUser(payload, 'contributor')
  fs.mkdirSync(mediaDir(), { recursive: true })
})
afterAll(async () => {
  // Deleting the documents deletes their files and sizes from disk.
  await payload?.delete({ collection: 'media', where: { id: { exists: true } } })
  await payload?.destroy()
})

describe('images', () => {
  let image: Media

  it('a PNG with alt text is stored, with thumbnail, card, hero and Open Graph sizes', async () => {
    const result = await upload(
      file(await png(2000, 1200), uniqueName('walsall-arboretum', 'png'), 'image/png'),
      {
        alt: 'Walsall Arboretum lake in spring',
        caption: 'The arboretum',
        credit: 'Method in Motion',
      },
    )
    if (!result.ok) expect.fail(result.message)
    image = result.value
    expect(image).toMatchObject({
      mimeType: 'image/png',
      width: 2000,
      height: 1200,
      alt: 'Walsall Arboretum lake in spring',
    })
    expect(image.sizes).toMatchObject({
      thumbnail: { width: 400, height: 300, mimeType: 'image/webp' },
      card: { width: 800, height: 450, mimeType: 'image/webp' },
      hero: { width: 1600, height: 900, mimeType: 'image/webp' },
      og: { width: 1200, height: 630, mimeType: 'image/jpeg' },
    })
  })

  it('the original and every size are on disk with the dimensions they claim', async () => {
    const original = path.join(mediaDir(), image.filename!)
    expect((await sharp(original).metadata()).width).toBe(2000)
    for (const [name, size] of Object.entries(image.sizes!)) {
      const meta = await sharp(path.join(mediaDir(), size!.filename!)).metadata()
      expect({ name, width: meta.width, height: meta.height, format: meta.format }).toEqual({
        name,
        width: size!.width,
        height: size!.height,
        format: name === 'og' ? 'jpeg' : 'webp',
      })
    }
  })

  it('deleting the image deletes its files', async () => {
    const result = await upload(
      file(await png(900, 500), uniqueName('delete-me', 'png'), 'image/png'),
      { alt: 'A picture to delete' },
    )
    if (!result.ok) expect.fail(result.message)
    const files = [
      result.value.filename!,
      ...Object.values(result.value.sizes ?? {})
        .map((s) => s?.filename)
        .filter(Boolean),
    ] as string[]
    expect(files.length).toBeGreaterThan(1)
    for (const f of files) expect(fs.existsSync(path.join(mediaDir(), f))).toBe(true)
    await payload.delete({ collection: 'media', id: result.value.id })
    for (const f of files) expect(fs.existsSync(path.join(mediaDir(), f))).toBe(false)
  })

  it.each([
    ['no alt text', {}],
    ['empty alt text', { alt: '' }],
    ['two letters of alt text', { alt: 'ab' }],
  ])('an image with %s is refused', async (_, data) => {
    const result = await upload(
      file(await png(40, 30), uniqueName('no-alt', 'png'), 'image/png'),
      data,
    )
    expect(result.ok).toBe(false)
    const error = fieldErrors(!result.ok && result.error).find((e) => e.path === 'alt')
    expect(error?.message).toBe(
      'Please describe the image for people who cannot see it (alt text), e.g. "Two ambassadors talking at a community event".',
    )
    expectPlainEnglish(error?.message)
  })

  it('JPEG and WebP are accepted too', async () => {
    const jpeg = await sharp({
      create: { width: 60, height: 40, channels: 3, background: '#884422' },
    })
      .jpeg()
      .toBuffer()
    const webp = await sharp({
      create: { width: 60, height: 40, channels: 3, background: '#224488' },
    })
      .webp()
      .toBuffer()
    expect(
      (
        await upload(file(jpeg, uniqueName('photo', 'jpg'), 'image/jpeg'), {
          alt: 'A brown square',
        })
      ).ok,
    ).toBe(true)
    expect(
      (
        await upload(file(webp, uniqueName('photo', 'webp'), 'image/webp'), {
          alt: 'A blue square',
        })
      ).ok,
    ).toBe(true)
  })
})

describe('refused files', () => {
  it('an SVG is refused, naming SVG', async () => {
    await expectRefusedUpload(
      file(Buffer.from(svg), 'logo.svg', 'image/svg+xml'),
      400,
      /^"logo\.svg" is an SVG image\. SVG files are not accepted/,
    )
  })

  it('an SVG renamed .png is refused all the same', async () => {
    await expectRefusedUpload(
      file(Buffer.from(svg), 'logo.png', 'image/png'),
      400,
      /^"logo\.png" is an SVG image\./,
    )
  })

  it('an SVG with an XML prolog, renamed .jpg, is refused', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made with a drawing program -->\n${svg}`
    await expectRefusedUpload(
      file(Buffer.from(xml), 'photo.jpg', 'image/jpeg'),
      400,
      /is an SVG image/,
    )
  })

  it.each([
    [
      'a Windows program named as a PDF',
      Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512)]),
      'leaflet.pdf',
      'application/pdf',
    ],
    [
      'a Linux program named as a PNG',
      Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(512)]),
      'photo.png',
      'image/png',
    ],
    [
      'a shell script named as captions',
      Buffer.from('#!/bin/sh\nrm -rf /\n'),
      'captions.vtt',
      'text/vtt',
    ],
    [
      'a web page named as a PDF',
      Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      'leaflet.pdf',
      'application/pdf',
    ],
    ['a file named .exe', Buffer.from('just text'), 'setup.exe', 'application/octet-stream'],
  ])('%s is refused', async (_, data, name, mimetype) => {
    await expectRefusedUpload(
      file(data, name, mimetype),
      400,
      /is a program or web page, which cannot be uploaded\. You can upload images/,
    )
  })

  it('a type the site does not accept is refused, saying what is accepted', async () => {
    await expectRefusedUpload(
      file(Buffer.from('PK\x03\x04 a zip file', 'latin1'), 'archive.zip', 'application/zip'),
      400,
      /^"archive\.zip" is not a type of file the site accepts\. You can upload images \(JPEG, PNG, WebP, AVIF\), PDF documents/,
    )
  })

  it('a file whose contents are not what its name says is refused', async () => {
    await expectRefusedUpload(
      file(await png(20, 20), 'leaflet.pdf', 'application/pdf'),
      400,
      /^"leaflet\.pdf" is named as a PDF but its contents are an image\. Please check you chose the right file\.$/,
    )
    await expectRefusedUpload(
      file(pdf(), 'photo.jpg', 'image/jpeg'),
      400,
      /is named as an image but its contents are a PDF\./,
    )
  })

  it('an image over 15 MB is refused with its size in the message', async () => {
    // A PNG signature followed by 16 MB of zeros: sniffed as a PNG, measured by its bytes.
    const big = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(16 * MB)])
    await expectRefusedUpload(
      file(big, 'huge-photo.png', 'image/png'),
      413,
      /^"huge-photo\.png" is 16\.0 MB\. The largest image you can upload is 15 MB\. Please make it smaller and try again\.$/,
    )
  })

  it('a caption file over 1 MB is refused', async () => {
    const cue = '00:00:01.000 --> 00:00:02.000\nHello\n\n'
    const big = Buffer.from(`WEBVTT\n\n${cue.repeat(Math.ceil((1.1 * MB) / cue.length))}`)
    await expectRefusedUpload(
      file(big, 'long.vtt', 'text/vtt'),
      413,
      /The largest caption file you can upload is 1 MB/,
    )
  })
})

describe('caption files (WebVTT)', () => {
  it.each([
    ['a simple file', webVtt],
    ['a byte-order mark and Windows line ends', `\uFEFF${webVtt.replace(/\n/g, '\r\n')}`],
    [
      'hours, cue ids and settings',
      'WEBVTT - English\n\nintro\n01:00:01.000 --> 01:00:04.500 line:90%\nHello\n',
    ],
  ])('%s is accepted, as text/vtt, without alt text', async (_, text) => {
    // Browsers send .vtt files with all sorts of types; the contents decide.
    const result = await upload(
      file(Buffer.from(text), uniqueName('captions', 'vtt'), 'application/octet-stream'),
    )
    if (!result.ok) expect.fail(`${result.message} ${JSON.stringify(fieldErrors(result.error))}`)
    expect(result.value.mimeType).toBe('text/vtt')
  })

  it.each([
    [
      'no WEBVTT first line',
      'Hello\n\n00:00:01.000 --> 00:00:04.000\nHi\n',
      'This is not a WebVTT caption file: the first line must be "WEBVTT".',
    ],
    [
      'a caption that ends before it starts',
      'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nHi\n',
      'Line 3: a caption must end after it starts.',
    ],
    [
      'a broken timing',
      'WEBVTT\n\n00:00:01 --> 00:00:04\nHi\n',
      'Line 3 has a cue timing that is not valid WebVTT: "00:00:01 --> 00:00:04". Timings look like 00:00:01.000 --> 00:00:04.000.',
    ],
    [
      'no captions at all',
      'WEBVTT\n\n',
      'This caption file has no captions (no cue timings like 00:00:01.000 --> 00:00:04.000).',
    ],
    [
      'a script',
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<script>alert(1)</script>\n',
      'Caption files cannot contain scripts or script links.',
    ],
  ])('a file with %s is refused, naming the problem', async (_, text, problem) => {
    await expectRefusedUpload(
      file(Buffer.from(text), 'captions.vtt', 'text/vtt'),
      400,
      new RegExp(`^"captions\\.vtt": ${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    )
  })
})

describe('documents and videos', () => {
  it('a PDF leaflet is accepted without alt text', async () => {
    const result = await upload(file(pdf(), uniqueName('leaflet', 'pdf'), 'application/pdf'))
    if (!result.ok) expect.fail(`${result.message} ${JSON.stringify(fieldErrors(result.error))}`)
    expect(result.value.mimeType).toBe('application/pdf')
    expect(fs.existsSync(path.join(mediaDir(), result.value.filename!))).toBe(true)
  })

  it('a WebM video is accepted without alt text', async () => {
    const webm = Buffer.concat([
      Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84]),
      Buffer.from('webm'),
      Buffer.alloc(256),
    ])
    const result = await upload(file(webm, uniqueName('film', 'webm'), 'video/webm'))
    if (!result.ok) expect.fail(result.message)
    expect(result.value.mimeType).toBe('video/webm')
  })

  it('a file a published page shows is public, with long-lived cache headers', async () => {
    const { docs } = await payload.find({
      collection: 'media',
      limit: 1,
      where: { mimeType: { equals: 'application/pdf' } },
    })
    expect(docs).toHaveLength(1)
    await payload.create({
      collection: 'resources',
      data: {
        title: 'Our leaflet',
        summary: 'The leaflet to download.',
        category: 'support',
        body: downloadBody(docs[0]!.id),
        _status: 'published',
      },
    } as never)
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../src/payload.config')
    const slug = ['media', 'file', docs[0]!.filename!]
    const res = await REST_GET(config)(new Request(`http://localhost:3000/api/${slug.join('/')}`), {
      params: Promise.resolve({ slug }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })
})

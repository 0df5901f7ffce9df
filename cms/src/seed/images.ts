/**
 * Seed pictures: calm shapes and the title, drawn as SVG in code and turned into PNG by sharp
 * (the Media collection refuses SVG uploads). Each is uploaded once, found again by file name.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { mediaDir } from '../lib/paths'
import type { SeedContext } from './context'

export const WIDTH = 1600
export const HEIGHT = 900

export type Palette = { name: string; bg: string; a: string; b: string; ink: string }

/** Soft colours with dark ink: text contrast is well above AA on every background. */
export const palettes = {
  teal: { name: 'pale teal', bg: '#e3f0ee', a: '#a9d3cb', b: '#f3d9b1', ink: '#0d3b40' },
  sand: { name: 'warm sand', bg: '#f7eee2', a: '#efc9a0', b: '#b9d6cf', ink: '#3d2a14' },
  lilac: { name: 'soft lilac', bg: '#eeeaf5', a: '#cbbfe3', b: '#f2d4c8', ink: '#2c2347' },
  sky: { name: 'light blue', bg: '#e6eff8', a: '#b3cde8', b: '#f4e2a8', ink: '#13304f' },
  sage: { name: 'sage green', bg: '#eaf1e4', a: '#bfd7ab', b: '#e9cfe0', ink: '#24381a' },
} satisfies Record<string, Palette>

export type ImageSpec = {
  /** Stable key: the file is `hcri-seed-<key>.png`. */
  key: string
  title: string
  /** Small line above the title, e.g. "Resource" or "Stand By Me Ambassador training". */
  kicker?: string
  palette: Palette
  /** Alt text: what the picture shows, for people who cannot see it. */
  alt: string
  caption?: string
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

/** Greedy word wrap by character count: good enough for short titles in a sans-serif font. */
function wrap(value: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of value.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export function svgFor({ title, kicker, palette: c }: ImageSpec): string {
  const lines = wrap(title, 24).slice(0, 4)
  const size = lines.length > 3 ? 76 : 88
  const lineHeight = size * 1.18
  const top = HEIGHT / 2 - ((lines.length - 1) * lineHeight) / 2 + size / 3
  const font = `font-family="DejaVu Sans, Verdana, Arial, sans-serif"`
  const titleText = lines
    .map((l, i) => `<tspan x="120" y="${Math.round(top + i * lineHeight)}">${escapeXml(l)}</tspan>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="100%" height="100%" fill="${c.bg}"/>
  <circle cx="1380" cy="170" r="300" fill="${c.a}" opacity="0.75"/>
  <circle cx="1510" cy="760" r="220" fill="${c.b}" opacity="0.85"/>
  <path d="M0 760 C 320 680 620 860 960 780 S 1400 700 1600 820 L 1600 900 L 0 900 Z" fill="${c.a}" opacity="0.55"/>
  <rect x="120" y="${Math.round(top - size - 70)}" width="96" height="10" rx="5" fill="${c.ink}"/>
  ${kicker ? `<text x="120" y="${Math.round(top - size - 10)}" ${font} font-size="36" fill="${c.ink}">${escapeXml(kicker)}</text>` : ''}
  <text ${font} font-size="${size}" font-weight="bold" fill="${c.ink}">${titleText}</text>
  <text x="120" y="840" ${font} font-size="30" fill="${c.ink}">Walsall Hate Crime Reduction Initiative</text>
</svg>`
}

export const renderPng = (spec: ImageSpec) =>
  sharp(Buffer.from(svgFor(spec)))
    .png({ compressionLevel: 9 })
    .toBuffer()

const fileName = (key: string) => `hcri-seed-${key}.png`

/**
 * A file left on disk by an earlier database (e.g. after deleting cms/data/cms.db) would make
 * Payload rename the new upload `-1`, `-2`…; seed files are ours, so clear the stale copy and its
 * resized versions first. Local disk only: S3 storage keeps its own names.
 */
export function clearStaleFile(name: string) {
  if (process.env.S3_BUCKET) return
  const dir = mediaDir()
  if (!existsSync(dir)) return
  // Keys are [a-z0-9-], so the stem needs no escaping.
  const sized = new RegExp(`^${name.replace(/\.png$/, '')}-\\d+x\\d+\\.\\w+$`)
  for (const f of readdirSync(dir)) if (f === name || sized.test(f)) rmSync(path.join(dir, f))
}

/** Uploads the picture unless it is already in Media; returns its id either way. */
export async function ensureImage(ctx: SeedContext, spec: ImageSpec): Promise<number> {
  const cached = ctx.images.get(spec.key)
  if (cached) return cached
  const name = fileName(spec.key)
  const found = await ctx.payload.find({
    collection: 'media',
    where: { filename: { equals: name } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  let id = found.docs[0]?.id
  if (id) ctx.tally('media').existing++
  else {
    clearStaleFile(name)
    const data = await renderPng(spec)
    const doc = await ctx.payload.create({
      collection: 'media',
      data: {
        alt: spec.alt,
        caption: spec.caption,
        credit: 'Generated illustration (seed content)',
      },
      file: { data, mimetype: 'image/png', name, size: data.length },
      depth: 0,
    })
    id = doc.id
    ctx.tally('media').created++
  }
  ctx.images.set(spec.key, id)
  return id
}

/** Alt text in one consistent pattern: the shapes, the colour, and the words on the picture. */
export const altFor = (title: string, palette: Palette, kicker?: string) =>
  `Illustration with soft ${palette.name} shapes and the words “${title}”${kicker ? ` under the label “${kicker}”` : ''}.`

import type { CollectionBeforeOperationHook } from 'payload'

import { validateWebVtt } from '@hcri/shared/webvtt'
import { userError } from '../../lib/userError'

const MB = 1024 * 1024

/** Types staff may upload, with the largest size each may have. Anything else is refused. */
const limits: Record<string, { max: number; kind: string }> = {
  'image/jpeg': { max: 15 * MB, kind: 'image' },
  'image/png': { max: 15 * MB, kind: 'image' },
  'image/webp': { max: 15 * MB, kind: 'image' },
  'image/avif': { max: 15 * MB, kind: 'image' },
  'application/pdf': { max: 25 * MB, kind: 'PDF' },
  'text/vtt': { max: 1 * MB, kind: 'caption file' },
  'video/mp4': { max: 300 * MB, kind: 'video' },
  'video/webm': { max: 300 * MB, kind: 'video' },
}

export const allowedMimeTypes = Object.keys(limits)

const explainAllowed =
  'You can upload images (JPEG, PNG, WebP, AVIF), PDF documents, WebVTT caption files (.vtt) and videos (MP4, WebM).'

/** "an image", "a PDF", "a video". */
const article = (kind: string) => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}`

type IncomingFile = { data?: Buffer; mimetype?: string; name?: string; size?: number }

/** What the first bytes say the file is, whatever its name claims. */
function sniff(data: Buffer): string | undefined {
  const head = data.subarray(0, 512).toString('latin1')
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (head.startsWith('\x89PNG')) return 'image/png'
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'image/webp'
  if (head.slice(4, 12) === 'ftypavif') return 'image/avif'
  if (head.slice(4, 8) === 'ftyp') return 'video/mp4'
  if (data[0] === 0x1a && data[1] === 0x45 && data[2] === 0xdf && data[3] === 0xa3)
    return 'video/webm'
  if (head.startsWith('%PDF-')) return 'application/pdf'
  if (/^\uFEFF?WEBVTT/.test(data.subarray(0, 16).toString('utf8'))) return 'text/vtt'
  if (head.startsWith('MZ') || head.startsWith('\x7fELF') || head.startsWith('#!'))
    return 'executable'
  if (
    /<svg[\s>]/i.test(head) ||
    (/^\s*<\?xml/i.test(head) && /<svg/i.test(data.toString('latin1')))
  )
    return 'image/svg+xml'
  if (/^\s*<(!doctype|html|script)/i.test(head)) return 'text/html'
  return undefined
}

/**
 * Refuses unsafe or oversized uploads before Payload stores anything, with a reason staff can act
 * on. SVG is refused because it can carry script; executables and HTML for the same reason.
 */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as IncomingFile | undefined
  if (!file?.data) return args
  const name = file.name ?? 'the file'
  const detected = sniff(file.data)
  const declared = (file.mimetype ?? '').toLowerCase()

  if (detected === 'image/svg+xml' || declared === 'image/svg+xml' || /\.svg$/i.test(name))
    throw userError(
      `"${name}" is an SVG image. SVG files are not accepted because they can contain hidden code. Please save it as PNG or JPEG and upload that instead.`,
      400,
    )
  if (
    detected === 'executable' ||
    detected === 'text/html' ||
    /\.(exe|bat|cmd|sh|js|msi|dll|html?)$/i.test(name)
  )
    throw userError(
      `"${name}" is a program or web page, which cannot be uploaded. ${explainAllowed}`,
      400,
    )

  const type = detected ?? declared
  const rule = limits[type]
  if (!rule)
    throw userError(`"${name}" is not a type of file the site accepts. ${explainAllowed}`, 400)
  if (
    detected &&
    declared &&
    declared !== detected &&
    limits[declared] &&
    limits[declared].kind !== rule.kind
  )
    throw userError(
      `"${name}" is named as ${article(limits[declared].kind)} but its contents are ${article(rule.kind)}. Please check you chose the right file.`,
      400,
    )

  const size = file.size ?? file.data.length
  if (size > rule.max)
    throw userError(
      `"${name}" is ${(size / MB).toFixed(1)} MB. The largest ${rule.kind} you can upload is ${rule.max / MB} MB. Please make it smaller and try again.`,
      413,
    )

  if (type === 'text/vtt') {
    const result = validateWebVtt(file.data.toString('utf8'))
    if (!result.ok) throw userError(`"${name}": ${result.error}`, 400)
    file.mimetype = 'text/vtt'
  }
  return args
}

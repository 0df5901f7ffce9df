/**
 * Builds the Lexical JSON that Payload's editor saves, so seed content, test data and benchmark
 * documents read like text. Shapes follow what the editor itself exports (paragraph/heading/list
 * v1, link v3, block v2). Reading it back (HTML, plain text) is ./richtext.
 *
 * Node only (block ids come from node:crypto). No relative runtime imports: e2e/servers/fixtures.ts
 * loads it with Node's type stripping, which does not resolve extensionless paths.
 */
import { randomBytes } from 'node:crypto'

import type {
  CalloutBlock,
  ContactCardBlock,
  DownloadBlock,
  Resource,
  StepsBlock,
} from './payload-types'

export type RichText = Resource['body']
export type Direction = 'ltr' | 'rtl'
export type LexicalNode = { type: string; version: number; [k: string]: unknown }
type Inline = string | LexicalNode

/** Text direction of the document being built; Urdu bodies are right-to-left. */
let direction: Direction = 'ltr'

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  type,
  children,
  direction,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** Plain text; `bold: true` for the odd key word (format bit 1). */
export const text = (value: string, { bold = false } = {}): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: bold ? 1 : 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

export const bold = (value: string) => text(value, { bold: true })

const inline = (parts: Inline[]): LexicalNode[] =>
  parts.map((part) => (typeof part === 'string' ? text(part) : part))

export const p = (...parts: Inline[]): LexicalNode =>
  element('paragraph', inline(parts), { textFormat: 0, textStyle: '' })

export const h2 = (value: string): LexicalNode => element('heading', [text(value)], { tag: 'h2' })
export const h3 = (value: string): LexicalNode => element('heading', [text(value)], { tag: 'h3' })

/** A link to another site (https:, mailto:, tel:) or a page on this one (/report/). */
export const link = (label: string, url: string): LexicalNode => ({
  ...element('link', [text(label)]),
  fields: { linkType: 'custom', url, newTab: false },
  version: 3,
})

const list = (listType: 'bullet' | 'number', items: (Inline | Inline[])[]): LexicalNode =>
  element(
    'list',
    items.map((item, i) =>
      element('listitem', inline(Array.isArray(item) ? item : [item]), { value: i + 1 }),
    ),
    { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' },
  )

export const ul = (...items: (Inline | Inline[])[]) => list('bullet', items)
export const ol = (...items: (Inline | Inline[])[]) => list('number', items)

/** Block ids are 24 hex characters, like the ones the editor makes. */
const blockId = () => randomBytes(12).toString('hex')

type BlockData<T> = Omit<T, 'id' | 'blockName' | 'blockType'>

const block = (blockType: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  fields: { id: blockId(), blockName: '', blockType, ...fields },
  format: '',
  version: 2,
})

export const callout = (fields: BlockData<CalloutBlock>) => block('callout', fields)

/** The emergency panel: the numbers themselves come from Site settings when the site renders. */
export const emergency = (heading?: string, body?: string) =>
  callout({ variant: 'emergency', heading, text: body })

export const contactCard = (fields: BlockData<ContactCardBlock>) => block('contactCard', fields)

export const steps = (heading: string, items: { title: string; text?: string }[]) =>
  block('steps', {
    heading,
    steps: items.map((s) => ({ id: blockId(), ...s })),
  } satisfies BlockData<StepsBlock> & { steps: { id: string }[] })

/** A PDF from the Media library, by id (a string on MongoDB), offered as a download. */
export const download = (
  fields: Omit<BlockData<DownloadBlock>, 'file'> & { file: number | string },
) => block('download', fields)

/** A whole document. Pass `rtl` for Urdu so every paragraph carries the right direction. */
export function doc(build: () => LexicalNode[], { dir = 'ltr' as Direction } = {}): RichText {
  const previous = direction
  direction = dir
  try {
    return {
      root: { type: 'root', children: build(), direction: dir, format: '', indent: 0, version: 1 },
    }
  } finally {
    direction = previous
  }
}

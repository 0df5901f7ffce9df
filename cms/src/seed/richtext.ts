/**
 * A tiny builder for the Lexical JSON that Payload's editor saves, so seed content reads like text.
 * Shapes follow what the editor itself exports (paragraph/heading/list v1, link v3, block v2).
 */
import { randomBytes } from 'node:crypto'

import type {
  CalloutBlock,
  ContactCardBlock,
  Resource,
  StepsBlock,
} from '@hcri/shared/payload-types'

export type RichText = Resource['body']
type Direction = 'ltr' | 'rtl'
type Node = { type: string; version: number; [k: string]: unknown }
type Inline = string | Node

/** Text direction of the document being built; Urdu bodies are right-to-left. */
let direction: Direction = 'ltr'

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  direction,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** Plain text; `bold: true` for the odd key word (format bit 1). */
export const text = (value: string, { bold = false } = {}): Node => ({
  type: 'text',
  detail: 0,
  format: bold ? 1 : 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

export const bold = (value: string) => text(value, { bold: true })

const inline = (parts: Inline[]): Node[] => parts.map((p) => (typeof p === 'string' ? text(p) : p))

export const p = (...parts: Inline[]): Node =>
  element('paragraph', inline(parts), { textFormat: 0, textStyle: '' })

export const h2 = (value: string): Node => element('heading', [text(value)], { tag: 'h2' })
export const h3 = (value: string): Node => element('heading', [text(value)], { tag: 'h3' })

/** A link to another site (https:, mailto:, tel:) or a page on this one (/report/). */
export const link = (label: string, url: string): Node => ({
  ...element('link', [text(label)]),
  fields: { linkType: 'custom', url, newTab: false },
  version: 3,
})

const list = (listType: 'bullet' | 'number', items: (Inline | Inline[])[]): Node =>
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

const block = (blockType: string, fields: Record<string, unknown>): Node => ({
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

/** A whole document. Pass `rtl` for Urdu so every paragraph carries the right direction. */
export function doc(build: () => Node[], { dir = 'ltr' as Direction } = {}): RichText {
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

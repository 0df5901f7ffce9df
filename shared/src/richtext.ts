/**
 * Lexical rich text → safe HTML, with Payload's own converters. Content blocks (callout, contact
 * card, steps…) come out as separate segments so the site renders them with its own components.
 *
 * Safety: text is escaped by the converters; links are limited to http(s), mailto, tel and
 * same-site paths (anything else, e.g. `javascript:`, loses its link); unknown nodes (raw HTML
 * included) are dropped; and every HTML run then passes the allow-list sanitiser (./sanitize).
 */
import escapeHTML from 'escape-html'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

import { sanitizeContentHtml } from './sanitize'

export type RichTextData =
  | { root: { children: RichTextNode[]; [k: string]: unknown } }
  | null
  | undefined
export type RichTextNode = { type: string; children?: RichTextNode[]; [k: string]: unknown }

/** A content block as staff filled it in (`blockType` names the block). */
export type RichTextBlock = { blockType: string; id?: string; [field: string]: unknown }

export type Segment = { kind: 'html'; html: string } | { kind: 'block'; block: RichTextBlock }

type LinkFields = {
  url?: string
  linkType?: 'custom' | 'internal'
  newTab?: boolean
  doc?: { relationTo?: string; value?: unknown }
}

/** Only these link kinds reach a visitor. */
export function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are what it strips
  const url = raw.trim().replace(/[\u0000-\u001F\u007F\s]+/g, '')
  if (url === '') return undefined
  if (/^(https?:|mailto:|tel:)/i.test(url)) return url
  if (/^\/(?!\/)/.test(url) || url.startsWith('#')) return url
  return undefined
}

export type RenderOptions = {
  /** Where an internal link (to a resource, page…) points, e.g. '/resources/how-to-report/'. */
  internalHref?: (relationTo: string, doc: unknown) => string | undefined
}

function linkConverter(opts: RenderOptions): HTMLConverters['link'] {
  return ({ node, nodesToHTML }) => {
    const fields = ((node as unknown as { fields?: LinkFields }).fields ?? {}) as LinkFields
    const children = nodesToHTML({
      nodes: (node as unknown as { children: never[] }).children,
    }).join('')
    const href =
      fields.linkType === 'internal'
        ? opts.internalHref?.(fields.doc?.relationTo ?? '', fields.doc?.value)
        : safeHref(fields.url)
    if (!href) return children
    const external = /^https?:/i.test(href)
    const attrs = external
      ? ' rel="noopener noreferrer"' + (fields.newTab ? ' target="_blank"' : '')
      : ''
    return `<a href="${escapeHTML(href)}"${attrs}>${children}</a>`
  }
}

function converters(opts: RenderOptions): HTMLConverters {
  const link = linkConverter(opts)
  return {
    ...defaultHTMLConverters,
    link,
    autolink: link,
    // Uploads and relationships inside text are not offered in the editor; drop them if present.
    upload: () => '',
    relationship: () => '',
    blocks: {},
    inlineBlocks: {},
    unknown: () => '',
  } as HTMLConverters
}

/** Splits the document into HTML runs and content blocks, in order. */
export function richTextSegments(data: RichTextData, opts: RenderOptions = {}): Segment[] {
  const nodes = data?.root?.children ?? []
  const conv = converters(opts)
  const segments: Segment[] = []
  let run: RichTextNode[] = []
  const flush = () => {
    if (run.length === 0) return
    const html = convertLexicalToHTML({
      converters: conv,
      data: { root: { ...(data!.root as object), type: 'root', children: run } } as never,
      disableContainer: true,
      disableIndent: true,
      disableTextAlign: true,
    })
    // Through the allow list: no style or class attribute (the CSP would refuse styles anyway),
    // nothing a misbehaving converter let through.
    const clean = sanitizeContentHtml(html)
    if (clean) segments.push({ kind: 'html', html: clean })
    run = []
  }
  for (const node of nodes) {
    if (node.type === 'block' && node.fields && typeof node.fields === 'object') {
      flush()
      segments.push({ kind: 'block', block: node.fields as RichTextBlock })
    } else {
      run.push(node)
    }
  }
  flush()
  return segments
}

/** Plain HTML of a whole document, blocks left out (feeds, syndication, search excerpts). */
export function richTextToHtml(data: RichTextData, opts: RenderOptions = {}): string {
  return richTextSegments(data, opts)
    .map((s) => (s.kind === 'html' ? s.html : ''))
    .join('')
}

/** Plain text (for summaries, reading time, JSON-LD). */
export function richTextToText(data: RichTextData): string {
  const out: string[] = []
  const walk = (n: RichTextNode) => {
    if (n.type === 'text' && typeof n.text === 'string') out.push(n.text)
    if (n.type === 'linebreak') out.push('\n')
    n.children?.forEach(walk)
    if (['paragraph', 'heading', 'listitem', 'quote'].includes(n.type)) out.push('\n')
  }
  data?.root?.children?.forEach(walk)
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

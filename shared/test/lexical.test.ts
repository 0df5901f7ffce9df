import { describe, expect, it } from 'vitest'

import { bold, callout, doc, download, h2, link, ol, p, steps, ul } from '../src/lexical'
import { richTextSegments, richTextToHtml } from '../src/richtext'

type Node = { type: string; direction?: string; children?: Node[]; fields?: { id?: string } }
const nodes = (root: { children: unknown[] }): Node[] => {
  const out: Node[] = []
  const walk = (n: Node) => {
    out.push(n)
    n.children?.forEach(walk)
  }
  ;(root.children as Node[]).forEach(walk)
  return out
}

describe('the Lexical builder', () => {
  it('builds documents that render to the HTML the site shows', () => {
    const body = doc(() => [
      h2('What you can do'),
      p('Call ', bold('999'), ' or ', link('report online', 'https://www.report-it.org.uk/'), '.'),
      ul('Write it down', ['Keep ', bold('photos')]),
      ol('Stay safe', 'Report it'),
    ])
    expect(richTextToHtml(body as never)).toBe(
      '<h2>What you can do</h2>' +
        '<p>Call <strong>999</strong> or <a href="https://www.report-it.org.uk/" rel="noopener noreferrer">report online</a>.</p>' +
        '<ul><li value="1">Write it down</li><li value="2">Keep <strong>photos</strong></li></ul>' +
        '<ol><li value="1">Stay safe</li><li value="2">Report it</li></ol>',
    )
  })

  it('gives every element of an Urdu document the right-to-left direction, and only that one', () => {
    const urdu = doc(() => [p('ایک'), ul('دو')], { dir: 'rtl' })
    const english = doc(() => [p('one')])
    const elements = (d: typeof urdu) => nodes(d.root).filter((n) => n.type !== 'text')
    expect(urdu.root.direction).toBe('rtl')
    expect(elements(urdu).map((n) => n.direction)).toEqual(['rtl', 'rtl', 'rtl'])
    expect(elements(english).map((n) => n.direction)).toEqual(['ltr'])
  })

  it('makes blocks the site renders with its own components, with editor-like unique ids', () => {
    const body = doc(() => [
      callout({ variant: 'emergency', heading: 'In danger?' }),
      steps('What to do', [{ title: 'Get safe' }, { title: 'Report it' }]),
      download({ file: 7, label: 'Leaflet' }),
    ])
    const blocks = richTextSegments(body as never).map((s) => (s.kind === 'block' ? s.block : s))
    expect(blocks).toMatchObject([
      { blockType: 'callout', variant: 'emergency', heading: 'In danger?' },
      {
        blockType: 'steps',
        heading: 'What to do',
        steps: [{ title: 'Get safe' }, { title: 'Report it' }],
      },
      { blockType: 'download', file: 7, label: 'Leaflet' },
    ])
    const ids = JSON.stringify(body).match(/"id":"[^"]*"/g)!
    expect(ids).toHaveLength(5)
    for (const id of ids) expect(id).toMatch(/^"id":"[0-9a-f]{24}"$/)
    expect(new Set(ids).size).toBe(5)
  })
})

import { describe, expect, it } from 'vitest'

import { richTextSegments, richTextToHtml, safeHref } from '../src/richtext'

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (...children: object[]) => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})
const link = (url: string, label: string, linkType = 'custom') => ({
  type: 'link',
  children: [text(label)],
  fields: { url, linkType, newTab: false },
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
const doc = (...children: object[]) =>
  ({
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  }) as never

describe('rich text', () => {
  it('renders paragraphs and escapes text', () => {
    const html = richTextToHtml(doc(para(text('<script>alert(1)</script> & friends'))))
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends</p>')
  })

  it('keeps safe links and drops javascript: links, keeping their text', () => {
    const html = richTextToHtml(
      doc(
        para(
          link('https://www.report-it.org.uk/', 'True Vision'),
          link('javascript:alert(1)', 'click'),
          link(' java\tscript:alert(1)', 'again'),
          link('tel:101', '101'),
        ),
      ),
    )
    expect(html).toContain(
      '<a href="https://www.report-it.org.uk/" rel="noopener noreferrer">True Vision</a>',
    )
    expect(html).toContain('<a href="tel:101">101</a>')
    expect(html).not.toMatch(/javascript/i)
    expect(html).toContain('click')
    expect(html).toContain('again')
  })

  it('drops unknown nodes such as raw HTML', () => {
    const html = richTextToHtml(
      doc({ type: 'html', html: '<img src=x onerror=alert(1)>', version: 1 }, para(text('after'))),
    )
    expect(html).toBe('<p>after</p>')
  })

  it('splits blocks out as their own segments, in order', () => {
    const segments = richTextSegments(
      doc(
        para(text('one')),
        { type: 'block', fields: { blockType: 'callout', variant: 'emergency' }, version: 2 },
        para(text('two')),
      ),
    )
    expect(segments.map((s) => s.kind)).toEqual(['html', 'block', 'html'])
    expect(segments[1]).toEqual({
      kind: 'block',
      block: { blockType: 'callout', variant: 'emergency' },
    })
  })

  it('resolves internal links through the given function', () => {
    const node = {
      ...link('', 'how to report', 'internal'),
      fields: {
        linkType: 'internal',
        doc: { relationTo: 'resources', value: { slug: 'how-to-report' } },
      },
    }
    const html = richTextToHtml(doc(para(node)), {
      internalHref: (c, d) => `/${c}/${(d as { slug: string }).slug}/`,
    })
    expect(html).toBe('<p><a href="/resources/how-to-report/">how to report</a></p>')
  })

  it('accepts only http(s), mailto, tel and same-site links', () => {
    expect(safeHref('https://x.org')).toBe('https://x.org')
    expect(safeHref('/report/')).toBe('/report/')
    expect(safeHref('//evil.example')).toBeUndefined()
    expect(safeHref('data:text/html,hi')).toBeUndefined()
    expect(safeHref('vbscript:x')).toBeUndefined()
  })
})

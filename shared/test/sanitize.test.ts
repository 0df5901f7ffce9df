import { describe, expect, it } from 'vitest'

import { feedBodyHtml } from '../src/partners'
import { richTextToHtml } from '../src/richtext'
import { sanitizeContentHtml } from '../src/sanitize'

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const para = (...children: object[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })
const link = (url: string, label: string) => ({
  ...element('link', [text(label)]),
  fields: { url, linkType: 'custom', newTab: false },
  version: 3,
})
const item = (value: unknown, ...children: object[]) => element('listitem', children, { value })
const list = (listType: 'bullet' | 'number', ...items: object[]) =>
  element('list', items, { listType, tag: listType === 'bullet' ? 'ul' : 'ol', start: 1 })
const doc = (...children: object[]) =>
  ({
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  }) as never

describe('sanitising HTML from content', () => {
  it('removes script tags with their content', () => {
    const html = sanitizeContentHtml(
      '<p>before<script>alert(1)</script>after</p><script src="https://evil.example/x.js"></script>',
    )
    expect(html).toBe('<p>beforeafter</p>')
  })

  it('drops javascript:, data: and protocol-relative links but keeps their text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)',
      'data:text/html,<b>x</b>',
      '//evil.example/',
      'vbscript:x',
    ]) {
      const html = sanitizeContentHtml(`<p><a href="${href}">click</a></p>`)
      expect(html, href).not.toMatch(/href/)
      expect(html, href).toContain('click')
    }
  })

  it('removes event handler attributes and the elements that carry scripts', () => {
    const html = sanitizeContentHtml(
      '<p onclick="alert(1)" onmouseover=alert(2)>x</p><img src=x onerror=alert(3)><svg onload=alert(4)><circle /></svg><body onload=alert(5)>y</body>',
    )
    expect(html).not.toMatch(/on\w+=|alert|<img|<svg|<body/i)
    expect(html).toContain('<p>x</p>')
  })

  it('keeps a list item whose value breaks out of the attribute from injecting anything', () => {
    // Payload's list converter writes `value="…"` without escaping it.
    const hostile = '1"><script>alert(1)</script><img src=x onerror=alert(2) x="'
    const html = richTextToHtml(
      doc(list('number', item(hostile, text('one')), item(2, text('two')))),
    )
    expect(html).not.toMatch(/<script|<img|onerror|alert/i)
    expect(html).toContain('<li>')
    expect(html).toContain('<li value="2">two</li>')
  })

  it('removes iframes, objects, forms and style', () => {
    const html = sanitizeContentHtml(
      '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><form action="https://evil.example/"><input name="q"><button>Go</button></form><style>body{display:none}</style><p style="position:fixed;inset:0" class="x">text</p>',
    )
    expect(html).not.toMatch(
      /<iframe|<object|<form|<input|<button|<style|style=|class=|display:none/i,
    )
    expect(html).toContain('<p>text</p>')
  })

  it('keeps safe links, adding noopener to links that open a new tab', () => {
    expect(
      sanitizeContentHtml(
        '<a href="https://www.report-it.org.uk/" target="_blank">True Vision</a>',
      ),
    ).toBe(
      '<a href="https://www.report-it.org.uk/" target="_blank" rel="noopener noreferrer">True Vision</a>',
    )
    expect(
      sanitizeContentHtml(
        '<a href="tel:101">101</a> <a href="mailto:a@example.org">mail</a> <a href="/report/">r</a>',
      ),
    ).toBe(
      '<a href="tel:101">101</a> <a href="mailto:a@example.org">mail</a> <a href="/report/">r</a>',
    )
    expect(sanitizeContentHtml('<a href="/x/" target="_parent">x</a>')).toBe('<a href="/x/">x</a>')
  })
})

describe('the normal shapes of seeded content survive unchanged', () => {
  const seeded = doc(
    element('heading', [text('What to do')], { tag: 'h2' }),
    element('heading', [text('If you are in danger')], { tag: 'h3' }),
    para(
      text('Call '),
      text('999', 1),
      text(' now. It is '),
      text('free', 2),
      text(' & open all day.'),
    ),
    para(
      link('https://www.report-it.org.uk/', 'Report online'),
      text(' or '),
      link('/report/', 'see all the ways'),
      text(', call '),
      link('tel:101', '101'),
      text(' or e-mail '),
      link('mailto:admin@bc-innovate.co.uk', 'us'),
      text('.'),
    ),
    list(
      'bullet',
      item(1, text('Write down what happened.')),
      item(2, text('Keep messages and photos.')),
    ),
    list('number', item(1, text('Stay safe.')), item(2, text('Report it.'))),
    element('quote', [text('“You are not alone.”')]),
    para(text('Line one'), { type: 'linebreak', version: 1 }, text('line two')),
  )

  it('render to the expected HTML', () => {
    expect(richTextToHtml(seeded)).toBe(
      [
        '<h2>What to do</h2>',
        '<h3>If you are in danger</h3>',
        '<p>Call <strong>999</strong> now. It is <em>free</em> &amp; open all day.</p>',
        '<p><a href="https://www.report-it.org.uk/" rel="noopener noreferrer">Report online</a> or <a href="/report/">see all the ways</a>, call <a href="tel:101">101</a> or e-mail <a href="mailto:admin@bc-innovate.co.uk">us</a>.</p>',
        '<ul><li value="1">Write down what happened.</li><li value="2">Keep messages and photos.</li></ul>',
        '<ol><li value="1">Stay safe.</li><li value="2">Report it.</li></ol>',
        '<blockquote>“You are not alone.”</blockquote>',
        '<p>Line one<br />line two</p>',
      ].join(''),
    )
  })

  it('are left alone by the sanitiser, and so is what the feed adds for blocks', () => {
    const html = richTextToHtml(seeded)
    expect(sanitizeContentHtml(html)).toBe(html)
    const blocks =
      '<aside><h3>In an emergency</h3><p>Call 999.</p></aside><section><h3>Victim Support</h3><p><a href="tel:08081689111">0808 168 9111</a></p></section><h3>Steps</h3><ol><li><strong>Write it down</strong> What, when, where.</li></ol><p><a href="https://site.example/media/leaflet.pdf">Leaflet</a></p>'
    expect(sanitizeContentHtml(blocks)).toBe(blocks)
  })
})

describe("the partners' feed body", () => {
  it('makes site links absolute and is sanitised the same way', () => {
    const html = feedBodyHtml(
      [
        '<p><a href="/report/">Report</a></p>',
        '<aside onclick="x()"><h3>Help</h3><script>alert(1)</script></aside>',
        '<li value="1"><iframe src="https://evil.example/"></iframe></li>',
      ],
      'https://site.example',
    )
    expect(html).toBe(
      '<p><a href="https://site.example/report/">Report</a></p><aside><h3>Help</h3></aside><li value="1"></li>',
    )
  })
})

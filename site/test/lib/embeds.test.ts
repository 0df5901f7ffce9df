import { describe, expect, it, vi } from 'vitest'

import { partnerFileProblems } from '@hcri/shared/partners'

import {
  contentIndex,
  contentItem,
  embedOrigins,
  embeddable,
  iframeSnippet,
  json,
  oembed,
  partnerSnippet,
} from '../../src/lib/embeds'
import { store } from './astro-content'
import { builtPages, builtUrls, inEveryLanguage } from './route-urls'

vi.mock('astro:content', () => import('./astro-content'))

const site = new URL('https://hcri.example.org/')
const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

store.collections.resources = [
  {
    id: 1,
    slug: 'what-is-a-hate-crime',
    title: { en: 'What is a hate crime?', ur: 'نفرت پر مبنی جرم کیا ہے؟' },
    summary: { en: 'Hate crime explained.', ur: 'خلاصہ' },
    category: 'understanding',
    strands: ['race'],
    embeddable: true,
    lastReviewed: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    body: {
      en: body(
        paragraph(
          text('Read '),
          {
            type: 'link',
            version: 3,
            fields: { linkType: 'internal', doc: { relationTo: 'resources', value: 2 } },
            children: [text('how to report')],
          },
          text('.'),
        ),
        {
          type: 'block',
          version: 2,
          fields: { blockType: 'callout', heading: 'In danger? <Call 999>', text: 'Now & here.' },
        },
        { type: 'block', version: 2, fields: { blockType: 'download', file: 9, label: 'Leaflet' } },
      ),
      ur: body(paragraph(text('اردو متن'))),
    },
  },
  {
    id: 2,
    slug: 'how-to-report',
    title: { en: 'Staff & "volunteers" <help>' },
    summary: { en: 'Who to call.' },
    category: 'reporting',
    embeddable: true,
    lastReviewed: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-02T00:00:00.000Z',
    body: { en: body(paragraph(text('Call 101.'))) },
  },
  {
    id: 3,
    slug: 'research',
    title: { en: 'Research' },
    category: 'research',
    embeddable: false,
    body: { en: body(paragraph(text('Not for partners.'))) },
  },
]
store.collections.media = [
  {
    id: 9,
    filename: 'leaflet.pdf',
    mimeType: 'application/pdf',
    url: '/api/media/file/leaflet.pdf',
  },
]
for (const name of ['films', 'stories', 'events', 'places', 'pages']) store.collections[name] = []

describe('embed pages', () => {
  it('has embeds and oEmbed files only for resources marked embeddable, in every language', async () => {
    expect((await embeddable('en')).map((r) => r.slug)).toEqual([
      'what-is-a-hate-crime',
      'how-to-report',
    ])
    const embeds = await builtPages('[...locale]/embed/resources/[slug].astro')
    expect(embeds.map((p) => p.url)).toEqual(
      inEveryLanguage([
        '/embed/resources/what-is-a-hate-crime/',
        '/embed/resources/how-to-report/',
      ]),
    )
    expect(embeds[2]!.props).toEqual({ locale: 'ur', slug: 'what-is-a-hate-crime' })
    expect(await builtUrls('[...locale]/oembed/resources/[slug].json.ts')).toEqual(
      inEveryLanguage([
        '/oembed/resources/what-is-a-hate-crime.json',
        '/oembed/resources/how-to-report.json',
      ]),
    )
  })

  it('has the content files in English only', async () => {
    expect(await builtUrls('content/resources/[slug].json.ts')).toEqual([
      '/content/resources/what-is-a-hate-crime.json',
      '/content/resources/how-to-report.json',
    ])
  })
})

describe('what partners paste', () => {
  const resource = { slug: 'how-to-report', title: 'Staff & "volunteers" <help>' }

  it('an iframe with the title escaped for its attribute', () => {
    expect(iframeSnippet(site, 'ur', resource)).toBe(
      '<iframe src="https://hcri.example.org/ur/embed/resources/how-to-report/" ' +
        'title="Staff &amp; &quot;volunteers&quot; &lt;help>" width="100%" height="900" ' +
        'loading="lazy" referrerpolicy="no-referrer" style="border:0;max-width:100%"></iframe>',
    )
  })

  it('the snippet: a div our script turns into a frame, with a plain link without it', () => {
    expect(partnerSnippet(site, 'en', resource).split('\n')).toEqual([
      '<div data-hcri-embed="how-to-report" data-lang="en">',
      '  <a href="https://hcri.example.org/resources/how-to-report/">Staff &amp; "volunteers" &lt;help></a>',
      '</div>',
      '<script src="https://hcri.example.org/embed.js" async></script>',
    ])
  })
})

describe('embed allow list', () => {
  it('lets anyone embed when site settings list nobody', async () => {
    store.globals['site-settings'] = { embedAllowList: [] }
    expect(await embedOrigins()).toBeNull()
  })

  it('names the partner sites listed, and only them', async () => {
    store.globals['site-settings'] = {
      embedAllowList: [
        { origin: 'https://partner.example.org' },
        { origin: 'https://council.example.org' },
      ],
    }
    expect(await embedOrigins()).toEqual([
      'https://partner.example.org',
      'https://council.example.org',
    ])
  })
})

describe('oEmbed and content files', () => {
  it('answers oEmbed for an embeddable resource, in the language asked for', async () => {
    const answer = await oembed(site, 'ur', 'what-is-a-hate-crime')
    expect(partnerFileProblems('oembed', answer)).toEqual([])
    expect(answer.title).toBe('نفرت پر مبنی جرم کیا ہے؟')
    expect(answer.provider_url).toBe('https://hcri.example.org/ur/')
    expect(answer.html).toContain(
      'src="https://hcri.example.org/ur/embed/resources/what-is-a-hate-crime/"',
    )
    await expect(oembed(site, 'en', 'research')).rejects.toThrow(
      'No embeddable resource "research"',
    )
  })

  it('lists each embeddable resource with the languages it is really translated into', async () => {
    const index = await contentIndex(site)
    expect(partnerFileProblems('contentIndex', index)).toEqual([])
    expect(index.resources.map((r) => [r.slug, r.locales])).toEqual([
      ['what-is-a-hate-crime', ['en', 'ur']],
      ['how-to-report', ['en']],
    ])
    expect(index.resources[0]!.url).toBe(
      'https://hcri.example.org/content/resources/what-is-a-hate-crime.json',
    )
  })

  it('gives a resource’s body as plain HTML with absolute links, blocks included', async () => {
    const item = await contentItem(site, 'what-is-a-hate-crime')
    expect(partnerFileProblems('contentItem', item)).toEqual([])
    expect(item.canonicalUrl).toBe('https://hcri.example.org/resources/what-is-a-hate-crime/')
    expect(item.category).toEqual({ value: 'understanding', label: 'Understanding hate crime' })
    expect(item.languages.map((l) => l.locale)).toEqual(['en', 'ur'])
    const html = item.languages[0]!.bodyHtml
    expect(html).toContain(
      '<a href="https://hcri.example.org/resources/how-to-report/">how to report</a>',
    )
    expect(html).toContain('<h3>In danger? &lt;Call 999&gt;</h3><p>Now &amp; here.</p>')
    expect(html).toContain('<a href="https://hcri.example.org/media/leaflet.pdf">Leaflet</a>')
    expect(item.languages[1]!.bodyHtml).toContain('اردو متن')
    await expect(contentItem(site, 'research')).rejects.toThrow('No embeddable resource')
  })

  it('serves JSON', async () => {
    const res = json({ a: 1 })
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toEqual({ a: 1 })
  })
})

import { describe, expect, it, vi } from 'vitest'

import { t } from '@hcri/shared/i18n'

import { feed, feedLength } from '../../src/lib/feed'
import { store } from './astro-content'

vi.mock('astro:content', () => import('./astro-content'))

/** A document as the loader stores it: every language of its title at once. */
const doc = (
  id: number,
  slug: string,
  title: Record<string, string>,
  createdAt: string,
  fields: Record<string, unknown> = {},
) => ({ id, slug, title, createdAt, ...fields })

store.collections.resources = [
  doc(
    1,
    'what-is-a-hate-crime',
    { en: 'What is a hate crime?', ur: 'نفرت پر مبنی جرم کیا ہے؟' },
    '2026-01-10T09:00:00.000Z',
    { summary: { en: 'Hate crime explained.' } },
  ),
  doc(2, 'how-to-report', { en: 'How to report' }, '2026-03-01T09:00:00.000Z', {
    summary: { en: 'Who to call.' },
  }),
]
store.collections.stories = [
  doc(3, 'my-story', { en: 'My story' }, '2026-02-01T09:00:00.000Z', {
    anonymous: true,
    displayName: 'Real Name',
  }),
  doc(4, 'why-i-stand-by', { en: 'Why I stand by' }, '2025-12-01T09:00:00.000Z', {
    pullQuote: { en: 'Nobody should face it alone.' },
  }),
]

/** The feed's items, read from its XML. */
async function items(locale: 'en' | 'ur' | 'pl') {
  const xml = await (await feed(locale, new URL('https://hcri.example.org/'))).text()
  const item = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!)
  const field = (text: string, name: string) =>
    new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]
  return {
    xml,
    items: item.map((text) => ({
      title: field(text, 'title'),
      link: field(text, 'link'),
      description: field(text, 'description'),
      category: field(text, 'category'),
    })),
  }
}

describe('RSS feed', () => {
  it('lists resources and stories together, newest first, linked in its language', async () => {
    const { items: ur } = await items('ur')
    expect(ur.map((i) => i.link)).toEqual([
      'https://hcri.example.org/ur/resources/how-to-report/',
      'https://hcri.example.org/ur/stories/my-story/',
      'https://hcri.example.org/ur/resources/what-is-a-hate-crime/',
      'https://hcri.example.org/ur/stories/why-i-stand-by/',
    ])
    expect(ur[2]!.title).toBe('نفرت پر مبنی جرم کیا ہے؟')
    expect(ur[0]!.category).toBe(t('ur', 'resources.title'))
    expect(ur[1]!.category).toBe(t('ur', 'nav.stories'))
  })

  it('describes the channel in its language, linking to that language’s home page', async () => {
    const { xml } = await items('ur')
    expect(xml).toContain('<link>https://hcri.example.org/ur/</link>')
    expect(xml).toContain('<language>ur-pk</language>')
    expect(xml).toContain(`<title>${t('ur', 'rss.title')}</title>`)
    const english = await items('en')
    expect(english.xml).toContain('<link>https://hcri.example.org/</link>')
    expect(english.xml).toContain('<language>en-gb</language>')
    expect(english.items[0]!.link).toBe('https://hcri.example.org/resources/how-to-report/')
  })

  it('says of a story only what its card shows: never an anonymous teller’s name', async () => {
    const { xml, items: en } = await items('en')
    expect(en.find((i) => i.title === 'Why I stand by')?.description).toBe(
      'Nobody should face it alone.',
    )
    const anonymous = en.find((i) => i.link === 'https://hcri.example.org/stories/my-story/')
    expect(anonymous?.title).toBe('My story')
    expect(anonymous?.description).toBeUndefined()
    expect(xml).not.toContain('Real Name')
  })

  it('lists only the newest items, so a reader’s every poll stays small', async () => {
    const saved = store.collections.resources
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString()
    store.collections.resources = Array.from({ length: feedLength + 5 }, (_, i) =>
      doc(100 + i, `resource-${i}`, { en: `Resource ${i}` }, day(i)),
    )
    try {
      // Polish: the lists read so far (English, Urdu) are kept for the build, as in one.
      const { items: en } = await items('pl')
      expect(en).toHaveLength(feedLength)
      // The newest resource first; the two stories (2025-12 and 2026-02) are older than the newest
      // fifty resources (2026-01-06 on): out, as are the five oldest resources.
      // Fifty-five resources, one a day from 1 January 2026, and two stories (2026-02-01 and
      // 2025-12-01): the newest fifty are 49 resources and the newer story.
      expect(en[0]!.title).toBe(`Resource ${feedLength + 4}`)
      expect(en.map((i) => i.title)).toContain('My story')
      expect(en.map((i) => i.title)).not.toContain('Why I stand by')
      expect(en.at(-1)!.title).toBe('Resource 6')
    } finally {
      store.collections.resources = saved
    }
  })
})

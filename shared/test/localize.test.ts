import { describe, expect, it } from 'vitest'

import { isTranslated, localize } from '../src/localize'

const doc = {
  id: 1,
  title: { en: 'How to report', ur: 'رپورٹ کیسے کریں' },
  summary: { en: 'Ways to report.', ur: null },
  category: 'reporting',
  layout: [{ blockType: 'hero', heading: { en: 'Report it', ur: '' } }],
}

describe('localize', () => {
  it('picks the language and falls back to English, listing what fell back', () => {
    const { data, missing } = localize<typeof doc>(doc, 'ur')
    expect(data.title).toBe('رپورٹ کیسے کریں')
    expect(data.summary).toBe('Ways to report.')
    expect((data.layout[0] as unknown as { heading: string }).heading).toBe('Report it')
    expect(missing).toEqual(['summary', 'layout.0.heading'])
    expect(data.category).toBe('reporting')
  })

  it('English is always translated; other languages need their title', () => {
    expect(isTranslated(doc, 'en')).toBe(true)
    expect(isTranslated(doc, 'ur')).toBe(true)
    expect(isTranslated(doc, 'pl')).toBe(false)
  })

  it('reads a localized field that no language has filled ({} with locale=all) as null', () => {
    const { data, missing } = localize<{ notes: unknown }>({ notes: {} }, 'ur')
    expect(data.notes).toBeNull()
    expect(missing).toEqual([])
  })
})

describe('content validation', () => {
  it('accepts an empty optional select (null) and still rejects a wrong value', async () => {
    const { validateDocument } = await import('../src/loader')
    const story = {
      id: 2,
      title: { en: 'A story' },
      slug: 'a-story',
      body: {
        en: {
          root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 },
        },
      },
      locality: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    expect(() => validateDocument('stories', story)).not.toThrow()
    expect(() => validateDocument('stories', { ...story, locality: 'nowhere' })).toThrow(/locality/)
  })
})

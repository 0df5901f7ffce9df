import { describe, expect, it, vi } from 'vitest'

import { byId, byIds, bySlug, translatedIn } from '../../src/lib/content'
import { store } from './astro-content'

vi.mock('astro:content', () => import('./astro-content'))

const resource = (id: number, slug: string, title: Record<string, string>) => ({
  id,
  slug,
  title,
  summary: { en: `Summary ${id}` },
})

store.collections.resources = [
  resource(1, 'report-online', { en: 'Report online', ur: 'آن لائن رپورٹ' }),
  resource(2, 'helplines', { en: 'Helplines' }),
  // A second document with a slug already taken: the first one is the one found.
  resource(3, 'report-online', { en: 'Older copy' }),
]

describe('looking documents up by id and by address', () => {
  it('finds a document by a numeric id, its text form, or a populated relation', async () => {
    expect((await byId('resources', 2, 'en'))?.title).toBe('Helplines')
    expect((await byId('resources', '2', 'en'))?.title).toBe('Helplines')
    expect((await byId('resources', { id: 1 }, 'ur'))?.title).toBe('آن لائن رپورٹ')
    expect(await byId('resources', 99, 'en')).toBeUndefined()
    expect(await byId('resources', null, 'en')).toBeUndefined()
  })

  it('finds by slug the first document with it, in the language asked for', async () => {
    const ur = await bySlug('resources', 'report-online', 'ur')
    expect(ur?.id).toBe(1)
    expect(ur?.translated).toBe(true)
    const fallback = await bySlug('resources', 'helplines', 'ur')
    expect(fallback?.title).toBe('Helplines')
    expect(fallback?.translated).toBe(false)
    expect(await bySlug('resources', 'no-such-page', 'en')).toBeUndefined()
  })

  it('keeps the order of related ids and drops the ones not published', async () => {
    const found = await byIds('resources', [2, 42, 1], 'en')
    expect(found.map((d) => d.id)).toEqual([2, 1])
  })

  it('names the languages a document is written in', async () => {
    expect(await translatedIn('resources', 'report-online')).toEqual(['en', 'ur'])
    expect(await translatedIn('resources', 'helplines')).toEqual(['en'])
  })
})

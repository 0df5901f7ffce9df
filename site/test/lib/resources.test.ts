import { describe, expect, it, vi } from 'vitest'

import {
  byCategory,
  categoriesInUse,
  categoryPagePaths,
  categoryPaths,
  forStrand,
  inCategory,
  resources,
  strandPagePaths,
  strandPaths,
  strandsInUse,
} from '../../src/lib/resources'
import { store } from './astro-content'

vi.mock('astro:content', () => import('./astro-content'))

let id = 0
const resource = (title: string, category: string, strands: string[] = [], ur?: string) => ({
  id: ++id,
  slug: title.toLowerCase().replace(/\W+/g, '-'),
  title: ur ? { en: title, ur } : { en: title },
  category,
  strands,
})

store.collections.resources = [
  resource('Reporting online', 'reporting'),
  resource('Being a bystander', 'awareness', ['race', 'religion']),
  resource('After an attack', 'support', [], 'حملے کے بعد'),
  resource('Disability hate crime', 'understanding', ['disability']),
  resource('Anti-Muslim hatred', 'understanding', ['religion']),
  // Enough for a second page of "research".
  ...Array.from({ length: 25 }, (_, i) =>
    resource(`Study ${String(i + 1).padStart(2, '0')}`, 'research'),
  ),
]

describe('resources', () => {
  it('lists every resource alphabetically, in the language asked for', async () => {
    const titles = (await resources('en')).map((r) => r.title)
    expect(titles.slice(0, 6)).toEqual([
      'After an attack',
      'Anti-Muslim hatred',
      'Being a bystander',
      'Disability hate crime',
      'Reporting online',
      'Study 01',
    ])
    const urdu = await resources('ur')
    expect(urdu.find((r) => r.slug === 'after-an-attack')?.title).toBe('حملے کے بعد')
    // Untranslated ones fall back to English, and say so.
    expect(urdu.find((r) => r.slug === 'reporting-online')).toMatchObject({
      title: 'Reporting online',
      translated: false,
    })
  })

  it('groups them by category in the order of the enums, leaving out empty categories', async () => {
    const groups = await byCategory('en')
    expect(groups.map((g) => g.value)).toEqual([
      'understanding',
      'reporting',
      'support',
      'research',
      'awareness',
    ])
    expect(groups[0]!.items.map((r) => r.title)).toEqual([
      'Anti-Muslim hatred',
      'Disability hate crime',
    ])
    expect(await categoriesInUse()).toEqual(groups.map((g) => g.value))
    expect((await inCategory('en', 'support')).map((r) => r.slug)).toEqual(['after-an-attack'])
  })

  it('puts on a strand page the resources about it, then those about every strand', async () => {
    const { specific, general } = await forStrand('en', 'religion')
    expect(specific.map((r) => r.title)).toEqual(['Anti-Muslim hatred', 'Being a bystander'])
    expect(general.map((r) => r.title).slice(0, 2)).toEqual(['After an attack', 'Reporting online'])
    expect(general).toHaveLength(2 + 25)
    expect(await strandsInUse()).toEqual(['race', 'religion', 'disability'])
  })

  it('has a page per category and strand in use, in every language', async () => {
    expect((await categoryPaths('en')).map((p) => p.params)).toEqual(
      (await categoriesInUse()).map((category) => ({ category })),
    )
    expect((await strandPaths('en'))[0]).toEqual({
      params: { strand: 'race' },
      props: { locale: 'en', value: 'race' },
    })
    const others = await strandPaths('others')
    expect(others).toHaveLength(4 * 3)
    expect(others[0]!.params).toEqual({ locale: 'ur', strand: 'race' })
  })

  it('has later pages only where a list runs over 24', async () => {
    expect(await categoryPagePaths('en')).toEqual([
      {
        params: { category: 'research', page: '2' },
        props: { value: 'research', locale: 'en', page: 2 },
      },
    ])
    expect((await categoryPagePaths('others')).map((p) => p.params.locale)).toEqual([
      'ur',
      'pa',
      'bn',
      'pl',
    ])
    // Every strand page holds the 27 resources about all strands too: 28 or 29, two pages each.
    expect((await strandPagePaths('en')).map((p) => p.params)).toEqual([
      { strand: 'race', page: '2' },
      { strand: 'religion', page: '2' },
      { strand: 'disability', page: '2' },
    ])
  })
})

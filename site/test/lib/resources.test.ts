import { describe, expect, it, vi } from 'vitest'

import {
  byCategory,
  categoriesInUse,
  forStrand,
  inCategory,
  resources,
  strandsInUse,
} from '../../src/lib/resources'
import { store } from './astro-content'
import { builtPages, builtUrls, inEveryLanguage } from './route-urls'

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
    expect(await builtUrls('[...locale]/resources/category/[category].astro')).toEqual(
      inEveryLanguage([
        '/resources/category/understanding/',
        '/resources/category/reporting/',
        '/resources/category/support/',
        '/resources/category/research/',
        '/resources/category/awareness/',
      ]),
    )
    const strandPages = await builtPages('[...locale]/resources/strand/[strand].astro')
    expect(strandPages.map((p) => p.url)).toEqual(
      inEveryLanguage([
        '/resources/strand/race/',
        '/resources/strand/religion/',
        '/resources/strand/disability/',
      ]),
    )
    expect(strandPages[3]!.props).toEqual({ locale: 'ur', strand: 'race' })
  })

  it('has later pages only where a list runs over 24', async () => {
    const categoryPages = await builtPages(
      '[...locale]/resources/category/[category]/page/[page].astro',
    )
    expect(categoryPages.map((p) => p.url)).toEqual(
      inEveryLanguage(['/resources/category/research/page/2/']),
    )
    expect(categoryPages[0]!.props).toEqual({ locale: 'en', category: 'research', page: 2 })
    // Every strand page holds the 27 resources about all strands too: 28 or 29, two pages each.
    expect(await builtUrls('[...locale]/resources/strand/[strand]/page/[page].astro')).toEqual(
      inEveryLanguage([
        '/resources/strand/race/page/2/',
        '/resources/strand/religion/page/2/',
        '/resources/strand/disability/page/2/',
      ]),
    )
  })
})

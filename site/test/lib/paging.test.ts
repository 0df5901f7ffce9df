import { describe, expect, it } from 'vitest'

import {
  laterPagePaths,
  pageCount,
  pageItems,
  pagePath,
  pagedTitle,
  perPage,
} from '../../src/lib/paging'

describe('paging', () => {
  it('counts pages of 24, and an empty list still has its first page', () => {
    expect(perPage).toBe(24)
    expect([0, 1, 24, 25, 48, 49].map(pageCount)).toEqual([1, 1, 1, 2, 2, 3])
  })

  it('shows each item on exactly one page, in order', () => {
    const list = Array.from({ length: 50 }, (_, i) => i)
    expect(pageItems(list, 1)).toEqual(list.slice(0, 24))
    expect(pageItems(list, 2)).toEqual(list.slice(24, 48))
    expect(pageItems(list, 3)).toEqual([48, 49])
    expect(pageItems(list, 4)).toEqual([])
  })

  it('keeps page 1 at the list’s own address', () => {
    expect(pagePath('/films/', 1)).toBe('/films/')
    expect(pagePath('/films/', 2)).toBe('/films/page/2/')
    expect(pagePath('/resources/strand/race/', 10)).toBe('/resources/strand/race/page/10/')
  })

  it('builds the static paths of pages 2…n: English at the root, other languages prefixed', () => {
    expect(laterPagePaths('en', 24)).toEqual([])
    expect(laterPagePaths('en', 49, { category: 'support' }, { value: 'support' })).toEqual([
      {
        params: { category: 'support', page: '2' },
        props: { value: 'support', locale: 'en', page: 2 },
      },
      {
        params: { category: 'support', page: '3' },
        props: { value: 'support', locale: 'en', page: 3 },
      },
    ])
    const others = laterPagePaths('others', 25)
    expect(others.map((p) => p.params)).toEqual(
      ['ur', 'pa', 'bn', 'pl'].map((locale) => ({ locale, page: '2' })),
    )
    expect(others.map((p) => p.props.locale)).toEqual(['ur', 'pa', 'bn', 'pl'])
  })

  it('gives later pages their own title', () => {
    expect(pagedTitle('Events', 1, 'Page 1')).toBe('Events')
    expect(pagedTitle('Events', 2, 'Page 2')).toBe('Events (Page 2)')
  })
})

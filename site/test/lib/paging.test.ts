import { describe, expect, it } from 'vitest'

import { laterPagePaths, pageCount, pageItems, pagedTitle, perPage } from '../../src/lib/paging'

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

  it('gives static paths to pages 2…n only: page 1 is the list’s own route', () => {
    expect(laterPagePaths(0)).toEqual([])
    expect(laterPagePaths(24)).toEqual([])
    expect(laterPagePaths(25)).toStrictEqual([{ params: { page: '2' }, props: { page: 2 } }])
    expect(laterPagePaths(49, { category: 'support' }, { category: 'support' })).toStrictEqual([
      { params: { category: 'support', page: '2' }, props: { category: 'support', page: 2 } },
      { params: { category: 'support', page: '3' }, props: { category: 'support', page: 3 } },
    ])
  })

  it('gives later pages their own title', () => {
    expect(pagedTitle('Events', 1, 'Page 1')).toBe('Events')
    expect(pagedTitle('Events', 2, 'Page 2')).toBe('Events (Page 2)')
  })
})

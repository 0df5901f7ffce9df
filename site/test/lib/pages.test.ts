import { describe, expect, it, vi } from 'vitest'

import { pageSlugs } from '../../src/lib/pages'
import { store } from './astro-content'
import { builtUrls, inEveryLanguage } from './route-urls'

vi.mock('astro:content', () => import('./astro-content'))

store.collections.pages = [
  { id: 1, slug: 'about', title: { en: 'About us' } },
  // Published before the site took the address: it would hide the report page.
  { id: 2, slug: 'report', title: { en: 'Report' } },
  { id: 3, slug: 'volunteer', title: { en: 'Volunteer' } },
]

describe('CMS pages', () => {
  it('sit at the root and under each language’s prefix, except where the site has a page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await builtUrls('[...locale]/[slug].astro')).toEqual(
      inEveryLanguage(['/about/', '/volunteer/']),
    )
    expect(await pageSlugs()).toEqual(['about', 'volunteer'])
    // Said once in the build log, however many routes ask.
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain('/report/')
    warn.mockRestore()
  })
})

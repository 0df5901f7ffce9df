import { describe, expect, it } from 'vitest'

import { builtPages, builtUrls, inEveryLanguage } from './route-urls'

describe('safe-space filter pages', () => {
  it('has one page per locality where places are (not "online"), in every language', async () => {
    const pages = await builtPages('[...locale]/safe-spaces/locality/[locality].astro')
    expect(pages.map((p) => p.url)).toEqual(
      inEveryLanguage([
        '/safe-spaces/locality/north/',
        '/safe-spaces/locality/south/',
        '/safe-spaces/locality/east/',
        '/safe-spaces/locality/west/',
      ]),
    )
    expect(pages[4]!.props).toEqual({ locale: 'ur', locality: 'north' })
  })

  it('has one page per kind of place, in every language', async () => {
    expect(await builtUrls('[...locale]/safe-spaces/kind/[kind].astro')).toEqual(
      inEveryLanguage([
        '/safe-spaces/kind/safe-space/',
        '/safe-spaces/kind/reporting-centre/',
        '/safe-spaces/kind/support/',
      ]),
    )
  })
})

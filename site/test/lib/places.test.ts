import { describe, expect, it } from 'vitest'

import { filterPaths } from '../../src/lib/places'

describe('safe-space filter pages', () => {
  it('has one page per locality where places are (not "online") and per kind', () => {
    expect(filterPaths('locality', 'en')).toEqual(
      ['north', 'south', 'east', 'west'].map((locality) => ({
        params: { locality },
        props: { locale: 'en', locality },
      })),
    )
    expect(filterPaths('kind', 'en').map((p) => p.params)).toEqual([
      { kind: 'safe-space' },
      { kind: 'reporting-centre' },
      { kind: 'support' },
    ])
  })

  it('repeats them under every other language', () => {
    const paths = filterPaths('kind', 'others')
    expect(paths).toHaveLength(4 * 3)
    expect(paths[0]).toEqual({
      params: { locale: 'ur', kind: 'safe-space' },
      props: { locale: 'ur', kind: 'safe-space' },
    })
    expect(new Set(paths.map((p) => p.params.locale))).toEqual(new Set(['ur', 'pa', 'bn', 'pl']))
  })
})

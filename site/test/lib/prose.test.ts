import { describe, expect, it } from 'vitest'

import { getProse } from '../../src/lib/prose'

describe('pages written in the repo (MDX)', () => {
  it('gives a page in English, marked as translated', () => {
    const page = getProse('privacy', 'en')
    expect(page.translated).toBe(true)
    expect(page.lang).toBe('en')
    expect(page.frontmatter.title).toBeTruthy()
    expect(typeof page.Content).toBe('function')
  })

  it('falls back to the English file where a language has none, and says so', () => {
    const english = getProse('staying-safe-online', 'en')
    const urdu = getProse('staying-safe-online', 'ur')
    expect(urdu.translated).toBe(false)
    expect(urdu.lang).toBe('en')
    expect(urdu.frontmatter).toEqual(english.frontmatter)
  })

  it('names the missing file when a page does not exist', () => {
    expect(() => getProse('no-such-page', 'en')).toThrow(
      'No MDX page "no-such-page" (expected src/content/no-such-page/en.mdx)',
    )
  })
})

import { readFileSync } from 'node:fs'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { checkKeys, languageFiles, safetyCriticalKeys, type UiKey } from '../src/i18n'
import { en } from '../src/i18n/en'
import { localeCodes } from '../src/locales'

const files = Object.entries(languageFiles)
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

// The Polish file with one key dropped and one misspelt key added.
const brokenPolish = () => {
  const strings: Record<string, string | null> = { ...languageFiles.pl, 'nav.filmz': 'Filmy' }
  delete strings['nav.films']
  return strings
}

describe('language files', () => {
  it('exist for every locale', () => {
    expect(Object.keys(languageFiles).sort()).toEqual([...localeCodes].sort())
  })

  it('list every English key, in the English order', () => {
    for (const [locale, strings] of files) {
      expect(Object.keys(strings), locale).toEqual(Object.keys(en))
    }
  })

  it('keep exactly the placeholders of the English string', () => {
    for (const [locale, strings] of files) {
      for (const [key, text] of Object.entries(strings)) {
        if (text === null) continue
        expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(en[key as UiKey]))
      }
    }
  })

  it('translate every safety-critical key', () => {
    for (const [locale, strings] of files) {
      for (const key of safetyCriticalKeys) expect(strings[key], `${locale}: ${key}`).not.toBeNull()
    }
  })

  // The translator reads the English from the comment: it must follow changes to en.ts.
  it('show the current English beside each key not translated yet', () => {
    for (const [locale, strings] of files) {
      const source = readFileSync(new URL(`../src/i18n/${locale}.ts`, import.meta.url), 'utf8')
      const comments = [...source.matchAll(/^ {2}'?([\w.-]+)'?: null, \/\/ (.*)$/gm)]
      const commented = comments.map(([, key]) => key)
      const untranslated = Object.keys(strings).filter((key) => strings[key as UiKey] === null)
      expect(commented, locale).toEqual(untranslated)
      for (const [, key, text] of comments) {
        expect(text, `${locale}: ${key}`).toBe(en[key as UiKey])
      }
    }
  })
})

describe('checkKeys', () => {
  afterEach(() => {
    vi.doUnmock('../src/i18n/pl')
    vi.resetModules()
  })

  it('accepts a complete language file', () => {
    expect(() => checkKeys('pl', languageFiles.pl!)).not.toThrow()
  })

  it('names the language and every missing and unknown key', () => {
    expect(() => checkKeys('pl', brokenPolish())).toThrow(
      'UI strings for "pl" (i18n/pl.ts): missing nav.films; unknown nav.filmz',
    )
  })

  it('runs on import, so a broken language file stops the build', async () => {
    const broken = brokenPolish()
    vi.resetModules()
    vi.doMock('../src/i18n/pl', () => ({ pl: broken }))
    await expect(import('../src/i18n')).rejects.toThrow('UI strings for "pl" (i18n/pl.ts)')
  })
})

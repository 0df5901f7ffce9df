import { describe, expect, it } from 'vitest'

import { exampleSecret, payloadSecret } from '../src/lib/secret'

/** Payload signs logins with PAYLOAD_SECRET: a weak one in production must stop the start. */
const strong = 'f3b1c9e07a4d4b2e9c8a7d6e5f4a3b2c1d0e9f8a'

describe('payloadSecret', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['the example value', exampleSecret],
    ['too short (23 characters)', 'abcdefghijklmnopqrstuvw'],
  ])('in production, a %s secret throws, naming PAYLOAD_SECRET and how to fix it', (_, secret) => {
    const env = { NODE_ENV: 'production', PAYLOAD_SECRET: secret } as NodeJS.ProcessEnv
    expect(() => payloadSecret(env)).toThrow(/PAYLOAD_SECRET/)
    expect(() => payloadSecret(env)).toThrow(/openssl rand -hex 32/)
  })

  it('the error never prints the weak secret itself', () => {
    const env = { NODE_ENV: 'production', PAYLOAD_SECRET: 'my-short-secret' } as NodeJS.ProcessEnv
    expect(() => payloadSecret(env)).not.toThrow(/my-short-secret/)
  })

  it('in production, a long secret is used as it is', () => {
    expect(
      payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong } as NodeJS.ProcessEnv),
    ).toBe(strong)
    expect(
      payloadSecret({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'x'.repeat(24),
      } as NodeJS.ProcessEnv),
    ).toBe('x'.repeat(24))
  })

  it('in development and tests, a missing secret falls back to a fixed development one', () => {
    for (const NODE_ENV of ['development', 'test', undefined]) {
      const fallback = payloadSecret({ NODE_ENV } as NodeJS.ProcessEnv)
      expect(fallback).toBe('development-only-secret-not-for-production')
      expect(fallback.length).toBeGreaterThanOrEqual(24)
    }
  })

  it('in development, a weak secret is allowed (a laptop with .env.example)', () => {
    expect(
      payloadSecret({
        NODE_ENV: 'development',
        PAYLOAD_SECRET: exampleSecret,
      } as NodeJS.ProcessEnv),
    ).toBe(exampleSecret)
  })

  it('HCRI_ALLOW_WEAK_SECRET=true, and only "true", is an explicit opt-out', () => {
    const env = { NODE_ENV: 'production', HCRI_ALLOW_WEAK_SECRET: 'true' } as NodeJS.ProcessEnv
    expect(payloadSecret(env)).toBe('development-only-secret-not-for-production')
    expect(() => payloadSecret({ ...env, HCRI_ALLOW_WEAK_SECRET: '1' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('reads process.env by default', () => {
    expect(payloadSecret()).toBe(process.env.PAYLOAD_SECRET)
  })
})

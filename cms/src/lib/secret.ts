/** The value in .env.example: fine on a laptop, never in production. */
export const exampleSecret = 'change-me-to-a-long-random-string'

/**
 * Payload signs logins with this secret. A production start with none (or the example one) would let
 * anyone forge a login, so it refuses to start.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET
  const weak = !secret || secret === exampleSecret || secret.length < 24
  if (weak && env.NODE_ENV === 'production' && env.HCRI_ALLOW_WEAK_SECRET !== 'true')
    throw new Error(
      'PAYLOAD_SECRET is missing, too short or still the example value. Set a long random PAYLOAD_SECRET in cms/.env (e.g. `openssl rand -hex 32`) before starting in production.',
    )
  return secret || 'development-only-secret-not-for-production'
}

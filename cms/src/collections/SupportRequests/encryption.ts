/**
 * Encryption at rest for what a person wrote in a support request: AES-256-GCM (node:crypto)
 * under SUPPORT_ENCRYPTION_KEY, a key from the environment (32 bytes, base64), never in the
 * database. The database and its backups hold only ciphertext. Each value is bound to its field
 * name (additional data), so ciphertexts cannot be swapped between fields.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const prefix = 'enc1:'

export class MissingKeyError extends Error {
  constructor() {
    super(
      'SUPPORT_ENCRYPTION_KEY is not set (or is not 32 bytes in base64): support requests cannot be stored or read.',
    )
  }
}

/** The key, or undefined when it is missing or malformed. */
export function supportKey(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const value = env.SUPPORT_ENCRYPTION_KEY?.trim()
  if (!value) return undefined
  const key = Buffer.from(value, 'base64')
  return key.length === 32 ? key : undefined
}

export function seal(plain: string, field: string, key = supportKey()): string {
  if (!key) throw new MissingKeyError()
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(field))
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return prefix + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** The plain text, or undefined when the value is not a ciphertext this key opens for this field. */
export function open(sealed: string, field: string, key = supportKey()): string | undefined {
  if (!key || !sealed.startsWith(prefix)) return undefined
  const raw = Buffer.from(sealed.slice(prefix.length), 'base64')
  if (raw.length < 28) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
    decipher.setAAD(Buffer.from(field))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(prefix)

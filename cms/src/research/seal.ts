/**
 * Survey answers are sealed on arrival with the research team's public key (libsodium sealed
 * boxes: X25519 + XSalsa20-Poly1305, anonymous sender). The server holds only the public key, so the
 * database, its backups, logs and the admin never hold an answer in clear; the private key stays
 * with the researchers and opens an export off the server (research/cli.ts).
 */
import sodium from 'libsodium-wrappers'

const b64 = () => sodium.base64_variants.ORIGINAL

/** RESEARCH_PUBLIC_KEY (base64, 32 bytes); undefined when unset or malformed. */
export async function researchPublicKey(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Uint8Array | undefined> {
  const text = env.RESEARCH_PUBLIC_KEY?.trim()
  if (!text) return undefined
  await sodium.ready
  try {
    const key = sodium.from_base64(text, b64())
    return key.length === sodium.crypto_box_PUBLICKEYBYTES ? key : undefined
  } catch {
    return undefined
  }
}

/** Seals a value as JSON for the holder of the private key; base64 text to store. */
export async function seal(value: unknown, publicKey: Uint8Array): Promise<string> {
  await sodium.ready
  const box = sodium.crypto_box_seal(sodium.from_string(JSON.stringify(value)), publicKey)
  return sodium.to_base64(box, b64())
}

/** Opens a sealed value with the key pair (the CLI, off the server). Throws when it is not ours. */
export async function unseal<T>(
  sealed: string,
  keys: { publicKey: Uint8Array; privateKey: Uint8Array },
): Promise<T> {
  await sodium.ready
  const box = sodium.from_base64(sealed, b64())
  const plain = sodium.crypto_box_seal_open(box, keys.publicKey, keys.privateKey)
  return JSON.parse(sodium.to_string(plain)) as T
}

/** A new key pair, base64 (research:keygen and tests). */
export async function researchKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  await sodium.ready
  const pair = sodium.crypto_box_keypair()
  return {
    publicKey: sodium.to_base64(pair.publicKey, b64()),
    privateKey: sodium.to_base64(pair.privateKey, b64()),
  }
}

/** The key pair from the private key alone (the public half is derived from it). */
export async function keysFromPrivate(
  privateKey: string,
): Promise<{ publicKey: Uint8Array; privateKey: Uint8Array }> {
  await sodium.ready
  const secret = sodium.from_base64(privateKey.trim(), b64())
  return { publicKey: sodium.crypto_scalarmult_base(secret), privateKey: secret }
}

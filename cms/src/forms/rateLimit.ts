/**
 * Rate limits for the public forms that keep no address. A client is an HMAC of its address under
 * a random key that lives in memory only and is replaced every window; when it is replaced the
 * counts go too, so nothing kept can be tied back to an address, even by someone holding the
 * database and PAYLOAD_SECRET.
 */
import { createHmac, randomBytes } from 'node:crypto'

import type { PublicForm } from '@hcri/shared/forms'

export type FormLimits = {
  /** Submissions one client may send to one form in a window when it solved the proof of work. */
  perClientWithProof: number
  /** The same without a proof of work (no JavaScript): people send one, scripts send many. */
  perClientWithoutProof: number
  /** Submissions without a proof of work from everyone together, per form: caps a spread flood. */
  allWithoutProof: number
}

export const defaultFormLimits: FormLimits = {
  perClientWithProof: 10,
  perClientWithoutProof: 3,
  allWithoutProof: 60,
}

/** One hour: counts and the key that hashes addresses last this long. */
export const formWindowMs = 60 * 60 * 1000
/** Beyond this many clients a window refuses newcomers without proof, so memory stays bounded. */
const maxClients = 100_000

export class FormRateLimit {
  now = () => Date.now()
  private key = randomBytes(32)
  private windowStart = 0
  private counts = new Map<string, number>()

  constructor(public limits: FormLimits = defaultFormLimits) {}

  private roll() {
    const now = this.now()
    if (now - this.windowStart < formWindowMs) return
    this.windowStart = now
    this.key = randomBytes(32)
    this.counts.clear()
  }

  /** The client's key in this window: an HMAC that the next window cannot reproduce. */
  clientKey(address: string): string {
    this.roll()
    return createHmac('sha256', this.key).update(address).digest('base64url').slice(0, 22)
  }

  /** Counts a submission and says whether it is within the limits. */
  take(address: string, form: PublicForm, proved: boolean): boolean {
    const client = this.clientKey(address)
    const mine = `${form}:${proved ? 'proof' : 'plain'}:${client}`
    const all = `${form}:plain:*`
    const limit = proved ? this.limits.perClientWithProof : this.limits.perClientWithoutProof
    if ((this.counts.get(mine) ?? 0) >= limit) return false
    if (!proved && (this.counts.get(all) ?? 0) >= this.limits.allWithoutProof) return false
    if (!this.counts.has(mine) && this.counts.size >= maxClients && !proved) return false
    this.counts.set(mine, (this.counts.get(mine) ?? 0) + 1)
    if (!proved) this.counts.set(all, (this.counts.get(all) ?? 0) + 1)
    return true
  }

  /** Forgets every count (tests). */
  reset() {
    this.windowStart = 0
    this.roll()
  }

  /** What is kept, for tests: keyed hashes and counts only. */
  snapshot(): [string, number][] {
    return [...this.counts]
  }
}

const key = Symbol.for('hcri.formRateLimit')
type WithLimit = typeof globalThis & { [key]?: FormRateLimit }
/** One per process (Next.js may load this module more than once). */
export const formRateLimit = ((globalThis as WithLimit)[key] ??= new FormRateLimit())

/**
 * Sign-in throttle, by client as well as by account. Payload's own lock (five failures lock the
 * account for everyone) let a stranger who knows a staff e-mail keep that person out; here
 * failures shut out only the client that made them, from that account (and, past a higher count,
 * from every account), while the account as a whole is only slowed, never locked.
 *
 * A client is a keyed hash (HMAC with the CMS's secret) of its address, and an account a keyed
 * hash of its e-mail: kept in memory only, never logged or stored.
 *
 * The address: with TRUST_PROXY=1, the last X-Forwarded-For entry (the one our reverse proxy
 * added). Without it, the whole header as it reaches Payload: `next start` fills it from the
 * socket, but keeps one a client sent itself, so a client facing Next.js directly can choose
 * its key. That lets it dodge its own per-client limit (the per-account ceiling still slows it);
 * production should run behind a proxy that sets the header, with TRUST_PROXY=1.
 */
import { createHmac } from 'node:crypto'

import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

export type ThrottleLimits = {
  /** Failures of one client on one account before it is shut out of that account. */
  perClientAccount: number
  /** Failures of one client on any accounts before it is shut out of all of them. */
  perClient: number
  /** Failures on one account, from anyone, after which every attempt on it is slowed. */
  perAccount: number
}

export type ThrottleKeys = { pair: string; client: string; account: string }

export type Verdict = { refused: true } | { refused: false; delayMs: number }

/** How long failures count, and so how long a client stays shut out. */
export const throttleWindowMs = 15 * 60 * 1000
const slowMs = 2000
/** Beyond this many keys the oldest are forgotten, so rotating addresses cannot fill the memory. */
const maxKeys = 50_000

export class LoginThrottle {
  now = () => Date.now()
  private failures = new Map<string, number[]>()

  constructor(
    private readonly limits: ThrottleLimits = {
      perClientAccount: 5,
      perClient: 20,
      perAccount: 100,
    },
  ) {}

  keys(secret: string, address: string, account: string): ThrottleKeys {
    const hash = (kind: string, value: string) =>
      createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url').slice(0, 22)
    const client = hash('client', address)
    const who = hash('account', account.toLowerCase().trim())
    return { pair: `${client}/${who}`, client, account: who }
  }

  private recent(key: string): number[] {
    const since = this.now() - throttleWindowMs
    const times = (this.failures.get(key) ?? []).filter((t) => t > since)
    if (times.length) this.failures.set(key, times)
    else this.failures.delete(key)
    return times
  }

  check(keys: ThrottleKeys): Verdict {
    if (
      this.recent(`pair:${keys.pair}`).length >= this.limits.perClientAccount ||
      this.recent(`client:${keys.client}`).length >= this.limits.perClient
    )
      return { refused: true }
    const onAccount = this.recent(`account:${keys.account}`).length
    return { refused: false, delayMs: onAccount >= this.limits.perAccount ? slowMs : 0 }
  }

  /** Counts an attempt as a failure until `succeeded` takes it back. */
  attempt(keys: ThrottleKeys) {
    const now = this.now()
    for (const key of [`pair:${keys.pair}`, `client:${keys.client}`, `account:${keys.account}`]) {
      const times = [...this.recent(key), now]
      this.failures.delete(key) // re-inserted last: the map stays oldest first
      this.failures.set(key, times)
    }
    while (this.failures.size > maxKeys) this.failures.delete(this.failures.keys().next().value!)
  }

  /** The right password: this client's failures on this account are forgotten. */
  succeeded(keys: ThrottleKeys) {
    this.failures.delete(`pair:${keys.pair}`)
    for (const key of [`client:${keys.client}`, `account:${keys.account}`]) {
      const times = this.recent(key).slice(0, -1)
      if (times.length) this.failures.set(key, times)
      else this.failures.delete(key)
    }
  }

  /** What is kept, for tests: hashed keys and times only. */
  snapshot(): [string, number[]][] {
    return [...this.failures]
  }
}

const key = Symbol.for('hcri.loginThrottle')
type WithThrottle = typeof globalThis & { [key]?: LoginThrottle }
/** One per process (Next.js may load this module more than once). */
export const loginThrottle = ((globalThis as WithThrottle)[key] ??= new LoginThrottle())

export function clientAddress(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const forwarded = headers.get('x-forwarded-for') ?? ''
  if (env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true')
    return forwarded.split(',').pop()?.trim() || 'unknown'
  return forwarded.trim() || 'unknown'
}

const contextKey = 'loginThrottle'

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email : ''
  const keys = loginThrottle.keys(req.payload.secret, clientAddress(req.headers), email)
  const verdict = loginThrottle.check(keys)
  if (verdict.refused)
    throw new APIError(
      'Too many wrong passwords for this account from this device or network. Please wait 15 minutes and try again, or use “Forgot password?”.',
      429,
      null,
      true,
    )
  if (verdict.delayMs) await new Promise((r) => setTimeout(r, verdict.delayMs))
  loginThrottle.attempt(keys)
  req.context[contextKey] = keys
  return args
}

export const forgiveLogin: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const keys = req.context[contextKey] as ThrottleKeys | undefined
  if (operation === 'login' && keys) loginThrottle.succeeded(keys)
  return result
}

/** The CDN target: POST to a deploy hook (Netlify, Cloudflare Pages, …), retrying on failure. */
export type HookResult = { ok: boolean; status?: number; attempts: number; error?: string }

export async function callHook(
  url: string,
  reasons: string[],
  { attempts, backoffMs }: { attempts: number; backoffMs: number },
): Promise<HookResult> {
  let last: HookResult = { ok: false, attempts: 0 }
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ trigger: 'hcri-cms', reasons }),
        signal: AbortSignal.timeout(30_000),
      })
      last = { ok: res.ok, status: res.status, attempts: attempt }
      if (res.ok) return last
      last.error = `The deploy hook answered ${res.status} ${res.statusText}`.trim()
      // A 4xx other than 408/429 will not get better by asking again (wrong URL, revoked hook).
      if (res.status < 500 && res.status !== 408 && res.status !== 429) return last
    } catch (error) {
      last = {
        ok: false,
        attempts: attempt,
        error: `The deploy hook could not be reached: ${(error as Error).message}`,
      }
    }
    if (attempt < attempts) await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)))
  }
  return last
}

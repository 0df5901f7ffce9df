/**
 * What the support form and the survey share with JavaScript: their messages in the visitor's
 * language, and sending — a proof-of-work challenge from the CMS solved in the browser (no third
 * party), then the form sent with fetch (no cookies, no referrer, nothing in the address bar or
 * history).
 */
import { protectionFields } from '@hcri/shared/forms'
import { solveProof, type Challenge } from '@hcri/shared/proofOfWork'

type Message = { text: string; lang: string }

/** What the CMS answers a form sent with `Accept: application/json`. */
export type FormAnswer = { ok?: boolean; error?: string; code?: string }

/**
 * Shows the form's message `key` in `el`, or empties it. A message still in English on another
 * language's page says so (lang, dir) for screen readers.
 */
export function messenger(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, Message>
  const say = (el: HTMLElement, key?: string) => {
    const message = key ? messages[key] : undefined
    el.textContent = message?.text ?? ''
    if (message?.lang) {
      el.lang = message.lang
      el.dir = 'ltr'
    } else {
      el.removeAttribute('lang')
      el.removeAttribute('dir')
    }
  }
  return {
    say,
    has: (key: string | undefined) =>
      key !== undefined && Object.prototype.hasOwnProperty.call(messages, key),
  }
}

/** Solves the form's challenge and sends it: `ok` when the CMS accepted it. Throws when it cannot. */
export async function sendProtected(
  form: HTMLFormElement,
): Promise<{ ok: boolean; result: FormAnswer }> {
  const proof = form.querySelector<HTMLInputElement>(`input[name="${protectionFields.proof}"]`)!
  const request = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' } as const
  try {
    const challenge = await fetch(form.dataset.challenge!, request)
    if (!challenge.ok) throw new Error('challenge')
    proof.value = (await solveProof((await challenge.json()) as Challenge)) ?? ''
    const answer = await fetch(form.action, {
      ...request,
      method: 'POST',
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      headers: { Accept: 'application/json' },
    })
    const result = (await answer.json().catch(() => ({}))) as FormAnswer
    return { ok: answer.ok && Boolean(result.ok), result }
  } finally {
    // A proof is good once: the next send asks for a new challenge.
    proof.value = ''
  }
}

/**
 * The support form with JavaScript: gets a proof-of-work challenge from the CMS, solves it in
 * the browser (no third party), sends the form with fetch (no cookies, nothing in the address
 * bar or history) and confirms in place; the form is then emptied. Without this script the form
 * still works as a plain POST.
 */
import { protectionFields } from '@hcri/shared/forms'
import { solveProof, type Challenge } from '@hcri/shared/proofOfWork'

type Message = { text: string; lang: string }

function enhance(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, Message>
  const status = form.querySelector<HTMLElement>('[data-support-status]')!
  const error = form.querySelector<HTMLElement>('[data-support-error]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const confirmation = document.querySelector<HTMLElement>('[data-support-confirmation]')
  const proof = form.querySelector<HTMLInputElement>(`input[name="${protectionFields.proof}"]`)!
  let sending = false

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

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (sending) return
    sending = true
    button.disabled = true
    say(error)
    say(status, 'support.sending')
    try {
      const challenge = await fetch(form.dataset.challenge!, {
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      })
      if (!challenge.ok) throw new Error('challenge')
      proof.value = (await solveProof((await challenge.json()) as Challenge)) ?? ''
      const answer = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      })
      const result = (await answer.json().catch(() => ({}))) as { ok?: boolean; error?: string }
      if (answer.ok && result.ok) {
        form.reset()
        form.hidden = true
        say(status)
        if (confirmation) {
          confirmation.hidden = false
          confirmation.focus()
        }
        return
      }
      say(status)
      say(error, result.error && messages[result.error] ? result.error : 'support.error.network')
      error.focus?.()
    } catch {
      say(status)
      say(error, 'support.error.network')
    } finally {
      proof.value = ''
      sending = false
      button.disabled = false
    }
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-support-form]'))
  enhance(form)

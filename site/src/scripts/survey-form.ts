/**
 * The survey with JavaScript: solves the CMS's proof-of-work challenge in the browser, sends the
 * answers with fetch (no cookies, nothing in the address bar or history) and shows the withdrawal
 * code in place. When the page is left, the code and the answers are wiped, so the back button
 * (and the back-forward cache) bring back an empty form, not the code. Without this script the
 * form still works as a plain POST.
 */
import { protectionFields } from '@hcri/shared/forms'
import { solveProof, type Challenge } from '@hcri/shared/proofOfWork'

type Message = { text: string; lang: string }

function enhance(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, Message>
  const status = form.querySelector<HTMLElement>('[data-survey-status]')!
  const error = form.querySelector<HTMLElement>('[data-survey-error]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const confirmation = document.querySelector<HTMLElement>('[data-survey-confirmation]')!
  const code = confirmation.querySelector<HTMLElement>('[data-survey-code]')!
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

  const wipe = () => {
    form.reset()
    code.textContent = ''
    confirmation.hidden = true
    form.hidden = false
  }
  window.addEventListener('pagehide', wipe)
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) wipe()
  })

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (sending) return
    sending = true
    button.disabled = true
    say(error)
    say(status, 'research.sending')
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
      const result = (await answer.json().catch(() => ({}))) as {
        ok?: boolean
        error?: string
        code?: string
      }
      if (answer.ok && result.ok && result.code) {
        form.reset()
        form.hidden = true
        say(status)
        code.textContent = result.code
        confirmation.hidden = false
        confirmation.focus()
        return
      }
      say(status)
      say(error, result.error && messages[result.error] ? result.error : 'research.error.network')
    } catch {
      say(status)
      say(error, 'research.error.network')
    } finally {
      proof.value = ''
      sending = false
      button.disabled = false
    }
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-survey-form]'))
  enhance(form)

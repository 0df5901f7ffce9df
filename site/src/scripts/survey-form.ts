/**
 * The survey with JavaScript: sends the answers protected (protected-form.ts) and shows the
 * withdrawal code in place. When the page is left, the code and the answers are wiped, so the back
 * button (and the back-forward cache) bring back an empty form, not the code. Without this script
 * the form still works as a plain POST.
 */
import { messenger, sendProtected } from './protected-form'

function enhance(form: HTMLFormElement) {
  const { say, has } = messenger(form)
  const status = form.querySelector<HTMLElement>('[data-survey-status]')!
  const error = form.querySelector<HTMLElement>('[data-survey-error]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const confirmation = document.querySelector<HTMLElement>('[data-survey-confirmation]')!
  const code = confirmation.querySelector<HTMLElement>('[data-survey-code]')!
  let sending = false

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
      const { ok, result } = await sendProtected(form)
      if (ok && result.code) {
        form.reset()
        form.hidden = true
        say(status)
        code.textContent = result.code
        confirmation.hidden = false
        confirmation.focus()
        return
      }
      say(status)
      say(error, has(result.error) ? result.error : 'research.error.network')
    } catch {
      say(status)
      say(error, 'research.error.network')
    } finally {
      sending = false
      button.disabled = false
    }
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-survey-form]'))
  enhance(form)

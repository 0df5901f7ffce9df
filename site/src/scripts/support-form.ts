/**
 * The support form with JavaScript: sends it protected (protected-form.ts) and confirms in place;
 * the form is then emptied. Without this script the form still works as a plain POST.
 */
import { messenger, sendProtected } from './protected-form'

function enhance(form: HTMLFormElement) {
  const { say, has } = messenger(form)
  const status = form.querySelector<HTMLElement>('[data-support-status]')!
  const error = form.querySelector<HTMLElement>('[data-support-error]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const confirmation = document.querySelector<HTMLElement>('[data-support-confirmation]')
  let sending = false

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (sending) return
    sending = true
    button.disabled = true
    say(error)
    say(status, 'support.sending')
    try {
      const { ok, result } = await sendProtected(form)
      if (ok) {
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
      say(error, has(result.error) ? result.error : 'support.error.network')
      error.focus?.()
    } catch {
      say(status)
      say(error, 'support.error.network')
    } finally {
      sending = false
      button.disabled = false
    }
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-support-form]'))
  enhance(form)

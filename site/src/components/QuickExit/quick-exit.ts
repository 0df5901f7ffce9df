/**
 * Quick exit, after the GOV.UK "Exit this page" component, with two changes: it leaves with
 * `location.replace` (this page does not stay in the back history) and goes via `/exit/`, whose
 * response clears the site's cache and storage before the neutral site opens.
 *
 * Without JavaScript the control is a plain link to `/exit/`, which redirects by itself.
 */

const PRESSES = 3
/** Each Shift press must come within this many ms of the last one. */
const WINDOW_MS = 5000

type Messages = { press1: string; press2: string; reset: string; leaving: string }

function exitUrlOf(root: HTMLElement): string {
  const link = root.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')
  // Absolute, so that inside a partner's iframe it still points at this site's /exit/.
  return new URL(link?.getAttribute('href') ?? '/exit/', window.location.href).href
}

function blankPage(): void {
  document.documentElement.classList.add('quick-exit-leaving')
  // The tab title is visible on a shared screen too.
  document.title = '\u200b'
}

function leave(root: HTMLElement, status: HTMLElement | null, messages: Messages): void {
  blankPage()
  if (status) status.textContent = messages.leaving
  const url = exitUrlOf(root)
  if (root.dataset.targetTop !== undefined && window.top && window.top !== window.self) {
    try {
      window.top.location.replace(url)
      return
    } catch {
      // A sandboxed frame may refuse top navigation: fall back to opening in the top context.
      window.open(url, '_top', 'noopener,noreferrer')
      return
    }
  }
  window.location.replace(url)
}

function init(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-quick-exit-status]')
  const messages: Messages = {
    press1: root.dataset.msgPress1 ?? '',
    press2: root.dataset.msgPress2 ?? '',
    reset: root.dataset.msgReset ?? '',
    leaving: root.dataset.msgLeaving ?? '',
  }
  const announce = (text: string) => {
    if (status) status.textContent = text
  }

  root.querySelector('[data-quick-exit-link]')?.addEventListener('click', (event) => {
    event.preventDefault()
    leave(root, status, messages)
  })

  let count = 0
  let lastPress = 0
  let shiftDown = false
  // Set when another key is pressed while Shift is held (Shift+A is typing, not an exit).
  let chorded = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const reset = (say: boolean) => {
    if (say && count > 0) announce(messages.reset)
    count = 0
    clearTimeout(timer)
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') {
      if (!event.repeat) {
        shiftDown = true
        chorded = false
      }
      return
    }
    if (shiftDown) chorded = true
    reset(false)
  })

  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return
    shiftDown = false
    if (chorded) {
      chorded = false
      reset(false)
      return
    }
    const now = Date.now()
    if (count > 0 && now - lastPress > WINDOW_MS) count = 0
    count += 1
    lastPress = now
    clearTimeout(timer)
    if (count >= PRESSES) {
      count = 0
      leave(root, status, messages)
      return
    }
    announce(count === 1 ? messages.press1 : messages.press2)
    timer = setTimeout(() => reset(true), WINDOW_MS)
  })

  // Switching windows (Alt+Tab, Cmd+Tab) must not leave a half-counted sequence.
  window.addEventListener('blur', () => {
    shiftDown = false
    chorded = false
  })

  // A page restored from the back-forward cache must not stay blank.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) document.documentElement.classList.remove('quick-exit-leaving')
  })
}

for (const root of document.querySelectorAll<HTMLElement>('[data-quick-exit]')) init(root)

/**
 * Inside a partner's iframe: tells the embedding page how tall this page is, whenever that changes
 * (layout, fonts, images, the visitor opening a section), so the frame never scrolls on its own;
 * and keeps the quick exit on the part of the frame the visitor can see, which only the parent
 * page knows (embed.js tells us as the visitor scrolls).
 *
 * We talk only to a parent that has spoken first (embed.js asks us to measure once the frame has
 * loaded) from a site in the embed allow list (`data-embed-origins`; absent: any site), and then
 * only to that origin. The parent checks in turn that messages come from our origin and frame.
 */
export {}

const marker = 'hcri-embed'

const root = document.documentElement
const allowed: string[] | null = root.dataset.embedOrigins
  ? (JSON.parse(root.dataset.embedOrigins) as string[])
  : null
const exitControl = document.querySelector<HTMLElement>('[data-quick-exit]')

/** The parent page's origin, once it has introduced itself. */
let parentOrigin: string | undefined

function height(): number {
  return Math.ceil(root.getBoundingClientRect().height)
}

let last = 0
function report() {
  if (!parentOrigin) return
  const value = height()
  if (value === last) return
  last = value
  window.parent.postMessage({ type: `${marker}:height`, height: value }, parentOrigin)
}

/**
 * The part of this page on the visitor's screen is [top, bottom] (CSS px from the page's top).
 * The fixed control sits at the top of the frame, which is the top of the page when the frame is
 * as tall as its content: move it to the top of what is visible, never past the page's end.
 */
function keepExitInView(top: number, bottom: number) {
  if (!exitControl || !Number.isFinite(top) || !Number.isFinite(bottom) || bottom <= top) return
  const room = height() - exitControl.offsetHeight
  const at = Math.max(0, Math.min(Math.round(top), room))
  exitControl.style.insetBlockStart = `${at}px`
}

const acceptable = (origin: string) =>
  !allowed || origin === window.location.origin || allowed.includes(origin)

if (window.parent !== window) {
  new ResizeObserver(report).observe(root)
  document.fonts?.ready.then(report)
  window.addEventListener('load', report)
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !acceptable(event.origin)) return
    const data = event.data as { type?: unknown; top?: unknown; bottom?: unknown } | null
    if (data?.type === `${marker}:measure`) {
      // The parent asks after creating the frame (lazy loading) or re-attaching it.
      parentOrigin = event.origin
      last = 0
      report()
    } else if (data?.type === `${marker}:view` && event.origin === parentOrigin) {
      keepExitInView(Number(data.top), Number(data.bottom))
    }
  })
}

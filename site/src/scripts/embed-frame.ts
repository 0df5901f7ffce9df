/**
 * Inside a partner's iframe: tells the embedding page how tall this page is, whenever that changes
 * (layout, fonts, images, the visitor opening a section), so the frame never scrolls on its own.
 *
 * Why posting to any origin is safe here: the message carries only a number and our marker, nothing
 * from the page; the parent (embed.js) checks that it comes from our origin and from its own frame.
 * The parent's origin cannot be known from inside a cross-origin frame without its help.
 */
const marker = 'hcri-embed'

function height(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height)
}

let last = 0
function report() {
  const value = height()
  if (value === last) return
  last = value
  window.parent.postMessage({ type: `${marker}:height`, height: value }, '*')
}

if (window.parent !== window) {
  new ResizeObserver(report).observe(document.documentElement)
  document.fonts?.ready.then(report)
  window.addEventListener('load', report)
  // The parent asks again after creating the frame late (lazy loading) or re-attaching it.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === `${marker}:measure`) {
      last = 0
      report()
    }
  })
  report()
}

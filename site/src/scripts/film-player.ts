/**
 * Films hosted on YouTube or Vimeo: nothing is requested from the provider until the visitor
 * presses Play. Then the privacy-enhanced player replaces the poster. Without JavaScript the
 * "Watch on …" link still works.
 */
const allowed = ['https://www.youtube-nocookie.com/', 'https://player.vimeo.com/']

function play(box: HTMLElement) {
  const src = box.dataset.embedSrc ?? ''
  if (!allowed.some((origin) => src.startsWith(origin))) return
  const frame = document.createElement('iframe')
  frame.src = src
  frame.title = box.dataset.embedTitle ?? ''
  frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media'
  frame.allowFullscreen = true
  // YouTube refuses to play embeds sent with no referrer; send our origin only, once asked.
  frame.referrerPolicy = 'strict-origin-when-cross-origin'
  frame.className = 'film-frame'
  const stage = box.querySelector<HTMLElement>('[data-film-stage]') ?? box
  stage.replaceChildren(frame)
  box.querySelector('[data-film-consent]')?.remove()
  frame.focus()
}

for (const box of document.querySelectorAll<HTMLElement>('[data-film-embed]')) {
  const button = box.querySelector<HTMLButtonElement>('[data-film-play]')
  if (!button) continue
  button.hidden = false
  button.addEventListener('click', () => play(box), { once: true })
}

/**
 * The partners' page: choosing a page updates the snippet, the iframe code and the live preview;
 * the copy button copies the snippet. Without JavaScript the code stays selectable text.
 */
import { embedPath } from '@hcri/shared/routes'

/** Finds the embed address in the iframe code, whichever page it shows now. */
const embedPattern = new RegExp(embedPath('{slug}').replace('{slug}', '[a-z0-9-]+'))

const choice = document.querySelector<HTMLSelectElement>('[data-embed-choice]')
const code = document.querySelector<HTMLElement>('[data-embed-code]')
const iframeCode = document.querySelector<HTMLElement>('[data-iframe-code]')
const preview = document.querySelector<HTMLElement>('[data-embed-preview]')
const caption = document.querySelector<HTMLElement>('[data-preview-caption]')
const copy = document.querySelector<HTMLButtonElement>('[data-copy]')
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]')

choice?.addEventListener('change', () => {
  const option = choice.selectedOptions[0]
  if (!option || !code) return
  const slug = option.value
  code.textContent = option.dataset.snippet ?? ''
  if (iframeCode)
    iframeCode.textContent = (iframeCode.textContent ?? '').replace(embedPattern, embedPath(slug))
  if (caption && option.dataset.title)
    caption.textContent = caption.textContent?.replace(/“.*”/, `“${option.dataset.title}”`) ?? ''
  if (preview) {
    const box = document.createElement('div')
    box.dataset.hcriEmbed = slug
    box.dataset.lang = document.documentElement.lang
    preview.replaceChildren(box)
    // embed.js mounts new boxes each time it runs.
    const script = document.createElement('script')
    script.src = '/embed.js'
    script.async = true
    document.body.append(script)
  }
})

if (copy && code && navigator.clipboard) {
  copy.hidden = false
  const label = copy.textContent
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(code.textContent ?? '')
    copy.textContent = copy.dataset.copied ?? label
    if (copyStatus) copyStatus.textContent = copy.dataset.copied ?? ''
    setTimeout(() => {
      copy.textContent = label
    }, 3000)
  })
}

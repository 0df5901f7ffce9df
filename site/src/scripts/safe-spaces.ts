/**
 * Safe places page enhancements. Without JavaScript the page lists every place by area and links
 * to OpenStreetMap; with it:
 * - postcode search, entirely on this device: places are ranked by how much of their postcode
 *   matches (whole postcode, sector, district, area), with no geocoding service;
 * - "Show map" inserts an OpenStreetMap embed only when pressed.
 */

type Parts = { full: string; outward: string; sector?: string; area: string; district?: number }

const pattern = /^[A-Z]{1,2}(?:\d[A-Z\d]?(?:\d(?:[A-Z]{2})?)?)?$/

function parts(raw: string): Parts | undefined {
  const words = raw
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, '')
    .trim()
    .split(/\s+/)
  const full = words.join('')
  if (!full || !pattern.test(full)) return undefined
  // "WS1 1TP", "WS11TP" or "WS1 1": the inward part starts with the sector digit.
  let outward = full
  let inward = ''
  if (words.length === 2) [outward, inward] = words as [string, string]
  else if (full.length >= 5 && /\d[A-Z]{2}$/.test(full))
    [outward, inward] = [full.slice(0, -3), full.slice(-3)]
  const area = /^[A-Z]+/.exec(full)?.[0] ?? ''
  const district = /^[A-Z]+(\d+)/.exec(outward)?.[1]
  return {
    full,
    outward,
    sector: inward ? `${outward}${inward[0]}` : undefined,
    area,
    district: district ? Number(district) : undefined,
  }
}

/** Higher is nearer. 0: not in the same postcode area at all. */
function score(q: Parts, p: Parts): number {
  if (q.full === p.full) return 100
  if (q.sector && q.sector === p.sector) return 80
  if (q.outward === p.outward && q.district !== undefined) return 60
  if (q.area !== p.area) return 0
  // Same area (e.g. WS): neighbouring district numbers are usually nearer.
  if (q.district === undefined || p.district === undefined) return 40
  return 40 - Math.min(Math.abs(q.district - p.district), 39)
}

function setupSearch() {
  const section = document.querySelector<HTMLElement>('[data-postcode-search]')
  const form = section?.querySelector('form')
  const input = form?.querySelector<HTMLInputElement>('input[name="postcode"]')
  const status = section?.querySelector<HTMLElement>('[data-postcode-status]')
  const results = section?.querySelector<HTMLOListElement>('[data-postcode-results]')
  const error = section?.querySelector<HTMLElement>('[data-postcode-error]')
  if (!section || !form || !input || !status || !results || !error) return
  section.hidden = false
  const places = [...document.querySelectorAll<HTMLElement>('[data-place-postcode]')]

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    results.replaceChildren()
    const q = parts(input.value)
    if (!q) {
      error.hidden = false
      input.setAttribute('aria-invalid', 'true')
      status.textContent = ''
      input.focus()
      return
    }
    error.hidden = true
    input.removeAttribute('aria-invalid')
    const shown = input.value.trim().toUpperCase()
    const ranked = places
      .map((el) => ({
        el,
        s: score(q, parts(el.dataset.placePostcode ?? '') ?? { full: '', outward: '', area: '' }),
      }))
      .filter((r) => r.s > 0)
      .sort((a, b) => b.s - a.s)
      .slice(0, 10)
    const template = (ranked.length ? status.dataset.found : status.dataset.none) ?? ''
    status.textContent = template.replace('{postcode}', shown)
    for (const { el } of ranked) {
      const copy = el.cloneNode(true) as HTMLElement
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'))
      results.append(copy)
    }
  })
}

const allowedMap = 'https://www.openstreetmap.org/export/embed.html'

function setupMaps() {
  document.querySelectorAll<HTMLButtonElement>('[data-map-show]').forEach((b) => (b.hidden = false))
  // Delegated, so copies in the postcode results work too.
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-map-show]')
    const box = button?.closest<HTMLElement>('[data-map]')
    if (!button || !box) return
    const lat = Number(box.dataset.lat)
    const lon = Number(box.dataset.lon)
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return
    const d = 0.004
    const params = new URLSearchParams({
      bbox: [lon - d, lat - d / 1.6, lon + d, lat + d / 1.6].map((n) => n.toFixed(5)).join(','),
      layer: 'mapnik',
      marker: `${lat},${lon}`,
    })
    const frame = document.createElement('iframe')
    frame.src = `${allowedMap}?${params}`
    frame.title = box.dataset.title ?? ''
    frame.loading = 'lazy'
    frame.className = 'map-frame'
    frame.referrerPolicy = 'no-referrer'
    button.replaceWith(frame)
  })
}

setupSearch()
setupMaps()

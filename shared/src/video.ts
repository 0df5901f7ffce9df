/**
 * Recognises a YouTube or Vimeo film from what staff paste (a link or an id), so the site can build
 * the privacy-enhanced player address itself and never trusts a pasted embed URL.
 */
export type VideoProvider = 'youtube' | 'vimeo'
export type ParsedVideo = { ok: true; id: string } | { ok: false; error: string }

const youtubeId = /^[A-Za-z0-9_-]{11}$/
const vimeoId = /^\d{6,12}$/

const youtubeHosts = [
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
]
const vimeoHosts = ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']

function asUrl(input: string): URL | undefined {
  try {
    const url = new URL(input)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}

export function parseVideo(provider: VideoProvider, raw: string): ParsedVideo {
  const input = raw.trim()
  if (provider === 'youtube') {
    if (youtubeId.test(input)) return { ok: true, id: input }
    const url = asUrl(input)
    if (!url || !youtubeHosts.includes(url.hostname))
      return {
        ok: false,
        error:
          'This is not a YouTube link. Paste the address from YouTube, e.g. https://www.youtube.com/watch?v=abcdefghijk, or the 11-character video id.',
      }
    const candidates = [
      url.hostname === 'youtu.be' ? url.pathname.slice(1) : undefined,
      url.searchParams.get('v') ?? undefined,
      /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname)?.[1],
    ]
    const id = candidates.find((c) => c && youtubeId.test(c))
    return id
      ? { ok: true, id }
      : {
          ok: false,
          error:
            'This YouTube link does not point to a video. Open the film on YouTube and copy the address from there.',
        }
  }
  if (vimeoId.test(input)) return { ok: true, id: input }
  const url = asUrl(input)
  if (!url || !vimeoHosts.includes(url.hostname))
    return {
      ok: false,
      error:
        'This is not a Vimeo link. Paste the address from Vimeo, e.g. https://vimeo.com/123456789, or the number at its end.',
    }
  const id = url.pathname.split('/').find((part) => vimeoId.test(part))
  return id
    ? { ok: true, id }
    : {
        ok: false,
        error:
          'This Vimeo link does not point to a video. Open the film on Vimeo and copy the address from there.',
      }
}

/** The player address that loads only after the visitor asks: no cookies, no tracking. */
export function privacyEmbedUrl(provider: VideoProvider, id: string): string {
  return provider === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`
    : `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`
}

export function watchUrl(provider: VideoProvider, id: string): string {
  return provider === 'youtube'
    ? `https://www.youtube.com/watch?v=${id}`
    : `https://vimeo.com/${id}`
}

import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseVideo, privacyEmbedUrl, watchUrl } from '../src/video'
import { validateWebVtt } from '../src/webvtt'

describe('provider links', () => {
  it.each([
    ['youtube', 'https://youtu.be/dQw4w9WgXcQ?si=tracking', 'dQw4w9WgXcQ'],
    ['youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['youtube', '  https://www.youtube.com/watch?v=dQw4w9WgXcQ  ', 'dQw4w9WgXcQ'],
    ['vimeo', 'https://vimeo.com/76979871', '76979871'],
    ['vimeo', 'https://player.vimeo.com/video/76979871?h=abc', '76979871'],
  ] as const)('%s %s gives the id %s', (provider, raw, id) => {
    expect(parseVideo(provider, raw)).toEqual({ ok: true, id })
  })

  it.each([
    ['youtube', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['youtube', 'http://[::1]/watch?v=dQw4w9WgXcQ'],
    ['youtube', 'data:text/html,<script>alert(1)</script>'],
    ['youtube', 'https://www.youtube.com/watch?v=short'],
    ['vimeo', 'https://vimeo.com.evil.example/123456'],
    ['vimeo', 'https://vimeo.com/about'],
    ['vimeo', 'javascript:alert(1)//vimeo.com/123'],
  ] as const)('%s refuses %s with a plain message', (provider, raw) => {
    const result = parseVideo(provider, raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^This (is not a|(YouTube|Vimeo) link does not)/)
  })

  it('plays only from the privacy-enhanced players', () => {
    const yt = new URL(privacyEmbedUrl('youtube', 'dQw4w9WgXcQ'))
    expect(yt.origin).toBe('https://www.youtube-nocookie.com')
    expect(yt.pathname).toBe('/embed/dQw4w9WgXcQ')
    const vimeo = new URL(privacyEmbedUrl('vimeo', '76979871'))
    expect(vimeo.origin).toBe('https://player.vimeo.com')
    expect(vimeo.searchParams.get('dnt')).toBe('1')
    expect(watchUrl('vimeo', '76979871')).toBe('https://vimeo.com/76979871')
  })
})

describe('WebVTT', () => {
  const asset = (name: string) =>
    readFileSync(new URL(`../../cms/src/seed/assets/film/${name}`, import.meta.url), 'utf8')

  it.each(['report-it.en.vtt', 'report-it.ur.vtt'])('the seed film track %s is valid', (name) => {
    expect(validateWebVtt(asset(name))).toEqual({ ok: true, cues: 5 })
  })

  it.each([
    [
      'a byte-order mark and CRLF line ends',
      '\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:04.000\r\nHello\r\n',
    ],
    [
      'hours, an identifier and cue settings',
      'WEBVTT\n\nintro\n01:00:01.000 --> 01:00:04.500 line:90%\nHi\n',
    ],
    [
      'a NOTE block',
      'WEBVTT\n\nNOTE checked by the comms team\n\n00:00:01.000 --> 00:00:02.000\nHi\n',
    ],
  ])('accepts %s', (_, text) => {
    expect(validateWebVtt(text).ok).toBe(true)
  })

  it.each([
    ['an SRT file', '1\n00:00:01,000 --> 00:00:04,000\nHello\n', /first line must be "WEBVTT"/],
    [
      'a cue that ends before it starts',
      'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nHi\n',
      /end after it starts/,
    ],
    ['no cues at all', 'WEBVTT\n\n', /no captions/],
    [
      'markup that could run',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<script>x</script>\n',
      /script/,
    ],
    ['a timing without milliseconds', 'WEBVTT\n\n00:00:01 --> 00:00:04\nHi\n', /Line 3/],
  ])('refuses %s with a reason', (_, text, reason) => {
    const result = validateWebVtt(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(reason)
  })
})

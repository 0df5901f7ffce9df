/**
 * Which accessibility pieces a film has (WCAG 2.2 AA: captions 1.2.2, audio description 1.2.5;
 * the transcript serves everyone). One reading for the admin checklist and the publish rule.
 */
type Upload = number | { id: number } | null | undefined
type RichTextNode = { text?: unknown; children?: RichTextNode[] }

export type FilmAccessibilityInput = {
  provider?: string | null
  captions?: { language?: string | null; file?: Upload }[] | null
  audioDescribed?: { video?: Upload; externalUrl?: string | null } | null
  transcript?: { root?: RichTextNode } | null
}

export type FilmCheck = {
  key: 'captions' | 'audioDescription' | 'transcript'
  ok: boolean
  /** Plain English for staff: what is there, or what to add. */
  message: string
  /** Missing pieces that stop an uploaded film (or any film, for the transcript) being published. */
  blocksPublishing: boolean
}

const hasText = (node: RichTextNode | undefined): boolean =>
  !!node &&
  ((typeof node.text === 'string' && node.text.trim() !== '') ||
    (node.children ?? []).some(hasText))

export function filmAccessibility(film: FilmAccessibilityInput): FilmCheck[] {
  const uploaded = (film.provider ?? 'upload') === 'upload'
  const tracks = (film.captions ?? []).filter((c) => c.language && c.file)
  const english = tracks.some((c) => c.language === 'en')
  const ad = film.audioDescribed
  const hasAd = uploaded ? !!ad?.video : !!ad?.video || !!ad?.externalUrl?.trim()
  const transcript = hasText(film.transcript?.root)
  return [
    {
      key: 'captions',
      ok: english,
      message: english
        ? `Captions: ${tracks.length} language${tracks.length === 1 ? '' : 's'} (${tracks.map((c) => c.language).join(', ')}).`
        : uploaded
          ? 'Captions: add an English WebVTT (.vtt) caption file. An uploaded film cannot be published without one.'
          : 'Captions: add an English WebVTT (.vtt) file here, so captions do not depend on the platform’s own.',
      blocksPublishing: uploaded && !english,
    },
    {
      key: 'audioDescription',
      ok: hasAd,
      message: hasAd
        ? 'Audio-described version: added.'
        : 'Audio-described version: missing. Blind and partially sighted visitors need one (WCAG 2.2 AA).',
      blocksPublishing: false,
    },
    {
      key: 'transcript',
      ok: transcript,
      message: transcript
        ? 'Transcript: written.'
        : 'Transcript: write what is said and shown in the film. A film cannot be published without one.',
      blocksPublishing: !transcript,
    },
  ]
}

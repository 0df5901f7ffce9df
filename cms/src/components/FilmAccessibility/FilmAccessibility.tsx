'use client'
/**
 * The film editor's accessibility checklist: what the film has and still lacks (captions, audio
 * description, transcript), read live from the form so staff see it before they publish.
 */
import { useFormFields } from '@payloadcms/ui'

import {
  filmAccessibility,
  type FilmAccessibilityInput,
} from '../../collections/Films/accessibility'

import './FilmAccessibility.css'

type Fields = Record<string, { value?: unknown } | undefined>

/** The flat form state ("captions.0.language"…) back into the shape the checks read. */
function fromForm(fields: Fields): FilmAccessibilityInput {
  const value = (path: string) => fields[path]?.value
  const rows = Number(value('captions') ?? 0)
  return {
    provider: value('provider') as string | undefined,
    captions: Array.from({ length: Number.isFinite(rows) ? rows : 0 }, (_, i) => ({
      language: value(`captions.${i}.language`) as string | undefined,
      file: value(`captions.${i}.file`) as number | undefined,
    })),
    audioDescribed: {
      video: value('audioDescribed.video') as number | undefined,
      externalUrl: value('audioDescribed.externalUrl') as string | undefined,
    },
    transcript: value('transcript') as FilmAccessibilityInput['transcript'],
  }
}

export function FilmAccessibility() {
  const checks = useFormFields(([fields]) => filmAccessibility(fromForm(fields as Fields)))
  const missing = checks.filter((c) => !c.ok).length
  return (
    <section className="film-a11y" aria-labelledby="film-a11y-heading">
      <h3 id="film-a11y-heading" className="film-a11y__heading">
        Accessibility: {missing === 0 ? 'complete' : `${missing} of ${checks.length} missing`}
      </h3>
      <ul className="film-a11y__list">
        {checks.map((check) => (
          <li
            key={check.key}
            className={`film-a11y__item film-a11y__item--${check.ok ? 'ok' : check.blocksPublishing ? 'blocking' : 'missing'}`}
            data-check={check.key}
            data-ok={check.ok}
          >
            <span className="film-a11y__mark" aria-hidden="true">
              {check.ok ? '✓' : '!'}
            </span>
            <span>{check.message}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

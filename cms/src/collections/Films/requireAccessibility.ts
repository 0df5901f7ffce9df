import type { CollectionBeforeChangeHook } from 'payload'

import { userError } from '../../lib/userError'
import { filmAccessibility } from './accessibility'

const todo = {
  captions: 'add an English caption file (.vtt) under “Caption tracks”',
  transcript: 'write the transcript',
  audioDescription: 'add the audio-described version',
} as const

/**
 * A film is published only with a transcript, and an uploaded film only with English captions
 * (our own player shows only our tracks). Drafts may wait for them.
 */
export const requireAccessibility: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const film = { ...(originalDoc ?? {}), ...data }
  // Without the film itself the field's own message says so first.
  if ((film.provider ?? 'upload') === 'upload' && !film.video) return data
  const missing = filmAccessibility(film)
    .filter((check) => check.blocksPublishing)
    .map((check) => todo[check.key])
  if (missing.length > 0)
    throw userError(
      `This film cannot be published yet: ${missing.join(' and ')}. You can save it as a draft meanwhile.`,
      400,
    )
  return data
}

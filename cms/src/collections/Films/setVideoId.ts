import type { FieldHook } from 'payload'

import { parseVideo, type VideoProvider } from '@hcri/shared/video'

/**
 * The platform id of the pasted link, so the site builds the player URL itself. Worked out when the
 * film is read, never stored: a column named video_id is already the uploaded `video`'s.
 */
export const videoIdFromUrl: FieldHook = ({ siblingData }) => {
  const { provider, externalUrl } = (siblingData ?? {}) as {
    provider?: string
    externalUrl?: unknown
  }
  if ((provider !== 'youtube' && provider !== 'vimeo') || typeof externalUrl !== 'string')
    return null
  const parsed = parseVideo(provider as VideoProvider, externalUrl)
  return parsed.ok ? parsed.id : null
}

import type { CollectionBeforeChangeHook } from 'payload'

import { parseVideo, type VideoProvider } from '@hcri/shared/video'

/** Keeps the platform id beside the pasted link, so the site builds the player URL itself. */
export const setVideoId: CollectionBeforeChangeHook = ({ data }) => {
  if ((data.provider === 'youtube' || data.provider === 'vimeo') && typeof data.externalUrl === 'string') {
    const parsed = parseVideo(data.provider as VideoProvider, data.externalUrl)
    data.videoId = parsed.ok ? parsed.id : null
  } else {
    data.videoId = null
  }
  return data
}

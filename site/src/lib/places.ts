/** Static paths for the safe-space filter pages: one per locality and per kind of place. */
import { localities, placeKinds } from '@hcri/shared/enums'

import { paramPaths } from './routes'

const placeLocalities = localities.map((l) => l.value).filter((v) => v !== 'online')

export function filterPaths(filter: 'locality' | 'kind') {
  const values = filter === 'locality' ? placeLocalities : placeKinds.map((k) => k.value)
  return paramPaths(filter, values)
}

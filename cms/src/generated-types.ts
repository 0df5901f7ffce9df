// The generated types live in the shared package (used by the site too); this makes the Local API
// in the CMS typed with them.
import type { Config } from '@hcri/shared/payload-types'

declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation must be an interface
  export interface GeneratedTypes extends Config {}
}

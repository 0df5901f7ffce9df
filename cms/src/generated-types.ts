// The generated types live in the shared package (used by the site too); this makes the Local API
// in the CMS typed with them.
import type { Config } from '@hcri/shared/payload-types'

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}

/**
 * Where the public forms send: the CMS's own public address (CMS_MEDIA_URL when the build reads
 * the CMS through another address, CMS_URL otherwise). The forms' pages allow exactly this origin
 * in their Content-Security-Policy (integrations/headers.ts).
 */
import { formEndpoints, type PublicForm } from '@hcri/shared/forms'

export const formsOrigin = (env: NodeJS.ProcessEnv = process.env): string =>
  new URL(env.CMS_MEDIA_URL || env.CMS_URL || 'http://localhost:3000').origin

export const formAction = (form: PublicForm) => `${formsOrigin()}/api${formEndpoints.submit(form)}`

export const challengeUrl = (form: PublicForm) =>
  `${formsOrigin()}/api${formEndpoints.challenge}?form=${form}`

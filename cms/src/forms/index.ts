/**
 * Public forms (support requests, surveys): spam protection without third parties or cookies.
 * protectSubmission (protect.ts) is what a form's endpoint calls before keeping anything.
 */
export { all, one, readFormBody, wantsJson, type FormFields } from './body'
export { challengeEndpoint, formCors, formJson, formPreflight, formsEndpoints } from './endpoints'
export { protectSubmission, refusals, type Protection } from './protect'
export { formRateLimit, FormRateLimit } from './rateLimit'
export { UsedProofs } from './UsedProofs'

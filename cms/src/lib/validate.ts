/**
 * Field validators with messages a non-developer understands. Each returns `true` or the message.
 */

type Opts = { required?: boolean }

const isBlank = (v: unknown) => v === undefined || v === null || v === ''

/** Web addresses must be http(s): anything else (javascript:, data:) must never reach the site. */
export const httpUrl =
  ({ required = false }: Opts = {}) =>
  (value: unknown): string | true => {
    if (isBlank(value)) return required ? 'Please enter a web address.' : true
    if (typeof value !== 'string') return 'Please enter a web address.'
    try {
      const url = new URL(value)
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return 'The web address must start with https:// (or http://).'
      return true
    } catch {
      return 'This is not a complete web address. It should look like https://www.example.org/page'
    }
  }

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const email =
  ({ required = false }: Opts = {}) =>
  (value: unknown): string | true => {
    if (isBlank(value)) return required ? 'Please enter an email address.' : true
    return typeof value === 'string' && emailPattern.test(value)
      ? true
      : 'This is not a valid email address. It should look like name@example.org'
  }

/** UK phone numbers as people write them: digits, spaces, +, brackets; 3 digits (999, 101) and up. */
export const phone =
  ({ required = false }: Opts = {}) =>
  (value: unknown): string | true => {
    if (isBlank(value)) return required ? 'Please enter a phone number.' : true
    if (typeof value !== 'string' || !/^[+\d][\d\s()-]{1,20}$/.test(value.trim()))
      return 'Please enter a phone number using digits and spaces only, e.g. 0800 138 1625.'
    return true
  }

const postcodePattern = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/i

export const postcode =
  ({ required = false }: Opts = {}) =>
  (value: unknown): string | true => {
    if (isBlank(value)) return required ? 'Please enter a postcode.' : true
    return typeof value === 'string' && postcodePattern.test(value.trim())
      ? true
      : 'This is not a valid UK postcode. It should look like WS1 1TP.'
  }

export const numberInRange =
  (min: number, max: number, what: string) =>
  (value: unknown): string | true => {
    if (isBlank(value)) return true
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max)
      return `${what} must be a number between ${min} and ${max}.`
    return true
  }

import { APIError } from 'payload'

/**
 * An error whose message is meant for the member of staff who caused it. The message is also put in
 * `data`: Payload's production error formatter only keeps a message that comes with data (class
 * names are minified away in the Next build).
 */
export function userError(message: string, status = 400): APIError {
  return new APIError(message, status, { message }, true)
}

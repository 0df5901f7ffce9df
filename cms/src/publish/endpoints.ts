/** /api/publish/*: the admin panel's status, "Rebuild now" and "Go back to the previous release". */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { uncachedJson } from '../api/answer'
import { getPublisher } from './index'
import { emailAddress } from './publisher'
import { previewEndpoint } from './preview'

/** Older records named who asked for a build by e-mail address; nobody is shown one now. */
const withoutEmails = <T>(status: T): T =>
  JSON.parse(JSON.stringify(status).replace(emailAddress, 'a member of staff')) as T

const refuse = (req: PayloadRequest) => {
  if (!req.user) return uncachedJson({ error: 'Sign in to see publishing.' }, 401)
  if (!hasRole(req.user, 'admin', 'editor'))
    return uncachedJson({ error: 'Only editors and admins can publish the site.' }, 403)
  return undefined
}

export const publishEndpoints: Endpoint[] = [
  previewEndpoint,
  {
    path: '/publish/status',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return uncachedJson({ error: 'Sign in to see publishing.' }, 401)
      return uncachedJson(withoutEmails(await getPublisher().status(req.payload)))
    },
  },
  {
    path: '/publish/rebuild',
    method: 'post',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const publisher = getPublisher()
      if (publisher.config.target === 'off')
        return uncachedJson(
          { error: 'Publishing is switched off on this server (PUBLISH_TARGET=off).' },
          409,
        )
      // The role, not the person: the history is shown to every member of staff.
      const role = (req.user as { role?: string }).role
      await publisher.request(
        req.payload,
        `rebuild requested by ${role === 'admin' ? 'an admin' : 'an editor'}`,
        { now: true },
      )
      return uncachedJson(await publisher.status(req.payload), 202)
    },
  },
  {
    path: '/publish/rollback',
    method: 'post',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const publisher = getPublisher()
      if (publisher.config.target !== 'local')
        return uncachedJson(
          {
            error: 'Going back to an earlier release is only possible with the bundled publisher.',
          },
          409,
        )
      try {
        const id = await publisher.rollback()
        return uncachedJson({ ...(await publisher.status(req.payload)), rolledBackTo: id })
      } catch (error) {
        return uncachedJson({ error: (error as Error).message }, 409)
      }
    },
  },
]

/** /api/publish/*: the admin panel's status, "Rebuild now" and "Go back to the previous release". */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { getPublisher } from './index'
import { previewEndpoint } from './preview'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const refuse = (req: PayloadRequest) => {
  if (!req.user) return json({ error: 'Sign in to see publishing.' }, 401)
  if (!hasRole(req.user, 'admin', 'editor'))
    return json({ error: 'Only editors and admins can publish the site.' }, 403)
  return undefined
}

export const publishEndpoints: Endpoint[] = [
  previewEndpoint,
  {
    path: '/publish/status',
    method: 'get',
    handler: (req) => {
      if (!req.user) return json({ error: 'Sign in to see publishing.' }, 401)
      return json(getPublisher().status())
    },
  },
  {
    path: '/publish/rebuild',
    method: 'post',
    handler: (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const publisher = getPublisher()
      if (publisher.config.target === 'off')
        return json(
          { error: 'Publishing is switched off on this server (PUBLISH_TARGET=off).' },
          409,
        )
      const who = (req.user as { email?: string }).email ?? 'staff'
      publisher.request(`rebuild requested by ${who}`, { now: true })
      return json(publisher.status(), 202)
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
        return json(
          {
            error: 'Going back to an earlier release is only possible with the bundled publisher.',
          },
          409,
        )
      try {
        const id = await publisher.rollback()
        return json({ ...publisher.status(), rolledBackTo: id })
      } catch (error) {
        return json({ error: (error as Error).message }, 409)
      }
    },
  },
]

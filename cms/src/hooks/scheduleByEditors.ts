import type { CollectionConfig, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { userError } from '../lib/userError'

/**
 * Scheduled publishing runs later as a job, queued by the admin's schedule drawer without any
 * access check of Payload's own. Only editors and admins may put a publish or unpublish on the
 * calendar, or take one off: a contributor could otherwise publish at a time of their choosing,
 * or cancel an editor's planned unpublish.
 */
const refusal =
  'Only editors and admins can schedule publishing or cancel a schedule. Ask an editor to do it.'

type ScheduleInput = { user?: { relationTo?: string; value?: number | string } | number | string }

async function schedulerRole(req: PayloadRequest, input: ScheduleInput | undefined) {
  const ref = input?.user
  if (!ref || typeof ref !== 'object' || ref.relationTo !== 'users' || ref.value == null) return
  const user = await req.payload.db.findOne<{ id: number | string; role?: string }>({
    collection: 'users',
    where: { id: { equals: ref.value } },
    req,
  })
  return user ? { ...user, collection: 'users' } : null
}

export function scheduleByEditors(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    hooks: {
      ...jobs.hooks,
      beforeChange: [
        ...(jobs.hooks?.beforeChange ?? []),
        async ({ data, operation, req }) => {
          if (operation !== 'create' || data?.taskSlug !== 'schedulePublish') return data
          if (req.user && !hasRole(req.user, 'admin', 'editor')) throw userError(refusal, 403)
          // The drawer queues without a request user; the scheduler is named in the input.
          const scheduler = await schedulerRole(req, data.input as ScheduleInput)
          if (scheduler !== undefined && !hasRole(scheduler as never, 'admin', 'editor'))
            throw userError(refusal, 403)
          return data
        },
      ],
      beforeOperation: [
        ...(jobs.hooks?.beforeOperation ?? []),
        ({ args, operation, req }) => {
          if (
            (operation === 'delete' || operation === 'update') &&
            req.user &&
            !hasRole(req.user, 'admin', 'editor')
          )
            throw userError(refusal, 403)
          return args
        },
      ],
    },
  }
}

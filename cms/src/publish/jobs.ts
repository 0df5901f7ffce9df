/** The publish queue's place in Payload's jobs: its task and the lock fields (see queue.ts). */
import type { CollectionConfig, TaskConfig } from 'payload'

import { getPublisher } from './index'
import { publishTask } from './queue'

type PublishInput = { reasons?: string[]; now?: boolean }

/**
 * The rows of the publish queue are this task's jobs. The queue runs them itself; should Payload's
 * runner be pointed at them (`/api/payload-jobs/run?allQueues=true`), the task hands its reasons
 * back to the queue, so nothing is built outside the lock and nothing asked for is lost.
 */
export const publishSiteTask: TaskConfig<{ input: PublishInput; output: object }> = {
  slug: publishTask,
  label: 'Publish the site',
  inputSchema: [
    { name: 'reasons', type: 'json' },
    { name: 'now', type: 'checkbox' },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    const reasons = input.reasons ?? []
    if (reasons.length)
      await getPublisher().request(req.payload, reasons, { now: Boolean(input.now) })
    return { output: {} }
  },
}

/** The lock: unique, so only one process can hold it; and when its holder must renew it by. */
export function withPublishLock(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    fields: [
      ...jobs.fields,
      { name: 'publishLock', type: 'text', unique: true, admin: { hidden: true } },
      { name: 'lockExpiresAt', type: 'date', admin: { hidden: true } },
    ],
  }
}

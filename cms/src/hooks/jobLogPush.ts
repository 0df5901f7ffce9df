import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

/**
 * With `jobs.runHooks: true` (on here, for scheduleByEditors) Payload writes a finished task's log
 * entry through `payload.update` as `{ log: { $push: entry } }`, which the array field's
 * validation refuses ("The following field is invalid: Status > Log"): the task has run, but its
 * job is recorded as failed and tried again. This turns the `$push` into the array it means.
 */
export const pushJobLog: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const log = data?.log as unknown
  if (log && typeof log === 'object' && !Array.isArray(log) && '$push' in log) {
    const pushed = (log as { $push: unknown }).$push
    const before = Array.isArray(originalDoc?.log) ? originalDoc.log : []
    data!.log = [...before, ...(Array.isArray(pushed) ? pushed : [pushed])]
  }
  return data
}

export function withJobLogPush(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    hooks: { ...jobs.hooks, beforeValidate: [pushJobLog, ...(jobs.hooks?.beforeValidate ?? [])] },
  }
}

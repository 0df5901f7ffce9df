import type { CollectionConfig } from 'payload'

type Push = { $push: unknown }
const isPush = (value: unknown): value is Push =>
  Boolean(value && typeof value === 'object' && !Array.isArray(value) && '$push' in value)

/**
 * With `jobs.runHooks`, Payload records a finished task by updating the job with
 * `log: { $push: entry }` through the Local API, whose field checks refuse anything but an array:
 * every task then fails after its work is done ("Status > Log" is invalid). The entry is turned
 * into the whole log, as the adapter would have appended it.
 */
export function allowJobLogPush(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    hooks: {
      ...jobs.hooks,
      beforeValidate: [
        ...(jobs.hooks?.beforeValidate ?? []),
        ({ data, originalDoc }) => {
          if (!data || !isPush(data.log)) return data
          const pushed = Array.isArray(data.log.$push) ? data.log.$push : [data.log.$push]
          const before = Array.isArray(originalDoc?.log) ? originalDoc.log : []
          return { ...data, log: [...before, ...pushed] }
        },
      ],
    },
  }
}

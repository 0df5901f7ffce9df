import type { Payload, TaskConfig } from 'payload'

/** Days a closed support request is kept before it is deleted (SUPPORT_RETENTION_DAYS). */
export function supportRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.SUPPORT_RETENTION_DAYS)
  return Number.isFinite(days) && days >= 0 && env.SUPPORT_RETENTION_DAYS?.trim() ? days : 30
}

/**
 * Deletes support requests closed more than the retention period ago, and spent form proofs
 * whose challenge has expired. Returns how many requests went.
 */
export async function deleteClosedSupportRequests(
  payload: Payload,
  now = Date.now(),
  days = supportRetentionDays(),
): Promise<number> {
  const before = new Date(now - days * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: 'support-requests',
    where: { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than_equal: before } }] },
    overrideAccess: true,
    depth: 0,
    select: {},
  })
  await payload.delete({
    collection: 'form-proofs',
    where: { expires: { less_than: now } },
    overrideAccess: true,
  })
  return docs.length
}

/** Runs every hour on the default queue (the config's autoRun picks it up). */
export const deleteClosedSupportRequestsTask: TaskConfig = {
  slug: 'deleteClosedSupportRequests',
  label: 'Delete closed support requests',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({
    output: { deleted: await deleteClosedSupportRequests(req.payload) },
  }),
}

import type { Payload, TaskConfig } from 'payload'

/**
 * Deletes the responses and follow-up contacts of every survey that closed more than its
 * `retentionDays` ago. Returns how many records went.
 */
export async function deleteExpiredSurveyResponses(
  payload: Payload,
  now = Date.now(),
): Promise<number> {
  const { docs: surveys } = await payload.find({
    collection: 'surveys',
    where: { closesAt: { less_than_equal: new Date(now).toISOString() } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { closesAt: true, retentionDays: true },
  })
  const expired = surveys
    .filter((s) => Date.parse(s.closesAt) + (s.retentionDays ?? 0) * 86_400_000 <= now)
    .map((s) => s.id)
  if (!expired.length) return 0
  let deleted = 0
  for (const collection of ['survey-responses', 'survey-contacts'] as const) {
    const { docs } = await payload.delete({
      collection,
      where: { survey: { in: expired } },
      overrideAccess: true,
      depth: 0,
      select: {},
    })
    deleted += docs.length
  }
  return deleted
}

/** Runs every hour on the default queue (the config's autoRun picks it up). */
export const deleteExpiredSurveyResponsesTask: TaskConfig = {
  slug: 'deleteExpiredSurveyResponses',
  label: 'Delete survey responses past their retention',
  schedule: [{ cron: '15 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({
    output: { deleted: await deleteExpiredSurveyResponses(req.payload) },
  }),
}

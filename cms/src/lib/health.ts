import type { Endpoint } from 'payload'

/**
 * GET /api/health: 200 when the CMS answers and its database does, 503 otherwise. For the
 * supervisor, a load balancer or a monitor: it says nothing about the content, and is never cached.
 */
const answerWithinMs = 3000

export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      // A database that hangs is as down as one that refuses: a monitor must not wait on it.
      await Promise.race([
        req.payload.db.count({ collection: 'payload-migrations' }),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no answer')), answerWithinMs).unref(),
        ),
      ])
      return Response.json({ status: 'ok' }, { headers })
    } catch {
      return Response.json({ status: 'unavailable', database: 'down' }, { status: 503, headers })
    }
  },
}

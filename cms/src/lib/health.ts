import type { Endpoint } from 'payload'

/**
 * GET /api/health: 200 when the CMS answers and its database does, 503 otherwise. For the
 * supervisor, a load balancer or a monitor: it says nothing about the content, and is never cached.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      await req.payload.db.count({ collection: 'payload-migrations' })
      return Response.json({ status: 'ok' }, { headers })
    } catch {
      return Response.json({ status: 'unavailable', database: 'down' }, { status: 503, headers })
    }
  },
}

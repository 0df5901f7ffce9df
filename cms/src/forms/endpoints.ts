/** GET /api/forms/challenge?form=support: a fresh proof-of-work challenge for one public form. */
import type { Endpoint } from 'payload'

import { formEndpoints, isPublicForm } from '@hcri/shared/forms'

import { makeChallenge } from './proofOfWork'

/**
 * The public forms take no credentials, so any origin may call them: the site's static pages
 * (another origin than the CMS) and their script. No cookie is read or set.
 */
export const formCors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Max-Age': '600',
  'Cache-Control': 'no-store',
} as const

export const formJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: formCors })

/** Preflight answers for a form path (a JSON POST from another origin asks first). */
export const formPreflight = (path: string): Endpoint => ({
  path,
  method: 'options',
  handler: () => new Response(null, { status: 204, headers: formCors }),
})

export const challengeEndpoint: Endpoint = {
  path: formEndpoints.challenge,
  method: 'get',
  handler: async (req) => {
    const form = new URL(req.url ?? 'http://x/').searchParams.get('form')
    if (!isPublicForm(form)) return formJson({ error: 'Unknown form.' }, 400)
    return formJson(await makeChallenge(req.payload, form))
  },
}

export const formsEndpoints: Endpoint[] = [
  challengeEndpoint,
  formPreflight(formEndpoints.challenge),
]

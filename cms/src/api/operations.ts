import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { userError } from '../lib/userError'
import { checkQuery } from './query'

/**
 * GraphQL's types already refuse most bad arguments, but not a filter a field cannot take
 * (`like: null`, `all` on a text) or an out-of-range limit: the same checks as REST
 * (src/api/guard.ts), applied to the operation's arguments.
 */
export const checkGraphQLArguments: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI !== 'GraphQL') return args
  const a = args as { where?: unknown; sort?: unknown; limit?: unknown; page?: unknown }
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v))
  const problem = checkQuery(
    req.payload,
    {
      ...(a.where !== undefined && a.where !== null && { where: a.where }),
      sort: text(a.sort),
      limit: text(a.limit),
      page: text(a.page),
    },
    collection.flattenedFields,
  )
  if (problem) throw userError(problem.message, problem.status)
  return args
}

export function withInputChecks(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), checkGraphQLArguments],
    },
  }
}

import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** An event must end after it starts: checked on the instants, which are time-zone free. */
export const endAfterStart: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  const start = data?.start ?? originalDoc?.start
  const end = data?.end ?? originalDoc?.end
  if (!start || !end) return data
  if (new Date(end).getTime() <= new Date(start).getTime())
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'end',
          message: 'The event must end after it starts. Check the end date and time.',
        },
      ],
      req,
    })
  return data
}

import type { Field, FieldHook } from 'payload'

import { isSupportField } from '../access/isSupport'
import { hasRole } from '../access/roles'
import { isSealed, open, seal } from '../collections/SupportRequests/encryption'

/**
 * A text field stored encrypted (collections/SupportRequests/encryption.ts): sealed on every
 * write, opened on read for support volunteers only; anyone else gets nothing. A value that is
 * already this field's ciphertext is kept as it is (Payload hands the stored value back on
 * updates that do not change it).
 */
export function sealedField(
  name: string,
  options: {
    type?: 'text' | 'textarea'
    label: string
    description?: string
    /** Volunteers may change it (their notes); what the person wrote is read-only. */
    editable?: boolean
  },
): Field {
  const beforeChange: FieldHook = ({ value }) => {
    if (value === undefined || value === null || value === '') return value
    if (isSealed(value) && open(value, name) !== undefined) return value
    return seal(String(value), name)
  }
  const afterRead: FieldHook = ({ value, req }) => {
    if (!isSealed(value)) return value
    if (!hasRole(req.user, 'support')) return null
    return open(value, name) ?? '(This cannot be read with the server’s current key.)'
  }
  return {
    name,
    type: options.type ?? 'text',
    label: options.label,
    access: {
      read: isSupportField,
      create: () => false,
      update: options.editable ? isSupportField : () => false,
    },
    admin: { readOnly: !options.editable, description: options.description },
    hooks: { beforeChange: [beforeChange], afterRead: [afterRead] },
  } as Field
}

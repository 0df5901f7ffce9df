import type { CollectionConfig } from 'payload'

import { supportStatuses } from '@hcri/shared'

import { isSupport, isSupportField } from '../../access/isSupport'
import { hasRole } from '../../access/roles'
import { sealedField } from '../../fields/sealed'
import { notifyNewSupportRequest } from '../../lib/email'

/**
 * Confidential support requests sent from the site's /support/ page (forms/support.ts). What the
 * person wrote is encrypted at rest (fields/sealed.ts) and readable only by support volunteers;
 * admins, editors and contributors cannot list, read or change requests. No versions (they would
 * keep copies), no exact times (the day it arrived only), and closed requests are deleted a set
 * time after closing (jobs/deleteClosedSupportRequests.ts).
 */
export const SupportRequests: CollectionConfig = {
  slug: 'support-requests',
  labels: { singular: 'Support request', plural: 'Support requests' },
  timestamps: false,
  disableDuplicate: true,
  defaultSort: '-id',
  admin: {
    group: 'Support',
    defaultColumns: ['id', 'status', 'receivedOn', 'firstName', 'contactBy', 'language'],
    description:
      'Requests for confidential support. Only support volunteers can see them. Closed requests are deleted automatically some days after closing.',
    hidden: ({ user }) => !hasRole(user as never, 'support'),
    enableRichTextRelationship: false,
  },
  access: {
    read: isSupport,
    update: isSupport,
    delete: isSupport,
    // Only the public form's endpoint creates requests (with overrideAccess).
    create: () => false,
    readVersions: () => false,
  },
  hooks: {
    beforeChange: [
      ({ data, operation, originalDoc }) => {
        if (operation === 'create') data.receivedOn = new Date().toISOString().slice(0, 10)
        if (data.status === 'closed') {
          if (originalDoc?.status !== 'closed' || !originalDoc?.closedAt)
            data.closedAt = new Date().toISOString()
        } else if (data.status) data.closedAt = null
        return data
      },
    ],
    afterChange: [
      ({ doc, operation, req }) => {
        if (operation === 'create') notifyNewSupportRequest(req.payload)
        return doc
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          options: supportStatuses.map((s) => ({ ...s })),
          access: { read: isSupportField, update: isSupportField },
          admin: {
            description:
              'New: nobody has been in touch yet. Contacted: a volunteer has reached them. Closed: nothing more to do (deleted automatically later).',
          },
        },
        {
          name: 'receivedOn',
          type: 'date',
          label: 'Received on',
          access: { read: isSupportField, create: () => false, update: () => false },
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
          },
        },
        {
          name: 'closedAt',
          type: 'date',
          label: 'Closed on',
          access: { read: isSupportField, create: () => false, update: () => false },
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
          },
        },
      ],
    },
    sealedField('firstName', { label: 'First name (optional)' }),
    sealedField('contactBy', { label: 'Safe ways to contact them' }),
    sealedField('email', { label: 'E-mail address' }),
    sealedField('phone', { label: 'Phone number' }),
    sealedField('safeTimes', { type: 'textarea', label: 'When it is safe to contact them' }),
    sealedField('leaveMessage', { label: 'Is it safe to leave a message?' }),
    sealedField('language', { label: 'Preferred language' }),
    sealedField('message', { type: 'textarea', label: 'Their message' }),
    sealedField('notes', {
      type: 'textarea',
      label: 'Volunteer notes',
      editable: true,
      description: 'Only what the team needs. Stored encrypted, deleted with the request.',
    }),
  ],
}

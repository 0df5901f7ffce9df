import type { CollectionConfig } from 'payload'

import { roles } from '@hcri/shared'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { forgiveLogin, throttleLogin } from '../lib/loginThrottle'

/** Staff accounts. Only admins create accounts and change roles. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    // Payload's lock would let anyone who knows a staff e-mail lock that person out: off. Password
    // guessing is throttled by client and by account instead (lib/loginThrottle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure:
        process.env.NODE_ENV === 'production' && process.env.PAYLOAD_INSECURE_COOKIES !== 'true',
    },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Admin',
    description:
      'People who can sign in to edit the site. Only admins can add people or change roles.',
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterOperation: [forgiveLogin],
    beforeChange: [
      // The very first account (made on the admin's "create first user" screen) must be an admin.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({
          collection: 'users',
          req,
          overrideAccess: true,
        })
        return totalDocs === 0 ? { ...data, role: 'admin' } : data
      },
    ],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Shown to other staff in the admin.' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((r) => ({ ...r })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Admin: everything including users and settings. Editor: create, edit and publish content. Contributor: write drafts for an editor to publish.',
      },
    },
  ],
}

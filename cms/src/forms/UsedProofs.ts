import type { CollectionConfig } from 'payload'

/**
 * Proofs of work already spent, so a solution cannot be sent twice, by any process sharing the
 * database. Only a hash of the challenge's signature and when the challenge expires (the time it
 * was handed out plus its lifetime, not when anyone sent anything); rows go once expired.
 * Nobody reads this through the API: only the server, with overrideAccess.
 */
export const UsedProofs: CollectionConfig = {
  slug: 'form-proofs',
  admin: { hidden: true },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  timestamps: false,
  lockDocuments: false,
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true, index: true },
    { name: 'expires', type: 'number', required: true, index: true },
  ],
}

import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * Researchers: they count survey responses and export them sealed. Nobody on the server, this role
 * included, can open what a response says (research/seal.ts); admins, editors and contributors do
 * not see responses at all.
 */
export const isResearcher: Access = ({ req: { user } }) => hasRole(user, 'researcher')

export const isResearcherField: FieldAccess = ({ req: { user } }) => hasRole(user, 'researcher')

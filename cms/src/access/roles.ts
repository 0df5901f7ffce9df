import type { Role } from '@hcri/shared'

/** The signed-in staff member, as access functions see it. */
type MaybeUser = { role?: Role | null; collection?: string } | null | undefined

export function roleOf(user: MaybeUser): Role | undefined {
  if (!user || (user.collection && user.collection !== 'users')) return undefined
  return user.role ?? undefined
}

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean => {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}

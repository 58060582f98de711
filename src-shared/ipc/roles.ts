// Who may call what. Anonymous callers have role `null`.
export const roles = ['customer', 'front_desk', 'back_office', 'admin'] as const
export type Role = (typeof roles)[number]

export const operatorRoles = [
  'front_desk',
  'back_office',
  'admin',
] as const satisfies readonly Role[]
export type OperatorRole = (typeof operatorRoles)[number]

/** `public`: anyone, signed in or not. Otherwise the list of roles allowed. */
export type Access = 'public' | readonly Role[]

export function isAllowed(access: Access, role: Role | null): boolean {
  if (access === 'public') return true
  return role !== null && access.includes(role)
}

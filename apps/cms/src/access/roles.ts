/** The roles a CMS user can have. Admins manage users; editors manage content. */
export const roles = ['admin', 'editor'] as const;
export type Role = (typeof roles)[number];

type MaybeUser = { role?: Role | null; collection?: string } | null | undefined;

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user && user.collection === 'users' && user.role && allowed.includes(user.role));

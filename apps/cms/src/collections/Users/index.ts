import type { CollectionConfig } from 'payload';
import { isAdmin, isAdminField } from '../../access/isAdmin';
import { isAdminOrSelf } from '../../access/isAdminOrSelf';
import { hasRole, roles } from '../../access/roles';
import { administrationGroup } from '../../lib/adminLabels';
import { giveBackLoginHit } from './hooks/giveBackLoginHit';
import { throttleLogins } from './hooks/throttleLogins';
import { throttlePasswordResets } from './hooks/throttlePasswordResets';

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', es: 'Usuario' }, plural: { en: 'Users', es: 'Usuarios' } },
  auth: {
    // No lockout: anyone could lock the owner out with a few wrong passwords. Failed logins are
    // throttled per account and per client instead (hooks/throttleLogins.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The public site reads drafts for previews with an editor's API key (CMS_API_KEY).
    useAPIKey: true,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: administrationGroup,
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  },
  hooks: { beforeOperation: [throttleLogins, throttlePasswordResets], afterLogin: [giveBackLoginHit] },
  fields: [
    { name: 'name', label: { en: 'Name', es: 'Nombre' }, type: 'text' },
    {
      name: 'role',
      label: { en: 'Role', es: 'Rol' },
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((role) => ({ label: role === 'admin' ? 'Admin' : 'Editor', value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          en: 'Editors manage content; admins also manage users and roles.',
          es: 'Quien edita gestiona el contenido; quien administra, también usuarios y roles.',
        },
      },
    },
  ],
};

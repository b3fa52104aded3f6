import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone';
import { isAdmin } from '../../access/isAdmin';
import { isEditor } from '../../access/isEditor';
import { rejectSpamReports } from './hooks/rejectSpamReports';

/** Visitors' "report an error" notes, read and resolved by editors. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'venue', 'status', 'createdAt'],
    group: 'Content',
  },
  access: {
    create: anyone,
    read: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  hooks: { beforeValidate: [rejectSpamReports] },
  fields: [
    { name: 'venue', type: 'relationship', relationTo: 'venues' },
    { name: 'pageUrl', label: 'Page', type: 'text', maxLength: 500 },
    { name: 'message', type: 'textarea', required: true, minLength: 5, maxLength: 2000 },
    { name: 'email', label: 'Reply to', type: 'email' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      options: [
        { label: 'New', value: 'new' },
        { label: 'Resolved', value: 'resolved' },
      ],
      access: { create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
      admin: { position: 'sidebar' },
    },
    // A field people never see: robots fill it in, and their reports are refused.
    { name: 'website', type: 'text', virtual: true, admin: { hidden: true } },
  ],
};

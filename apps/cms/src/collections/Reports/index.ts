import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone';
import { isAdmin } from '../../access/isAdmin';
import { isEditor } from '../../access/isEditor';
import { contentGroup } from '../../lib/adminLabels';
import { recordHandling } from './hooks/recordHandling';
import { rejectSpamReports } from './hooks/rejectSpamReports';

/** Set by recordHandling only: nobody writes these through the API or the admin. */
const keptByHook = { create: () => false, update: () => false };

/** Visitors' "report an error" notes, read and resolved by editors. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: { en: 'Report', es: 'Reporte' }, plural: { en: 'Reports', es: 'Reportes' } },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'venue', 'status', 'createdAt'],
    group: contentGroup,
  },
  access: {
    create: anyone,
    read: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  hooks: { beforeValidate: [rejectSpamReports], beforeChange: [recordHandling] },
  fields: [
    { name: 'venue', label: { en: 'Venue', es: 'Lugar' }, type: 'relationship', relationTo: 'venues' },
    { name: 'pageUrl', label: { en: 'Page', es: 'Página' }, type: 'text', maxLength: 500 },
    {
      name: 'message',
      label: { en: 'Message', es: 'Mensaje' },
      type: 'textarea',
      required: true,
      minLength: 5,
      maxLength: 2000,
    },
    { name: 'email', label: { en: 'Reply to', es: 'Responder a' }, type: 'email' },
    {
      name: 'status',
      label: { en: 'Status', es: 'Estado' },
      type: 'select',
      defaultValue: 'new',
      // The dashboard and each venue's edit view look for the open ones.
      index: true,
      options: [
        { label: { en: 'New', es: 'Nuevo' }, value: 'new' },
        { label: { en: 'Resolved', es: 'Resuelto' }, value: 'resolved' },
      ],
      access: { create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
      admin: { position: 'sidebar' },
    },
    {
      name: 'handledBy',
      label: { en: 'Handled by', es: 'Atendido por' },
      type: 'relationship',
      relationTo: 'users',
      access: keptByHook,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'handledAt',
      label: { en: 'Handled at', es: 'Atendido el' },
      type: 'date',
      access: keptByHook,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
      },
    },
    // A field people never see: robots fill it in, and their reports are refused.
    { name: 'website', type: 'text', virtual: true, admin: { hidden: true } },
  ],
};

import { importFormats } from '@paseo/domain/cms';
import type { CollectionConfig } from 'payload';
import { isAdmin } from '../../access/isAdmin';
import { isEditor } from '../../access/isEditor';
import { checkVenueFile } from './endpoints/checkVenueFile';
import { readImportProgress } from './endpoints/readImportProgress';
import { startImport } from './endpoints/startImport';

/**
 * A file of venues an editor brought in: its dry run's plan, then its import's progress, kept here
 * so the admin can show them after a reload and from any CMS process (the import view,
 * /admin/import-venues, is how editors use it).
 */
export const VenueImports: CollectionConfig = {
  slug: 'venue-imports',
  labels: {
    singular: { en: 'Venue import', es: 'Importación de lugares' },
    plural: { en: 'Venue imports', es: 'Importaciones de lugares' },
  },
  admin: { hidden: true, useAsTitle: 'fileName' },
  // Written only by the import's own endpoints, never straight through the API.
  access: { read: isEditor, create: () => false, update: () => false, delete: isAdmin },
  endpoints: [checkVenueFile, startImport, readImportProgress],
  fields: [
    { name: 'fileName', type: 'text', required: true },
    { name: 'format', type: 'select', required: true, options: [...importFormats] },
    /** The file as it came; read again when the import runs. */
    { name: 'file', type: 'textarea', maxLength: 64 * 1024 * 1024, admin: { hidden: true } },
    { name: 'publishNew', type: 'checkbox', defaultValue: false },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'checked',
      options: ['checked', 'running', 'done', 'failed'],
    },
    /** The dry run: each row's action, and each refusal with its row and column. */
    { name: 'plan', type: 'json' },
    {
      name: 'progress',
      type: 'group',
      fields: ['total', 'done', 'created', 'updated', 'failed'].map((name) => ({
        name,
        type: 'number' as const,
        defaultValue: 0,
      })),
    },
    /** Rows the dry run let through that the CMS refused while writing them. */
    { name: 'failures', type: 'json' },
    { name: 'error', type: 'textarea' },
    { name: 'startedAt', type: 'date' },
    { name: 'progressAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
    { name: 'createdBy', type: 'relationship', relationTo: 'users' },
  ],
};

import type { UIField } from 'payload';

/**
 * The venue's open reports, on its edit view. A `ui` field stores nothing and is never part of an
 * API answer: the venues API is public and reports are for editors (a join field would list them).
 */
export const openReportsField: UIField = {
  name: 'openReports',
  label: { en: 'Open reports', es: 'Reportes abiertos' },
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/OpenReports#OpenReports' },
  },
};

import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import { hasRole } from '../access/roles';
import { VenueImport } from './VenueImport';

/**
 * The admin's page for bringing venues in from a file (`/admin/import-venues`): Payload's own frame
 * around the import, which runs in the browser against the import endpoints.
 */
export function ImportVenuesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult;
  const allowed = hasRole(req.user, 'editor', 'admin');
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{allowed ? <VenueImport /> : <p>Editors only.</p>}</Gutter>
    </DefaultTemplate>
  );
}

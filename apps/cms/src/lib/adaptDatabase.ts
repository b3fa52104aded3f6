import type { PostgresAdapter } from '@payloadcms/db-postgres';
import type { DatabaseAdapterObj } from 'payload';

/**
 * The database adapter, with `change` made to each adapter Payload creates from it: the one way
 * this CMS adjusts what Payload's PostgreSQL adapter does (jobClaims.ts, afterCommit.ts).
 */
export function adaptDatabase(
  database: DatabaseAdapterObj<PostgresAdapter>,
  change: (adapter: PostgresAdapter) => void,
): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...database,
    init(args) {
      const adapter = database.init(args);
      change(adapter);
      return adapter;
    },
  };
}

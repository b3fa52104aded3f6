import { type PostgresAdapter, sql } from '@payloadcms/db-postgres';
import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload';

// One lock for every claim on every queue; a readable name rather than a bare number.
const claimLock = sql`SELECT pg_advisory_xact_lock(hashtext('paseo:payload-jobs:claim'))`;

/**
 * Makes each queued job (a scheduled publish) run once however many CMS processes run the queue.
 *
 * Every process runs it — the cron of `jobs.autoRun`, and /api/payload-jobs/run — and Payload 3.90
 * claims jobs in two steps: it selects due jobs that are not processing, then marks them
 * processing, by id only. Two runners that select before either marks both run the same job.
 * Payload has no guard against that in this version (it came later, as a breaking change:
 * payloadcms/payload#17441).
 *
 * So each claim first takes a PostgreSQL advisory lock inside the claim's own transaction. Claims
 * then follow one another, each one's select sees what the one before marked, and the lock ends
 * with the transaction — also when the process dies. Every process stays identical: no leader to
 * elect, nothing to hand over when one stops. A claim takes milliseconds, so the wait is short.
 */
export function claimJobsOneAtATime(
  database: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...database,
    init(args) {
      const adapter = database.init(args);
      const updateJobs = adapter.updateJobs;
      adapter.updateJobs = async (update: UpdateJobsArgs) => {
        // Only a claim sets `processing`; results, logs and releases go straight through.
        if (update.data.processing !== true) return updateJobs.call(adapter, update);
        const ownTransaction = update.req?.transactionID ? undefined : await adapter.beginTransaction();
        const transactionID = ownTransaction ?? (await update.req?.transactionID);
        try {
          const transaction = adapter.sessions[String(transactionID)]?.db;
          // Outside a transaction the lock would end with its own statement and guard nothing.
          if (!transaction) throw new Error('A job claim must run in a transaction');
          await adapter.execute({ db: transaction, sql: claimLock });
          const claimed = await updateJobs.call(adapter, {
            ...update,
            req: { ...update.req, transactionID },
          });
          if (ownTransaction) await adapter.commitTransaction(ownTransaction);
          return claimed;
        } catch (error) {
          if (ownTransaction) await adapter.rollbackTransaction(ownTransaction);
          throw error;
        }
      };
      return adapter;
    },
  };
}

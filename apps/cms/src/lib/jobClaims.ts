import { type PostgresAdapter, sql } from '@payloadcms/db-postgres';
import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload';
import { adaptDatabase } from './adaptDatabase';

// One lock for every claim on every queue; a readable name rather than a bare number.
const claimLock = sql`SELECT pg_advisory_xact_lock(hashtext('paseo:payload-jobs:claim'))`;

/**
 * Claims whose process died mid-job, handed back to the queue. Payload 3.90 keeps such a job
 * "processing" for ever, so the publish it holds never happens. A claim stamps the job's
 * `updated_at` (with the CMS's clock; the steps of a run do not), and the only job here, a
 * scheduled publish, takes well under a second with every statement capped at 15 s: a claim made
 * ten minutes ago and not finished is abandoned. A longer job would need a longer wait.
 */
const releaseAbandonedClaims = sql`
  UPDATE payload_jobs SET processing = false
  WHERE processing AND completed_at IS NULL AND updated_at < now() - interval '10 minutes'`;

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
 * Under the same lock, each claim first hands back the jobs of a process that died mid-run.
 */
export function claimJobsOneAtATime(
  database: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> {
  return adaptDatabase(database, (adapter) => {
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
        await adapter.execute({ db: transaction, sql: releaseAbandonedClaims });
        const claimed = await updateJobs.call(adapter, {
          ...update,
          req: { ...update.req, transactionID },
        });
        if (ownTransaction) await adapter.commitTransaction(ownTransaction);
        return claimed;
      } catch (error) {
        // Whoever began it: Payload commits the claim's transaction on success only, and one left
        // open would hold the claim lock (every runner waiting) until the idle timeout ends it.
        if (transactionID !== undefined) await adapter.rollbackTransaction(transactionID);
        throw error;
      }
    };
  });
}

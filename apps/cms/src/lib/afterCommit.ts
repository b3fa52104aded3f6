import type { PostgresAdapter } from '@payloadcms/db-postgres';
import type { DatabaseAdapterObj, PayloadRequest } from 'payload';
import { adaptDatabase } from './adaptDatabase';

type TransactionId = number | string;

/** Work waiting for a transaction to end, by transaction. */
const waiting = new Map<TransactionId, (() => void)[]>();

/**
 * Runs `work` once the request's transaction has committed, or at once when it has none. Payload
 * runs a collection's hooks inside the save's transaction: a notice sent from a hook can reach the
 * site before any other connection sees the change, and a page rendered then is the old page,
 * kept until the next publish. Dropped if the transaction is rolled back.
 */
export async function afterCommit(req: PayloadRequest, work: () => void): Promise<void> {
  const id = await req.transactionID;
  const open =
    id !== undefined && (req.payload.db as unknown as PostgresAdapter).sessions?.[id] !== undefined;
  if (!open) {
    work();
    return;
  }
  waiting.set(id, [...(waiting.get(id) ?? []), work]);
}

/** The adapter, with the work `afterCommit` holds run when its transaction commits. */
export function runWorkAfterCommit(
  database: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> {
  return adaptDatabase(database, (adapter) => {
    const commit = adapter.commitTransaction;
    const rollback = adapter.rollbackTransaction;
    adapter.commitTransaction = async (incoming) => {
      const id = await incoming;
      try {
        await commit.call(adapter, id);
      } finally {
        const work = waiting.get(id) ?? [];
        waiting.delete(id);
        for (const run of work) run();
      }
    };
    adapter.rollbackTransaction = async (incoming) => {
      const id = await incoming;
      waiting.delete(id);
      await rollback.call(adapter, id);
    };
  });
}

import { getPayload, type Payload } from 'payload';

/** Payload's local API, for scripts. The config is read only now, once DATABASE_URL is known. */
export async function openPayload(): Promise<Payload> {
  // Outside production Payload also checks its packages' versions in the background; scripts
  // have no use for it, and each background task is one more thing that can keep them from exiting.
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true';
  const { default: config } = await import('../src/payload.config');
  return getPayload({ config });
}

type Quiet = { on: (event: 'error', listener: () => void) => void };
type PgPool = Quiet & { _clients?: Quiet[] };

/**
 * Payload's `destroy` leaves its connection pool open with a client still checked out, which
 * `pool.end()` would wait on forever. Scripts call this, stop the database and exit: the errors
 * the pool's connections raise as the server goes away are expected and silenced here.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy();
  const pool = (payload.db as unknown as { pool?: PgPool }).pool;
  pool?.on('error', () => {});
  for (const client of pool?._clients ?? []) client.on('error', () => {});
}

/**
 * For one-off scripts: the database (embedded unless DATABASE_URL is set) and Payload on it, for
 * the length of `work`, both closed afterwards whatever happens.
 */
export async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const { openDatabase } = await import('./database');
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const payload = await openPayload();
  try {
    return await work(payload);
  } finally {
    await closePayload(payload);
    await database.stop();
  }
}

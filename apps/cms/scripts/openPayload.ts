import { getPayload, type Payload } from 'payload';

/** Payload's local API, for scripts. The config is read only now, once DATABASE_URL is known. */
export async function openPayload(): Promise<Payload> {
  const { default: config } = await import('../src/payload.config');
  return getPayload({ config });
}

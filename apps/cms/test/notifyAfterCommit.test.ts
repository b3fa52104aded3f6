import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OwnPayload, openOwnPayload } from './ownPayload';
import { type RevalidationCall, startSiteStandIn } from './siteStandIn';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The notice to the site leaves once the save is committed: sent from inside the save's
 * transaction, it reached the site before other connections could see the change, and the page the
 * site rendered then kept the old content until the next publish.
 */
describe('the notice of a publish', () => {
  let payload: Payload;
  let own: OwnPayload | undefined;
  let site: Awaited<ReturnType<typeof startSiteStandIn>> | undefined;
  const calls = async (): Promise<RevalidationCall[]> => (await fetch(`${site?.url}/calls`)).json();

  beforeAll(async () => {
    site = await startSiteStandIn();
    process.env.WEB_URL = site.url;
    process.env.REVALIDATE_SECRET = 'notice-after-commit';
    own = await openOwnPayload('notify-after-commit');
    payload = own.payload;
  });

  afterAll(async () => {
    await own?.close();
    await site?.close();
  });

  /** Publishes a new borough inside a transaction of the test's own, left open. */
  async function publishInTransaction(slug: string) {
    const req = await createLocalReq({}, payload);
    await initTransaction(req);
    await payload.create({
      collection: 'neighborhoods',
      locale: 'es',
      req,
      data: {
        _status: 'published',
        name: `Alcaldía ${slug}`,
        slug,
        kind: 'borough',
        summary: 'Una alcaldía de prueba.',
        centre: { latitude: 19.48, longitude: -99.1 },
      },
    });
    return req;
  }

  it('waits for the commit', async () => {
    const req = await publishInTransaction('alcaldia-confirmada');
    await sleep(500);
    expect(await calls()).toEqual([]);
    await commitTransaction(req);
    for (let i = 0; i < 50 && (await calls()).length === 0; i++) await sleep(100);
    const [call] = await calls();
    expect(call?.body.paths).toContain('/es/barrios/alcaldia-confirmada');
  });

  it('is never sent for a save that is rolled back', async () => {
    const before = (await calls()).length;
    const req = await publishInTransaction('alcaldia-deshecha');
    await killTransaction(req);
    await sleep(1_000);
    expect((await calls()).slice(before)).toEqual([]);
    expect(
      (await payload.find({ collection: 'neighborhoods', where: { slug: { equals: 'alcaldia-deshecha' } } }))
        .totalDocs,
    ).toBe(0);
  });
});

import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';
import { freePort, newSecrets, type Stack, startStack } from '../../../scripts/stack';
import type { Json } from './api';
import { paragraph, venueData } from './fixtures';
import { allDocs, call, loginAt } from './ownStack';

/**
 * Payload saves a venue in one database transaction (db-postgres begins it with the operation and
 * commits after the last hook), across a dozen tables: the row, its translations, each array and
 * its translations, relations, and the version with all of the same. This kills the CMS while
 * such saves are in flight, restarts it on the same database, and checks that every venue is
 * whole or absent, never half-saved.
 */

const rounds = 8;
const tipsPerVenue = 30;
const transitPerVenue = 12;
const closuresPerVenue = 12;

type Mode = 'process group' | 'server only';

type Refs = { category: number; neighborhood: number; heroImage: number; gallery: number[] };

/** A venue with many rows in many tables, each text marked so a mix of two saves would show. */
function bigVenue(slug: string, marker: string, refs: Refs): Json {
  const { gallery, ...references } = refs;
  return venueData(references, {
    name: `Lugar ${slug}`,
    slug,
    teaser: `Teaser ${marker}`,
    description: paragraph(`Descripción ${marker}`),
    gallery,
    tips: Array.from({ length: tipsPerVenue }, (_, i) => ({
      kind: 'time-needed',
      text: `${marker} tip ${i}`,
    })),
    transit: Array.from({ length: transitPerVenue }, (_, i) => ({
      mode: 'bus',
      line: `${marker}-${i}`,
      name: `Parada ${i}`,
      walkingMinutes: i,
    })),
    openingHours: {
      rule: 'Tu-Su 10:00-17:00',
      timeZone: 'America/Mexico_City',
      closures: Array.from({ length: closuresPerVenue }, (_, i) => ({
        date: `2027-01-${String(i + 1).padStart(2, '0')}`,
        reason: `${marker} cierre ${i}`,
      })),
    },
  });
}

/** The markers a venue's texts carry in one language: one marker means one whole save. */
function markers(venue: Json, locale: 'es' | 'en'): Set<string> {
  const texts = (field: unknown) => (field as Record<string, string | undefined> | undefined)?.[locale];
  const found = new Set<string>();
  for (const tip of venue.tips as Json[]) found.add(String(texts(tip.text)).split(' ')[0] ?? '');
  for (const closure of (venue.openingHours as Json).closures as Json[]) {
    found.add(String(texts(closure.reason)).split(' ')[0] ?? '');
  }
  found.add(String(texts(venue.teaser)).split(' ')[1] ?? '');
  return found;
}

/** Processes still working in the database's folder (PostgreSQL's backends outlive a killed postmaster). */
function processesIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The web server among the CMS's processes (the launcher and the database are the others). */
function nextServer(group: number): number {
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (
        Number(fields[2]) === group &&
        Number(name) !== group &&
        /next-server|next\/dist\/bin\/next|server\/dist\/serve\.js/.test(command)
      ) {
        return Number(name);
      }
    } catch {
      // Gone meanwhile.
    }
  }
  throw new Error(`no web server in process group ${group}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a CMS killed in the middle of saves', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'paseo-kill-test-'));
  // As root the database runs as the postgres user, which must be able to reach its folder.
  chmodSync(dataDir, 0o755);
  const siteUrl = inject('siteUrl');
  const secrets = newSecrets();
  let dbPort = 0;
  let stack: Stack | undefined;

  /** The CMS on the same database every time, on a known port so the test can watch its transactions. */
  async function startCms(): Promise<Stack> {
    process.env.PASEO_DB_PORT = String(dbPort);
    try {
      stack = await startStack({ dataDir, siteUrl, secrets });
      return stack;
    } finally {
      delete process.env.PASEO_DB_PORT;
    }
  }

  const database = async () => {
    const client = new pg.Client({ connectionString: `postgres://paseo:paseo@127.0.0.1:${dbPort}/paseo` });
    // The watcher's connection dies with the database when the whole group is killed: expected.
    client.on('error', () => {});
    await client.connect();
    return client;
  };

  beforeAll(async () => {
    dbPort = await freePort();
  });
  afterAll(async () => {
    await stack?.stop();
    if (!process.env.PASEO_TEST_KEEP_LOGS) rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves every venue whole or absent, with consistent versions', { timeout: 900_000 }, async () => {
    let cms = await startCms();
    let token = await loginAt(cms.cmsUrl);
    const first = async (route: string) =>
      ((await call(cms.cmsUrl, `${route}&depth=0`, { token })).body.docs as Json[]).map(
        (doc) => doc.id as number,
      );
    const refs: Refs = {
      category: (await first('/api/categories?limit=1&sort=id'))[0] ?? 0,
      neighborhood: (await first('/api/neighborhoods?limit=1&where[kind][equals]=neighborhood'))[0] ?? 0,
      heroImage: (await first('/api/media?limit=1&sort=id'))[0] ?? 0,
      gallery: await first('/api/media?limit=12&sort=id'),
    };

    // Two venues that every round rewrites: one in English (published), one as a Spanish draft.
    let saveMs = 0;
    const base = async (slug: string) => {
      const started = Date.now();
      const created = await call(cms.cmsUrl, '/api/venues?locale=es', {
        method: 'POST',
        token,
        body: bigVenue(slug, 'r0', refs),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      saveMs = Math.max(saveMs, Date.now() - started);
      return created.body.doc as Json & { id: number };
    };
    const translated = await base('kill-translated');
    const drafted = await base('kill-drafted');
    const tipIds = (translated.tips as Json[]).map((tip) => tip.id);
    const englishTexts = (marker: string) => ({
      name: 'Place rewritten in English',
      description: paragraph(`Description ${marker}`),
      teaser: `Teaser ${marker}`,
      tips: tipIds.map((id, i) => ({ id, text: `${marker} tip ${i}` })),
      openingHours: {
        ...(translated.openingHours as Json),
        closures: ((translated.openingHours as Json).closures as Json[]).map((closure, i) => ({
          id: closure.id,
          date: closure.date,
          reason: `${marker} closed ${i}`,
        })),
      },
    });
    const seed = await call(cms.cmsUrl, `/api/venues/${translated.id}?locale=en`, {
      method: 'PATCH',
      token,
      body: { ...englishTexts('r0'), _status: 'published' },
    });
    expect(seed.status, JSON.stringify(seed.body)).toBe(200);

    let englishMarker = 'r0';
    let draftMarker = 'r0';
    const figures = {
      rounds: 0,
      kills: { 'process group': 0, 'server only': 0 } as Record<Mode, number>,
      killsWithWriteTransactionOpen: 0,
      killsJustAfterFirstAnswer: 0,
      savesAttempted: 0,
      savesAnsweredBeforeKill: 0,
      createdVenuesFound: 0,
      createdVenuesAbsent: 0,
      venuesCheckedAfterRestart: 0,
      killDelaysMs: [] as number[],
      oneSaveMs: 0,
    };

    for (let round = 1; round <= rounds; round++) {
      const marker = `r${round}`;
      const mode: Mode = round % 2 === 1 ? 'process group' : 'server only';
      // Half the rounds kill just after the first save is answered, while the others are still going.
      const afterFirstAnswer = round % 4 >= 2;
      const creates = [1, 2, 3].map((i) => `kill-${marker}-${i}`);
      const answered = new Set<string>();
      const save = (label: string, route: string, method: string, body: Json) =>
        call(cms.cmsUrl, route, { method, token, body }).then(
          (response) => {
            if (response.status < 300) answered.add(label);
            return response.status;
          },
          () => 0,
        );

      const watcher = await database();
      const savesStarted = Date.now();
      const saves = [
        ...creates.map((slug) => save(slug, '/api/venues?locale=es', 'POST', bigVenue(slug, marker, refs))),
        save('translated', `/api/venues/${translated.id}?locale=en`, 'PATCH', {
          ...englishTexts(marker),
          _status: 'published',
        }),
        save('drafted', `/api/venues/${drafted.id}?locale=es&draft=true`, 'PATCH', {
          teaser: `Teaser ${marker}`,
          tips: (drafted.tips as Json[]).map((tip, i) => ({ ...tip, text: `${marker} tip ${i}` })),
          openingHours: {
            ...(drafted.openingHours as Json),
            closures: ((drafted.openingHours as Json).closures as Json[]).map((closure, i) => ({
              ...closure,
              reason: `${marker} cierre ${i}`,
            })),
          },
          _status: 'draft',
        }),
      ];
      figures.savesAttempted += saves.length;

      // Kill once a save has written inside its transaction, then at a random moment of the time a
      // save takes alone (some saves are cut short, some may just have committed); or just after the
      // first save is answered.
      const writing = async () =>
        Number(
          (
            await watcher.query(
              `select count(*) as n from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`,
            )
          ).rows[0]?.n,
        );
      const deadline = Date.now() + 30_000;
      if (afterFirstAnswer) {
        while (answered.size === 0 && Date.now() < deadline) await sleep(1);
        await sleep(Math.floor(Math.random() * 50));
      } else {
        while ((await writing()) === 0 && Date.now() < deadline) await sleep(1);
        await sleep(Math.floor(Math.random() * saveMs * 1.5));
      }
      const openAtKill = (await writing()) > 0;
      if (mode === 'process group') process.kill(-cms.cmsProcessGroup, 'SIGKILL');
      else process.kill(nextServer(cms.cmsProcessGroup), 'SIGKILL');
      await watcher.end().catch(() => {});
      figures.kills[mode]++;
      figures.killDelaysMs.push(Date.now() - savesStarted);
      if (openAtKill) figures.killsWithWriteTransactionOpen++;
      if (afterFirstAnswer) figures.killsJustAfterFirstAnswer++;
      const answeredAtKill = new Set(answered);
      await Promise.all(saves);
      figures.savesAnsweredBeforeKill += answeredAtKill.size;

      // Whatever is left of the old server and database goes before the next start: the killed
      // postmaster (until reaped, PostgreSQL takes its PID as a server still running) and its backends.
      await cms.stopCms();
      const pidFile = path.join(dataDir, 'postgres/postmaster.pid');
      const postmaster = existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split('\n')[0] : undefined;
      const lingering = () =>
        (postmaster !== undefined && existsSync(`/proc/${postmaster}`)) ||
        processesIn(path.join(dataDir, 'postgres')).length > 0;
      for (let wait = 0; lingering(); wait++) {
        if (wait > 300) throw new Error('PostgreSQL processes outlived the CMS by 30 s');
        await sleep(100);
      }

      cms = await startCms();
      token = await loginAt(cms.cmsUrl);

      // Each new venue: absent, or all of it (answered before the kill means committed: it must be there).
      for (const slug of creates) {
        const found = await allDocs(
          cms.cmsUrl,
          'venues',
          token,
          `depth=0&locale=all&draft=true&where[slug][equals]=${slug}`,
        );
        if (answeredAtKill.has(slug)) expect(found, `${slug} was answered 201`).toHaveLength(1);
        if (found.length === 0) {
          figures.createdVenuesAbsent++;
          continue;
        }
        figures.createdVenuesFound++;
        const venue = found[0] as Json;
        expect(venue.tips as Json[]).toHaveLength(tipsPerVenue);
        expect(venue.transit as Json[]).toHaveLength(transitPerVenue);
        expect((venue.openingHours as Json).closures as Json[]).toHaveLength(closuresPerVenue);
        expect(venue.gallery).toEqual(refs.gallery);
        expect([...markers(venue, 'es')]).toEqual([marker]);
        expect(venue._status).toBe('published');
      }

      // The translated venue: all English texts from one save, the Spanish untouched.
      const [now] = await allDocs(
        cms.cmsUrl,
        'venues',
        token,
        `depth=0&locale=all&where[id][equals]=${translated.id}`,
      );
      expect(now).toBeDefined();
      const english = [...markers(now as Json, 'en')];
      expect(english, 'English texts all from one save').toHaveLength(1);
      expect([englishMarker, marker]).toContain(english[0]);
      if (answeredAtKill.has('translated')) expect(english[0]).toBe(marker);
      expect([...markers(now as Json, 'es')]).toEqual(['r0']);
      englishMarker = english[0] ?? englishMarker;

      // The drafted venue: its newest draft is one whole save; what is published never changed.
      const [draft] = await allDocs(
        cms.cmsUrl,
        'venues',
        token,
        `depth=0&locale=all&draft=true&where[id][equals]=${drafted.id}`,
      );
      const draftMarkers = [...markers(draft as Json, 'es')];
      expect(draftMarkers, 'draft texts all from one save').toHaveLength(1);
      expect([draftMarker, marker]).toContain(draftMarkers[0]);
      if (answeredAtKill.has('drafted')) expect(draftMarkers[0]).toBe(marker);
      draftMarker = draftMarkers[0] ?? draftMarker;
      const [published] = await allDocs(
        cms.cmsUrl,
        'venues',
        token,
        `depth=0&locale=all&where[id][equals]=${drafted.id}`,
      );
      expect([...markers(published as Json, 'es')]).toEqual(['r0']);

      // Every venue in the database, in its tables: a Spanish row, exactly one latest version, and
      // the published state matching the newest published version.
      const check = await database();
      const { rows: broken } = await check.query<{ id: number; problem: string }>(`
        select v.id, 'no Spanish name' as problem from venues v
         where not exists (select 1 from venues_locales l where l._parent_id = v.id and l._locale = 'es' and l.name is not null)
        union all
        select v.id, count(vv.id)::text || ' latest versions' from venues v
          left join _venues_v vv on vv.parent_id = v.id and vv.latest
         group by v.id having count(vv.id) <> 1
        union all
        select v.id, 'published but no published version' from venues v
         where v._status = 'published'
           and not exists (select 1 from _venues_v vv where vv.parent_id = v.id and vv.version__status = 'published')
        union all
        select t._parent_id, 'tip without its Spanish text' from venues_tips t
         where not exists (select 1 from venues_tips_locales l where l._parent_id = t.id and l._locale = 'es')`);
      const { rows: counted } = await check.query<{ n: string }>('select count(*) as n from venues');
      await check.end();
      expect(broken).toEqual([]);
      const everyVenue = await allDocs(cms.cmsUrl, 'venues', token, 'depth=0&locale=all&draft=true');
      expect(everyVenue).toHaveLength(Number(counted[0]?.n));
      figures.venuesCheckedAfterRestart += everyVenue.length;
      figures.rounds++;
    }

    figures.oneSaveMs = saveMs;
    recordReliability({
      id: 'cms.killed-save',
      area: 'fault',
      tried:
        'CMS killed (SIGKILL) in the middle of saves of large venues, then restarted on the same database: every venue whole or absent',
      tries: figures.rounds,
      held: figures.rounds,
      figures: {
        'kills of CMS + database': figures.kills['process group'],
        'kills of the CMS alone': figures.kills['server only'],
        'kills with a write transaction open': figures.killsWithWriteTransactionOpen,
        'saves attempted': figures.savesAttempted,
        'created venues found whole': figures.createdVenuesFound,
        'created venues absent': figures.createdVenuesAbsent,
        'venues checked after restart': figures.venuesCheckedAfterRestart,
        'one save (ms)': figures.oneSaveMs,
      },
      test: 'apps/cms/test/killedSave.test.ts',
    });
  });
});

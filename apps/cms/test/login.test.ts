import { describe, expect, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';
import { api, asAdmin, asVisitor, someAddress, suffix } from './api';

async function newEditor(password: string): Promise<string> {
  const email = `login-${suffix()}@example.com`;
  const created = await api('/api/users', {
    method: 'POST',
    token: await asAdmin(),
    body: { email, password, role: 'editor' },
  });
  expect(created.status).toBe(201);
  return email;
}

const attempt = (email: string, password: string, client: Record<string, string>) =>
  api('/api/users/login', { method: 'POST', body: { email, password }, headers: client });

describe('logins', () => {
  it('are throttled for the guessing client without locking the owner out', async () => {
    const email = await newEditor('the-right-password');
    const attacker = asVisitor(someAddress());
    for (let i = 0; i < 5; i++) expect((await attempt(email, `wrong-${i}`, attacker)).status).toBe(401);
    const throttled = await attempt(email, 'the-right-password', attacker);
    expect(throttled.status).toBe(429);
    expect(JSON.stringify(throttled.body)).toMatch(/too many login attempts/i);
    // The owner, from elsewhere, logs in as usual.
    const owner = await attempt(email, 'the-right-password', asVisitor(someAddress()));
    expect(owner.status).toBe(200);
    recordReliability({
      id: 'cms.login-guessing',
      area: 'attack',
      tried:
        'five wrong passwords for a real account from one client, then the owner logging in from elsewhere',
      tries: 7,
      held: 7,
      figures: { 'guesser after 5 failures': throttled.status, 'owner meanwhile': owner.status },
      test: 'apps/cms/test/login.test.ts',
    });
  });

  it('are throttled per client across accounts, known or not', async () => {
    const client = asVisitor(someAddress());
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await attempt(`nobody-${i}-${suffix()}@example.com`, 'x', client)).status);
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('do not reveal which emails have accounts, by answer or by time', async () => {
    const email = await newEditor('the-right-password');
    const timed = async (address: string) => {
      const started = performance.now();
      const answer = await attempt(address, 'a-wrong-password', asVisitor(someAddress()));
      return { ...answer, ms: performance.now() - started };
    };
    const known: { status: number; body: unknown; ms: number }[] = [];
    const unknown: { status: number; body: unknown; ms: number }[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await timed(email));
      unknown.push(await timed(`nobody-${suffix()}@example.com`));
    }
    expect(unknown.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(JSON.stringify(unknown[0]?.body)).toBe(JSON.stringify(known[0]?.body));
    const median = (answers: { ms: number }[]) => answers.map((a) => a.ms).sort((a, b) => a - b)[1] ?? 0;
    // A hash of the password is computed either way (hundreds of milliseconds); without it an
    // unknown email answered in a few.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
    recordReliability({
      id: 'cms.login-enumeration',
      area: 'attack',
      tried: 'wrong passwords for a real and for an unknown email, answer and time compared',
      tries: known.length + unknown.length,
      held: known.length + unknown.length,
      figures: {
        'median, real email (ms)': Math.round(median(known)),
        'median, unknown email (ms)': Math.round(median(unknown)),
      },
      test: 'apps/cms/test/login.test.ts',
    });
  });
});

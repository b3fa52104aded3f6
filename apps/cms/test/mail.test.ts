import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { api, asAdmin, login, suffix } from './api';

/** Quoted-printable, as mail bodies are written: soft line breaks and =XX escapes. */
const decodeQuotedPrintable = (text: string) =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

function mailTo(email: string): string | undefined {
  const folder = path.join(inject('dataDir'), 'mail');
  const files = (() => {
    try {
      return readdirSync(folder).filter((file) => file.endsWith('.eml'));
    } catch {
      return [];
    }
  })();
  return files
    .map((file) => readFileSync(path.join(folder, file), 'utf8'))
    .find((mail) => mail.includes(email));
}

describe('password reset', () => {
  it('mails a link, into the mail folder when no SMTP server is set, that sets a new password', async () => {
    const email = `reset-${suffix()}@example.com`;
    const created = await api('/api/users', {
      method: 'POST',
      token: await asAdmin(),
      body: { email, password: 'the-old-password', role: 'editor' },
    });
    expect(created.status).toBe(201);

    expect((await api('/api/users/forgot-password', { method: 'POST', body: { email } })).status).toBe(200);
    let mail: string | undefined;
    for (let i = 0; i < 50 && !mail; i++) {
      mail = mailTo(email);
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(mail, 'a mail to the user in the mail folder').toBeDefined();
    const token = /\/admin\/reset\/([\w-]+)/.exec(decodeQuotedPrintable(mail ?? ''))?.[1];
    expect(token).toBeDefined();

    const reset = await api('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: 'the-new-password' },
    });
    expect(reset.status).toBe(200);
    await expect(login(email, 'the-new-password')).resolves.toBeTypeOf('string');
    expect(
      (await api('/api/users/login', { method: 'POST', body: { email, password: 'the-old-password' } }))
        .status,
    ).toBe(401);
  });
});

import { recordReliability } from '../../scripts/reliability';
import { expect, test } from '../support/test';

/**
 * Addresses no page or file can have: NUL bytes and percent escapes that are not UTF-8 (overlong
 * forms among them). Each must be answered as the client's mistake, quickly, by both apps.
 */
const malformed = [
  '/media/%00',
  '/media/%C0%AE%C0%AE',
  '/media/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd',
  '/media/a%00.png',
  '/%C0%AE',
  '/es/%C0%AE',
  '/es/lugares/%00',
  '/es/lugares/%C0%AE%C0%AE',
  '/es/lugares/%FF',
  '/es/buscar?q=%00',
];

const malformedOnCms = [
  '/api/media/file/%00',
  '/api/media/file/%C0%AE%C0%AE',
  '/api/venues/%00',
  '/api/venues?where[slug][equals]=%00',
  '/admin/%C0%AE',
  '/admin/collections/venues/%00',
];

test.describe('malformed addresses', () => {
  test('the site and the CMS answer each with 400 or 404', async ({ request, stack }) => {
    const answers: string[] = [];
    for (const url of [...malformed, ...malformedOnCms.map((path) => `${stack.cmsUrl}${path}`)]) {
      const status = (await request.get(url, { maxRedirects: 0 })).status();
      answers.push(`${status}`);
      expect([400, 404], url).toContain(status);
    }
    recordReliability({
      id: 'e2e.malformed-addresses',
      area: 'attack',
      tried:
        'NUL bytes and percent escapes that are not UTF-8 (overlong dots among them) in paths and queries of both apps',
      tries: answers.length,
      held: answers.length,
      figures: { statuses: [...new Set(answers)].join(', ') },
      test: 'e2e/tests/malformed-addresses.spec.ts',
    });
  });

  test('well-formed addresses with escapes still work', async ({ request, stack }) => {
    expect((await request.get('/es/buscar?q=le%C3%B3n%20trotsky')).status()).toBe(200);
    expect((await request.get('/es/lugares/museo-casa-de-leon-trotsky')).status()).toBe(200);
    expect(
      (await request.get(`${stack.cmsUrl}/api/venues?where[slug][equals]=museo%20x&limit=1`)).status(),
    ).toBe(200);
  });
});

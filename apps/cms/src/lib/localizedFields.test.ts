import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { localizedPaths } from './localizedFields';

describe('localizedPaths', () => {
  it('names each localized field by its dotted path through groups, arrays, rows and tabs', () => {
    const fields: Field[] = [
      { name: 'name', type: 'text', localized: true },
      { name: 'kind', type: 'text' },
      {
        type: 'row',
        fields: [{ name: 'teaser', type: 'text', localized: true }],
      },
      {
        type: 'tabs',
        tabs: [
          { label: 'Visit', fields: [{ name: 'note', type: 'text', localized: true }] },
          {
            name: 'admission',
            fields: [
              {
                name: 'prices',
                type: 'array',
                fields: [
                  { name: 'amount', type: 'number' },
                  { name: 'audience', type: 'text', localized: true },
                ],
              },
            ],
          },
        ],
      },
      // A localized group is one value per language as a whole.
      { name: 'meta', type: 'group', localized: true, fields: [{ name: 'title', type: 'text' }] },
    ];
    expect(localizedPaths(fields)).toEqual(['name', 'teaser', 'note', 'admission.prices.audience', 'meta']);
  });
});

describe('the wire types in @paseo/domain/cms', () => {
  it('are what the config generates now (regenerate with `npm run generate -w @paseo/cms`)', async () => {
    const { generateTypes } = await import('payload/node');
    const config = await (await import('../payload.config')).default;
    const committed = config.typescript.outputFile;
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'paseo-types-'));
    try {
      const outputFile = path.join(scratch, 'payloadTypes.ts');
      await generateTypes({ ...config, typescript: { ...config.typescript, outputFile } }, { log: false });
      expect(readFileSync(outputFile, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});

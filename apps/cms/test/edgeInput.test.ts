import {
  accessibilitySchema,
  addressSchema,
  admissionSchema,
  contactSchema,
  factCheckSchema,
  geoPointSchema,
  lineText,
  openingHoursSchema,
  practicalTipSchema,
  pullQuoteSchema,
  richTextSchema,
  slugSchema,
  transitStopSchema,
  venueSchema,
} from '@paseo/domain';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { api, asEditor, errorPaths, type Json } from './api';
import { paragraphWithLink, references, venueData } from './fixtures';
import { recordWhatHeld } from './reliabilityRecord';

/**
 * The promise behind the shared schemas: whatever the CMS accepts, the site can show. Each field
 * gets hostile and edge values; a save is either refused naming that field, or what the CMS then
 * publishes passes the domain's schema for the field (blank optional values count as absent, as
 * the site reads them).
 */
type Case = {
  /** The path the CMS names in its errors, and where the value is read back. */
  path: string;
  /** The venue overrides carrying the value. */
  set: (value: unknown) => Json;
  schema: ZodType;
  optional?: boolean;
  values: unknown[];
};

const megabyte = 'x'.repeat(1_000_000);
const blank = ['', ' ', '\t\n', '\u0000'];
const lines = [...blank, 'x'.repeat(201), megabyte, '<img src=x onerror=alert(1)>', 'ñ'.repeat(200)];
const address = (key: string) => (value: unknown) => ({
  address: {
    street: 'Calle 1',
    neighborhood: 'Centro',
    postalCode: '04000',
    borough: 'Coyoacán',
    city: 'CDMX',
    [key]: value,
  },
});
const transit = (key: string) => (value: unknown) => ({
  transit: [{ mode: 'metro', line: '3', name: 'Coyoacán', walkingMinutes: 5, [key]: value }],
});
const priceSchema = admissionSchema.shape.prices.unwrap().element;
const sourceSchema = factCheckSchema.shape.source;

const cases: Case[] = [
  { path: 'name', set: (name) => ({ name }), schema: lineText, values: lines },
  {
    path: 'teaser',
    set: (teaser) => ({ teaser }),
    schema: venueSchema.shape.teaser.shape.es,
    values: [...blank, 'x'.repeat(141)],
  },
  ...['street', 'neighborhood', 'borough', 'city'].map((key) => ({
    path: `address.${key}`,
    set: address(key),
    schema: addressSchema.shape[key as 'street'],
    values: lines,
  })),
  {
    path: 'address.postalCode',
    set: address('postalCode'),
    schema: addressSchema.shape.postalCode,
    values: [...blank, '<b>', '1'.repeat(11)],
  },
  {
    path: 'address.country',
    set: address('country'),
    schema: addressSchema.shape.country,
    values: ['mx', 'MEX', ' MX'],
  },
  {
    path: 'location.latitude',
    set: (latitude) => ({ location: { latitude, longitude: -99.16 } }),
    schema: geoPointSchema.shape.latitude,
    values: [91, -90.0001, 'abc', 1e308, Number.NaN],
  },
  { path: 'transit.0.line', set: transit('line'), schema: transitStopSchema.shape.line, values: lines },
  { path: 'transit.0.name', set: transit('name'), schema: transitStopSchema.shape.name, values: lines },
  {
    path: 'transit.0.mode',
    set: transit('mode'),
    schema: transitStopSchema.shape.mode,
    values: ['teleport', ''],
  },
  {
    path: 'transit.0.walkingMinutes',
    set: transit('walkingMinutes'),
    schema: transitStopSchema.shape.walkingMinutes,
    values: [2.5, -1, 61, '5x'],
  },
  {
    path: 'admission.prices.0.amountMXN',
    set: (amountMXN) => ({ admission: { prices: [{ kind: 'general', audience: 'Público', amountMXN }] } }),
    schema: priceSchema.shape.amountMXN,
    values: [100_001, 1e12, -1, 'gratis'],
  },
  {
    path: 'accessibility.signageLanguages',
    set: (signageLanguages) => ({ accessibility: { signageLanguages } }),
    schema: accessibilitySchema.shape.signageLanguages,
    optional: true,
    values: [['Spanish'], ['ES'], [' es'], ['x'.repeat(300)]],
  },
  ...(['website', 'phone', 'email'] as const).map((key) => ({
    path: `contact.${key}`,
    set: (value: unknown) => ({ contact: { [key]: value } }),
    schema: contactSchema.shape[key],
    optional: true,
    values: [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'ftp://example.org',
      `https://example.org/${'a'.repeat(2100)}`,
      `${'a'.repeat(300)}@example.org`,
      '+52 (55) 5554-5999 ext',
      megabyte,
    ],
  })),
  {
    path: 'pullQuote.attribution',
    set: (attribution) => ({ pullQuote: { text: 'Una cita.', attribution } }),
    schema: pullQuoteSchema.shape.attribution,
    values: [undefined, ...lines],
  },
  {
    path: 'factChecks.0.source.name',
    set: (name) => ({ factChecks: [{ group: 'hours', verifiedAt: '2026-01-01', source: { name } }] }),
    schema: sourceSchema.shape.name,
    values: lines,
  },
  {
    path: 'factChecks.0.verifiedAt',
    set: (verifiedAt) => ({ factChecks: [{ group: 'hours', verifiedAt, source: { name: 'Sitio' } }] }),
    schema: factCheckSchema.shape.verifiedAt,
    values: ['2026-13-01', '01/02/2026', megabyte],
  },
  {
    path: 'openingHours.rule',
    set: (rule) => ({ openingHours: { rule, timeZone: 'America/Mexico_City' } }),
    schema: openingHoursSchema.shape.rule,
    optional: true,
    values: ['Tu-Su 25:00-17:00', `Mo-Fr 09:00-17:00; ${'PH off; '.repeat(40)}`, megabyte],
  },
  {
    path: 'openingHours.timeZone',
    set: (timeZone) => ({ openingHours: { rule: 'Mo-Fr 09:00-17:00', timeZone } }),
    schema: openingHoursSchema.shape.timeZone,
    optional: true,
    values: ['Mars/Olympus', 'x'.repeat(100)],
  },
  {
    path: 'tips.0.text',
    set: (text) => ({ tips: [{ kind: 'other', text }] }),
    schema: practicalTipSchema.shape.text.shape.es,
    values: [...blank, 'x'.repeat(2001)],
  },
  {
    path: 'description',
    set: (url) => ({ description: paragraphWithLink(String(url)) }),
    schema: richTextSchema,
    values: [
      'java\tscript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'vbscript:x',
      'data:,x',
      'javascript&#x3A;x',
      'https://example.org',
    ],
  },
  {
    path: 'slug',
    set: (slug) => ({ slug }),
    schema: slugSchema,
    values: ['../..', '%2e%2e', 'Ä-Ö', 'a'.repeat(200), '-a-', '.'],
  },
];

function at(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], doc);
}

const absent = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

describe('whatever the CMS accepts, the domain schemas accept as published', () => {
  recordWhatHeld({
    id: 'cms.edge-input',
    area: 'attack',
    tried:
      'hostile and edge values in every venue field (one test per field): each save is refused naming the field, or what is published parses with the domain schema the site uses',
    test: 'apps/cms/test/edgeInput.test.ts',
  });

  for (const { path, set, schema, optional = false, values } of cases) {
    it(path, async () => {
      const token = await asEditor();
      const refs = await references(token);
      const outcomes: string[] = [];
      for (const value of values) {
        const shown = JSON.stringify(value)?.slice(0, 40);
        const saved = await api('/api/venues', { method: 'POST', token, body: venueData(refs, set(value)) });
        if (saved.status === 400) {
          expect(errorPaths(saved.body), `${path} = ${shown}: the error names the field`).toContain(path);
          outcomes.push(`${shown}: refused`);
          continue;
        }
        expect(saved.status, `${path} = ${shown}: ${JSON.stringify(saved.body).slice(0, 300)}`).toBe(201);
        const id = (saved.body.doc as { id: number }).id;
        const published = await api(`/api/venues/${id}?depth=0`);
        expect(published.status).toBe(200);
        const stored = at(published.body, path);
        if (optional && absent(stored)) {
          outcomes.push(`${shown}: kept as absent`);
          continue;
        }
        const parsed = schema.safeParse(stored);
        expect(
          parsed.success,
          `${path} = ${shown} was published as ${JSON.stringify(stored)?.slice(0, 80)}`,
        ).toBe(true);
        outcomes.push(`${shown}: published`);
      }
      expect(outcomes).toHaveLength(values.length);
    });
  }
});

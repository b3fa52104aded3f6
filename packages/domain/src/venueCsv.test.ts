import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { venueRecords } from './fixtures/index.js';
import { venuesFromCsv, venuesToCsv } from './venueCsv.js';
import {
  englishColumns,
  hasEnglish,
  type VenueFile,
  type VenueFileRow,
  type VenueRecord,
} from './venueTable.js';

/** The smallest columns a draft venue needs. */
const header =
  'name_es,category,neighborhood,teaser_es,description_es,street,colonia,postal_code,borough,city,latitude,longitude';
const line = (cells: string[]) => cells.join(',');
const good = [
  'Casa de prueba',
  'museum',
  'del-carmen',
  'Una casa para probar',
  'Un párrafo.',
  'Calle 1',
  'Del Carmen',
  '04100',
  'Coyoacán',
  'Ciudad de México',
  '19.35',
  '-99.16',
];

const venueOf = (row: VenueFileRow | undefined): VenueRecord => {
  if (!row || !('venue' in row)) throw new Error(`expected a venue, got ${JSON.stringify(row)}`);
  return row.venue;
};
const issuesOf = (file: VenueFile, row: number) =>
  file.rows.flatMap((result) => ('issues' in result && result.row === row ? result.issues : []));

describe('venuesFromCsv', () => {
  it('reads a draft venue from the required columns, its slug made from its name', () => {
    const file = venuesFromCsv([header, line(good)].join('\n'));
    expect(file.issues).toEqual([]);
    const venue = venueOf(file.rows[0]);
    expect(venue.slug.es).toBe('casa-de-prueba');
    expect(venue.location).toEqual({ latitude: 19.35, longitude: -99.16 });
    expect(venue.address.country).toBe('MX');
    expect(venue.description.es.root.children).toHaveLength(1);
  });

  it('keeps commas, quotes, accents and line breaks inside quoted cells', () => {
    const description = '"Primer párrafo, con coma y ""comillas"".\n\nSegundo: niño, café."';
    const cells = [...good];
    cells[0] = '"Museo, ñandú y acción"';
    cells[4] = description;
    const file = venuesFromCsv([header, line(cells)].join('\r\n'));
    const venue = venueOf(file.rows[0]);
    expect(venue.name.es).toBe('Museo, ñandú y acción');
    expect(venue.slug.es).toBe('museo-nandu-y-accion');
    const paragraphs = venue.description.es.root.children.map(
      (node) => (node as { children: { text: string }[] }).children[0]?.text,
    );
    expect(paragraphs).toEqual(['Primer párrafo, con coma y "comillas".', 'Segundo: niño, café.']);
  });

  it('ignores a byte-order mark and empty lines, numbering rows as a spreadsheet does', () => {
    const bad = [...good];
    bad[0] = 'Casa del norte';
    bad[10] = 'norte';
    const file = venuesFromCsv(`\uFEFF${header}\n\n${line(good)}\n\n${line(bad)}\n`);
    expect(file.issues).toEqual([]);
    expect(file.rows.map((row) => row.row)).toEqual([3, 5]);
    expect(issuesOf(file, 5)).toEqual([{ row: 5, column: 'latitude', message: '“norte” is not a number' }]);
  });

  it('reads coordinates written as text, with spaces or a decimal comma', () => {
    const cells = [...good];
    cells[10] = '" 19,3566 "';
    cells[11] = '"-99.1596 "';
    expect(venueOf(venuesFromCsv([header, line(cells)].join('\n')).rows[0]).location).toEqual({
      latitude: 19.3566,
      longitude: -99.1596,
    });
  });

  it('refuses a file with a wrong column name, suggesting the right one, and reads no row', () => {
    const file = venuesFromCsv([header.replace('teaser_es', 'teaser_sp'), line(good)].join('\n'));
    expect(file.rows).toEqual([]);
    expect(file.issues).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'teaser_sp',
        message: expect.stringContaining('“teaser_es”'),
      }),
    ]);
  });

  it('refuses a column named twice, and a cell that is never closed', () => {
    expect(venuesFromCsv(`${header},name_es\n${line(good)},x`).issues[0]).toMatchObject({
      column: 'name_es',
      message: 'Column “name_es” appears twice',
    });
    expect(venuesFromCsv(`${header}\n${line(good).replace('Calle 1', '"Calle 1')}`).issues[0]).toMatchObject({
      message: expect.stringContaining('never closed'),
    });
  });

  it('names the row and the column of every refusal, and keeps the good rows', () => {
    const noName = [...good];
    noName[0] = '';
    const badCategory = [...good];
    badCategory[0] = 'Otra casa';
    badCategory[1] = 'zoo';
    const file = venuesFromCsv([header, line(good), line(noName), line(badCategory)].join('\n'));
    expect(venueOf(file.rows[0]).slug.es).toBe('casa-de-prueba');
    expect(issuesOf(file, 3).map((issue) => issue.column)).toEqual(
      expect.arrayContaining(['name_es', 'slug_es']),
    );
    expect(issuesOf(file, 4)).toEqual([{ row: 4, column: 'category', message: expect.any(String) }]);
  });

  it('refuses a second row with the same Spanish slug', () => {
    const file = venuesFromCsv([header, line(good), line(good)].join('\n'));
    expect(issuesOf(file, 3)).toEqual([
      { row: 3, column: 'slug_es', message: 'Same Spanish slug as row 2 (casa-de-prueba)' },
    ]);
  });

  it('reads lists one item a line, and names the line and part that is wrong', () => {
    const withTransit = `${header},transit`;
    const transit = '"metro | 3 | Coyoacán | 21\nmetrobus | 1 | Altavista | lejos"';
    const file = venuesFromCsv([withTransit, `${line(good)},${transit}`].join('\n'));
    expect(issuesOf(file, 2)).toEqual([
      { row: 2, column: 'transit', message: 'Line 2, minutes: “lejos” is not a number' },
    ]);
    const fixed = venuesFromCsv([withTransit, `${line(good)},${transit.replace('lejos', '90')}`].join('\n'));
    expect(issuesOf(fixed, 2)).toEqual([
      { row: 2, column: 'transit', message: 'Line 2, minutes: A stop more than an hour away is not nearby' },
    ]);
  });

  it('needs a hero image for a published venue, and a whole credit for an image', () => {
    const columns = `${header},status,hero_image_url,hero_image_author`;
    const published = venuesFromCsv([columns, `${line(good)},published,,`].join('\n'));
    expect(issuesOf(published, 2)).toEqual([
      { row: 2, column: 'hero_image_url', message: 'A published venue needs a hero image' },
    ]);
    const halfCredit = venuesFromCsv(
      [columns, `${line(good)},draft,https://example.org/a.jpg,Ana`].join('\n'),
    );
    expect(issuesOf(halfCredit, 2).map((issue) => issue.column)).toEqual(
      expect.arrayContaining(['hero_image_title', 'hero_image_license_name']),
    );
  });
});

describe('venuesToCsv', () => {
  it('writes every sample venue so that reading it back gives the same venues', () => {
    const csv = venuesToCsv(venueRecords);
    expect(csv.startsWith('\uFEFFslug_es,slug_en,status,')).toBe(true);
    const file = venuesFromCsv(csv);
    expect(file.issues).toEqual([]);
    expect(file.rows.map(venueOf)).toEqual(venueRecords);
  });

  it('keeps rich text beyond plain paragraphs as Lexical JSON, and a bar inside a list part', () => {
    const [first] = venueRecords;
    if (!first) throw new Error('no sample venue');
    const heading = {
      type: 'heading',
      tag: 'h2',
      version: 1,
      children: [{ type: 'text', text: 'Título', version: 1 }],
    };
    const rich = {
      root: { type: 'root' as const, children: [heading, ...first.description.es.root.children] },
    };
    const venue: VenueRecord = {
      ...first,
      description: { ...first.description, es: rich },
      tips: [{ kind: 'other', text: { es: 'Pide la tarifa A | B', en: 'Ask for fare A | B' } }],
    };
    expect(venueOf(venuesFromCsv(venuesToCsv([venue])).rows[0])).toEqual(venue);
  });

  it('is the committed sample file, samples/coyoacan-venues.csv', () => {
    const committed = readFileSync(new URL('../../../samples/coyoacan-venues.csv', import.meta.url), 'utf8');
    expect(committed).toBe(venuesToCsv(venueRecords));
  });
});

describe('a venue’s English', () => {
  it('is found in its English columns and list parts, never in its images’ alt text', () => {
    expect(englishColumns).toEqual(expect.arrayContaining(['name_en', 'tips', 'prices', 'description_en']));
    expect(englishColumns).not.toContain('transit');
    expect(englishColumns).not.toContain('hero_image_alt_en');
    const [sample] = venueRecords;
    if (!sample) throw new Error('no sample venue');
    expect(hasEnglish(sample)).toBe(true);
    const spanishOnly = venueOf(venuesFromCsv([header, line(good)].join('\n')).rows[0]);
    expect(hasEnglish(spanishOnly)).toBe(false);
    expect(hasEnglish({ ...spanishOnly, tips: [{ kind: 'other', text: { es: 'Uno', en: 'One' } }] })).toBe(
      true,
    );
  });
});

import { z } from 'zod';
import { creditSchema } from './credit.js';
import { localizedText, textLimits } from './locale.js';
import { type RichText, type RichTextNode, richTextFromParagraphs } from './richText.js';
import { slugFromName } from './slug.js';
import { accessibilityFeatures, publicationStatusSchema, venueSchema } from './venue.js';

/**
 * Venues as rows of a table: what a spreadsheet of venues holds, column by column, for import and
 * export (CSV, and GeoJSON's properties). Spanish and English sit side by side (`name_es`,
 * `name_en`); lists hold one item a line, its parts separated by ` | `.
 */

/**
 * An image a row names: a file already in the media library (by its file name) or an http(s)
 * address to fetch. A fetched image needs its alt text and its full credit.
 */
export const imageReferenceSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Image address is required')
    .max(textLimits.url, `Must be at most ${textLimits.url} characters`),
  alt: localizedText.partial().optional(),
  credit: creditSchema.optional(),
});
export type ImageReference = z.infer<typeof imageReferenceSchema>;

/** A venue as one row holds it: its images by reference, and its status only when the row says. */
export const venueRecordSchema = venueSchema
  .omit({ heroImage: true, gallery: true, updatedAt: true, status: true })
  .extend({
    status: publicationStatusSchema.optional(),
    heroImage: imageReferenceSchema.optional(),
    gallery: z.array(imageReferenceSchema).default([]),
  })
  .superRefine((venue, ctx) => {
    if (venue.status === 'published' && !venue.heroImage) {
      ctx.addIssue({ code: 'custom', path: ['heroImage'], message: 'A published venue needs a hero image' });
    }
  });
export type VenueRecordInput = z.input<typeof venueRecordSchema>;
export type VenueRecord = z.output<typeof venueRecordSchema>;

type Path = readonly (string | number)[];

/** One part of a list item (`mode`, `line`, …), where it goes in the item, and whether it is a number. */
type Part = { label: string; path: Path; number?: boolean };

type Column =
  /** `unset`: the value that means "not said", written as an empty cell. */
  | { name: string; path: Path; kind: 'text' | 'number' | 'richText'; unset?: string }
  /** Several values in one cell, separated by commas or lines. */
  | { name: string; path: Path; kind: 'names' }
  /** One item a line, its parts separated by ` | `. */
  | { name: string; path: Path; kind: 'list'; parts: readonly Part[] };

const text = (name: string, ...path: Path): Column => ({ name, path, kind: 'text' });
const number = (name: string, ...path: Path): Column => ({ name, path, kind: 'number' });
const localized = (name: string, ...path: Path): Column[] => [
  text(`${name}_es`, ...path, 'es'),
  text(`${name}_en`, ...path, 'en'),
];
const part = (label: string, ...path: Path): Part => ({ label, path });
const amount = (label: string, ...path: Path): Part => ({ label, path, number: true });
const list = (name: string, path: Path, parts: Part[]): Column => ({ name, path, kind: 'list', parts });
const creditParts = [
  part('title', 'credit', 'title'),
  part('author', 'credit', 'author'),
  part('source name', 'credit', 'sourceName'),
  part('source URL', 'credit', 'sourceUrl'),
  part('licence name', 'credit', 'licenseName'),
  part('licence URL', 'credit', 'licenseUrl'),
];
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Every column, in the order an export writes them. `slug_es` identifies the venue. */
export const venueColumns: readonly Column[] = [
  text('slug_es', 'slug', 'es'),
  text('slug_en', 'slug', 'en'),
  text('status', 'status'),
  ...localized('name', 'name'),
  text('category', 'category'),
  text('neighborhood', 'neighborhood'),
  ...localized('teaser', 'teaser'),
  { name: 'description_es', path: ['description', 'es'], kind: 'richText' },
  { name: 'description_en', path: ['description', 'en'], kind: 'richText' },
  ...localized('pull_quote', 'pullQuote', 'text'),
  text('pull_quote_attribution', 'pullQuote', 'attribution'),
  text('street', 'address', 'street'),
  text('colonia', 'address', 'neighborhood'),
  text('postal_code', 'address', 'postalCode'),
  text('borough', 'address', 'borough'),
  text('city', 'address', 'city'),
  text('country', 'address', 'country'),
  number('latitude', 'location', 'latitude'),
  number('longitude', 'location', 'longitude'),
  ...localized('getting_there', 'gettingThere'),
  list(
    'transit',
    ['transit'],
    [part('mode', 'mode'), part('line', 'line'), part('stop', 'name'), amount('minutes', 'walkingMinutes')],
  ),
  number('visit_minutes', 'visitMinutes'),
  text('opening_hours', 'openingHours', 'rule'),
  text('time_zone', 'openingHours', 'timeZone'),
  list(
    'closures',
    ['openingHours', 'closures'],
    [part('date', 'date'), part('reason es', 'reason', 'es'), part('reason en', 'reason', 'en')],
  ),
  ...localized('hours_note', 'openingHours', 'note'),
  list(
    'prices',
    ['admission', 'prices'],
    [
      part('kind', 'kind'),
      amount('amount', 'amountMXN'),
      part('who es', 'audience', 'es'),
      part('who en', 'audience', 'en'),
    ],
  ),
  list(
    'free_days',
    ['admission', 'freeDays'],
    [part('when es', 'text', 'es'), part('when en', 'text', 'en')],
  ),
  ...localized('admission_note', 'admission', 'note'),
  ...accessibilityFeatures.map(
    (feature): Column => ({
      name: snake(feature),
      path: ['accessibility', feature],
      kind: 'text',
      unset: 'unknown',
    }),
  ),
  { name: 'signage_languages', path: ['accessibility', 'signageLanguages'], kind: 'names' },
  { name: 'tour_languages', path: ['accessibility', 'tourLanguages'], kind: 'names' },
  ...localized('accessibility_note', 'accessibility', 'note'),
  text('phone', 'contact', 'phone'),
  text('website', 'contact', 'website'),
  text('email', 'contact', 'email'),
  list('tips', ['tips'], [part('kind', 'kind'), part('tip es', 'text', 'es'), part('tip en', 'text', 'en')]),
  { name: 'pinned_nearby', path: ['pinnedNearby'], kind: 'names' },
  { name: 'guides', path: ['guides'], kind: 'names' },
  list(
    'fact_checks',
    ['factChecks'],
    [
      part('group', 'group'),
      part('date', 'verifiedAt'),
      part('source name', 'source', 'name'),
      part('source URL', 'source', 'url'),
    ],
  ),
  text('hero_image_url', 'heroImage', 'url'),
  ...localized('hero_image_alt', 'heroImage', 'alt'),
  ...creditParts.map((credit) =>
    text(`hero_image_${snake(String(credit.path[1]))}`, 'heroImage', ...credit.path),
  ),
  list(
    'gallery',
    ['gallery'],
    [part('url', 'url'), part('alt es', 'alt', 'es'), part('alt en', 'alt', 'en'), ...creditParts],
  ),
];

export const venueColumnNames = venueColumns.map((column) => column.name);

const isEnglish = (path: Path) => path[path.length - 1] === 'en';

/** Where a column holds the venue's own English (an image's alt text is the image's, not the venue's). */
function englishPaths(column: Column): Path[] {
  if (column.path[0] === 'heroImage' || column.path[0] === 'gallery') return [];
  if (isEnglish(column.path)) return [[]];
  return column.kind === 'list'
    ? column.parts.flatMap((part) => (isEnglish(part.path) ? [part.path] : []))
    : [];
}

/** The columns that carry a venue's English text. */
export const englishColumns = venueColumns
  .filter((column) => englishPaths(column).length > 0)
  .map((column) => column.name);

/** Whether a venue has any English text of its own: a name, a teaser, a tip, a price's audience… */
export function hasEnglish(venue: object): boolean {
  return venueColumns.some((column) => {
    const value = getAt(venue, column.path);
    return englishPaths(column).some((part) =>
      column.kind === 'list'
        ? ((value as unknown[] | undefined) ?? []).some((item) => Boolean(getAt(item, part)))
        : Boolean(value),
    );
  });
}

/** A problem with a file: its row (the header is row 1; in GeoJSON, the feature's number), the column and why. */
export type VenueFileIssue = { row: number; column: string; message: string };

/** What one row of a file gives: a venue ready to import, or why it cannot be. */
export type VenueFileRow =
  | { row: number; slug: string; venue: VenueRecord }
  | { row: number; slug?: string; issues: VenueFileIssue[] };

/**
 * A file read: each row's venue or its refusals, or, when the file itself is wrong (an unknown
 * column, an unreadable structure), the file's issues and no rows.
 */
export type VenueFile = {
  rows: VenueFileRow[];
  issues: VenueFileIssue[];
  /** The columns the file has: an import leaves a venue's other fields as they are. */
  columns: string[];
};

export type VenueRow = Record<string, string>;

/** Lists separate an item's parts with a bar; a bar inside a part is written `\|`. */
const separator = /\s*(?<!\\)\|\s*/;
const escapePart = (value: string) => value.replace(/\|/g, '\\|');
const unescapePart = (value: string) => value.replace(/\\\|/g, '|');

function readNumber(cell: string): number | undefined {
  // Spreadsheets set to Spanish write decimals with a comma.
  const normal = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((key, index) => {
    node[key] ??= typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1] as string | number] = value;
}

function getAt(source: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node == null ? undefined : (node as Record<string | number, unknown>)[key]),
    source,
  );
}

/** Plain paragraphs, written in a cell with blank lines between them; anything richer stays Lexical JSON. */
function paragraphsOf(value: RichText): string[] | undefined {
  const children = (value.root.children ?? []) as RichTextNode[];
  const paragraphs = children.map((node) =>
    node.type === 'paragraph' && node.children?.length === 1 ? node.children[0]?.text : undefined,
  );
  if (paragraphs.some((paragraph) => paragraph === undefined || paragraph.includes('\n\n'))) return undefined;
  return sameJson(richTextFromParagraphs(paragraphs as string[]), value)
    ? (paragraphs as string[])
    : undefined;
}

/** A JSON replacer that writes object keys in order, so the same value is always the same text. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Deep equality of JSON values, whatever the order of their keys (a database may reorder them). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function readCell(column: Column, cell: string, issue: (message: string) => void): unknown {
  switch (column.kind) {
    case 'text':
      return cell;
    case 'number': {
      const value = readNumber(cell);
      if (value === undefined) issue(`“${cell}” is not a number`);
      return value;
    }
    case 'richText': {
      if (!cell.trimStart().startsWith('{')) {
        return richTextFromParagraphs(
          cell
            .split(/\n[ \t]*\n/)
            .map((paragraph) => paragraph.trim())
            .filter(Boolean),
        );
      }
      try {
        return JSON.parse(cell);
      } catch {
        issue('Starts with “{” but is not valid rich-text JSON; write plain paragraphs instead');
        return undefined;
      }
    }
    case 'names':
      return cell
        .split(/[,\n]/)
        .map((name) => name.trim())
        .filter(Boolean);
    case 'list':
      return cell
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line, index) => {
          const parts = line.split(separator).map(unescapePart);
          if (parts.length > column.parts.length) {
            issue(
              `Line ${index + 1} has ${parts.length} parts; write at most ${column.parts.length}: ${column.parts.map((p) => p.label).join(' | ')}`,
            );
          }
          const item: Record<string, unknown> = {};
          column.parts.forEach((spec, at) => {
            const value = parts[at]?.trim();
            if (!value) return;
            const read = spec.number ? readNumber(value) : value;
            if (read === undefined) issue(`Line ${index + 1}, ${spec.label}: “${value}” is not a number`);
            setAt(item, spec.path, read ?? value);
          });
          return item;
        });
  }
}

function writeCell(column: Column, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (column.kind) {
    case 'text':
    case 'number':
      return value === column.unset ? '' : String(value);
    case 'richText': {
      const paragraphs = paragraphsOf(value as RichText);
      return paragraphs ? paragraphs.join('\n\n') : JSON.stringify(value, sortedKeys);
    }
    case 'names':
      return (value as string[]).join(', ');
    case 'list':
      return (value as unknown[])
        .map((item) =>
          column.parts
            .map((spec) => escapePart(String(getAt(item, spec.path) ?? '')))
            .join(' | ')
            .replace(/(\s\|\s*)+$/, ''),
        )
        .join('\n');
  }
}

/** The column a problem at `path` (a place in a venue record) belongs to, and what to prefix its message with. */
export function columnAt(path: Path): { column: string; prefix: string } {
  let best: Column | undefined;
  for (const column of venueColumns) {
    const within = column.path.every((key, index) => path[index] === key);
    if (within && column.path.length <= path.length && (!best || column.path.length > best.path.length)) {
      best = column;
    }
  }
  if (!best) {
    // A group as a whole (an image without its address, say): the first column inside it.
    const inside = venueColumns.find((column) => path.every((key, index) => column.path[index] === key));
    return { column: inside?.name ?? path.join('.'), prefix: '' };
  }
  if (best.kind !== 'list' || typeof path[best.path.length] !== 'number')
    return { column: best.name, prefix: '' };
  const line = Number(path[best.path.length]) + 1;
  const rest = path.slice(best.path.length + 1);
  const spec = best.parts.find((p) => p.path.every((key, index) => rest[index] === key));
  return { column: best.name, prefix: `Line ${line}${spec ? `, ${spec.label}` : ''}: ` };
}

function knownColumn(name: string): string | undefined {
  return venueColumnNames.find((known) => known === name);
}

/** The known column nearest to a mistyped one, when it is near enough to be a likely typo. */
function nearestColumn(name: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] as number;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] as number;
        row[j] = Math.min(
          current + 1,
          (row[j - 1] as number) + 1,
          previous + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length] as number;
  };
  const scored = venueColumnNames.map((known) => ({ known, score: distance(name, known) }));
  const best = scored.sort((a, b) => a.score - b.score)[0];
  return best && best.score <= Math.max(2, Math.floor(name.length / 4)) ? best.known : undefined;
}

/** Problems with a header: unknown and repeated column names. Row 1 is the header. */
export function headerIssues(names: readonly string[]): VenueFileIssue[] {
  const issues: VenueFileIssue[] = [];
  names.forEach((name, index) => {
    if (!knownColumn(name)) {
      const near = nearestColumn(name);
      issues.push({
        row: 1,
        column: name,
        message: `Unknown column “${name}”${near ? `; did you mean “${near}”?` : ''} (the columns are listed in the domain package's README)`,
      });
    } else if (names.indexOf(name) !== index) {
      issues.push({ row: 1, column: name, message: `Column “${name}” appears twice` });
    }
  });
  return issues;
}

/** One row's cells, by column name, as a venue, or the problems that keep it out. */
export function venueFromRow(cells: VenueRow, row: number): VenueFileRow {
  const issues: VenueFileIssue[] = [];
  const draft: Record<string, unknown> = {};
  for (const column of venueColumns) {
    const cell = cells[column.name]?.trim() ? (cells[column.name] as string) : '';
    if (!cell) continue;
    const value = readCell(
      column,
      column.kind === 'richText' || column.kind === 'list' ? cell : cell.trim(),
      (message) => issues.push({ row, column: column.name, message }),
    );
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      setAt(draft, column.path, value);
  }
  const named = getAt(draft, ['name', 'es']);
  if (!getAt(draft, ['slug', 'es']) && typeof named === 'string')
    setAt(draft, ['slug', 'es'], slugFromName(named));
  const slug = getAt(draft, ['slug', 'es']) as string | undefined;
  if (issues.length > 0) return { row, slug, issues };

  const parsed = venueRecordSchema.safeParse(draft);
  if (parsed.success) return { row, slug: parsed.data.slug.es, venue: parsed.data };
  return {
    row,
    slug,
    issues: parsed.error.issues.map((issue) => {
      const { column, prefix } = columnAt(issue.path as Path);
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : issue.message;
      return { row, column, message: prefix + message };
    }),
  };
}

/** A venue as one row's cells, by column name: what an export writes. */
export function venueToRow(venue: VenueRecordInput): VenueRow {
  return Object.fromEntries(
    venueColumns.map((column) => [column.name, writeCell(column, getAt(venue, column.path))]),
  );
}

/** Refuses a row whose Spanish slug an earlier row of the same file already took. */
export function refuseRepeatedSlugs(rows: VenueFileRow[]): VenueFileRow[] {
  const firstRow = new Map<string, number>();
  return rows.map((result) => {
    if (!result.slug) return result;
    const first = firstRow.get(result.slug);
    if (first === undefined) {
      firstRow.set(result.slug, result.row);
      return result;
    }
    const repeated = {
      row: result.row,
      column: 'slug_es',
      message: `Same Spanish slug as row ${first} (${result.slug})`,
    };
    return {
      row: result.row,
      slug: result.slug,
      issues: ['issues' in result ? result.issues : [], repeated].flat(),
    };
  });
}

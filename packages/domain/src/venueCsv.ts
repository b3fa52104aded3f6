import Papa from 'papaparse';
import {
  headerIssues,
  refuseRepeatedSlugs,
  type VenueFile,
  type VenueRecordInput,
  type VenueRow,
  venueColumnNames,
  venueFromRow,
  venueToRow,
} from './venueTable.js';

const byteOrderMark = '\uFEFF';

/**
 * Venues from a CSV file whose first row names the columns (`venueColumns`; any subset, in any
 * order). Quoted cells may hold commas and line breaks; a byte-order mark and empty rows are
 * ignored. Rows are numbered as a spreadsheet shows them, the header being row 1.
 */
export function venuesFromCsv(text: string): VenueFile {
  const parsed = Papa.parse<string[]>(text.startsWith(byteOrderMark) ? text.slice(1) : text, {
    header: false,
    skipEmptyLines: false,
  });
  const [header = [], ...records] = parsed.data;
  const names = header.map((name) => name.trim().toLowerCase());
  const structural = parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      column: '—',
      message: `${error.message}: a quoted cell is never closed`,
    }));
  const issues = [...headerIssues(names), ...structural];
  if (names.every((name) => name === ''))
    issues.push({ row: 1, column: '—', message: 'The file has no header row' });
  if (issues.length > 0) return { rows: [], issues, columns: names };

  const rows = records.flatMap((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return [];
    if (cells.length > names.length) {
      return [
        {
          row,
          issues: [
            { row, column: '—', message: `Row has ${cells.length} cells; the header names ${names.length}` },
          ],
        },
      ];
    }
    return [venueFromRow(Object.fromEntries(names.map((name, at) => [name, cells[at] ?? ''])), row)];
  });
  return { rows: refuseRepeatedSlugs(rows), issues: [], columns: names };
}

/**
 * Venues as CSV, every column in `venueColumns`' order, in the form `venuesFromCsv` reads. It
 * starts with a byte-order mark so spreadsheet programs read it as UTF-8.
 */
export function venuesToCsv(venues: readonly VenueRecordInput[]): string {
  return byteOrderMark + venueRowsToCsv(venues.map(venueToRow));
}

function venueRowsToCsv(rows: VenueRow[]): string {
  return Papa.unparse(
    {
      fields: [...venueColumnNames],
      data: rows.map((row) => venueColumnNames.map((name) => row[name] ?? '')),
    },
    { newline: '\r\n' },
  );
}

/** How the benchmarks print tables and keep their own section of BENCHMARKS.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchmarksFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../BENCHMARKS.md');

/** Markdown prose wrapped at 100 columns, as the rest of BENCHMARKS.md is; `indent` continues a list item. */
export function wrapProse(text: string, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > 100) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A Markdown table with its columns padded, the first row as the header. */
export function markdownTable(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join(
    '\n',
  );
}

/** Replaces the section under `title` (`## …`) of BENCHMARKS.md, or adds it at the end; the rest stays. */
export function writeBenchmarkSection(title: string, body: string): void {
  const text = readFileSync(benchmarksFile, 'utf8');
  const section = `${title}\n\n${body.trim()}\n`;
  const start = text.indexOf(`${title}\n`);
  if (start === -1) {
    writeFileSync(benchmarksFile, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.slice(start + title.length).search(/\n## /);
  const end = next === -1 ? text.length : start + title.length + next + 1;
  const rest = text.slice(end);
  writeFileSync(benchmarksFile, `${text.slice(0, start)}${section}${rest ? `\n${rest}` : ''}`);
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The nearest-rank percentile: a value that was measured, never one made up between two. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

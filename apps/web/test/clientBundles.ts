/**
 * What the built site sends to browsers: its client chunks, the server-only libraries found in
 * them, and the client components that load each chunk (read from Next's client reference
 * manifests, following the small loader chunks that fetch a chunk on demand).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const nextDir = fileURLToPath(new URL('../.next', import.meta.url));
const chunksDir = path.join(nextDir, 'static/chunks');

/**
 * Strings that survive minification (class names, error messages, property names) and that only
 * these libraries carry. The server works out everything they are needed for.
 */
export const serverOnlyLibraries: Record<string, string[]> = {
  zod: ['ZodError', '$ZodType'],
  opening_hours: ['getOpenIntervals', 'opening_hours'],
  'date-fns': ['constructDateFrom'],
  'date-fns-tz': ['Invalid time zone specified'],
  // Messages of @paseo/domain's schemas (packages/domain/src/openingHours.ts, locale.ts).
  'the domain schemas': ['Use a date in the form YYYY-MM-DD', 'Opening hours must not be empty'],
};

export type Finding = { chunk: string; library: string; signature: string; loadedBy: string[] };

const chunkFiles = () => readdirSync(chunksDir).filter((file) => file.endsWith('.js'));

type ClientModules = { chunksOf: Map<string, Set<string>>; nameOf: Map<number, string> };

/** Client module → the chunks it needs, and module id → name, over every route's manifest. */
function clientModules(): ClientModules {
  const chunksOf = new Map<string, Set<string>>();
  const nameOf = new Map<number, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const text = readFileSync(full, 'utf8');
        const json = text.slice(text.indexOf('= {') + 2).replace(/;\s*$/, '');
        const manifest = JSON.parse(json) as {
          clientModules: Record<string, { id: number; chunks: string[] }>;
        };
        for (const [raw, { id, chunks }] of Object.entries(manifest.clientModules)) {
          const name = raw.replace(/^\[project\]\//, '').replace(/ \[.*$/, '');
          nameOf.set(id, name);
          const set = chunksOf.get(name) ?? new Set<string>();
          for (const chunk of chunks) set.add(path.basename(chunk));
          chunksOf.set(name, set);
        }
      }
    }
  };
  walk(path.join(nextDir, 'server/app'));
  return { chunksOf, nameOf };
}

/** A client chunk's code and the modules it defines, each with where its code starts. */
type Chunk = { text: string; modules: { id: number; at: number }[] };

function readChunk(file: string): Chunk {
  const text = readFileSync(path.join(chunksDir, file), 'utf8');
  const modules = [...text.matchAll(/[,[](\d+),\w+=>\{/g)].map((match) => ({
    id: Number(match[1]),
    at: match.index,
  }));
  return { text, modules };
}

/**
 * Who brings a chunk in: a module listed in a manifest whose chunks include it, or the module
 * whose code asks for it on demand (`import()` becomes a call to a small loader module that
 * fetches the chunk by name).
 */
function importers(chunk: string, chunks: Map<string, Chunk>, modules: ClientModules): string[] {
  const names = new Set<string>();
  for (const [name, needed] of modules.chunksOf) {
    if (!name.includes('node_modules/') && needed.has(chunk)) names.add(name);
  }
  for (const [loaderChunk, loader] of chunks) {
    for (const [i, { id, at }] of loader.modules.entries()) {
      const end = loader.modules[i + 1]?.at ?? loader.text.length;
      if (!loader.text.slice(at, end).includes(`static/chunks/${chunk}`)) continue;
      for (const [file, { text, modules: defined }] of chunks) {
        for (const call of text.matchAll(new RegExp(`\\.A\\(${id}\\)`, 'g'))) {
          const caller = defined.filter((m) => m.at < call.index).at(-1);
          const name = caller && modules.nameOf.get(caller.id);
          names.add(name ?? `a module of ${file} (via ${loaderChunk})`);
        }
      }
    }
  }
  return [...names];
}

/** Every server-only library found in a client chunk, with what brings that chunk in. */
export function serverOnlyCodeInClientChunks(): Finding[] {
  if (!existsSync(chunksDir)) throw new Error(`${chunksDir} is missing: build the site first`);
  const chunks = new Map(chunkFiles().map((file) => [file, readChunk(file)]));
  const modules = clientModules();
  const findings: Finding[] = [];
  for (const [chunk, { text }] of chunks) {
    for (const [library, signatures] of Object.entries(serverOnlyLibraries)) {
      const signature = signatures.find((s) => text.includes(s));
      if (signature)
        findings.push({ chunk, library, signature, loadedBy: importers(chunk, chunks, modules) });
    }
  }
  return findings;
}

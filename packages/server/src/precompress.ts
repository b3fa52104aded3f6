/**
 * `node packages/server/dist/precompress.js DIR`: writes a Brotli copy (`name.js.br`) beside every
 * script and stylesheet under DIR, at Brotli's highest quality, for `serve.js` to send to browsers
 * that accept it. Run after `next build` on its `.next/static`; a copy newer than its file is kept.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { precompressedTypes } from './compressedAssets.js';

/** Below this a file is sent as it is: compressing saves less than a packet. */
const smallest = 1024;

export function precompress(dir: string): { files: number; bytes: number; compressedBytes: number } {
  const totals = { files: 0, bytes: 0, compressedBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!precompressedTypes[path.extname(entry)]) continue;
    const file = path.join(dir, entry);
    const stats = statSync(file);
    if (!stats.isFile() || stats.size < smallest) continue;
    const { size, mtimeMs } = stats;
    const copy = `${file}.br`;
    const existing = statSync(copy, { throwIfNoEntry: false });
    let compressedBytes = existing?.size ?? 0;
    if (!existing || existing.mtimeMs < mtimeMs) {
      const compressed = brotliCompressSync(readFileSync(file), {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      });
      writeFileSync(copy, compressed);
      compressedBytes = compressed.length;
    }
    totals.files += 1;
    totals.bytes += size;
    totals.compressedBytes += compressedBytes;
  }
  return totals;
}

const dir = process.argv[2];
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!dir) throw new Error('usage: node precompress.js DIR');
  const { files, bytes, compressedBytes } = precompress(path.resolve(dir));
  console.log(
    `precompress: ${files} files in ${dir}, ${Math.round(bytes / 1024)} KB → ${Math.round(compressedBytes / 1024)} KB with Brotli`,
  );
}

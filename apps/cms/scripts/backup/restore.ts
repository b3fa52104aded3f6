/**
 * `npm run db:restore -- <backup> [--force] [--force-production]`: puts a backup made by
 * `npm run db:backup` into the configured database (DATABASE_URL, else the embedded one in
 * PASEO_DATA_DIR) and uploads folder. Stop the CMS first.
 */
import { parseArgs } from 'node:util';
import { Refusal, restore } from './backups';
import { fromCaller, runCommand } from './cli';

await runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean' }, 'force-production': { type: 'boolean' } },
  });
  if (positionals.length !== 1) {
    throw new Refusal('Usage: npm run db:restore -- <backup folder> [--force] [--force-production]');
  }
  const dir = fromCaller(positionals[0] ?? '');
  const result = await restore(dir, { force: values.force, forceProduction: values['force-production'] });
  console.log(
    `Restored ${dir} into ${result.target}${result.replaced ? ' (replacing what was there)' : ''} ` +
      `and its uploads into ${result.mediaDir}, in ${result.milliseconds} ms.`,
  );
});

/**
 * `npm run import -- venues.csv [--publish] [--dry-run]`: the admin's venue import from the command
 * line, against a running CMS (`npm start`; another with CMS_URL), logged in as an editor
 * (PASEO_EMAIL, PASEO_PASSWORD). Prints the dry run's refusals by row and column, then the
 * progress; exits 1 when a row was refused, 2 when the command cannot run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportPlan as Plan, ImportProgress as Progress } from '@paseo/domain/cms';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    publish: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  fail('Usage: npm run import -- <venues.csv | venues.geojson> [--publish] [--dry-run]');
}
const cms = (process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3001}`).replace(/\/$/, '');
const email = process.env.PASEO_EMAIL;
const password = process.env.PASEO_PASSWORD;
if (!email || !password) {
  fail(
    "Set PASEO_EMAIL and PASEO_PASSWORD to an editor's login (with the sample data: editor@example.com / paseo-demo-editor).",
  );
}
// `npm run` starts in the repository's root; a relative path is the caller's.
const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
let text: string;
try {
  text = readFileSync(filePath, 'utf8');
} catch (error) {
  fail(`Cannot read ${filePath}: ${(error as Error).message}`);
}

async function call<T>(
  route: string,
  init: RequestInit = {},
  token?: string,
): Promise<{ status: number; body: T }> {
  let response: Response;
  try {
    response = await fetch(`${cms}${route}`, {
      ...init,
      headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...init.headers },
    });
  } catch {
    fail(`No CMS answers at ${cms}. Start Paseo with \`npm start\`, or set CMS_URL.`);
  }
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
}

const login = await call<{ token?: string; errors?: { message: string }[] }>('/api/users/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});
const token = login.body.token;
if (!token)
  fail(`Logging in as ${email} at ${cms} failed: ${login.body.errors?.[0]?.message ?? login.status}`);

const query = new URLSearchParams({ fileName: path.basename(filePath), publishNew: String(values.publish) });
const checked = await call<{ id?: number; plan?: Plan; error?: string }>(
  `/api/venue-imports/check?${query}`,
  { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text },
  token,
);
const { id, plan } = checked.body;
if (id === undefined || !plan) fail(`The CMS refused the file: ${checked.body.error ?? checked.status}`);

for (const issue of plan.fileIssues) console.error(`File, ${issue.column}: ${issue.message}`);
for (const issue of plan.rows.flatMap((row) => row.issues ?? [])) {
  console.error(`Row ${issue.row}, ${issue.column}: ${issue.message}`);
}
const { counts } = plan;
console.log(
  `${path.basename(filePath)}: ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.refuse} refused.`,
);
const refused = plan.fileIssues.length > 0 || counts.refuse > 0;
if (values['dry-run'] || counts.create + counts.update === 0) process.exit(refused ? 1 : 0);

const started = Date.now();
const start = await call<Progress>(`/api/venue-imports/${id}/start`, { method: 'POST' }, token);
if (start.status !== 202) fail(`The import did not start: ${start.status}`);
const interactive = process.stdout.isTTY;
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const { body: job } = await call<Progress>(`/api/venue-imports/${id}/progress`, {}, token);
  const { done, total } = job.progress;
  const seconds = (Date.now() - started) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  const left = rate > 0 ? Math.round((total - done) / rate) : undefined;
  const line = `${done} of ${total} rows written, ${rate.toFixed(1)} rows/s${left === undefined ? '' : `, about ${left} s left`}`;
  if (interactive) process.stdout.write(`\r${line}   `);
  if (job.state === 'running' && !job.stalled) continue;
  if (interactive) process.stdout.write('\n');
  for (const issue of job.failures ?? [])
    console.error(`Row ${issue.row}, ${issue.column}: ${issue.message}`);
  if (job.state !== 'done')
    fail(`The import stopped: ${job.error ?? (job.stalled ? 'its CMS process went away' : job.state)}`);
  const { created, updated, failed } = job.progress;
  console.log(
    `Done in ${seconds.toFixed(1)} s: ${created} created, ${updated} updated, ${failed} refused while writing.`,
  );
  process.exit(refused || failed > 0 ? 1 : 0);
}

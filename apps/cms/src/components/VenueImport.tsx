'use client';
import type { ImportPlan, ImportProgress } from '@paseo/domain/cms';
import { Button, useConfig, useTranslation } from '@payloadcms/ui';
import { useCallback, useEffect, useState } from 'react';
import { wordsFor } from './importWords';

type Job = ImportProgress & { plan: ImportPlan };

/** The most rows the dry run's table shows; the counts above it cover them all. */
const tableRows = 500;

/** The import's id is kept in the address, so a reload (or another tab) finds the same import. */
function importIdInUrl(): number | undefined {
  const id = Number(new URLSearchParams(window.location.search).get('import'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

function rememberImport(id: number | undefined) {
  const url = new URL(window.location.href);
  if (id === undefined) url.searchParams.delete('import');
  else url.searchParams.set('import', String(id));
  window.history.replaceState(null, '', url);
}

/**
 * The import, step by step: choose a file and check it (the dry run's table: what would be
 * created, updated, left unchanged or refused, and why), then import it and watch its progress
 * (rows written of total, rate, time left), read from the CMS every second so it survives a reload.
 */
export function VenueImport() {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const words = wordsFor(i18n.language);
  const api = `${config.serverURL}${config.routes.api}/venue-imports`;
  const [file, setFile] = useState<File>();
  const [publishNew, setPublishNew] = useState(false);
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<Job>();
  const [problem, setProblem] = useState<string>();

  const load = useCallback(
    async (id: number, withPlan = true) => {
      const response = await fetch(`${api}/${id}/progress?plan=${withPlan}`, { credentials: 'include' });
      if (!response.ok) {
        rememberImport(undefined);
        return undefined;
      }
      const next = (await response.json()) as Job;
      // The plan does not change while the import runs: it is read once.
      setJob((previous) => ({ ...next, plan: next.plan ?? previous?.plan }) as Job);
      return next;
    },
    [api],
  );

  useEffect(() => {
    const id = importIdInUrl();
    if (id !== undefined) void load(id);
  }, [load]);

  // While it runs, its progress is read again every second.
  useEffect(() => {
    if (job?.state !== 'running' || job.stalled) return;
    const timer = setTimeout(() => void load(job.id, false), 1_000);
    return () => clearTimeout(timer);
  }, [job, load]);

  const check = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const query = new URLSearchParams({ fileName: file.name, publishNew: String(publishNew) });
      const response = await fetch(`${api}/check?${query}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: await file.text(),
      });
      const body = (await response.json()) as { id?: number; error?: string };
      if (!response.ok || body.id === undefined) throw new Error(body.error ?? String(response.status));
      rememberImport(body.id);
      await load(body.id);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    if (!job) return;
    setBusy(true);
    const response = await fetch(`${api}/${job.id}/start`, { method: 'POST', credentials: 'include' });
    if (response.ok || response.status === 409) {
      const next = (await response.json()) as Job;
      setJob((previous) => ({ ...next, plan: previous?.plan }) as Job);
    }
    setBusy(false);
  };

  const reset = () => {
    rememberImport(undefined);
    setJob(undefined);
    setFile(undefined);
  };

  const plan = job?.plan;
  const toWrite = plan ? plan.counts.create + plan.counts.update : 0;
  const unit = plan?.format === 'geojson' ? words.feature : words.row;
  // Refusals first: they are what the editor has to act on, however long the file.
  const shownRows = [...(plan?.rows ?? [])]
    .sort((a, b) => Number(b.action === 'refuse') - Number(a.action === 'refuse'))
    .slice(0, tableRows);

  return (
    <section className="venue-import">
      <h1>{words.title}</h1>
      <p>{words.intro}</p>
      {!job && (
        <form
          className="venue-import__choose"
          onSubmit={(event) => {
            event.preventDefault();
            void check();
          }}
        >
          <label>
            {words.file}{' '}
            <input
              type="file"
              name="file"
              accept=".csv,.geojson,.json,text/csv,application/geo+json"
              onChange={(event) => setFile(event.target.files?.[0])}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={publishNew}
              onChange={(event) => setPublishNew(event.target.checked)}
            />{' '}
            {words.publishNew}
          </label>
          <Button type="submit" disabled={!file || busy}>
            {busy ? words.checking : words.check}
          </Button>
          {problem && <p role="alert">{problem}</p>}
        </form>
      )}

      {plan && job && (
        <>
          <h2>{job.fileName}</h2>
          {plan.fileIssues.length > 0 ? (
            <div role="alert">
              <p>{words.fileRefused}</p>
              <ul>
                {plan.fileIssues.map((issue) => (
                  <li key={`${issue.row}-${issue.column}`}>
                    {issue.column}: {issue.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="venue-import__summary">{words.summary(plan.counts)}</p>
          )}

          {job.state === 'checked' &&
            (toWrite > 0 ? (
              <Button onClick={() => void start()} disabled={busy}>
                {words.start(toWrite)}
              </Button>
            ) : (
              <p>{plan.fileIssues.length === 0 && words.nothing}</p>
            ))}
          {job.state !== 'checked' && <ProgressBar job={job} words={words} onRestart={() => void start()} />}
          {job.state !== 'running' && (
            <Button buttonStyle="secondary" onClick={reset}>
              {words.another}
            </Button>
          )}

          {shownRows.length > 0 && (
            <table className="venue-import__rows">
              <thead>
                <tr>
                  <th scope="col">{unit}</th>
                  <th scope="col">{words.venue}</th>
                  <th scope="col">{words.action}</th>
                  <th scope="col">{words.column}</th>
                  <th scope="col">{words.why}</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.flatMap((row) => {
                  const issues = row.issues?.length ? row.issues : [undefined];
                  return issues.map((issue, index) => (
                    <tr
                      key={`${row.row}-${issue?.column ?? ''}-${issue?.message ?? ''}`}
                      data-action={row.action}
                    >
                      <td>{index === 0 ? row.row : ''}</td>
                      <td>{index === 0 ? (row.name ?? row.slug ?? '') : ''}</td>
                      <td>{index === 0 ? words.actions[row.action] : ''}</td>
                      <td>{issue?.column ?? ''}</td>
                      <td>{issue?.message ?? ''}</td>
                    </tr>
                  ));
                })}
              </tbody>
            </table>
          )}
          {plan.rows.length > shownRows.length && <p>{words.shown(shownRows.length, plan.rows.length)}</p>}
        </>
      )}
    </section>
  );
}

function ProgressBar({
  job,
  words,
  onRestart,
}: {
  job: Job;
  words: ReturnType<typeof wordsFor>;
  onRestart: () => void;
}) {
  const { total, done } = job.progress;
  const elapsed = (Date.parse(job.progressAt ?? '') - Date.parse(job.startedAt ?? '')) / 1000;
  const rate = elapsed > 0 ? done / elapsed : 0;
  const failures = job.failures ?? [];
  return (
    <div className="venue-import__progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={words.progress(done, total)} />
      <p aria-live="polite">
        {words.progress(done, total)}
        {job.state === 'running' && rate > 0 && (
          <>
            {' · '}
            {words.rate(rate)}
            {' · '}
            {words.left((total - done) / rate)}
          </>
        )}
      </p>
      {job.state === 'done' && <p role="status">{words.done(job.progress)}</p>}
      {job.state === 'failed' && (
        <p role="alert">
          {words.failed} {job.error}
        </p>
      )}
      {job.stalled && (
        <p role="alert">
          {words.stalled}{' '}
          <button type="button" onClick={onRestart}>
            {words.again}
          </button>
        </p>
      )}
      {failures.length > 0 && (
        <ul>
          {failures.map((issue) => (
            <li key={`${issue.row}-${issue.column}-${issue.message}`}>
              {words.row} {issue.row}, {issue.column}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

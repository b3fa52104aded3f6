'use client';

import type { Locale } from '@paseo/domain';
import { type FormEvent, useState } from 'react';

type Words = {
  title: string;
  intro: string;
  message: string;
  email: string;
  send: string;
  sending: string;
  thanks: string;
  failed: string;
  tooShort: string;
  badEmail: string;
  tooMany: string;
  tooLarge: string;
};

type Props = { venueId: string | number; pagePath: string; locale: Locale; words: Words };

type State =
  | 'idle'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'invalid'
  | 'invalid-email'
  | 'rate-limited'
  | 'too-large';

/** What the site's endpoint answered, as the form shows it. */
async function outcomeOf(response: Response): Promise<State> {
  if (response.ok) return 'sent';
  if (response.status === 429) return 'rate-limited';
  if (response.status === 413) return 'too-large';
  if (response.status === 400) {
    const body = (await response.json().catch(() => ({}))) as { field?: string };
    return body.field === 'email' ? 'invalid-email' : body.field === 'message' ? 'invalid' : 'failed';
  }
  return 'failed';
}

/**
 * "Report an error": posts to the site's own endpoint, which passes it on to the CMS. Without
 * JavaScript the form still posts and the endpoint sends the visitor back to the page, to the
 * outcome's message (`#report-sent`, …), which only then shows.
 */
export function ReportForm({ venueId, pagePath, locale, words }: Props) {
  const [state, setState] = useState<State>('idle');
  const errors: Partial<Record<State, string>> = {
    invalid: words.tooShort,
    'invalid-email': words.badEmail,
    'rate-limited': words.tooMany,
    'too-large': words.tooLarge,
    failed: words.failed,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const message = String(form.get('message') ?? '').trim();
    if (message.length < 5) {
      setState('invalid');
      return;
    }
    setState('sending');
    try {
      const response = await fetch('/api/report', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          venue: venueId,
          pageUrl: pagePath,
          message,
          email: String(form.get('email') ?? '').trim() || undefined,
          website: String(form.get('website') ?? ''),
          locale,
        }),
      });
      setState(await outcomeOf(response));
    } catch {
      setState('failed');
    }
  }

  const error = errors[state];
  return (
    <section className="report" aria-labelledby="report-title" id="report">
      <h2 id="report-title">{words.title}</h2>
      {state === 'sent' ? (
        <p className="report__status" role="status" data-testid="report-thanks">
          {words.thanks}
        </p>
      ) : (
        <form className="report__form" method="post" action="/api/report" onSubmit={submit} noValidate>
          <p id="report-sent" className="report__status report__outcome">
            {words.thanks}
          </p>
          {Object.entries(errors).map(([outcome, text]) => (
            <p
              key={outcome}
              id={`report-${outcome}`}
              className="report__status report__status--error report__outcome"
            >
              {text}
            </p>
          ))}
          <p>{words.intro}</p>
          <input type="hidden" name="venue" value={String(venueId)} />
          <input type="hidden" name="pageUrl" value={pagePath} />
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="report-message">{words.message}</label>
          <textarea
            id="report-message"
            name="message"
            rows={4}
            minLength={5}
            maxLength={2000}
            required
            aria-invalid={state === 'invalid' ? true : undefined}
            aria-describedby={error ? 'report-error' : undefined}
          />
          <label htmlFor="report-email">{words.email}</label>
          <input
            id="report-email"
            name="email"
            type="email"
            autoComplete="email"
            aria-invalid={state === 'invalid-email' ? true : undefined}
          />
          {/* Left empty by people; robots that fill every field get their report refused. */}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="report-website">Website</label>
            <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <button type="submit" className="button" disabled={state === 'sending'}>
            {state === 'sending' ? words.sending : words.send}
          </button>
          {error ? (
            <p id="report-error" className="report__status report__status--error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}

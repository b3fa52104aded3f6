'use client';

import type { Locale } from '@paseo/domain';
import { useEffect, useState } from 'react';

export type OpenNowHours = { rule: string; timeZone: string; closures: { date: string }[] };

type Props = { hours: OpenNowHours; locale: Locale };

/**
 * The "open now" line, worked out in the visitor's browser from their clock: a page is rendered
 * once and cached, so the server cannot know what time it is when someone reads it. The rules
 * engine is loaded after the page is interactive, so it costs the first paint nothing.
 */
export function OpenNow({ hours, locale }: Props) {
  const [line, setLine] = useState<{ open: boolean; text: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    import('./openNowLine')
      .then(({ openNowLine }) => {
        const update = () => {
          if (!cancelled) setLine(openNowLine(hours, locale, new Date()));
        };
        update();
        timer = setInterval(update, 60_000);
      })
      .catch(() => setLine(null));
    return () => {
      cancelled = true;
      if (timer) clearInterval(timer);
    };
  }, [hours, locale]);

  return (
    <p
      className="open-now"
      data-testid="open-now"
      data-open={line ? String(line.open) : undefined}
      aria-live="polite"
    >
      {line ? (
        <>
          <span className={`open-now__dot ${line.open ? 'is-open' : 'is-closed'}`} aria-hidden="true" />
          {line.text}
        </>
      ) : (
        '\u00a0'
      )}
    </p>
  );
}

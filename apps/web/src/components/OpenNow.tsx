'use client';

import type { Locale } from '@paseo/domain';
import type { OpenSchedule } from '@paseo/domain/openNow';
import { useEffect, useState } from 'react';
import { openNowLine } from './openNowLine';

type Props = { schedule: OpenSchedule; locale: Locale };

/**
 * The "open now" line, worked out in the visitor's browser from their clock: a page is rendered
 * once and cached, so the server cannot know what time it is when someone reads it. The server
 * sends the venue's opening instants for the coming days (`openSchedule`); this only picks the one
 * the clock falls in.
 */
export function OpenNow({ schedule, locale }: Props) {
  const [line, setLine] = useState<{ open: boolean; text: string } | null>(null);

  useEffect(() => {
    const update = () => setLine(openNowLine(schedule, locale, new Date()) ?? null);
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [schedule, locale]);

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

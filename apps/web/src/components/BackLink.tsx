'use client';

import { useEffect, useState } from 'react';
import { previousPath } from './navigationTrail';

type Props = {
  /** Where the link goes without JavaScript or when the visitor came from elsewhere. */
  fallbackHref: string;
  fallbackLabel: string;
  backLabel: string;
};

/** Whether the visitor arrived from another site, as far as the browser says. */
function arrivedFromElsewhere(): boolean {
  try {
    return document.referrer !== '' && new URL(document.referrer).origin !== window.location.origin;
  } catch {
    return false;
  }
}

/**
 * "Back" to the page the visitor came from inside the site; from outside (or without JavaScript)
 * it leads to the venue's neighborhood.
 */
export function BackLink({ fallbackHref, fallbackLabel, backLabel }: Props) {
  const [previous, setPrevious] = useState<string | undefined>(undefined);

  useEffect(() => {
    const path = previousPath(window.location.pathname);
    const fromElsewhere = arrivedFromElsewhere() && path === undefined;
    setPrevious(fromElsewhere || path === window.location.pathname ? undefined : path);
  }, []);

  return (
    <a
      className="back-link"
      href={previous ?? fallbackHref}
      onClick={(event) => {
        if (previous && window.history.length > 1) {
          event.preventDefault();
          window.history.back();
        }
      }}
    >
      <span aria-hidden="true">←</span> {previous ? backLabel : fallbackLabel}
    </a>
  );
}

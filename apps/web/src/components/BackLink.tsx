'use client';

import { useEffect, useState } from 'react';

type Props = {
  /** Where the link goes without JavaScript or when the visitor came from elsewhere. */
  fallbackHref: string;
  fallbackLabel: string;
  backLabel: string;
};

/**
 * "Back" to the page the visitor came from inside the site; from outside (or without JavaScript)
 * it leads to the venue's neighborhood.
 */
export function BackLink({ fallbackHref, fallbackLabel, backLabel }: Props) {
  const [cameFromSite, setCameFromSite] = useState(false);

  useEffect(() => {
    try {
      const referrer = document.referrer ? new URL(document.referrer) : undefined;
      setCameFromSite(
        referrer !== undefined &&
          referrer.origin === window.location.origin &&
          referrer.href !== window.location.href,
      );
    } catch {
      setCameFromSite(false);
    }
  }, []);

  return (
    <a
      className="back-link"
      href={cameFromSite ? document.referrer : fallbackHref}
      onClick={(event) => {
        if (cameFromSite && window.history.length > 1) {
          event.preventDefault();
          window.history.back();
        }
      }}
    >
      <span aria-hidden="true">←</span> {cameFromSite ? backLabel : fallbackLabel}
    </a>
  );
}

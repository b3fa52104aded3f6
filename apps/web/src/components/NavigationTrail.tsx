'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { recordVisit } from './navigationTrail';

/** Notes every page this tab shows, for the back link. Renders nothing. */
export function NavigationTrail() {
  const pathname = usePathname();
  useEffect(() => {
    if (pathname) recordVisit(pathname);
  }, [pathname]);
  return null;
}

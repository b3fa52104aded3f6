'use client';

import { localeOrDefault } from '@paseo/domain/locales';
import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CMS_UNAVAILABLE_DIGEST } from '@/data/client';

/**
 * Shown when a page could not be rendered. When the cause is a CMS that is down or too slow and
 * the page was never cached, the visitor is told it is temporarily unavailable (the server answers
 * 503 with Retry-After; see `src/instrumentation.ts`).
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ locale?: string }>();
  const locale = localeOrDefault(params?.locale);
  const kind = error.digest === CMS_UNAVAILABLE_DIGEST ? 'unavailable' : 'error';
  return <ErrorMessage locale={locale} kind={kind} onRetry={reset} />;
}

// The layout's one client part is exported from here, the error boundary's module, which every page
// loads anyway: the two then travel in one script instead of two, one request fewer on a phone's
// first page (BENCHMARKS.md, "Phone speed: what was tried").
export { NavigationTrail } from '@/components/NavigationTrail';

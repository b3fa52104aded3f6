'use client';

import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/ErrorMessage';

/** Shown when a page could not be rendered, e.g. the CMS was down before it was ever cached. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale === 'en' ? 'en' : 'es';
  return <ErrorMessage locale={locale} kind="error" onRetry={reset} />;
}

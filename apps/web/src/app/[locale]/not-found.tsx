'use client';

import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/ErrorMessage';

/** The 404 page, in the language of the address the visitor asked for. */
export default function NotFound() {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale === 'en' ? 'en' : 'es';
  return <ErrorMessage locale={locale} kind="not-found" />;
}

'use client';

import { localeOrDefault } from '@paseo/domain/locales';
import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/ErrorMessage';

/** The 404 page, in the language of the address the visitor asked for. */
export default function NotFound() {
  const params = useParams<{ locale?: string }>();
  const locale = localeOrDefault(params?.locale);
  return <ErrorMessage locale={locale} kind="not-found" />;
}

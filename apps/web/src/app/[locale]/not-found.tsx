import { localeOrDefault } from '@paseo/domain/locales';
import { locale } from 'next/root-params';
import { ErrorMessage } from '@/components/ErrorMessage';

/**
 * The 404 page, in the language of the address the visitor asked for. Rendered on the server (the
 * root param is known there), so no page ships a script for a page it rarely shows.
 */
export default async function NotFound() {
  return <ErrorMessage locale={localeOrDefault(await locale())} kind="not-found" />;
}

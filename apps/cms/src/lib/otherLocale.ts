import { localeOrDefault } from '@paseo/domain';
import type { CollectionBeforeChangeHook } from 'payload';
import { findInLocale } from './findInLocale';

type Args = Parameters<CollectionBeforeChangeHook>[0];

/**
 * The entry's values in each language as they will be after this save: the language being saved
 * from the incoming data, the other one as stored (without fallback).
 */
export async function valuesByLocale({ data, originalDoc, req, collection }: Args): Promise<{
  es: Record<string, unknown>;
  en: Record<string, unknown>;
}> {
  const saving = localeOrDefault(req.locale);
  const other = saving === 'en' ? 'es' : 'en';
  const current = { ...(originalDoc ?? {}), ...data };
  const stored =
    originalDoc?.id === undefined
      ? {}
      : ((await findInLocale(req, collection.slug, originalDoc.id, other)) ?? {});
  return saving === 'en' ? { es: stored, en: current } : { es: current, en: stored };
}

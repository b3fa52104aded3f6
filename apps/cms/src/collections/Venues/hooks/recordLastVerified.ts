import { type FactCheck, lastVerified } from '@paseo/domain';
import type { CollectionBeforeChangeHook } from 'payload';

/**
 * A day as a stored date: noon UTC, so that the admin, which shows dates in the editor's own time
 * zone, shows the same day anywhere from UTC−11 to UTC+11 (midnight would be the day before in
 * Mexico City).
 */
export const dayAsDate = (day: string): string => `${day}T12:00:00.000Z`;

/**
 * Keeps `lastVerifiedAt`, the oldest of the venue's fact checks, in a column of its own so that the
 * admin can sort venues by it and the dashboard can find the longest-unchecked ones with an index.
 * Empty while a venue has no checks.
 */
export const recordLastVerified: CollectionBeforeChangeHook = ({ data }) => {
  // Payload merges the stored document into `data` before this hook, so the checks are all here.
  // Validated against the domain's schema already; a check still being written may lack its date.
  const checks = ((data.factChecks ?? []) as FactCheck[]).filter((check) => Boolean(check.verifiedAt));
  const oldest = lastVerified({ factChecks: checks });
  return { ...data, lastVerifiedAt: oldest ? dayAsDate(oldest) : null };
};

/**
 * "Open now" from a venue's opening instants, worked out ahead by `openSchedule` (openingHours.ts)
 * with the rules engine. This module imports nothing, so a browser can judge the visitor's clock
 * against a cached page's schedule without the engine or any schema library
 * (`@paseo/domain/openNow`).
 */

/** Open from `[0]` until `[1]`, in milliseconds since the epoch. */
export type OpenInterval = readonly [opens: number, closes: number];

/** A venue's open intervals between two instants, and the zone its clock reads in. */
export type OpenSchedule = {
  timeZone: string;
  from: number;
  until: number;
  intervals: readonly OpenInterval[];
};

export type OpenStatus =
  | { open: true; closesAt: Date | undefined }
  | { open: false; opensAt: Date | undefined };

/**
 * Open and until when, or closed and opening when, at an instant; undefined outside the schedule's
 * span, where it cannot know. An interval that runs to the end of the span closes at an unknown
 * time, as does a venue that opens only after it.
 */
export function openStatusFrom(schedule: OpenSchedule, at: Date): OpenStatus | undefined {
  const now = at.getTime();
  if (now < schedule.from || now >= schedule.until) return undefined;
  for (const [opens, closes] of schedule.intervals) {
    if (now < opens) return { open: false, opensAt: new Date(opens) };
    if (now < closes) return { open: true, closesAt: closes < schedule.until ? new Date(closes) : undefined };
  }
  return { open: false, opensAt: undefined };
}

/**
 * What the CMS's venue import answers (`/api/venue-imports/…`): the dry run's plan and an import's
 * progress, for the admin, `npm run import` and anyone scripting an import.
 */
import type { VenueFileIssue } from '../venueTable.js';

export const importFormats = ['csv', 'geojson'] as const;
export type ImportFormat = (typeof importFormats)[number];

export type RowAction = 'create' | 'update' | 'unchanged' | 'refuse';

/** What an import would do with one row, and, for a refusal, why. */
export type PlannedRow = {
  row: number;
  slug?: string;
  name?: string;
  action: RowAction;
  issues?: VenueFileIssue[];
  /** Images the import would fetch for the row. */
  fetches?: number;
};

/** The dry run's answer. */
export type ImportPlan = {
  format: ImportFormat;
  /** Problems with the file as a whole; when there are any, no row is read. */
  fileIssues: VenueFileIssue[];
  rows: PlannedRow[];
  counts: Record<RowAction, number>;
};

/** An import's state and progress (`/progress`); its plan only when asked for (`?plan=true`). */
export type ImportProgress = {
  id: number;
  fileName: string;
  state: 'checked' | 'running' | 'done' | 'failed';
  plan?: ImportPlan;
  progress: { total: number; done: number; created: number; updated: number; failed: number };
  /** Rows the dry run let through that the CMS refused while writing them. */
  failures?: VenueFileIssue[] | null;
  error?: string | null;
  startedAt?: string | null;
  progressAt?: string | null;
  /** Running, but silent too long: its process went away, and it may be started again. */
  stalled?: boolean;
};

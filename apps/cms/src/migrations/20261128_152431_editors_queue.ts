import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A venue's oldest fact check in a column of its own (sorted on by the admin's list and dashboard),
 * and who closed a report and when. Existing venues and their versions get the column filled from
 * their fact checks, as the recordLastVerified hook keeps it from now on: the earliest day (the
 * days are YYYY-MM-DD text, so the smallest text is the earliest), stored at noon UTC.
 */
const fillFrom = (table: string, column: string, checks: string) => `
  UPDATE "${table}" v SET "${column}" = (c."oldest" || 'T12:00:00Z')::timestamptz
  FROM (
    SELECT "_parent_id", min("verified_at") AS "oldest" FROM "${checks}"
    WHERE "verified_at" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' GROUP BY "_parent_id"
  ) c
  WHERE c."_parent_id" = v."id";`

export const fillLastVerified = [
  fillFrom('venues', 'last_verified_at', 'venues_fact_checks'),
  fillFrom('_venues_v', 'version_last_verified_at', '_venues_v_version_fact_checks'),
].join('\n')

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "venues" ADD COLUMN "last_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_venues_v" ADD COLUMN "version_last_verified_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "handled_by_id" integer;
  ALTER TABLE "reports" ADD COLUMN "handled_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "venues_last_verified_at_idx" ON "venues" USING btree ("last_verified_at");
  CREATE INDEX "_venues_v_version_version_last_verified_at_idx" ON "_venues_v" USING btree ("version_last_verified_at");
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_handled_by_idx" ON "reports" USING btree ("handled_by_id");`)
  await db.execute(sql.raw(fillLastVerified))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DROP CONSTRAINT "reports_handled_by_id_users_id_fk";
  
  DROP INDEX "venues_last_verified_at_idx";
  DROP INDEX "_venues_v_version_version_last_verified_at_idx";
  DROP INDEX "reports_status_idx";
  DROP INDEX "reports_handled_by_idx";
  ALTER TABLE "venues" DROP COLUMN "last_verified_at";
  ALTER TABLE "_venues_v" DROP COLUMN "version_last_verified_at";
  ALTER TABLE "reports" DROP COLUMN "handled_by_id";
  ALTER TABLE "reports" DROP COLUMN "handled_at";`)
}

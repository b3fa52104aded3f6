import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "venues_search_text_idx";
  DROP INDEX "_venues_v_version_version_search_text_idx";
  DROP INDEX "neighborhoods_search_text_idx";
  DROP INDEX "_neighborhoods_v_version_version_search_text_idx";
  DROP INDEX "guides_search_text_idx";
  DROP INDEX "_guides_v_version_version_search_text_idx";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "venues_search_text_idx" ON "venues" USING btree ("search_text");
  CREATE INDEX "_venues_v_version_version_search_text_idx" ON "_venues_v" USING btree ("version_search_text");
  CREATE INDEX "neighborhoods_search_text_idx" ON "neighborhoods" USING btree ("search_text");
  CREATE INDEX "_neighborhoods_v_version_version_search_text_idx" ON "_neighborhoods_v" USING btree ("version_search_text");
  CREATE INDEX "guides_search_text_idx" ON "guides" USING btree ("search_text");
  CREATE INDEX "_guides_v_version_version_search_text_idx" ON "_guides_v" USING btree ("version_search_text");`)
}

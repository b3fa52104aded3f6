import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_venue_imports_format" AS ENUM('csv', 'geojson');
  CREATE TYPE "public"."enum_venue_imports_state" AS ENUM('checked', 'running', 'done', 'failed');
  CREATE TABLE "venue_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"format" "enum_venue_imports_format" NOT NULL,
  	"file" varchar,
  	"publish_new" boolean DEFAULT false,
  	"state" "enum_venue_imports_state" DEFAULT 'checked' NOT NULL,
  	"plan" jsonb,
  	"progress_total" numeric DEFAULT 0,
  	"progress_done" numeric DEFAULT 0,
  	"progress_created" numeric DEFAULT 0,
  	"progress_updated" numeric DEFAULT 0,
  	"progress_failed" numeric DEFAULT 0,
  	"failures" jsonb,
  	"error" varchar,
  	"started_at" timestamp(3) with time zone,
  	"progress_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "venue_imports_id" integer;
  ALTER TABLE "venue_imports" ADD CONSTRAINT "venue_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "venue_imports_created_by_idx" ON "venue_imports" USING btree ("created_by_id");
  CREATE INDEX "venue_imports_updated_at_idx" ON "venue_imports" USING btree ("updated_at");
  CREATE INDEX "venue_imports_created_at_idx" ON "venue_imports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_venue_imports_fk" FOREIGN KEY ("venue_imports_id") REFERENCES "public"."venue_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_venue_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("venue_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "venue_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "venue_imports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_venue_imports_fk";
  
  DROP INDEX "payload_locked_documents_rels_venue_imports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "venue_imports_id";
  DROP TYPE "public"."enum_venue_imports_format";
  DROP TYPE "public"."enum_venue_imports_state";`)
}

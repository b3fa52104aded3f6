import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_walks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__walks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__walks_v_published_locale" AS ENUM('es', 'en');
  CREATE TABLE "walks_stops" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"venue_id" integer,
  	"minutes" numeric
  );
  
  CREATE TABLE "walks_stops_locales" (
  	"look_for" varchar,
  	"way_here" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "walks_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "walks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"neighborhood_id" integer,
  	"hero_image_id" integer,
  	"reorderable" boolean DEFAULT false,
  	"verified_at" varchar,
  	"untranslated" varchar,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_walks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "walks_locales" (
  	"title" varchar,
  	"teaser" varchar,
  	"introduction" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_walks_v_version_stops" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"venue_id" integer,
  	"minutes" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_walks_v_version_stops_locales" (
  	"look_for" varchar,
  	"way_here" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_walks_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_walks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_neighborhood_id" integer,
  	"version_hero_image_id" integer,
  	"version_reorderable" boolean DEFAULT false,
  	"version_verified_at" varchar,
  	"version_untranslated" varchar,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__walks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__walks_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_walks_v_locales" (
  	"version_title" varchar,
  	"version_teaser" varchar,
  	"version_introduction" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "venues" ADD COLUMN "visit_minutes" numeric;
  ALTER TABLE "_venues_v" ADD COLUMN "version_visit_minutes" numeric;
  ALTER TABLE "redirects_rels" ADD COLUMN "walks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "walks_id" integer;
  ALTER TABLE "walks_stops" ADD CONSTRAINT "walks_stops_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "walks_stops" ADD CONSTRAINT "walks_stops_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."walks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "walks_stops_locales" ADD CONSTRAINT "walks_stops_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."walks_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "walks_sources" ADD CONSTRAINT "walks_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."walks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "walks" ADD CONSTRAINT "walks_neighborhood_id_neighborhoods_id_fk" FOREIGN KEY ("neighborhood_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "walks" ADD CONSTRAINT "walks_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "walks_locales" ADD CONSTRAINT "walks_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "walks_locales" ADD CONSTRAINT "walks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."walks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_walks_v_version_stops" ADD CONSTRAINT "_walks_v_version_stops_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_walks_v_version_stops" ADD CONSTRAINT "_walks_v_version_stops_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_walks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_walks_v_version_stops_locales" ADD CONSTRAINT "_walks_v_version_stops_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_walks_v_version_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_walks_v_version_sources" ADD CONSTRAINT "_walks_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_walks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_walks_v" ADD CONSTRAINT "_walks_v_parent_id_walks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."walks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_walks_v" ADD CONSTRAINT "_walks_v_version_neighborhood_id_neighborhoods_id_fk" FOREIGN KEY ("version_neighborhood_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_walks_v" ADD CONSTRAINT "_walks_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_walks_v_locales" ADD CONSTRAINT "_walks_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_walks_v_locales" ADD CONSTRAINT "_walks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_walks_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "walks_stops_order_idx" ON "walks_stops" USING btree ("_order");
  CREATE INDEX "walks_stops_parent_id_idx" ON "walks_stops" USING btree ("_parent_id");
  CREATE INDEX "walks_stops_venue_idx" ON "walks_stops" USING btree ("venue_id");
  CREATE UNIQUE INDEX "walks_stops_locales_locale_parent_id_unique" ON "walks_stops_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "walks_sources_order_idx" ON "walks_sources" USING btree ("_order");
  CREATE INDEX "walks_sources_parent_id_idx" ON "walks_sources" USING btree ("_parent_id");
  CREATE INDEX "walks_neighborhood_idx" ON "walks" USING btree ("neighborhood_id");
  CREATE INDEX "walks_hero_image_idx" ON "walks" USING btree ("hero_image_id");
  CREATE INDEX "walks_updated_at_idx" ON "walks" USING btree ("updated_at");
  CREATE INDEX "walks_created_at_idx" ON "walks" USING btree ("created_at");
  CREATE INDEX "walks__status_idx" ON "walks" USING btree ("_status");
  CREATE INDEX "walks_meta_meta_image_idx" ON "walks_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "walks_slug_idx" ON "walks_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "walks_locales_locale_parent_id_unique" ON "walks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_walks_v_version_stops_order_idx" ON "_walks_v_version_stops" USING btree ("_order");
  CREATE INDEX "_walks_v_version_stops_parent_id_idx" ON "_walks_v_version_stops" USING btree ("_parent_id");
  CREATE INDEX "_walks_v_version_stops_venue_idx" ON "_walks_v_version_stops" USING btree ("venue_id");
  CREATE UNIQUE INDEX "_walks_v_version_stops_locales_locale_parent_id_unique" ON "_walks_v_version_stops_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_walks_v_version_sources_order_idx" ON "_walks_v_version_sources" USING btree ("_order");
  CREATE INDEX "_walks_v_version_sources_parent_id_idx" ON "_walks_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_walks_v_parent_idx" ON "_walks_v" USING btree ("parent_id");
  CREATE INDEX "_walks_v_version_version_neighborhood_idx" ON "_walks_v" USING btree ("version_neighborhood_id");
  CREATE INDEX "_walks_v_version_version_hero_image_idx" ON "_walks_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_walks_v_version_version_updated_at_idx" ON "_walks_v" USING btree ("version_updated_at");
  CREATE INDEX "_walks_v_version_version_created_at_idx" ON "_walks_v" USING btree ("version_created_at");
  CREATE INDEX "_walks_v_version_version__status_idx" ON "_walks_v" USING btree ("version__status");
  CREATE INDEX "_walks_v_created_at_idx" ON "_walks_v" USING btree ("created_at");
  CREATE INDEX "_walks_v_updated_at_idx" ON "_walks_v" USING btree ("updated_at");
  CREATE INDEX "_walks_v_snapshot_idx" ON "_walks_v" USING btree ("snapshot");
  CREATE INDEX "_walks_v_published_locale_idx" ON "_walks_v" USING btree ("published_locale");
  CREATE INDEX "_walks_v_latest_idx" ON "_walks_v" USING btree ("latest");
  CREATE INDEX "_walks_v_autosave_idx" ON "_walks_v" USING btree ("autosave");
  CREATE INDEX "_walks_v_version_meta_version_meta_image_idx" ON "_walks_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_walks_v_version_version_slug_idx" ON "_walks_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_walks_v_locales_locale_parent_id_unique" ON "_walks_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_walks_fk" FOREIGN KEY ("walks_id") REFERENCES "public"."walks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_walks_fk" FOREIGN KEY ("walks_id") REFERENCES "public"."walks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "redirects_rels_walks_id_idx" ON "redirects_rels" USING btree ("walks_id");
  CREATE INDEX "payload_locked_documents_rels_walks_id_idx" ON "payload_locked_documents_rels" USING btree ("walks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "walks_stops" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "walks_stops_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "walks_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "walks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "walks_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_walks_v_version_stops" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_walks_v_version_stops_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_walks_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_walks_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_walks_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "walks_stops" CASCADE;
  DROP TABLE "walks_stops_locales" CASCADE;
  DROP TABLE "walks_sources" CASCADE;
  DROP TABLE "walks" CASCADE;
  DROP TABLE "walks_locales" CASCADE;
  DROP TABLE "_walks_v_version_stops" CASCADE;
  DROP TABLE "_walks_v_version_stops_locales" CASCADE;
  DROP TABLE "_walks_v_version_sources" CASCADE;
  DROP TABLE "_walks_v" CASCADE;
  DROP TABLE "_walks_v_locales" CASCADE;
  ALTER TABLE "redirects_rels" DROP CONSTRAINT "redirects_rels_walks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_walks_fk";
  
  DROP INDEX "redirects_rels_walks_id_idx";
  DROP INDEX "payload_locked_documents_rels_walks_id_idx";
  ALTER TABLE "venues" DROP COLUMN "visit_minutes";
  ALTER TABLE "_venues_v" DROP COLUMN "version_visit_minutes";
  ALTER TABLE "redirects_rels" DROP COLUMN "walks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "walks_id";
  DROP TYPE "public"."enum_walks_status";
  DROP TYPE "public"."enum__walks_v_version_status";
  DROP TYPE "public"."enum__walks_v_published_locale";`)
}

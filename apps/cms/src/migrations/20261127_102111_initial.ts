import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_venues_tips_kind" AS ENUM('bag-storage', 'cash-only', 'time-needed', 'photography', 'best-time', 'other');
  CREATE TYPE "public"."enum_venues_transit_mode" AS ENUM('metro', 'metrobus', 'trolleybus', 'light-rail', 'bus', 'bike-share');
  CREATE TYPE "public"."enum_venues_admission_prices_kind" AS ENUM('general', 'concession', 'free');
  CREATE TYPE "public"."enum_venues_fact_checks_group" AS ENUM('location', 'hours', 'admission', 'accessibility', 'contact', 'tips');
  CREATE TYPE "public"."enum_venues_accessibility_step_free_entrance" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_venues_accessibility_lift" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_venues_accessibility_accessible_toilet" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_venues_accessibility_seating" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_venues_accessibility_wheelchair_loan" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_venues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__venues_v_version_tips_kind" AS ENUM('bag-storage', 'cash-only', 'time-needed', 'photography', 'best-time', 'other');
  CREATE TYPE "public"."enum__venues_v_version_transit_mode" AS ENUM('metro', 'metrobus', 'trolleybus', 'light-rail', 'bus', 'bike-share');
  CREATE TYPE "public"."enum__venues_v_version_admission_prices_kind" AS ENUM('general', 'concession', 'free');
  CREATE TYPE "public"."enum__venues_v_version_fact_checks_group" AS ENUM('location', 'hours', 'admission', 'accessibility', 'contact', 'tips');
  CREATE TYPE "public"."enum__venues_v_version_accessibility_step_free_entrance" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum__venues_v_version_accessibility_lift" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum__venues_v_version_accessibility_accessible_toilet" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum__venues_v_version_accessibility_seating" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum__venues_v_version_accessibility_wheelchair_loan" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum__venues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__venues_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_neighborhoods_kind" AS ENUM('borough', 'neighborhood');
  CREATE TYPE "public"."enum_neighborhoods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__neighborhoods_v_version_kind" AS ENUM('borough', 'neighborhood');
  CREATE TYPE "public"."enum__neighborhoods_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__neighborhoods_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_categories_key" AS ENUM('museum', 'theatre', 'cinema', 'market', 'shopping', 'cultural-centre', 'gallery', 'park', 'church', 'neighborhood-walk', 'restaurant', 'cafe');
  CREATE TYPE "public"."enum_guides_topic" AS ENUM('transport', 'money', 'safety', 'accessibility', 'tours');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_version_topic" AS ENUM('transport', 'money', 'safety', 'accessibility', 'tours');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('new', 'resolved');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "venues_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_venues_tips_kind"
  );
  
  CREATE TABLE "venues_tips_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "venues_transit" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"mode" "enum_venues_transit_mode",
  	"line" varchar,
  	"name" varchar,
  	"walking_minutes" numeric
  );
  
  CREATE TABLE "venues_opening_hours_closures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar
  );
  
  CREATE TABLE "venues_opening_hours_closures_locales" (
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "venues_admission_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_venues_admission_prices_kind",
  	"amount_m_x_n" numeric
  );
  
  CREATE TABLE "venues_admission_prices_locales" (
  	"audience" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "venues_admission_free_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "venues_admission_free_days_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "venues_fact_checks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"group" "enum_venues_fact_checks_group",
  	"verified_at" varchar,
  	"source_name" varchar,
  	"source_url" varchar
  );
  
  CREATE TABLE "venues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category_id" integer,
  	"neighborhood_id" integer,
  	"hero_image_id" integer,
  	"pull_quote_attribution" varchar,
  	"address_street" varchar,
  	"address_neighborhood" varchar,
  	"address_postal_code" varchar,
  	"address_borough" varchar DEFAULT 'Coyoacán',
  	"address_city" varchar DEFAULT 'Ciudad de México',
  	"address_country" varchar DEFAULT 'MX',
  	"location_latitude" numeric,
  	"location_longitude" numeric,
  	"contact_phone" varchar,
  	"contact_website" varchar,
  	"contact_email" varchar,
  	"opening_hours_rule" varchar,
  	"opening_hours_time_zone" varchar DEFAULT 'America/Mexico_City',
  	"accessibility_step_free_entrance" "enum_venues_accessibility_step_free_entrance" DEFAULT 'unknown',
  	"accessibility_lift" "enum_venues_accessibility_lift" DEFAULT 'unknown',
  	"accessibility_accessible_toilet" "enum_venues_accessibility_accessible_toilet" DEFAULT 'unknown',
  	"accessibility_seating" "enum_venues_accessibility_seating" DEFAULT 'unknown',
  	"accessibility_wheelchair_loan" "enum_venues_accessibility_wheelchair_loan" DEFAULT 'unknown',
  	"untranslated" varchar,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_venues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "venues_locales" (
  	"name" varchar,
  	"teaser" varchar,
  	"pull_quote_text" varchar,
  	"description" jsonb,
  	"getting_there" varchar,
  	"opening_hours_note" varchar,
  	"admission_note" varchar,
  	"accessibility_note" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "venues_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "venues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"venues_id" integer,
  	"guides_id" integer
  );
  
  CREATE TABLE "_venues_v_version_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__venues_v_version_tips_kind",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v_version_tips_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_venues_v_version_transit" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"mode" "enum__venues_v_version_transit_mode",
  	"line" varchar,
  	"name" varchar,
  	"walking_minutes" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v_version_opening_hours_closures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v_version_opening_hours_closures_locales" (
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_venues_v_version_admission_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__venues_v_version_admission_prices_kind",
  	"amount_m_x_n" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v_version_admission_prices_locales" (
  	"audience" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_venues_v_version_admission_free_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v_version_admission_free_days_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_venues_v_version_fact_checks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"group" "enum__venues_v_version_fact_checks_group",
  	"verified_at" varchar,
  	"source_name" varchar,
  	"source_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_category_id" integer,
  	"version_neighborhood_id" integer,
  	"version_hero_image_id" integer,
  	"version_pull_quote_attribution" varchar,
  	"version_address_street" varchar,
  	"version_address_neighborhood" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_borough" varchar DEFAULT 'Coyoacán',
  	"version_address_city" varchar DEFAULT 'Ciudad de México',
  	"version_address_country" varchar DEFAULT 'MX',
  	"version_location_latitude" numeric,
  	"version_location_longitude" numeric,
  	"version_contact_phone" varchar,
  	"version_contact_website" varchar,
  	"version_contact_email" varchar,
  	"version_opening_hours_rule" varchar,
  	"version_opening_hours_time_zone" varchar DEFAULT 'America/Mexico_City',
  	"version_accessibility_step_free_entrance" "enum__venues_v_version_accessibility_step_free_entrance" DEFAULT 'unknown',
  	"version_accessibility_lift" "enum__venues_v_version_accessibility_lift" DEFAULT 'unknown',
  	"version_accessibility_accessible_toilet" "enum__venues_v_version_accessibility_accessible_toilet" DEFAULT 'unknown',
  	"version_accessibility_seating" "enum__venues_v_version_accessibility_seating" DEFAULT 'unknown',
  	"version_accessibility_wheelchair_loan" "enum__venues_v_version_accessibility_wheelchair_loan" DEFAULT 'unknown',
  	"version_untranslated" varchar,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__venues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__venues_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_venues_v_locales" (
  	"version_name" varchar,
  	"version_teaser" varchar,
  	"version_pull_quote_text" varchar,
  	"version_description" jsonb,
  	"version_getting_there" varchar,
  	"version_opening_hours_note" varchar,
  	"version_admission_note" varchar,
  	"version_accessibility_note" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_venues_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_venues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"venues_id" integer,
  	"guides_id" integer
  );
  
  CREATE TABLE "neighborhoods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_neighborhoods_kind" DEFAULT 'neighborhood',
  	"parent_id" integer,
  	"centre_latitude" numeric,
  	"centre_longitude" numeric,
  	"boundary" jsonb,
  	"untranslated" varchar,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_neighborhoods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "neighborhoods_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_neighborhoods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__neighborhoods_v_version_kind" DEFAULT 'neighborhood',
  	"version_parent_id" integer,
  	"version_centre_latitude" numeric,
  	"version_centre_longitude" numeric,
  	"version_boundary" jsonb,
  	"version_untranslated" varchar,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__neighborhoods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__neighborhoods_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_neighborhoods_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" "enum_categories_key" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" "enum_guides_topic",
  	"untranslated" varchar,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_topic" "enum__guides_v_version_topic",
  	"version_untranslated" varchar,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__guides_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt_es" varchar NOT NULL,
  	"alt_en" varchar NOT NULL,
  	"credit_title" varchar NOT NULL,
  	"credit_author" varchar NOT NULL,
  	"credit_source_name" varchar NOT NULL,
  	"credit_source_url" varchar NOT NULL,
  	"credit_license_name" varchar NOT NULL,
  	"credit_license_url" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"venue_id" integer,
  	"page_url" varchar,
  	"message" varchar NOT NULL,
  	"email" varchar,
  	"status" "enum_reports_status" DEFAULT 'new',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"venues_id" integer,
  	"neighborhoods_id" integer,
  	"guides_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"venues_id" integer,
  	"neighborhoods_id" integer,
  	"categories_id" integer,
  	"guides_id" integer,
  	"media_id" integer,
  	"reports_id" integer,
  	"users_id" integer,
  	"redirects_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "venues_tips" ADD CONSTRAINT "venues_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_tips_locales" ADD CONSTRAINT "venues_tips_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_transit" ADD CONSTRAINT "venues_transit_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_opening_hours_closures" ADD CONSTRAINT "venues_opening_hours_closures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_opening_hours_closures_locales" ADD CONSTRAINT "venues_opening_hours_closures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues_opening_hours_closures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_admission_prices" ADD CONSTRAINT "venues_admission_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_admission_prices_locales" ADD CONSTRAINT "venues_admission_prices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues_admission_prices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_admission_free_days" ADD CONSTRAINT "venues_admission_free_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_admission_free_days_locales" ADD CONSTRAINT "venues_admission_free_days_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues_admission_free_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_fact_checks" ADD CONSTRAINT "venues_fact_checks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues" ADD CONSTRAINT "venues_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "venues" ADD CONSTRAINT "venues_neighborhood_id_neighborhoods_id_fk" FOREIGN KEY ("neighborhood_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "venues" ADD CONSTRAINT "venues_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "venues_locales" ADD CONSTRAINT "venues_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "venues_locales" ADD CONSTRAINT "venues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_texts" ADD CONSTRAINT "venues_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_rels" ADD CONSTRAINT "venues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_rels" ADD CONSTRAINT "venues_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_rels" ADD CONSTRAINT "venues_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_rels" ADD CONSTRAINT "venues_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_tips" ADD CONSTRAINT "_venues_v_version_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_tips_locales" ADD CONSTRAINT "_venues_v_version_tips_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v_version_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_transit" ADD CONSTRAINT "_venues_v_version_transit_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_opening_hours_closures" ADD CONSTRAINT "_venues_v_version_opening_hours_closures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_opening_hours_closures_locales" ADD CONSTRAINT "_venues_v_version_opening_hours_closures_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v_version_opening_hours_closures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_admission_prices" ADD CONSTRAINT "_venues_v_version_admission_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_admission_prices_locales" ADD CONSTRAINT "_venues_v_version_admission_prices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v_version_admission_prices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_admission_free_days" ADD CONSTRAINT "_venues_v_version_admission_free_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_admission_free_days_locales" ADD CONSTRAINT "_venues_v_version_admission_free_days_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v_version_admission_free_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_fact_checks" ADD CONSTRAINT "_venues_v_version_fact_checks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v" ADD CONSTRAINT "_venues_v_parent_id_venues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_venues_v" ADD CONSTRAINT "_venues_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_venues_v" ADD CONSTRAINT "_venues_v_version_neighborhood_id_neighborhoods_id_fk" FOREIGN KEY ("version_neighborhood_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_venues_v" ADD CONSTRAINT "_venues_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_venues_v_locales" ADD CONSTRAINT "_venues_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_venues_v_locales" ADD CONSTRAINT "_venues_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_texts" ADD CONSTRAINT "_venues_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_rels" ADD CONSTRAINT "_venues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_rels" ADD CONSTRAINT "_venues_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_rels" ADD CONSTRAINT "_venues_v_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_rels" ADD CONSTRAINT "_venues_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "neighborhoods" ADD CONSTRAINT "neighborhoods_parent_id_neighborhoods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "neighborhoods_locales" ADD CONSTRAINT "neighborhoods_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "neighborhoods_locales" ADD CONSTRAINT "neighborhoods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."neighborhoods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_neighborhoods_v" ADD CONSTRAINT "_neighborhoods_v_parent_id_neighborhoods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_neighborhoods_v" ADD CONSTRAINT "_neighborhoods_v_version_parent_id_neighborhoods_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."neighborhoods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_neighborhoods_v_locales" ADD CONSTRAINT "_neighborhoods_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_neighborhoods_v_locales" ADD CONSTRAINT "_neighborhoods_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_neighborhoods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_neighborhoods_fk" FOREIGN KEY ("neighborhoods_id") REFERENCES "public"."neighborhoods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_neighborhoods_fk" FOREIGN KEY ("neighborhoods_id") REFERENCES "public"."neighborhoods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "venues_tips_order_idx" ON "venues_tips" USING btree ("_order");
  CREATE INDEX "venues_tips_parent_id_idx" ON "venues_tips" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "venues_tips_locales_locale_parent_id_unique" ON "venues_tips_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venues_transit_order_idx" ON "venues_transit" USING btree ("_order");
  CREATE INDEX "venues_transit_parent_id_idx" ON "venues_transit" USING btree ("_parent_id");
  CREATE INDEX "venues_opening_hours_closures_order_idx" ON "venues_opening_hours_closures" USING btree ("_order");
  CREATE INDEX "venues_opening_hours_closures_parent_id_idx" ON "venues_opening_hours_closures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "venues_opening_hours_closures_locales_locale_parent_id_uniqu" ON "venues_opening_hours_closures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venues_admission_prices_order_idx" ON "venues_admission_prices" USING btree ("_order");
  CREATE INDEX "venues_admission_prices_parent_id_idx" ON "venues_admission_prices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "venues_admission_prices_locales_locale_parent_id_unique" ON "venues_admission_prices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venues_admission_free_days_order_idx" ON "venues_admission_free_days" USING btree ("_order");
  CREATE INDEX "venues_admission_free_days_parent_id_idx" ON "venues_admission_free_days" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "venues_admission_free_days_locales_locale_parent_id_unique" ON "venues_admission_free_days_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venues_fact_checks_order_idx" ON "venues_fact_checks" USING btree ("_order");
  CREATE INDEX "venues_fact_checks_parent_id_idx" ON "venues_fact_checks" USING btree ("_parent_id");
  CREATE INDEX "venues_category_idx" ON "venues" USING btree ("category_id");
  CREATE INDEX "venues_neighborhood_idx" ON "venues" USING btree ("neighborhood_id");
  CREATE INDEX "venues_hero_image_idx" ON "venues" USING btree ("hero_image_id");
  CREATE INDEX "venues_search_text_idx" ON "venues" USING btree ("search_text");
  CREATE INDEX "venues_updated_at_idx" ON "venues" USING btree ("updated_at");
  CREATE INDEX "venues_created_at_idx" ON "venues" USING btree ("created_at");
  CREATE INDEX "venues__status_idx" ON "venues" USING btree ("_status");
  CREATE INDEX "venues_meta_meta_image_idx" ON "venues_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "venues_slug_idx" ON "venues_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "venues_locales_locale_parent_id_unique" ON "venues_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venues_texts_order_parent" ON "venues_texts" USING btree ("order","parent_id");
  CREATE INDEX "venues_rels_order_idx" ON "venues_rels" USING btree ("order");
  CREATE INDEX "venues_rels_parent_idx" ON "venues_rels" USING btree ("parent_id");
  CREATE INDEX "venues_rels_path_idx" ON "venues_rels" USING btree ("path");
  CREATE INDEX "venues_rels_media_id_idx" ON "venues_rels" USING btree ("media_id");
  CREATE INDEX "venues_rels_venues_id_idx" ON "venues_rels" USING btree ("venues_id");
  CREATE INDEX "venues_rels_guides_id_idx" ON "venues_rels" USING btree ("guides_id");
  CREATE INDEX "_venues_v_version_tips_order_idx" ON "_venues_v_version_tips" USING btree ("_order");
  CREATE INDEX "_venues_v_version_tips_parent_id_idx" ON "_venues_v_version_tips" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_venues_v_version_tips_locales_locale_parent_id_unique" ON "_venues_v_version_tips_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_venues_v_version_transit_order_idx" ON "_venues_v_version_transit" USING btree ("_order");
  CREATE INDEX "_venues_v_version_transit_parent_id_idx" ON "_venues_v_version_transit" USING btree ("_parent_id");
  CREATE INDEX "_venues_v_version_opening_hours_closures_order_idx" ON "_venues_v_version_opening_hours_closures" USING btree ("_order");
  CREATE INDEX "_venues_v_version_opening_hours_closures_parent_id_idx" ON "_venues_v_version_opening_hours_closures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_venues_v_version_opening_hours_closures_locales_locale_pare" ON "_venues_v_version_opening_hours_closures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_venues_v_version_admission_prices_order_idx" ON "_venues_v_version_admission_prices" USING btree ("_order");
  CREATE INDEX "_venues_v_version_admission_prices_parent_id_idx" ON "_venues_v_version_admission_prices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_venues_v_version_admission_prices_locales_locale_parent_id_" ON "_venues_v_version_admission_prices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_venues_v_version_admission_free_days_order_idx" ON "_venues_v_version_admission_free_days" USING btree ("_order");
  CREATE INDEX "_venues_v_version_admission_free_days_parent_id_idx" ON "_venues_v_version_admission_free_days" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_venues_v_version_admission_free_days_locales_locale_parent_" ON "_venues_v_version_admission_free_days_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_venues_v_version_fact_checks_order_idx" ON "_venues_v_version_fact_checks" USING btree ("_order");
  CREATE INDEX "_venues_v_version_fact_checks_parent_id_idx" ON "_venues_v_version_fact_checks" USING btree ("_parent_id");
  CREATE INDEX "_venues_v_parent_idx" ON "_venues_v" USING btree ("parent_id");
  CREATE INDEX "_venues_v_version_version_category_idx" ON "_venues_v" USING btree ("version_category_id");
  CREATE INDEX "_venues_v_version_version_neighborhood_idx" ON "_venues_v" USING btree ("version_neighborhood_id");
  CREATE INDEX "_venues_v_version_version_hero_image_idx" ON "_venues_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_venues_v_version_version_search_text_idx" ON "_venues_v" USING btree ("version_search_text");
  CREATE INDEX "_venues_v_version_version_updated_at_idx" ON "_venues_v" USING btree ("version_updated_at");
  CREATE INDEX "_venues_v_version_version_created_at_idx" ON "_venues_v" USING btree ("version_created_at");
  CREATE INDEX "_venues_v_version_version__status_idx" ON "_venues_v" USING btree ("version__status");
  CREATE INDEX "_venues_v_created_at_idx" ON "_venues_v" USING btree ("created_at");
  CREATE INDEX "_venues_v_updated_at_idx" ON "_venues_v" USING btree ("updated_at");
  CREATE INDEX "_venues_v_snapshot_idx" ON "_venues_v" USING btree ("snapshot");
  CREATE INDEX "_venues_v_published_locale_idx" ON "_venues_v" USING btree ("published_locale");
  CREATE INDEX "_venues_v_latest_idx" ON "_venues_v" USING btree ("latest");
  CREATE INDEX "_venues_v_autosave_idx" ON "_venues_v" USING btree ("autosave");
  CREATE INDEX "_venues_v_version_meta_version_meta_image_idx" ON "_venues_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_venues_v_version_version_slug_idx" ON "_venues_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_venues_v_locales_locale_parent_id_unique" ON "_venues_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_venues_v_texts_order_parent" ON "_venues_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_venues_v_rels_order_idx" ON "_venues_v_rels" USING btree ("order");
  CREATE INDEX "_venues_v_rels_parent_idx" ON "_venues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_venues_v_rels_path_idx" ON "_venues_v_rels" USING btree ("path");
  CREATE INDEX "_venues_v_rels_media_id_idx" ON "_venues_v_rels" USING btree ("media_id");
  CREATE INDEX "_venues_v_rels_venues_id_idx" ON "_venues_v_rels" USING btree ("venues_id");
  CREATE INDEX "_venues_v_rels_guides_id_idx" ON "_venues_v_rels" USING btree ("guides_id");
  CREATE INDEX "neighborhoods_parent_idx" ON "neighborhoods" USING btree ("parent_id");
  CREATE INDEX "neighborhoods_search_text_idx" ON "neighborhoods" USING btree ("search_text");
  CREATE INDEX "neighborhoods_updated_at_idx" ON "neighborhoods" USING btree ("updated_at");
  CREATE INDEX "neighborhoods_created_at_idx" ON "neighborhoods" USING btree ("created_at");
  CREATE INDEX "neighborhoods__status_idx" ON "neighborhoods" USING btree ("_status");
  CREATE INDEX "neighborhoods_meta_meta_image_idx" ON "neighborhoods_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "neighborhoods_slug_idx" ON "neighborhoods_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "neighborhoods_locales_locale_parent_id_unique" ON "neighborhoods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_neighborhoods_v_parent_idx" ON "_neighborhoods_v" USING btree ("parent_id");
  CREATE INDEX "_neighborhoods_v_version_version_parent_idx" ON "_neighborhoods_v" USING btree ("version_parent_id");
  CREATE INDEX "_neighborhoods_v_version_version_search_text_idx" ON "_neighborhoods_v" USING btree ("version_search_text");
  CREATE INDEX "_neighborhoods_v_version_version_updated_at_idx" ON "_neighborhoods_v" USING btree ("version_updated_at");
  CREATE INDEX "_neighborhoods_v_version_version_created_at_idx" ON "_neighborhoods_v" USING btree ("version_created_at");
  CREATE INDEX "_neighborhoods_v_version_version__status_idx" ON "_neighborhoods_v" USING btree ("version__status");
  CREATE INDEX "_neighborhoods_v_created_at_idx" ON "_neighborhoods_v" USING btree ("created_at");
  CREATE INDEX "_neighborhoods_v_updated_at_idx" ON "_neighborhoods_v" USING btree ("updated_at");
  CREATE INDEX "_neighborhoods_v_snapshot_idx" ON "_neighborhoods_v" USING btree ("snapshot");
  CREATE INDEX "_neighborhoods_v_published_locale_idx" ON "_neighborhoods_v" USING btree ("published_locale");
  CREATE INDEX "_neighborhoods_v_latest_idx" ON "_neighborhoods_v" USING btree ("latest");
  CREATE INDEX "_neighborhoods_v_autosave_idx" ON "_neighborhoods_v" USING btree ("autosave");
  CREATE INDEX "_neighborhoods_v_version_meta_version_meta_image_idx" ON "_neighborhoods_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_neighborhoods_v_version_version_slug_idx" ON "_neighborhoods_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_neighborhoods_v_locales_locale_parent_id_unique" ON "_neighborhoods_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "categories_key_idx" ON "categories" USING btree ("key");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_search_text_idx" ON "guides" USING btree ("search_text");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "guides_meta_meta_image_idx" ON "guides_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_search_text_idx" ON "_guides_v" USING btree ("version_search_text");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_autosave_idx" ON "_guides_v" USING btree ("autosave");
  CREATE INDEX "_guides_v_version_meta_version_meta_image_idx" ON "_guides_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "reports_venue_idx" ON "reports" USING btree ("venue_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_venues_id_idx" ON "redirects_rels" USING btree ("venues_id");
  CREATE INDEX "redirects_rels_neighborhoods_id_idx" ON "redirects_rels" USING btree ("neighborhoods_id");
  CREATE INDEX "redirects_rels_guides_id_idx" ON "redirects_rels" USING btree ("guides_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_venues_id_idx" ON "payload_locked_documents_rels" USING btree ("venues_id");
  CREATE INDEX "payload_locked_documents_rels_neighborhoods_id_idx" ON "payload_locked_documents_rels" USING btree ("neighborhoods_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "venues_tips" CASCADE;
  DROP TABLE "venues_tips_locales" CASCADE;
  DROP TABLE "venues_transit" CASCADE;
  DROP TABLE "venues_opening_hours_closures" CASCADE;
  DROP TABLE "venues_opening_hours_closures_locales" CASCADE;
  DROP TABLE "venues_admission_prices" CASCADE;
  DROP TABLE "venues_admission_prices_locales" CASCADE;
  DROP TABLE "venues_admission_free_days" CASCADE;
  DROP TABLE "venues_admission_free_days_locales" CASCADE;
  DROP TABLE "venues_fact_checks" CASCADE;
  DROP TABLE "venues" CASCADE;
  DROP TABLE "venues_locales" CASCADE;
  DROP TABLE "venues_texts" CASCADE;
  DROP TABLE "venues_rels" CASCADE;
  DROP TABLE "_venues_v_version_tips" CASCADE;
  DROP TABLE "_venues_v_version_tips_locales" CASCADE;
  DROP TABLE "_venues_v_version_transit" CASCADE;
  DROP TABLE "_venues_v_version_opening_hours_closures" CASCADE;
  DROP TABLE "_venues_v_version_opening_hours_closures_locales" CASCADE;
  DROP TABLE "_venues_v_version_admission_prices" CASCADE;
  DROP TABLE "_venues_v_version_admission_prices_locales" CASCADE;
  DROP TABLE "_venues_v_version_admission_free_days" CASCADE;
  DROP TABLE "_venues_v_version_admission_free_days_locales" CASCADE;
  DROP TABLE "_venues_v_version_fact_checks" CASCADE;
  DROP TABLE "_venues_v" CASCADE;
  DROP TABLE "_venues_v_locales" CASCADE;
  DROP TABLE "_venues_v_texts" CASCADE;
  DROP TABLE "_venues_v_rels" CASCADE;
  DROP TABLE "neighborhoods" CASCADE;
  DROP TABLE "neighborhoods_locales" CASCADE;
  DROP TABLE "_neighborhoods_v" CASCADE;
  DROP TABLE "_neighborhoods_v_locales" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_venues_tips_kind";
  DROP TYPE "public"."enum_venues_transit_mode";
  DROP TYPE "public"."enum_venues_admission_prices_kind";
  DROP TYPE "public"."enum_venues_fact_checks_group";
  DROP TYPE "public"."enum_venues_accessibility_step_free_entrance";
  DROP TYPE "public"."enum_venues_accessibility_lift";
  DROP TYPE "public"."enum_venues_accessibility_accessible_toilet";
  DROP TYPE "public"."enum_venues_accessibility_seating";
  DROP TYPE "public"."enum_venues_accessibility_wheelchair_loan";
  DROP TYPE "public"."enum_venues_status";
  DROP TYPE "public"."enum__venues_v_version_tips_kind";
  DROP TYPE "public"."enum__venues_v_version_transit_mode";
  DROP TYPE "public"."enum__venues_v_version_admission_prices_kind";
  DROP TYPE "public"."enum__venues_v_version_fact_checks_group";
  DROP TYPE "public"."enum__venues_v_version_accessibility_step_free_entrance";
  DROP TYPE "public"."enum__venues_v_version_accessibility_lift";
  DROP TYPE "public"."enum__venues_v_version_accessibility_accessible_toilet";
  DROP TYPE "public"."enum__venues_v_version_accessibility_seating";
  DROP TYPE "public"."enum__venues_v_version_accessibility_wheelchair_loan";
  DROP TYPE "public"."enum__venues_v_version_status";
  DROP TYPE "public"."enum__venues_v_published_locale";
  DROP TYPE "public"."enum_neighborhoods_kind";
  DROP TYPE "public"."enum_neighborhoods_status";
  DROP TYPE "public"."enum__neighborhoods_v_version_kind";
  DROP TYPE "public"."enum__neighborhoods_v_version_status";
  DROP TYPE "public"."enum__neighborhoods_v_published_locale";
  DROP TYPE "public"."enum_categories_key";
  DROP TYPE "public"."enum_guides_topic";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_version_topic";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

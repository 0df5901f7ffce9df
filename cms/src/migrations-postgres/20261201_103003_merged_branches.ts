import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_support_requests_status" AS ENUM('new', 'contacted', 'closed');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'support';
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'researcher';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishSite' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteClosedSupportRequests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredSurveyResponses' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'backup' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishSite' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteClosedSupportRequests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredSurveyResponses' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'backup' BEFORE 'schedulePublish';
  CREATE TABLE "support_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_support_requests_status" DEFAULT 'new' NOT NULL,
  	"received_on" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"first_name" varchar,
  	"contact_by" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"safe_times" varchar,
  	"leave_message" varchar,
  	"language" varchar,
  	"message" varchar,
  	"notes" varchar
  );
  
  CREATE TABLE "surveys_blocks_choice_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_choice_options_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_choice" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"answer_required" boolean DEFAULT false,
  	"multiple" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_choice_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_scale" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"answer_required" boolean DEFAULT false,
  	"points" numeric DEFAULT 5 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_scale_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"low_label" varchar NOT NULL,
  	"high_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"answer_required" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_text_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_locality" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"answer_required" boolean DEFAULT false,
  	"multiple" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_locality_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_strand" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"answer_required" boolean DEFAULT false,
  	"multiple" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_strand_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_period" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"answer_required" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_period_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"minutes" numeric NOT NULL,
  	"retention_days" numeric DEFAULT 365 NOT NULL,
  	"follow_up" boolean DEFAULT false,
  	"findings" jsonb,
  	"findings_published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "surveys_locales" (
  	"title" varchar NOT NULL,
  	"intro" varchar NOT NULL,
  	"consent" varchar NOT NULL,
  	"lawful_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "survey_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"sealed" varchar NOT NULL,
  	"withdrawal" varchar
  );
  
  CREATE TABLE "survey_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"sealed" varchar NOT NULL,
  	"withdrawal" varchar
  );
  
  CREATE TABLE "form_proofs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"expires" numeric NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_jobs" ADD COLUMN "publish_lock" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "lock_expires_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "support_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "surveys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_responses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_contacts_id" integer;
  ALTER TABLE "surveys_blocks_choice_options" ADD CONSTRAINT "surveys_blocks_choice_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_choice_options_locales" ADD CONSTRAINT "surveys_blocks_choice_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_choice_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_choice" ADD CONSTRAINT "surveys_blocks_choice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_choice_locales" ADD CONSTRAINT "surveys_blocks_choice_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_scale" ADD CONSTRAINT "surveys_blocks_scale_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_scale_locales" ADD CONSTRAINT "surveys_blocks_scale_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_scale"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_text" ADD CONSTRAINT "surveys_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_text_locales" ADD CONSTRAINT "surveys_blocks_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_locality" ADD CONSTRAINT "surveys_blocks_locality_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_locality_locales" ADD CONSTRAINT "surveys_blocks_locality_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_locality"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_strand" ADD CONSTRAINT "surveys_blocks_strand_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_strand_locales" ADD CONSTRAINT "surveys_blocks_strand_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_strand"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_period" ADD CONSTRAINT "surveys_blocks_period_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_period_locales" ADD CONSTRAINT "surveys_blocks_period_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_period"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_locales" ADD CONSTRAINT "surveys_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_contacts" ADD CONSTRAINT "survey_contacts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "surveys_blocks_choice_options_order_idx" ON "surveys_blocks_choice_options" USING btree ("_order");
  CREATE INDEX "surveys_blocks_choice_options_parent_id_idx" ON "surveys_blocks_choice_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "surveys_blocks_choice_options_locales_locale_parent_id_uniqu" ON "surveys_blocks_choice_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_choice_options_locales_parent_id_idx" ON "surveys_blocks_choice_options_locales" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_choice_order_idx" ON "surveys_blocks_choice" USING btree ("_order");
  CREATE INDEX "surveys_blocks_choice_parent_id_idx" ON "surveys_blocks_choice" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_choice_path_idx" ON "surveys_blocks_choice" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_choice_locales_locale_parent_id_unique" ON "surveys_blocks_choice_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_choice_locales_parent_id_idx" ON "surveys_blocks_choice_locales" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_scale_order_idx" ON "surveys_blocks_scale" USING btree ("_order");
  CREATE INDEX "surveys_blocks_scale_parent_id_idx" ON "surveys_blocks_scale" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_scale_path_idx" ON "surveys_blocks_scale" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_scale_locales_locale_parent_id_unique" ON "surveys_blocks_scale_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_scale_locales_parent_id_idx" ON "surveys_blocks_scale_locales" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_text_order_idx" ON "surveys_blocks_text" USING btree ("_order");
  CREATE INDEX "surveys_blocks_text_parent_id_idx" ON "surveys_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_text_path_idx" ON "surveys_blocks_text" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_text_locales_locale_parent_id_unique" ON "surveys_blocks_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_text_locales_parent_id_idx" ON "surveys_blocks_text_locales" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_locality_order_idx" ON "surveys_blocks_locality" USING btree ("_order");
  CREATE INDEX "surveys_blocks_locality_parent_id_idx" ON "surveys_blocks_locality" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_locality_path_idx" ON "surveys_blocks_locality" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_locality_locales_locale_parent_id_unique" ON "surveys_blocks_locality_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_locality_locales_parent_id_idx" ON "surveys_blocks_locality_locales" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_strand_order_idx" ON "surveys_blocks_strand" USING btree ("_order");
  CREATE INDEX "surveys_blocks_strand_parent_id_idx" ON "surveys_blocks_strand" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_strand_path_idx" ON "surveys_blocks_strand" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_strand_locales_locale_parent_id_unique" ON "surveys_blocks_strand_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_strand_locales_parent_id_idx" ON "surveys_blocks_strand_locales" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_period_order_idx" ON "surveys_blocks_period" USING btree ("_order");
  CREATE INDEX "surveys_blocks_period_parent_id_idx" ON "surveys_blocks_period" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_period_path_idx" ON "surveys_blocks_period" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_period_locales_locale_parent_id_unique" ON "surveys_blocks_period_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_period_locales_parent_id_idx" ON "surveys_blocks_period_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "surveys_slug_idx" ON "surveys" USING btree ("slug");
  CREATE INDEX "surveys_updated_at_idx" ON "surveys" USING btree ("updated_at");
  CREATE INDEX "surveys_created_at_idx" ON "surveys" USING btree ("created_at");
  CREATE INDEX "surveys_updated_at_created_at_idx" ON "surveys" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "surveys_locales_locale_parent_id_unique" ON "surveys_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_locales_parent_id_idx" ON "surveys_locales" USING btree ("_parent_id");
  CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");
  CREATE INDEX "survey_responses_withdrawal_idx" ON "survey_responses" USING btree ("withdrawal");
  CREATE INDEX "survey_contacts_survey_idx" ON "survey_contacts" USING btree ("survey_id");
  CREATE INDEX "survey_contacts_withdrawal_idx" ON "survey_contacts" USING btree ("withdrawal");
  CREATE UNIQUE INDEX "form_proofs_hash_idx" ON "form_proofs" USING btree ("hash");
  CREATE INDEX "form_proofs_expires_idx" ON "form_proofs" USING btree ("expires");
  CREATE INDEX "payload_jobs_stats_updated_at_created_at_idx" ON "payload_jobs_stats" USING btree ("updated_at","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_requests_fk" FOREIGN KEY ("support_requests_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_responses_fk" FOREIGN KEY ("survey_responses_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_contacts_fk" FOREIGN KEY ("survey_contacts_id") REFERENCES "public"."survey_contacts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "payload_jobs_publish_lock_idx" ON "payload_jobs" USING btree ("publish_lock");
  CREATE INDEX "payload_locked_documents_rels_support_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("support_requests_id");
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_responses_id");
  CREATE INDEX "payload_locked_documents_rels_survey_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_contacts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "support_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_choice_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_choice_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_choice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_choice_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_scale" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_scale_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_locality" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_locality_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_strand" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_strand_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_period" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_period_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_responses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_proofs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "support_requests" CASCADE;
  DROP TABLE "surveys_blocks_choice_options" CASCADE;
  DROP TABLE "surveys_blocks_choice_options_locales" CASCADE;
  DROP TABLE "surveys_blocks_choice" CASCADE;
  DROP TABLE "surveys_blocks_choice_locales" CASCADE;
  DROP TABLE "surveys_blocks_scale" CASCADE;
  DROP TABLE "surveys_blocks_scale_locales" CASCADE;
  DROP TABLE "surveys_blocks_text" CASCADE;
  DROP TABLE "surveys_blocks_text_locales" CASCADE;
  DROP TABLE "surveys_blocks_locality" CASCADE;
  DROP TABLE "surveys_blocks_locality_locales" CASCADE;
  DROP TABLE "surveys_blocks_strand" CASCADE;
  DROP TABLE "surveys_blocks_strand_locales" CASCADE;
  DROP TABLE "surveys_blocks_period" CASCADE;
  DROP TABLE "surveys_blocks_period_locales" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "surveys_locales" CASCADE;
  DROP TABLE "survey_responses" CASCADE;
  DROP TABLE "survey_contacts" CASCADE;
  DROP TABLE "form_proofs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_support_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_surveys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_responses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_contacts_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'contributor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'contributor');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'contributor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_publish_lock_idx";
  DROP INDEX "payload_locked_documents_rels_support_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_surveys_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_responses_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_contacts_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_jobs" DROP COLUMN "publish_lock";
  ALTER TABLE "payload_jobs" DROP COLUMN "lock_expires_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "support_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "surveys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_responses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_contacts_id";
  DROP TYPE "public"."enum_support_requests_status";`)
}

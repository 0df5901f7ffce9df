import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`surveys_blocks_choice_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_options_order_idx\` ON \`surveys_blocks_choice_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_options_parent_id_idx\` ON \`surveys_blocks_choice_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_choice_options_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_choice_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_choice_options_locales_locale_parent_id_uniqu\` ON \`surveys_blocks_choice_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_options_locales_parent_id_idx\` ON \`surveys_blocks_choice_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_choice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`answer_required\` integer DEFAULT false,
  	\`multiple\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_order_idx\` ON \`surveys_blocks_choice\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_parent_id_idx\` ON \`surveys_blocks_choice\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_path_idx\` ON \`surveys_blocks_choice\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_choice_locales\` (
  	\`question\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_choice_locales_locale_parent_id_unique\` ON \`surveys_blocks_choice_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_choice_locales_parent_id_idx\` ON \`surveys_blocks_choice_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`answer_required\` integer DEFAULT false,
  	\`points\` numeric DEFAULT 5 NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_order_idx\` ON \`surveys_blocks_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_parent_id_idx\` ON \`surveys_blocks_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_path_idx\` ON \`surveys_blocks_scale\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_scale_locales\` (
  	\`question\` text NOT NULL,
  	\`help\` text,
  	\`low_label\` text NOT NULL,
  	\`high_label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_scale\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_scale_locales_locale_parent_id_unique\` ON \`surveys_blocks_scale_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_locales_parent_id_idx\` ON \`surveys_blocks_scale_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`answer_required\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_order_idx\` ON \`surveys_blocks_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_parent_id_idx\` ON \`surveys_blocks_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_path_idx\` ON \`surveys_blocks_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_text_locales\` (
  	\`question\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_text_locales_locale_parent_id_unique\` ON \`surveys_blocks_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_locales_parent_id_idx\` ON \`surveys_blocks_text_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_locality\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`answer_required\` integer DEFAULT false,
  	\`multiple\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_locality_order_idx\` ON \`surveys_blocks_locality\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_locality_parent_id_idx\` ON \`surveys_blocks_locality\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_locality_path_idx\` ON \`surveys_blocks_locality\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_locality_locales\` (
  	\`question\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_locality\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_locality_locales_locale_parent_id_unique\` ON \`surveys_blocks_locality_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_locality_locales_parent_id_idx\` ON \`surveys_blocks_locality_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_strand\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`answer_required\` integer DEFAULT false,
  	\`multiple\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_strand_order_idx\` ON \`surveys_blocks_strand\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_strand_parent_id_idx\` ON \`surveys_blocks_strand\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_strand_path_idx\` ON \`surveys_blocks_strand\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_strand_locales\` (
  	\`question\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_strand\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_strand_locales_locale_parent_id_unique\` ON \`surveys_blocks_strand_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_strand_locales_parent_id_idx\` ON \`surveys_blocks_strand_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_period\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`answer_required\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_period_order_idx\` ON \`surveys_blocks_period\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_period_parent_id_idx\` ON \`surveys_blocks_period\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_period_path_idx\` ON \`surveys_blocks_period\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_period_locales\` (
  	\`question\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_period\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_period_locales_locale_parent_id_unique\` ON \`surveys_blocks_period_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_period_locales_parent_id_idx\` ON \`surveys_blocks_period_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`minutes\` numeric NOT NULL,
  	\`retention_days\` numeric DEFAULT 365 NOT NULL,
  	\`follow_up\` integer DEFAULT false,
  	\`findings\` text,
  	\`findings_published\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_slug_idx\` ON \`surveys\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`surveys_updated_at_idx\` ON \`surveys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_created_at_idx\` ON \`surveys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`surveys_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text NOT NULL,
  	\`consent\` text NOT NULL,
  	\`lawful_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_locales_locale_parent_id_unique\` ON \`surveys_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_locales_parent_id_idx\` ON \`surveys_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`sealed\` text NOT NULL,
  	\`withdrawal\` text,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_survey_idx\` ON \`survey_responses\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_withdrawal_idx\` ON \`survey_responses\` (\`withdrawal\`);`)
  await db.run(sql`CREATE TABLE \`survey_contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`sealed\` text NOT NULL,
  	\`withdrawal\` text,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_contacts_survey_idx\` ON \`survey_contacts\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_contacts_withdrawal_idx\` ON \`survey_contacts\` (\`withdrawal\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`surveys_id\` integer REFERENCES surveys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_responses_id\` integer REFERENCES survey_responses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_contacts_id\` integer REFERENCES survey_contacts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_contacts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`surveys_blocks_choice_options\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_choice_options_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_choice\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_choice_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_scale\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_scale_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_text\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_text_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_locality\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_locality_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_strand\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_strand_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_period\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_period_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys\`;`)
  await db.run(sql`DROP TABLE \`surveys_locales\`;`)
  await db.run(sql`DROP TABLE \`survey_responses\`;`)
  await db.run(sql`DROP TABLE \`survey_contacts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	\`films_id\` integer,
  	\`stories_id\` integer,
  	\`events_id\` integer,
  	\`places_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`support_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`films_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`support_requests_id\`) REFERENCES \`support_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "resources_id", "films_id", "stories_id", "events_id", "places_id", "pages_id", "media_id", "users_id", "support_requests_id") SELECT "id", "order", "parent_id", "path", "resources_id", "films_id", "stories_id", "events_id", "places_id", "pages_id", "media_id", "users_id", "support_requests_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_films_id_idx\` ON \`payload_locked_documents_rels\` (\`films_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_support_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`support_requests_id\`);`)
}

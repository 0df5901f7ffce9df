import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * `videoId` (the YouTube/Vimeo id) and the uploaded `video` both took the column video_id. The id is
 * now worked out from the link when a film is read; video_id is the upload's again (ids of
 * YouTube/Vimeo films are dropped from it).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_films\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`producer\` text DEFAULT 'Method in Motion',
  	\`release_date\` text,
  	\`provider\` text DEFAULT 'upload',
  	\`video_id\` integer,
  	\`external_url\` text,
  	\`poster_id\` integer,
  	\`audio_described_video_id\` integer,
  	\`audio_described_external_url\` text,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_described_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_films\`("id", "generate_slug", "slug", "producer", "release_date", "provider", "video_id", "external_url", "poster_id", "audio_described_video_id", "audio_described_external_url", "duration", "updated_at", "created_at", "_status") SELECT "id", "generate_slug", "slug", "producer", "release_date", "provider", CASE WHEN "provider" = 'upload' THEN CAST("video_id" AS integer) END, "external_url", "poster_id", "audio_described_video_id", "audio_described_external_url", "duration", "updated_at", "created_at", "_status" FROM \`films\`;`)
  await db.run(sql`DROP TABLE \`films\`;`)
  await db.run(sql`ALTER TABLE \`__new_films\` RENAME TO \`films\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`films_slug_idx\` ON \`films\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`films_video_idx\` ON \`films\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`films_poster_idx\` ON \`films\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`films_audio_described_audio_described_video_idx\` ON \`films\` (\`audio_described_video_id\`);`)
  await db.run(sql`CREATE INDEX \`films_updated_at_idx\` ON \`films\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`films_created_at_idx\` ON \`films\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`films__status_idx\` ON \`films\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__films_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_producer\` text DEFAULT 'Method in Motion',
  	\`version_release_date\` text,
  	\`version_provider\` text DEFAULT 'upload',
  	\`version_video_id\` integer,
  	\`version_external_url\` text,
  	\`version_poster_id\` integer,
  	\`version_audio_described_video_id\` integer,
  	\`version_audio_described_external_url\` text,
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_described_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__films_v\`("id", "parent_id", "version_generate_slug", "version_slug", "version_producer", "version_release_date", "version_provider", "version_video_id", "version_external_url", "version_poster_id", "version_audio_described_video_id", "version_audio_described_external_url", "version_duration", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_generate_slug", "version_slug", "version_producer", "version_release_date", "version_provider", CASE WHEN "version_provider" = 'upload' THEN CAST("version_video_id" AS integer) END, "version_external_url", "version_poster_id", "version_audio_described_video_id", "version_audio_described_external_url", "version_duration", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_films_v\`;`)
  await db.run(sql`DROP TABLE \`_films_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__films_v\` RENAME TO \`_films_v\`;`)
  await db.run(sql`CREATE INDEX \`_films_v_parent_idx\` ON \`_films_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_slug_idx\` ON \`_films_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_video_idx\` ON \`_films_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_poster_idx\` ON \`_films_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_audio_described_version_audio_described_idx\` ON \`_films_v\` (\`version_audio_described_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_updated_at_idx\` ON \`_films_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_created_at_idx\` ON \`_films_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version__status_idx\` ON \`_films_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_created_at_idx\` ON \`_films_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_updated_at_idx\` ON \`_films_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_snapshot_idx\` ON \`_films_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_published_locale_idx\` ON \`_films_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_latest_idx\` ON \`_films_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_autosave_idx\` ON \`_films_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_films\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`producer\` text DEFAULT 'Method in Motion',
  	\`release_date\` text,
  	\`provider\` text DEFAULT 'upload',
  	\`video_id\` text,
  	\`external_url\` text,
  	\`poster_id\` integer,
  	\`audio_described_video_id\` integer,
  	\`audio_described_external_url\` text,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_described_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_films\`("id", "generate_slug", "slug", "producer", "release_date", "provider", "video_id", "external_url", "poster_id", "audio_described_video_id", "audio_described_external_url", "duration", "updated_at", "created_at", "_status") SELECT "id", "generate_slug", "slug", "producer", "release_date", "provider", "video_id", "external_url", "poster_id", "audio_described_video_id", "audio_described_external_url", "duration", "updated_at", "created_at", "_status" FROM \`films\`;`)
  await db.run(sql`DROP TABLE \`films\`;`)
  await db.run(sql`ALTER TABLE \`__new_films\` RENAME TO \`films\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`films_slug_idx\` ON \`films\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`films_video_idx\` ON \`films\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`films_poster_idx\` ON \`films\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`films_audio_described_audio_described_video_idx\` ON \`films\` (\`audio_described_video_id\`);`)
  await db.run(sql`CREATE INDEX \`films_updated_at_idx\` ON \`films\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`films_created_at_idx\` ON \`films\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`films__status_idx\` ON \`films\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__films_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_producer\` text DEFAULT 'Method in Motion',
  	\`version_release_date\` text,
  	\`version_provider\` text DEFAULT 'upload',
  	\`version_video_id\` text,
  	\`version_external_url\` text,
  	\`version_poster_id\` integer,
  	\`version_audio_described_video_id\` integer,
  	\`version_audio_described_external_url\` text,
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_described_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__films_v\`("id", "parent_id", "version_generate_slug", "version_slug", "version_producer", "version_release_date", "version_provider", "version_video_id", "version_external_url", "version_poster_id", "version_audio_described_video_id", "version_audio_described_external_url", "version_duration", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_generate_slug", "version_slug", "version_producer", "version_release_date", "version_provider", "version_video_id", "version_external_url", "version_poster_id", "version_audio_described_video_id", "version_audio_described_external_url", "version_duration", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_films_v\`;`)
  await db.run(sql`DROP TABLE \`_films_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__films_v\` RENAME TO \`_films_v\`;`)
  await db.run(sql`CREATE INDEX \`_films_v_parent_idx\` ON \`_films_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_slug_idx\` ON \`_films_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_video_idx\` ON \`_films_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_poster_idx\` ON \`_films_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_audio_described_version_audio_described_idx\` ON \`_films_v\` (\`version_audio_described_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_updated_at_idx\` ON \`_films_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_created_at_idx\` ON \`_films_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version__status_idx\` ON \`_films_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_created_at_idx\` ON \`_films_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_updated_at_idx\` ON \`_films_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_snapshot_idx\` ON \`_films_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_published_locale_idx\` ON \`_films_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_latest_idx\` ON \`_films_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_autosave_idx\` ON \`_films_v\` (\`autosave\`);`)
}

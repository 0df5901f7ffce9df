import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

// The jobs table's `meta` column and the `payload_jobs_stats` table that scheduled tasks need were
// made by 20261201_091730_support_requests (written on another branch at the same time); this one
// only carries the schema snapshot forward.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`publish_lock\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`lock_expires_at\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_jobs_publish_lock_idx\` ON \`payload_jobs\` (\`publish_lock\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`payload_jobs_publish_lock_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`publish_lock\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`lock_expires_at\`;`)
}

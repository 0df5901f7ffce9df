import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`resources_status_created_at_idx\` ON \`resources\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`resources_status_updated_at_idx\` ON \`resources\` (\`_status\`,\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`resources_status_last_reviewed_idx\` ON \`resources\` (\`_status\`,\`last_reviewed\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`films_status_created_at_idx\` ON \`films\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`films_status_updated_at_idx\` ON \`films\` (\`_status\`,\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`stories_status_created_at_idx\` ON \`stories\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`stories_status_updated_at_idx\` ON \`stories\` (\`_status\`,\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_status_created_at_idx\` ON \`events\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_status_updated_at_idx\` ON \`events\` (\`_status\`,\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`places_status_created_at_idx\` ON \`places\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`places_status_updated_at_idx\` ON \`places\` (\`_status\`,\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`places_status_last_reviewed_idx\` ON \`places\` (\`_status\`,\`last_reviewed\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_status_created_at_idx\` ON \`pages\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_status_updated_at_idx\` ON \`pages\` (\`_status\`,\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_status_last_reviewed_idx\` ON \`pages\` (\`_status\`,\`last_reviewed\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`resources_status_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`resources_status_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`resources_status_last_reviewed_idx\`;`)
  await db.run(sql`DROP INDEX \`films_status_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`films_status_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_status_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_status_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`events_status_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`events_status_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`places_status_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`places_status_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`places_status_last_reviewed_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_status_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_status_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_status_last_reviewed_idx\`;`)
}

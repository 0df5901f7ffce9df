import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "resources_last_reviewed_created_at_idx" ON "resources" USING btree ("last_reviewed","created_at");
  CREATE INDEX "places_last_reviewed_created_at_idx" ON "places" USING btree ("last_reviewed","created_at");
  CREATE INDEX "pages_last_reviewed_created_at_idx" ON "pages" USING btree ("last_reviewed","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "resources_last_reviewed_created_at_idx";
  DROP INDEX "places_last_reviewed_created_at_idx";
  DROP INDEX "pages_last_reviewed_created_at_idx";`)
}

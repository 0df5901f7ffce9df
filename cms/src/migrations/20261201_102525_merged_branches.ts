import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

// Four branches wrote migrations from the same starting point. Each one's changes are made by its
// own migration (the publish lock by 20261201_091522_publish_queue_lock); this one only carries the
// schema snapshot of all of them together, which the next migration is written against.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`form_proofs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`expires\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_proofs_hash_idx\` ON \`form_proofs\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`form_proofs_expires_idx\` ON \`form_proofs\` (\`expires\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`form_proofs\`;`)
}

import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The route modules (src/app/(payload)/api) import the config as Next does.
  resolve: {
    alias: {
      '@payload-config': fileURLToPath(new URL('./src/payload.config.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // On PostgreSQL (HCRI_TEST_POSTGRES_URI), points each file at its own database.
    setupFiles: ['test/setupDatabase.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file boots its own Payload on its own in-memory SQLite database, or on its own
    // PostgreSQL database when HCRI_TEST_POSTGRES_URI is set (test/postgres.ts).
    env: {
      DATABASE_URI: ':memory:',
      HCRI_DISABLE_JOBS: 'true',
      PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
      // A fixed key for the suites only (32 bytes, base64).
      SUPPORT_ENCRYPTION_KEY: 'dGVzdC1rZXktZm9yLXN1cHBvcnQtcmVxdWVzdHMtMzI=',
      MEDIA_DIR: '.test-media',
      // No site builds from the suites; test/publish.test.ts turns its own publisher on.
      PUBLISH_TARGET: 'off',
    },
  },
})

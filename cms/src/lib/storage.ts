import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Media on S3-compatible storage when all of S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY are set (S3_ENDPOINT for non-AWS providers); local disk otherwise.
 * Set them before `next build`: the admin's import map is generated from the enabled plugins.
 */
export function storagePlugins(env: NodeJS.ProcessEnv = process.env): Plugin[] {
  const { S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env
  if (!S3_BUCKET || !S3_REGION || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return []
  return [
    s3Storage({
      collections: { media: true },
      bucket: S3_BUCKET,
      config: {
        region: S3_REGION,
        endpoint: S3_ENDPOINT || undefined,
        forcePathStyle: Boolean(S3_ENDPOINT),
        credentials: { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY },
      },
    }),
  ]
}

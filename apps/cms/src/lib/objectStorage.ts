import type { S3StorageOptions } from '@payloadcms/storage-s3';

/** Where uploads go when several CMS processes must see the same files: an S3-compatible bucket. */
export type ObjectStorage = { bucket: string; client: S3StorageOptions['config'] };

const truthy = (value: string | undefined) => ['1', 'true', 'yes'].includes((value ?? '').toLowerCase());

/**
 * The bucket the environment names, or undefined for the local folder (the default, nothing to
 * configure). `S3_BUCKET` turns it on; the other variables say where and how to reach it.
 * Credentials left unset come from the SDK's usual sources (an instance role, ~/.aws).
 */
export function objectStorageFromEnv(env: NodeJS.ProcessEnv = process.env): ObjectStorage | undefined {
  const bucket = env.S3_BUCKET?.trim();
  const endpoint = env.S3_ENDPOINT?.trim();
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!bucket) {
    const stray = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => env[name]);
    // Half a configuration would quietly keep uploads on this machine's disk.
    if (stray.length > 0) throw new Error(`${stray.join(', ')} set without S3_BUCKET`);
    return undefined;
  }
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
  }
  return {
    bucket,
    client: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      ...(endpoint ? { endpoint } : {}),
      // MinIO and most self-hosted stores answer at endpoint/bucket, not at bucket.endpoint.
      forcePathStyle: env.S3_FORCE_PATH_STYLE?.trim()
        ? truthy(env.S3_FORCE_PATH_STYLE.trim())
        : Boolean(endpoint),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      // The SDK now checksums every upload and sends a streamed one with the checksum trailing it;
      // stores that do not know that encoding (s3rver was seen to) keep its framing in the file.
      // Checksums only where the S3 API requires them, as before.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  };
}

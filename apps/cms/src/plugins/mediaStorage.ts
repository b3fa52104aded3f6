import { s3Storage } from '@payloadcms/storage-s3';
import type { Plugin } from 'payload';
import type { ObjectStorage } from '../lib/objectStorage';

/**
 * Media files in an S3-compatible bucket when one is configured (lib/objectStorage.ts), so that
 * every CMS process serves every upload; otherwise in the local folder (collections/Media).
 * Files are still served by the CMS at /api/media/file/…, read from the bucket, so read access and
 * the missing-file 404 hold as before and the bucket can stay private.
 *
 * Listed either way, switched on or off: the plugin adds two columns to media (a storage prefix
 * and an object key) and a component to the admin's import map, and both must be the same
 * whichever storage a build ends up running with.
 */
export const mediaStoragePlugin = (storage: ObjectStorage | undefined): Plugin =>
  s3Storage({
    enabled: storage !== undefined,
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? '',
    config: storage?.client ?? {},
    collections: { media: true },
  });

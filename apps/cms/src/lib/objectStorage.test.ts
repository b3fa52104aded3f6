import { describe, expect, it } from 'vitest';
import { objectStorageFromEnv } from './objectStorage';

describe('objectStorageFromEnv', () => {
  it('keeps uploads on local disk when no bucket is named', () => {
    expect(objectStorageFromEnv({ NODE_ENV: 'production' })).toBeUndefined();
  });

  it('refuses half a configuration rather than quietly keeping uploads on this machine', () => {
    expect(() => objectStorageFromEnv({ NODE_ENV: 'production', S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      /S3_ENDPOINT set without S3_BUCKET/,
    );
    expect(() =>
      objectStorageFromEnv({ NODE_ENV: 'production', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' }),
    ).toThrow(/both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
  });

  it('reaches a self-hosted store at its endpoint, by path, with its keys', () => {
    const storage = objectStorageFromEnv({
      NODE_ENV: 'production',
      S3_BUCKET: 'paseo-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'paseo',
      S3_SECRET_ACCESS_KEY: 'secret-key',
    });
    expect(storage).toEqual({
      bucket: 'paseo-media',
      client: {
        region: 'us-east-1',
        endpoint: 'http://minio:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'paseo', secretAccessKey: 'secret-key' },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    });
  });

  it('leaves AWS itself to its defaults: bucket hostnames and the SDK’s own credentials', () => {
    const storage = objectStorageFromEnv({
      NODE_ENV: 'production',
      S3_BUCKET: 'media',
      S3_REGION: 'eu-west-3',
    });
    expect(storage?.client).toMatchObject({ region: 'eu-west-3', forcePathStyle: false });
    expect(storage?.client).not.toHaveProperty('endpoint');
    expect(storage?.client).not.toHaveProperty('credentials');
    expect(
      objectStorageFromEnv({
        NODE_ENV: 'production',
        S3_BUCKET: 'm',
        S3_ENDPOINT: 'http://r2',
        S3_FORCE_PATH_STYLE: '0',
      })?.client.forcePathStyle,
    ).toBe(false);
  });
});

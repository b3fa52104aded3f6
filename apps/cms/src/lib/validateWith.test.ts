import { creditSchema, geoPointSchema } from '@paseo/domain';
import { describe, expect, it } from 'vitest';
import { validateWith } from './validateWith';

describe('validateWith', () => {
  it('passes what the domain schema accepts', () => {
    expect(validateWith(geoPointSchema.shape.latitude)(19.35)).toBe(true);
  });

  it('answers with the domain’s own message', () => {
    expect(validateWith(geoPointSchema.shape.latitude)(91)).toBe('Latitude must be between -90 and 90');
    expect(validateWith(creditSchema.shape.author)(undefined)).toBe('Author is required');
    expect(validateWith(creditSchema.shape.author)(null)).toBe('Author is required');
  });

  it('lets an optional field stay empty', () => {
    expect(validateWith(creditSchema.shape.sourceUrl, { optional: true })('')).toBe(true);
    expect(validateWith(creditSchema.shape.sourceUrl, { optional: true })('ftp://x')).toBe(
      'Source URL must be an http(s) URL',
    );
  });
});

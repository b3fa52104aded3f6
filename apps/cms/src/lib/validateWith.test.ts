import { creditSchema, geoPointSchema, richTextSchema } from '@paseo/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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

  it('keeps Payload’s own check for the field’s type: its limits and required', async () => {
    const options = {
      type: 'text',
      req: { payload: { config: { defaultMaxTextLength: 5 } }, t: (key: string) => key },
    };
    expect(await validateWith(z.string())('abc', options)).toBe(true);
    expect(await validateWith(z.string())('abcdef', options)).toBe('validation:shorterThanMax');
    expect(await validateWith(z.string(), { optional: true })('', { ...options, required: true })).toBe(
      'validation:required',
    );
  });

  it('answers the domain’s message before Payload’s', async () => {
    const options = { type: 'richText', req: {} };
    const link = { type: 'link', fields: { url: 'java\tscript:alert(1)' }, children: [] };
    const value = { root: { type: 'root', children: [{ type: 'paragraph', children: [link] }] } };
    expect(await validateWith(richTextSchema)(value, options)).toMatch(/Links must/);
  });
});

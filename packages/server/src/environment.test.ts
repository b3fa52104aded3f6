import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flagSetting, optionalSetting, originSetting, readSettings } from './environment.js';

const schema = z.object({
  SITE_URL: optionalSetting(originSetting),
  RUN_JOBS: flagSetting,
});

describe('readSettings', () => {
  it('reads empty as unset, drops a trailing slash and turns 1 into true', () => {
    expect(readSettings('site', schema, { SITE_URL: '', RUN_JOBS: '1' })).toEqual({
      SITE_URL: undefined,
      RUN_JOBS: true,
    });
    expect(readSettings('site', schema, { SITE_URL: 'https://paseo.example/' })).toEqual({
      SITE_URL: 'https://paseo.example',
      RUN_JOBS: false,
    });
  });

  it('takes an origin, not an address within a site', () => {
    expect(() => readSettings('site', schema, { SITE_URL: 'https://paseo.example/guia?x=1' })).toThrow(
      'SITE_URL: Must be an origin such as https://paseo.example, without a path',
    );
  });

  it('names every variable that is wrong', () => {
    expect(() => readSettings('site', schema, { SITE_URL: 'paseo.example', RUN_JOBS: 'yes' })).toThrow(
      "The site's environment is not valid:\n  SITE_URL: Must be an http(s) URL\n  RUN_JOBS: Must be 1 or 0",
    );
  });
});

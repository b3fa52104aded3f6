import * as migration_20261127_102111_initial from './20261127_102111_initial';
import * as migration_20261127_110159_preview_api_key from './20261127_110159_preview_api_key';
import * as migration_20261127_205101_request_limits from './20261127_205101_request_limits';

export const migrations = [
  {
    up: migration_20261127_102111_initial.up,
    down: migration_20261127_102111_initial.down,
    name: '20261127_102111_initial',
  },
  {
    up: migration_20261127_110159_preview_api_key.up,
    down: migration_20261127_110159_preview_api_key.down,
    name: '20261127_110159_preview_api_key',
  },
  {
    up: migration_20261127_205101_request_limits.up,
    down: migration_20261127_205101_request_limits.down,
    name: '20261127_205101_request_limits'
  },
];

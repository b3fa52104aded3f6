import * as migration_20261127_102036_initial from './20261127_102036_initial';

export const migrations = [
  {
    up: migration_20261127_102036_initial.up,
    down: migration_20261127_102036_initial.down,
    name: '20261127_102036_initial'
  },
];

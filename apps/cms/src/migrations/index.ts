import * as migration_20261127_102111_initial from './20261127_102111_initial';
import * as migration_20261127_110159_preview_api_key from './20261127_110159_preview_api_key';
import * as migration_20261127_205101_request_limits from './20261127_205101_request_limits';
import * as migration_20261127_214525_search_text_without_index from './20261127_214525_search_text_without_index';
import * as migration_20261128_022142_media_object_storage from './20261128_022142_media_object_storage';
import * as migration_20261128_025206_city_scale_indexes from './20261128_025206_city_scale_indexes';
import * as migration_20261128_060000_nearest_venues from './20261128_060000_nearest_venues';
import * as migration_20261128_124640_walks from './20261128_124640_walks';
import * as migration_20261128_152317_venue_imports from './20261128_152317_venue_imports';
import * as migration_20261128_152431_editors_queue from './20261128_152431_editors_queue';

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
    name: '20261127_205101_request_limits',
  },
  {
    up: migration_20261127_214525_search_text_without_index.up,
    down: migration_20261127_214525_search_text_without_index.down,
    name: '20261127_214525_search_text_without_index',
  },
  {
    up: migration_20261128_022142_media_object_storage.up,
    down: migration_20261128_022142_media_object_storage.down,
    name: '20261128_022142_media_object_storage',
  },
  {
    up: migration_20261128_025206_city_scale_indexes.up,
    down: migration_20261128_025206_city_scale_indexes.down,
    name: '20261128_025206_city_scale_indexes',
  },
  {
    up: migration_20261128_060000_nearest_venues.up,
    down: migration_20261128_060000_nearest_venues.down,
    name: '20261128_060000_nearest_venues',
  },
  {
    up: migration_20261128_124640_walks.up,
    down: migration_20261128_124640_walks.down,
    name: '20261128_124640_walks',
  },
  {
    up: migration_20261128_152317_venue_imports.up,
    down: migration_20261128_152317_venue_imports.down,
    name: '20261128_152317_venue_imports',
  },
  {
    up: migration_20261128_152431_editors_queue.up,
    down: migration_20261128_152431_editors_queue.down,
    name: '20261128_152431_editors_queue',
  },
];

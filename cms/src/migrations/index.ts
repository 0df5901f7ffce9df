import * as migration_20261123_213601_initial from './20261123_213601_initial';
import * as migration_20261201_042100_throttle_logins_by_client from './20261201_042100_throttle_logins_by_client';
import * as migration_20261201_064054_index_translations_by_document from './20261201_064054_index_translations_by_document';
import * as migration_20261201_093000_scheduled_backups from './20261201_093000_scheduled_backups';

export const migrations = [
  {
    up: migration_20261123_213601_initial.up,
    down: migration_20261123_213601_initial.down,
    name: '20261123_213601_initial',
  },
  {
    up: migration_20261201_042100_throttle_logins_by_client.up,
    down: migration_20261201_042100_throttle_logins_by_client.down,
    name: '20261201_042100_throttle_logins_by_client',
  },
  {
    up: migration_20261201_064054_index_translations_by_document.up,
    down: migration_20261201_064054_index_translations_by_document.down,
    name: '20261201_064054_index_translations_by_document',
  },
  {
    up: migration_20261201_093000_scheduled_backups.up,
    down: migration_20261201_093000_scheduled_backups.down,
    name: '20261201_093000_scheduled_backups'
  },
];

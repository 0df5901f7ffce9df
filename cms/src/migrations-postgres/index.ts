import * as migration_20261201_090924_initial from './20261201_090924_initial';

export const migrations = [
  {
    up: migration_20261201_090924_initial.up,
    down: migration_20261201_090924_initial.down,
    name: '20261201_090924_initial'
  },
];

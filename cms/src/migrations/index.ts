import * as migration_20261123_204443_initial from './20261123_204443_initial';
import * as migration_20261123_210417_films_video_column from './20261123_210417_films_video_column';

export const migrations = [
  {
    up: migration_20261123_204443_initial.up,
    down: migration_20261123_204443_initial.down,
    name: '20261123_204443_initial',
  },
  {
    up: migration_20261123_210417_films_video_column.up,
    down: migration_20261123_210417_films_video_column.down,
    name: '20261123_210417_films_video_column'
  },
];

import * as migration_20261201_092724_initial from './20261201_092724_initial'
import * as migration_20261201_103003_merged_branches from './20261201_103003_merged_branches'
import * as migration_20261201_133026_last_reviewed_index from './20261201_133026_last_reviewed_index'

export const migrations = [
  {
    up: migration_20261201_092724_initial.up,
    down: migration_20261201_092724_initial.down,
    name: '20261201_092724_initial',
  },
  {
    up: migration_20261201_103003_merged_branches.up,
    down: migration_20261201_103003_merged_branches.down,
    name: '20261201_103003_merged_branches',
  },
  {
    up: migration_20261201_133026_last_reviewed_index.up,
    down: migration_20261201_133026_last_reviewed_index.down,
    name: '20261201_133026_last_reviewed_index',
  },
]

import * as migration_20261123_213601_initial from './20261123_213601_initial'
import * as migration_20261201_042100_throttle_logins_by_client from './20261201_042100_throttle_logins_by_client'
import * as migration_20261201_064054_index_translations_by_document from './20261201_064054_index_translations_by_document'
import * as migration_20261201_090830_form_proofs from './20261201_090830_form_proofs'
import * as migration_20261201_091522_publish_queue_lock from './20261201_091522_publish_queue_lock'
import * as migration_20261201_091730_support_requests from './20261201_091730_support_requests'
import * as migration_20261201_093000_scheduled_backups from './20261201_093000_scheduled_backups'
import * as migration_20261201_093247_surveys from './20261201_093247_surveys'
import * as migration_20261201_102525_merged_branches from './20261201_102525_merged_branches'
import * as migration_20261201_114428_list_indexes from './20261201_114428_list_indexes'

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
    up: migration_20261201_090830_form_proofs.up,
    down: migration_20261201_090830_form_proofs.down,
    name: '20261201_090830_form_proofs',
  },
  {
    up: migration_20261201_091522_publish_queue_lock.up,
    down: migration_20261201_091522_publish_queue_lock.down,
    name: '20261201_091522_publish_queue_lock',
  },
  {
    up: migration_20261201_091730_support_requests.up,
    down: migration_20261201_091730_support_requests.down,
    name: '20261201_091730_support_requests',
  },
  {
    up: migration_20261201_093000_scheduled_backups.up,
    down: migration_20261201_093000_scheduled_backups.down,
    name: '20261201_093000_scheduled_backups',
  },
  {
    up: migration_20261201_093247_surveys.up,
    down: migration_20261201_093247_surveys.down,
    name: '20261201_093247_surveys',
  },
  {
    up: migration_20261201_102525_merged_branches.up,
    down: migration_20261201_102525_merged_branches.down,
    name: '20261201_102525_merged_branches',
  },
  {
    up: migration_20261201_114428_list_indexes.up,
    down: migration_20261201_114428_list_indexes.down,
    name: '20261201_114428_list_indexes',
  },
]

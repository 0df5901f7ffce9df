/**
 * A thread of integrations/pageScan.ts `scanSiteOnCores`: scans the files it is given and posts
 * their scans back. Loaded by Node itself (its type stripping), so it and what it imports are
 * plain TypeScript with `.ts` imports.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { scanFileOf } from './pageScan.ts'

const { clientDir, files } = workerData as { clientDir: string; files: string[] }
parentPort!.postMessage(files.map((file) => [file, scanFileOf(clientDir, file)]))

/**
 * For the sitemap: whether a built page asks search engines to leave it out (`<meta name="robots"
 * content="noindex">`: a document shown in English on another language's page, the preview). Read
 * from the page itself (or this build's scan of it: integrations/pageScan.ts), so a page reused from
 * an earlier build counts as much as a new one.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import path from 'node:path'

import { fileOfPath, siteScan } from './pageScan.ts'

/** Enough of a page to hold its <head>. */
const headBytes = 16 * 1024

export function noindexIn(clientDir: string): (url: string) => boolean {
  return (url) => {
    // This build's scan has it, unless the sitemap is made without one.
    const scanned = siteScan()?.files.get(fileOfPath(new URL(url).pathname))
    if (scanned) return scanned.noindex
    const file = path.join(clientDir, decodeURIComponent(new URL(url).pathname), 'index.html')
    if (!existsSync(file)) return false
    const fd = openSync(file, 'r')
    try {
      const buffer = Buffer.alloc(headBytes)
      const read = readSync(fd, buffer, 0, headBytes, 0)
      const head = buffer.toString('utf8', 0, read).split('</head>')[0]!
      return /<meta name="robots" content="noindex/.test(head)
    } finally {
      closeSync(fd)
    }
  }
}

/**
 * The researchers' tool, run on their own machine (never the server):
 *   pnpm research:keygen <folder>         a key pair: research-public.key (for RESEARCH_PUBLIC_KEY)
 *                                          and research-private.key (keep it off the server)
 *   pnpm research:export <export.json> --key <private.key> --out <folder>
 *                                          opens an export downloaded from /api/research/export
 *                                          and writes answers.csv, contacts.csv and findings.json
 *                                          (aggregate, small counts hidden: paste it into the survey)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { answersCsv, contactsCsv, findingsOf, openExport, type SealedExport } from './export'
import { researchKeyPair } from './seal'

// pnpm runs the script in cms/; paths are the caller's, from where they typed the command.
const here = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

async function main(argv: string[]) {
  const [command, ...rest] = argv
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { key: { type: 'string' }, out: { type: 'string' } },
  })
  if (command === 'keygen') {
    const folder = here(positionals[0] ?? '.')
    mkdirSync(folder, { recursive: true })
    const pair = await researchKeyPair()
    writeFileSync(path.join(folder, 'research-public.key'), `${pair.publicKey}\n`)
    writeFileSync(path.join(folder, 'research-private.key'), `${pair.privateKey}\n`, {
      mode: 0o600,
    })
    console.log(`RESEARCH_PUBLIC_KEY=${pair.publicKey}`)
    console.log(
      `Private key written to ${path.join(folder, 'research-private.key')}: keep it off the server.`,
    )
    return
  }
  if (command === 'export') {
    const [file] = positionals
    if (!file || !values.key || !values.out)
      throw new Error(
        'Usage: pnpm research:export <export.json> --key <private.key> --out <folder>',
      )
    const data = JSON.parse(readFileSync(here(file), 'utf8')) as SealedExport
    const opened = await openExport(data, readFileSync(here(values.key), 'utf8'))
    const out = here(values.out)
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'answers.csv'), answersCsv(opened), { mode: 0o600 })
    writeFileSync(path.join(out, 'contacts.csv'), contactsCsv(opened), { mode: 0o600 })
    writeFileSync(
      path.join(out, 'findings.json'),
      `${JSON.stringify(findingsOf(opened), null, 2)}\n`,
    )
    console.log(
      `${opened.responses.length} responses and ${opened.contacts.length} follow-up contacts written to ${out}`,
    )
    return
  }
  throw new Error('Commands: keygen <folder> | export <export.json> --key <file> --out <folder>')
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})

/**
 * Astro's log without its line per page and per picture (`├─ /stories/<slug>/index.html (+3ms)`,
 * `▶ /_astro/<upload>.webp …`). Those lines name every story slug and upload, often people's
 * names, in every build's log; and at the full set they are 57,000 writes a build, each with a
 * time stamp made by Intl: ~0.6 s of a publish and ~2 s of a cold build (CPU profiles). Every
 * other line is written as Astro's own destination writes it; a build's page counts are in
 * `[hcri:page-reads]`'s line. Loaded by Astro (astro.config.mjs `logger`).
 */
import node from 'astro/logger/node'

type Destination = ReturnType<typeof node>
type Message = Parameters<Destination['write']>[0]

/** A page or picture Astro wrote or kept, at the start of its line. */
const pathLine = /^\s*(├─|└─|▶\s+\/)/
/** What Astro writes after a page's line once it is written: its time, or that it was kept. */
const pageTail = /^\s*\((\+[\d.]+m?s|cached|restored)\)/
// eslint-disable-next-line no-control-regex -- Astro colours its lines on a terminal.
const colour = /\x1b\[[\d;]*m/g

/** Whether Astro's message is one of the lines left out. */
export function isPathLine(message: Message): boolean {
  if (message.level !== 'info' || typeof message.message !== 'string') return false
  const text = message.message.replace(colour, '')
  return message.label === 'SKIP_FORMAT' ? pageTail.test(text) : pathLine.test(text)
}

export default function buildLog(config?: Parameters<typeof node>[0]): Destination {
  const astro = node(config)
  return {
    ...astro,
    write: (message) => {
      if (!isPathLine(message)) astro.write(message)
    },
  }
}

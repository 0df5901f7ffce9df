/**
 * A small WebVTT checker: enough to refuse a file that players would not show (wrong format, broken
 * timings), with a message that says which line is wrong.
 */
export type WebVttResult = { ok: true; cues: number } | { ok: false; error: string }

const timestamp = String.raw`(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}`
const timingLine = new RegExp(String.raw`^(${timestamp})[ \t]+-->[ \t]+(${timestamp})(?:[ \t].*)?$`)

function seconds(ts: string): number {
  const parts = ts.split(':').map(Number)
  return parts.reduce((acc, p) => acc * 60 + p, 0)
}

export function validateWebVtt(text: string): WebVttResult {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(body))
    return {
      ok: false,
      error: 'This is not a WebVTT caption file: the first line must be "WEBVTT".',
    }
  if (/<script|javascript:/i.test(body))
    return { ok: false, error: 'Caption files cannot contain scripts or script links.' }
  const lines = body.split('\n')
  let cues = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!line.includes('-->')) continue
    const m = timingLine.exec(line.trim())
    if (!m)
      return {
        ok: false,
        error: `Line ${i + 1} has a cue timing that is not valid WebVTT: "${line.trim()}". Timings look like 00:00:01.000 --> 00:00:04.000.`,
      }
    if (seconds(m[2]!) <= seconds(m[1]!))
      return { ok: false, error: `Line ${i + 1}: a caption must end after it starts.` }
    cues++
  }
  if (cues === 0)
    return {
      ok: false,
      error:
        'This caption file has no captions (no cue timings like 00:00:01.000 --> 00:00:04.000).',
    }
  return { ok: true, cues }
}

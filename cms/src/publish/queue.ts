/**
 * One build at a time. Requests are debounced (a burst of edits becomes one build) and a request
 * made while a build runs waits as a single queued build that carries every reason since.
 */
export type QueueState = {
  running?: { reasons: string[]; startedAt: string }
  queued?: { reasons: string[]; dueAt?: string }
}

export type BuildFn = (reasons: string[]) => Promise<unknown>

export class BuildQueue {
  private timer?: ReturnType<typeof setTimeout>
  private pending: string[] = []
  private dueAt?: number
  private running?: { reasons: string[]; startedAt: number; done: Promise<void> }

  constructor(
    private readonly build: BuildFn,
    private readonly debounceMs: number,
  ) {}

  /** Asks for a build; `now` skips the debounce (the "Rebuild now" button). */
  request(reason: string, options: { now?: boolean } = {}): void {
    if (!this.pending.includes(reason)) this.pending.push(reason)
    if (this.running) return // starts when the running build ends
    this.schedule(options.now ? 0 : this.debounceMs)
  }

  state(): QueueState {
    return {
      running: this.running && {
        reasons: this.running.reasons,
        startedAt: new Date(this.running.startedAt).toISOString(),
      },
      queued: this.pending.length
        ? {
            reasons: [...this.pending],
            dueAt: this.dueAt !== undefined ? new Date(this.dueAt).toISOString() : undefined,
          }
        : undefined,
    }
  }

  /** Resolves when nothing is running or waiting (tests, CLI). */
  async settled(): Promise<void> {
    for (;;) {
      if (this.running) await this.running.done
      else if (this.pending.length && this.timer) await new Promise((r) => setTimeout(r, 20))
      else return
    }
  }

  private schedule(delay: number) {
    if (this.timer) clearTimeout(this.timer)
    this.dueAt = Date.now() + delay
    this.timer = setTimeout(() => this.start(), delay)
  }

  private start() {
    this.timer = undefined
    this.dueAt = undefined
    if (this.running || this.pending.length === 0) return
    const reasons = this.pending
    this.pending = []
    const done = (async () => {
      try {
        await this.build(reasons)
      } catch (error) {
        // The build records its own failure; the queue only has to keep going.
        console.error('[publish] build failed:', error)
      } finally {
        this.running = undefined
        // Changes made during the build: one more build, after the usual quiet time.
        if (this.pending.length) this.schedule(this.debounceMs)
      }
    })()
    this.running = { reasons, startedAt: Date.now(), done }
  }
}

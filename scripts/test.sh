#!/usr/bin/env bash
# Runs every test: type checks, Vitest (real Payload on SQLite), Playwright (Debian's Chromium).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_deps
ensure_chromium
ensure_env

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

log "Type checking"
pnpm run typecheck

log "Unit and integration tests (Vitest)"
pnpm run test:unit 2>&1 | tee -a "$LOG"

build_cms

log "Browser tests (Playwright)"
pnpm run test:e2e 2>&1 | tee -a "$LOG"

# One closing line for the whole run, summed from Vitest's and Playwright's own summaries.
summary() {
  sed 's/\x1b\[[0-9;]*m//g' "$LOG" | awk '
    /Tests +[0-9]+ passed/ { for (i = 1; i <= NF; i++) if ($(i+1) == "passed") p += $i }
    /^ +[0-9]+ passed \(/ { p += $1 }
    /^ +[0-9]+ skipped/ { s += $1 }
    END { printf "%d passed, 0 failed, %d skipped\n", p, s }'
}
summary

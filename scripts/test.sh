#!/usr/bin/env bash
# Runs every test: type checks, lint and format, Vitest (real Payload on SQLite), the CMS suite again
# on PostgreSQL (Debian's, a throw-away server), Playwright (Debian's Chromium).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_deps
ensure_chromium
ensure_env

# Vitest's and Playwright's output, for the closing summary.
LOG="$(mktemp)"
stage=""
step() {
  stage="$1"
  log "$1"
}
# A stage whose tests scripts/summary.ts counts on a line of their own.
counted() {
  step "$1"
  printf '### stage: %s\n' "$1" >>"$LOG"
}
# The closing lines, also when a stage stops the run (set -e; pipefail keeps a failing command's
# status through `| tee`): the tests counted by scripts/summary.ts, which counts a flaky test as
# failed and exits non-zero when any test failed, so a run with a failure never ends in success.
finish() {
  local status=$?
  trap - EXIT
  stop_postgres
  [ "$status" -eq 0 ] || printf '%s failed (exit status %s)\n' "$stage" "$status"
  node scripts/summary.ts "$LOG" || status=1
  rm -f "$LOG"
  exit "$status"
}
trap finish EXIT

step "Type checking"
pnpm run typecheck

step "Lint (ESLint, no warnings allowed) and format (Prettier)"
pnpm run lint
pnpm run format:check

counted "Unit and integration tests (Vitest, SQLite)"
pnpm run test:unit 2>&1 | tee -a "$LOG"

counted "CMS tests on PostgreSQL"
ensure_postgres
pnpm --filter @hcri/cms run test 2>&1 | tee -a "$LOG"
stop_postgres

stage="CMS build"
build_cms

counted "Browser tests (Playwright)"
pnpm run test:e2e 2>&1 | tee -a "$LOG"

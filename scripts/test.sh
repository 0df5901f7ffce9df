#!/usr/bin/env bash
# Runs every test: type checks, Vitest (real Payload on SQLite), Playwright (Debian's Chromium).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_deps
ensure_chromium
ensure_env

log "Type checking"
pnpm run typecheck

log "Unit and integration tests (Vitest)"
pnpm run test:unit

build_cms

log "Browser tests (Playwright)"
pnpm run test:e2e

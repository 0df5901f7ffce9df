#!/usr/bin/env bash
# The two-CMS system (tests/multi.*.spec.ts): two CMS processes (`pnpm run start`) on one database
# and one media folder, both with the bundled publisher on and one releases folder, behind the
# project's round-robin proxy (cms/bin/proxy.ts). SQLite file (WAL) by default; set
# E2E_MULTI_DATABASE_URI (postgres://…) to run it on PostgreSQL.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/e2e/.data-multi"
BASE="${E2E_MULTI_PORT:-3120}"
PROXY_PORT="$BASE"
PORTS=("$((BASE + 1))" "$((BASE + 2))")
# Inside site/, so the site build resolves site/node_modules.
RELEASES="$ROOT/site/.e2e/releases-multi"
rm -rf "$DATA" "$RELEASES" && mkdir -p "$DATA"

export DATABASE_URI="${E2E_MULTI_DATABASE_URI:-file:$DATA/cms.db}"
export MEDIA_DIR="$DATA/media"
export CMS_URL="http://localhost:$PROXY_PORT"
export SEED_PASSWORD="e2e-password-not-secret-123"
export HCRI_DISABLE_JOBS=true
export NEXT_TELEMETRY_DISABLED=1
export PUBLISH_TARGET=local
export PUBLISH_RELEASES_DIR="$RELEASES"
# The builds read the CMS through the proxy too: either process answers them.
export PUBLISH_CMS_URL="http://localhost:$PROXY_PORT"
export PUBLISH_DEBOUNCE_MS="${E2E_MULTI_DEBOUNCE_MS:-4000}"
export PUBLISH_POLL_MS=500
export PUBLISH_LOCK_TTL_MS=10000

children=()
trap 'kill "${children[@]}" 2>/dev/null || true' EXIT INT TERM

cd "$ROOT"
pnpm --filter @hcri/cms run seed
NODE="$(pnpm exec node -p process.execPath)"
for port in "${PORTS[@]}"; do
  (cd cms && CMS_PORT="$port" exec pnpm run start) &
  children+=($!)
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/api/globals/site-settings" >/dev/null && break
    sleep 1
  done
done
"$NODE" cms/bin/proxy.ts "$PROXY_PORT" "${PORTS[@]}" &
children+=($!)
# Until Playwright stops it: one CMS dying (a test kills one) leaves the other and the proxy running.
wait

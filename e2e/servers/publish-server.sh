#!/usr/bin/env bash
# The publishing tests' system: a fresh seeded CMS with the bundled publisher on, a proxy the
# builds read the CMS through, a first release built by the CLI, then the site server serving the
# publisher's `current` release (and the draft preview route) until Playwright stops it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/e2e/.data-publish"
CMS_PORT="${E2E_PUBLISH_CMS_PORT:-3110}"
PROXY_PORT="${E2E_PUBLISH_PROXY_PORT:-3111}"
SITE_PORT="${E2E_PUBLISH_SITE_PORT:-4410}"
rm -rf "$DATA" "$ROOT/site/.e2e/releases" && mkdir -p "$DATA"

export DATABASE_URI="file:$DATA/cms.db"
export MEDIA_DIR="$DATA/media"
export CMS_PORT
export CMS_URL="http://localhost:$CMS_PORT"
export SITE_URL="http://localhost:$SITE_PORT"
export SEED_PASSWORD="e2e-password-not-secret-123"
export HCRI_DISABLE_JOBS=true
export NEXT_TELEMETRY_DISABLED=1
export PUBLISH_TARGET=local
# Inside site/, so a release's on-demand preview code resolves site/node_modules.
export PUBLISH_RELEASES_DIR="$ROOT/site/.e2e/releases"
export PUBLISH_CMS_URL="http://localhost:$PROXY_PORT"
export PUBLISH_DEBOUNCE_MS=1500
# Three releases: from the fourth build on, each starts from the oldest (site/bin/reuse.ts).
export PUBLISH_KEEP=3

children=()
trap 'kill "${children[@]}" 2>/dev/null || true' EXIT INT TERM

cd "$ROOT"
pnpm --filter @hcri/cms run seed
NODE="$(pnpm exec node -p process.execPath)"
"$NODE" e2e/servers/proxy.ts "$PROXY_PORT" "$CMS_PORT" &
children+=($!)
(cd cms && exec pnpm run start) &
children+=($!)
for _ in $(seq 1 120); do
  curl -sf "$CMS_URL/api/globals/site-settings" >/dev/null && break
  sleep 1
done
pnpm --filter @hcri/cms run site:release

cd "$ROOT/site"
pnpm exec tsx server/serve.ts "$PUBLISH_RELEASES_DIR/current" --port "$SITE_PORT" &
children+=($!)
wait -n "${children[@]}"

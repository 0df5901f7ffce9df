#!/usr/bin/env bash
# The public site the browser tests use: test fixtures added to the e2e CMS through its REST API,
# then one build from that CMS (site/bin/build.ts) into site/.e2e/site (never site/dist; inside
# site/ so its on-demand preview code finds site/node_modules), with a content-layer store of its
# own, served with its own _headers and the preview route by site/server/serve.ts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/e2e/.data"
OUT="$ROOT/site/.e2e/site"
export CMS_URL="http://localhost:${E2E_CMS_PORT:-3100}"
export SITE_URL="http://localhost:${E2E_SITE_PORT:-4400}"
export SEED_PASSWORD="e2e-password-not-secret-123"
mkdir -p "$DATA"
rm -rf "$OUT"

cd "$ROOT/e2e"
pnpm exec node servers/fixtures.ts

cd "$ROOT/site"
pnpm exec tsx bin/build.ts --out "$OUT" --cache "$DATA/astro-cache"
exec pnpm exec tsx server/serve.ts "$OUT" --port "${E2E_SITE_PORT:-4400}"

#!/usr/bin/env bash
# The public site the browser tests use: test fixtures added to the e2e CMS through its REST API,
# then one build from that CMS into site/.e2e/site (never site/dist; inside site/ so its on-demand
# preview code finds site/node_modules), pages in client/ indexed by Pagefind, served with its own
# _headers and the preview route by site/server/serve.ts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/e2e/.data"
export E2E_SITE_DIR="$ROOT/site/.e2e/site"
export E2E_ASTRO_CACHE="$DATA/astro-cache"
export CMS_URL="http://localhost:${E2E_CMS_PORT:-3100}"
export SITE_URL="http://localhost:${E2E_SITE_PORT:-4400}"
export SEED_PASSWORD="e2e-password-not-secret-123"
mkdir -p "$DATA"
rm -rf "$E2E_SITE_DIR"

cd "$ROOT/e2e"
pnpm exec node servers/fixtures.ts

cd "$ROOT/site"
start=$(date +%s)
pnpm exec astro build --config ../e2e/servers/astro.e2e.config.mjs
pnpm exec pagefind --site "$E2E_SITE_DIR/client"
echo "site-server: site built in $(( $(date +%s) - start )) s"
exec pnpm exec tsx server/serve.ts "$E2E_SITE_DIR" --port "${E2E_SITE_PORT:-4400}"

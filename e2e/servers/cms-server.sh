#!/usr/bin/env bash
# The CMS the browser tests use: a production build on a fresh, seeded SQLite file of its own.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/e2e/.data"
rm -rf "$DATA" && mkdir -p "$DATA"
export DATABASE_URI="file:$DATA/cms.db"
export MEDIA_DIR="$DATA/media"
export CMS_PORT="${E2E_CMS_PORT:-3100}"
export CMS_URL="http://localhost:$CMS_PORT"
# The site's address: the support form's confirmation page links back to it.
export SITE_URL="http://localhost:${E2E_SITE_PORT:-4400}"
export SEED_PASSWORD="e2e-password-not-secret-123"
export HCRI_DISABLE_JOBS=true
# The research team's public key for these tests only (its private half: tests/site.research.spec.ts).
export RESEARCH_PUBLIC_KEY="T/QEorfXa4jkkU7s3BG8Rht4YyW8Ow5khdbvg9ID0Tc="
# This CMS never rebuilds a site: the main suite's site is built once by site-server.sh.
export PUBLISH_TARGET=off
cd "$ROOT"
pnpm --filter @hcri/cms run seed
exec pnpm --filter @hcri/cms run start

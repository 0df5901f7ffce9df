#!/usr/bin/env bash
# Starts the whole system on the embedded default: SQLite, seeded, CMS + public site.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_deps
ensure_env
build_cms

log "Seeding the database (only adds what is missing)"
pnpm --filter @hcri/cms run seed

CMS_PORT="${CMS_PORT:-3000}"
SITE_PORT="${SITE_PORT:-4321}"
log "Starting the CMS on http://localhost:$CMS_PORT"
# The CMS rebuilds the site into site/releases/ whenever something is published (README: Publishing).
export CMS_URL="${CMS_URL:-http://localhost:$CMS_PORT}" SITE_URL="${SITE_URL:-http://localhost:$SITE_PORT}"
PUBLISH_TARGET="${PUBLISH_TARGET:-local}" pnpm --filter @hcri/cms run start &
cms_pid=$!
trap 'kill $cms_pid ${site_pid:-} 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$CMS_PORT/api/globals/site-settings" >/dev/null && break
  sleep 1
done

log "Publishing the site from the published content (a new release in site/releases/)"
pnpm --filter @hcri/cms run site:release
(cd site && exec pnpm exec tsx scripts/serve.ts releases/current --port "$SITE_PORT") &
site_pid=$!

cat <<MSG

  CMS admin:    http://localhost:$CMS_PORT/admin
  CMS API:      http://localhost:$CMS_PORT/api/resources
  Public site:  http://localhost:$SITE_PORT/
  Logins:       cms/data/seed-logins.txt (printed by the first seed)

  Press Ctrl+C to stop.
MSG
wait $cms_pid

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
# The publisher's releases (PUBLISH_RELEASES_DIR is relative to the repository): the site server
# serves their `current` link.
RELEASES="$(cd "$ROOT" && realpath -m "${PUBLISH_RELEASES_DIR:-site/releases}")"
# Each server runs under scripts/supervise.sh: restarted if it stops, its output in logs/<name>.log.
export LOG_DIR="${LOG_DIR:-$ROOT/logs}"
supervisors=()
stop() {
  trap - EXIT INT TERM
  if [ ${#supervisors[@]} -gt 0 ]; then
    log "Stopping the servers"
    kill -TERM "${supervisors[@]}" 2>/dev/null || true
    wait "${supervisors[@]}" 2>/dev/null || true
  fi
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

log "Starting the CMS on http://localhost:$CMS_PORT (log: $LOG_DIR/cms.log)"
# The CMS rebuilds the site into site/releases/ whenever something is published (README: Publishing).
export CMS_URL="${CMS_URL:-http://localhost:$CMS_PORT}" SITE_URL="${SITE_URL:-http://localhost:$SITE_PORT}"
PUBLISH_TARGET="${PUBLISH_TARGET:-local}" bash scripts/supervise.sh cms pnpm --filter @hcri/cms run start &
supervisors+=($!)
# Ready when its health check says so: it answers, and its database does.
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$CMS_PORT/api/health" >/dev/null && break
  sleep 1
done

log "Publishing the site from the published content (a new release in $RELEASES)"
pnpm --filter @hcri/cms run site:release
log "Starting the site server on http://localhost:$SITE_PORT (log: $LOG_DIR/site.log)"
(cd site && exec bash ../scripts/supervise.sh site pnpm exec tsx server/serve.ts "$RELEASES/current" --port "$SITE_PORT") &
supervisors+=($!)

cat <<MSG

  CMS admin:    http://localhost:$CMS_PORT/admin
  CMS API:      http://localhost:$CMS_PORT/api/resources
  Public site:  http://localhost:$SITE_PORT/
  Health:       http://localhost:$CMS_PORT/api/health, http://localhost:$SITE_PORT/_health
  Logins:       cms/data/seed-logins.txt (printed by the first seed)
  Logs:         $LOG_DIR/cms.log, $LOG_DIR/site.log (a server that stops is restarted)

  Press Ctrl+C to stop.
MSG
wait "${supervisors[@]}"

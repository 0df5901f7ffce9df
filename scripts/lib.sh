# Shared by start.sh and test.sh: makes a fresh machine ready. Safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM_VERSION="10.34.9"
cd "$ROOT"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
    log "Installing pnpm $PNPM_VERSION from the npm registry"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || as_root npm install -g "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

# Node 22 comes from the npm registry as a devDependency (node_modules/.bin/node): every pnpm script
# runs on it even where the machine has Node 20.
ensure_deps() {
  ensure_pnpm
  log "Installing dependencies (pnpm install)"
  if [ "${CI:-}" = "true" ]; then pnpm install --frozen-lockfile; else pnpm install --prefer-offline; fi
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    log "Installing Chromium from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
  fi
}

# A throw-away PostgreSQL for the tests: Debian's server, a cluster made in a temporary folder on
# HCRI_PG_PORT (default 5433), reached only through a unix socket in that folder (no TCP, so no
# password is needed and nothing else on the machine can reach it). PostgreSQL refuses to run as
# root: when root runs the tests, the cluster belongs to Debian's `postgres` user. Exports
# HCRI_TEST_POSTGRES_URI (the cluster's maintenance database); stop_postgres removes it all.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

ensure_postgres() {
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    log "Installing PostgreSQL from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  fi
  local bin port dir
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  port="${HCRI_PG_PORT:-5433}"
  dir="$(mktemp -d /tmp/hcri-pg.XXXXXX)"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  log "Starting a test PostgreSQL ($("$bin/postgres" --version | awk '{print $3}'), socket in $dir, port $port)"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durability is worth nothing for a database thrown away after the run: fsync off saves the
  # disk's time on every CREATE DATABASE and commit.
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-p $port -k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  test_pg_dir="$dir"
  test_pg_bin="$bin"
  export HCRI_TEST_POSTGRES_URI="postgres://postgres@/postgres?host=$dir&port=$port"
}

stop_postgres() {
  [ -n "${test_pg_dir:-}" ] || return 0
  as_pg "$test_pg_bin/pg_ctl" -D "$test_pg_dir/data" -m immediate stop >/dev/null || true
  rm -rf "$test_pg_dir"
  test_pg_dir=""
  unset HCRI_TEST_POSTGRES_URI
}

# cms/.env with a random PAYLOAD_SECRET and SUPPORT_ENCRYPTION_KEY, made once and never committed.
# It holds secrets: only its owner may read it (umask in a subshell, so the file is never readable
# by others, not even briefly). A cms/.env from before the support key gets one added.
ensure_env() {
  if [ ! -f cms/.env ]; then
    log "Creating cms/.env with a random PAYLOAD_SECRET and SUPPORT_ENCRYPTION_KEY"
    secret="$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")"
    (umask 077 && sed "s/^PAYLOAD_SECRET=.*/PAYLOAD_SECRET=$secret/" .env.example > cms/.env)
  fi
  chmod 600 cms/.env
  if ! grep -q '^SUPPORT_ENCRYPTION_KEY=..*' cms/.env; then
    log "Adding a random SUPPORT_ENCRYPTION_KEY to cms/.env (keep a copy: without it requests cannot be read)"
    key="$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")"
    (umask 077 && grep -v '^SUPPORT_ENCRYPTION_KEY=' cms/.env > cms/.env.tmp &&
      echo "SUPPORT_ENCRYPTION_KEY=$key" >> cms/.env.tmp && mv cms/.env.tmp cms/.env)
  fi
}

# Production build of the CMS (Next.js), skipped when nothing changed since the last one.
build_cms() {
  local stamp=cms/.next/BUILD_ID
  if [ -f "$stamp" ] && [ -z "$(find cms/src shared/src cms/next.config.ts cms/package.json -newer "$stamp" -type f -print -quit)" ]; then
    log "CMS build is up to date"
    return
  fi
  log "Building the CMS (next build, about a minute)"
  pnpm --filter @hcri/cms run build
}

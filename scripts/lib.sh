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

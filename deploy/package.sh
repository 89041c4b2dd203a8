#!/usr/bin/env bash
# The Dockerfile's steps without Docker (CI has no Docker daemon): build in a clean folder, install the
# production modules alone in another, assemble the runtime folder as the image's last stage does, and
# run it as an unprivileged user: migrations as a step of their own, then an API process, which must
# answer /health/live and /health/ready. Needs Redis (REDIS_URL). Leaves nothing behind.
#   deploy/package.sh            (from the project folder)
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "-- build stage"
mkdir -p "$work/build"
cp package.json package-lock.json tsconfig.json tsconfig.build.json "$work/build/"
cp -r src migrations "$work/build/"
(cd "$work/build" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error && npm run -s build)

echo "-- dependencies stage (production modules only)"
mkdir -p "$work/dependencies"
cp package.json package-lock.json "$work/dependencies/"
(cd "$work/dependencies" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error)

echo "-- runtime stage"
app="$work/app"
mkdir -p "$app" "$work/data"
mv "$work/dependencies/node_modules" "$app/node_modules"
cp -r "$work/build/dist" "$work/build/src" "$app/"
cp package.json "$app/"
cp -r config "$app/"
find "$app/src" -name '*.ts' -delete
for dev in jest ts-jest playwright-core autocannon; do
  if [ -e "$app/node_modules/$dev" ]; then echo "a development module is in the runtime: $dev" >&2; exit 1; fi
done
echo "runtime: $(du -sh "$app" | cut -f1)"

# As the image's user: an unprivileged one where this runs as root.
as_user=()
if [ "$(id -u)" = 0 ]; then
  chmod -R a+rX "$work"
  chown -R nobody "$work/data"
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export DATABASE_URL="sqlite:$work/data/scrutineer.sqlite" REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" QUEUE_PREFIX="package-$$" PORT="$port" LOG_LEVEL=warn

echo "-- migrations, as a step of their own"
(cd "$app" && "${as_user[@]}" node dist/src/cli.js migrate)

echo "-- the API process, as $( [ ${#as_user[@]} -gt 0 ] && echo nobody || id -un )"
(cd "$app" && MIGRATIONS=off APP_ROLE=api exec "${as_user[@]}" node --max-semi-space-size=32 dist/src/main.js) &
server_pid=$!
for _ in $(seq 1 150); do
  if curl -sf "http://127.0.0.1:$port/health/live" >/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "the packaged server stopped" >&2; exit 1; }
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/health/live" >/dev/null
ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")
[ "$ready" = 200 ] || { echo "/health/ready answered $ready" >&2; exit 1; }
page=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/assets/govuk-frontend.min.css")
[ "$page" = 200 ] || { echo "the pages' styles answered $page" >&2; exit 1; }
owner=$(stat -c %U "$work/data/scrutineer.sqlite")
echo "packaged: migrations run, /health/live and /health/ready answer, pages' assets served; the database is owned by $owner"

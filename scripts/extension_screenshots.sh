#!/usr/bin/env bash
# Refresh docs/images/extension-*.png: one screenshot per side-panel tab (This page, Chat, Approvals, Tracker), and
# the Approvals card after a decision.
# Playwright drives Debian's Chromium with the extension loaded against a real 'careerpilot serve' on 127.0.0.1
# (tests/integration/test_extension_e2e.py takes the pictures at the steps it checks); pngquant (Debian package
# 'pngquant', optional) then shrinks them to a 256-colour palette.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
CAREERPILOT_EXTENSION_SCREENSHOTS="$shots" "$PYTHON" -m pytest -q -p no:cacheprovider \
  tests/integration/test_extension_e2e.py \
  -k "scoring_a_job_page or chat_streams or queued_application or autofill_fills"
for name in extension-on-a-job-page extension-chat extension-approvals extension-approvals-outcome extension-tracker; do
  if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --quality 60-90 --strip --output "docs/images/$name.png" "$shots/$name.png" \
      || cp "$shots/$name.png" "docs/images/$name.png"
  else
    cp "$shots/$name.png" "docs/images/$name.png"
  fi
  echo "docs/images/$name.png: $(stat -c %s "docs/images/$name.png") bytes"
done

#!/usr/bin/env bash
# The main job on embedded defaults: no keys, no servers. Plans a search, ranks the sample postings against the
# sample resume, writes tailored PDFs for the best ones and stops at review, waiting for your approval.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The sample postings are real companies' jobs: the demo stays offline and never opens their pages
# (reading an application form before review needs the browser to visit the employer's site).
export BROWSER_ALLOWED_HOSTS="${BROWSER_ALLOWED_HOSTS:-127.0.0.1,localhost}"
exec .venv/bin/careerpilot run \
  --profile examples/profile.yaml \
  --resume examples/resume.json \
  --filters examples/job_filters.yaml \
  --source examples/postings \
  --goal "senior full-stack or backend roles in the Bay Area or remote" "$@"

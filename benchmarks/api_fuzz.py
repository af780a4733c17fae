"""Fuzz the HTTP API with schemathesis over its OpenAPI schema against a local uvicorn server; count 5xx.

Run: .venv/bin/python benchmarks/api_fuzz.py [--max-examples 50]
Prints the cases schemathesis ran and how many answered with a server error (the goal is 0).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.api import ApiServer, prepared_settings  # noqa: E402
from tests.support.fuzz import fuzz  # noqa: E402
from tests.support.openai_server import OpenAIServer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-examples", type=int, default=50)
    args = parser.parse_args()
    # /chat needs an LLM: the local OpenAI-wire server answers every request, so chat is fuzzed too.
    with tempfile.TemporaryDirectory() as tmp, OpenAIServer(lambda _request: "ok") as llm:
        settings, key = prepared_settings(
            Path(tmp) / "data", api_rate_limit_per_minute=1_000_000, llm_base_url=llm.base_url, llm_max_retries=0
        )
        with ApiServer(settings) as server:
            cases, errors, summary = fuzz(server.url, key, args.max_examples, Path(tmp))
    print(summary)
    print(f"schemathesis: {cases} test cases, {errors} server errors (5xx)")


if __name__ == "__main__":
    main()

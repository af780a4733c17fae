"""The adversarial suite as a table: each hostile posting × each face (pipeline, MCP session, API chat) → outcome.

Run: .venv/bin/python benchmarks/adversarial_suite.py

The same harness as tests/integration/test_adversarial.py (tests/support/adversarial.py): 22 hostile postings
(Greenhouse API JSON and JSON-LD pages), an obedient model on the local OpenAI-wire server, the attacker as a
listener on 127.0.0.2 outside the fetch allow-list, and a form with hostile labels on the local form server. Prints
the Markdown table, the attacker's connection count, the employer's submission count and the time taken.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.memory.embeddings import LocalEmbedder  # noqa: E402
from tests.support.adversarial import ALLOWED, run_suite, table  # noqa: E402


def main() -> None:
    """Run the suite once and print what each face did with each attack."""
    os.environ["FETCH_ALLOWED_HOSTS"] = os.environ["BROWSER_ALLOWED_HOSTS"] = ALLOWED
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as root:
        outcomes, place = run_suite(Path(root), LocalEmbedder())
    print(table(outcomes))
    held = sum(o.held for o in outcomes)
    print(f"\n{held}/{len(outcomes)} held; attacker connections: {len(place.attacker.connections)}; "
          f"form submissions: {len(place.forms.submissions)}; model requests: {len(place.model.requests)} + "
          f"{len(place.chat_model.requests)} (chat); {time.perf_counter() - started:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()

"""Field-level accuracy of the career-page reader on the corpus of real shapes (tests/data/career_pages/corpus).

Run: .venv/bin/python benchmarks/career_pages_fields.py [--wrong]

Each shape's page is read as a career page is (JSON-LD, microdata, RDFa through the one reader, then the JSON-LD
normalizer) and every field its sidecar states is compared, the posting count included. Prints one Markdown row
per shape (origin, fields right / fields checked) and the total; ``--wrong`` lists each wrong field. Run it with
another checkout first on PYTHONPATH to measure that checkout's reader on the same corpus.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: a checkout named on PYTHONPATH is the one measured
# The harness is loaded from this checkout by path, so an older checkout without it can be measured too.
_spec = importlib.util.spec_from_file_location("career_corpus", ROOT / "tests" / "support" / "career_corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["career_corpus"] = corpus  # dataclasses look their module up while the class is built
_spec.loader.exec_module(corpus)
check_shape, shape_label, shapes = corpus.check_shape, corpus.shape_label, corpus.shapes


def main() -> None:
    """Check every shape and print the table."""
    started = time.perf_counter()
    rows = []
    wrong = []
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sidecar in shapes():
        checks = check_shape(sidecar)
        right = sum(c.right for c in checks)
        rows.append((sidecar.stem, shape_label(sidecar), right, len(checks)))
        wrong.extend(c for c in checks if not c.right)
        for check in checks:
            by_field[check.field][0] += check.right
            by_field[check.field][1] += 1
    total_right, total = sum(r[2] for r in rows), sum(r[3] for r in rows)
    print("| shape | source of the shape | fields right |")
    print("|---|---|---|")
    for name, label, right, count in rows:
        print(f"| {name} | {label.split(':', 1)[0]} | {right}/{count} |")
    print(f"\n{len(rows)} shapes, {total_right}/{total} fields right ({100 * total_right / total:.1f} %)")
    print("\n| field | right |\n|---|---|")
    for field, (right, count) in sorted(by_field.items()):
        print(f"| {field} | {right}/{count} |")
    if "--wrong" in sys.argv:
        for check in wrong:
            print(
                f"WRONG {check.shape} #{check.posting} {check.field}: expected {check.expected!r}, got {check.actual!r}"
            )
    print(f"\n{time.perf_counter() - started:.2f}s")


if __name__ == "__main__":
    main()

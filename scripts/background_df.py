"""Rebuild careerpilot/text/data/background_df.tsv: term document frequencies of a fixed corpus of postings.

The lexical part of a match weighs terms by these frequencies (``careerpilot/text/lexical.py``), never by the
postings being scored, so a score does not move when other postings are stored. The corpus is the 1,000 job
descriptions of rjdb (``tests/data/matching/rjdb_test.jsonl``, CC BY-SA 4.0, see its PROVENANCE.md), read as the
matcher reads a posting (title line and text), stemmed by ``careerpilot.text.terms.terms``; terms in fewer than
two documents are left out (the matcher takes them as seen once). Rerun it whenever ``terms`` changes.

    .venv/bin/python scripts/background_df.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.text.lexical import BACKGROUND_DF, Background  # noqa: E402
from careerpilot.text.terms import terms  # noqa: E402

SOURCE = ROOT / "tests" / "data" / "matching" / "rjdb_test.jsonl"
_TITLE = re.compile(r"^\W*job\s*title\W*?(?::|\n)[\s*#:]*(.+)", re.I | re.M)


def corpus() -> list[Counter[str]]:
    """Return the term counts of each job description (the answer-key fields are never read)."""
    documents = []
    with SOURCE.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["Job-Description"]
            found = _TITLE.search(text)
            title = found.group(1).strip(" *#:")[:120] if found else "Job"
            documents.append(Counter(terms(f"{title}\n{text}")))
    return documents


def main() -> None:
    """Write the table and say how large it is."""
    table = Background.from_counts(corpus())
    table.write(BACKGROUND_DF, "rjdb_test.jsonl Job-Description (megagonlabs/rjdb 5a8e706, CC BY-SA 4.0)")
    print(f"{BACKGROUND_DF.relative_to(ROOT)}: {table.documents} documents, {len(table.df)} terms")


if __name__ == "__main__":
    main()

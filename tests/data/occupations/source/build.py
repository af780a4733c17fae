"""Build dev.jsonl, heldout.jsonl and fresh.jsonl to fresh13.jsonl from the hand-written cases here.

    python tests/data/occupations/source/build.py

Each case is written once, compactly (cases_dev_*.py, cases_heldout_*.py, cases_fresh_*.py to cases_fresh13_*.py);
the unqualified resume is the qualified one with the decisive item changed (``unq`` replaces whole fields,
``swaps`` replace exact text and must each hit). The checks below refuse a case
whose decisive requirement is absent from the posting or still present in the unqualified resume.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
HALVES = ("dev", "heldout", "fresh", *(f"fresh{n}" for n in range(2, 14)))
GROUPS = ("health", "trades", "finance", "people", "services", "public", "logistics", "law", "education")


def _work(entry: tuple[Any, ...]) -> dict[str, Any]:
    position, company, start, end, highlights = entry[:5]
    work: dict[str, Any] = {"name": company, "position": position, "startDate": start}
    if end:
        work["endDate"] = end
    if len(entry) > 5 and entry[5]:
        work["summary"] = entry[5]
    work["highlights"] = list(highlights)
    return work


def resume(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a JSON Resume dict from a compact spec."""
    city, region = spec.get("where", ("", ""))
    out: dict[str, Any] = {
        "basics": {
            "name": spec["name"],
            "label": spec["label"],
            "email": re.sub(r"[^a-z.]", "", spec["name"].lower().replace(" ", ".")) + "@example.com",
            "summary": spec["summary"],
            "location": {"city": city, "region": region, "countryCode": spec.get("country", "US")},
        },
        "work": [_work(w) for w in spec["work"]],
        "education": [
            {k: v for k, v in zip(("studyType", "area", "institution", "endDate"), e, strict=True) if v}
            for e in spec.get("edu", [])
        ],
        "skills": [{"name": group, "keywords": list(words)} for group, words in spec.get("skills", {}).items()],
        "certificates": [
            {k: v for k, v in zip(("name", "issuer", "date"), c, strict=True) if v} for c in spec.get("certs", [])
        ],
        "languages": [
            {"language": lang, "fluency": level} for lang, level in spec.get("langs", [("English", "Native")])
        ],
    }
    return out


def _text(resume_dict: dict[str, Any]) -> str:
    return json.dumps(resume_dict, ensure_ascii=False)


def _has(keyword: str, text: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(keyword)}(?![A-Za-z0-9])", text, re.I) is not None


def build_case(spec: dict[str, Any], half: str) -> dict[str, Any]:
    """Return one JSONL record: the posting, both resumes and the decisive label."""
    qualified = resume(spec)
    unq_spec = copy.deepcopy(spec)
    unq_spec.update(spec.get("unq", {}))
    unq_text = _text(resume(unq_spec))
    for old, new in spec.get("swaps", []):
        if old not in unq_text:
            raise ValueError(f"{spec['id']}: swap {old!r} hits nothing")
        unq_text = unq_text.replace(old, new)
    unqualified = json.loads(unq_text)
    if unqualified == qualified:
        raise ValueError(f"{spec['id']}: the unqualified resume is the qualified one")
    text, accept, kind = spec["decisive"]
    posting = {
        "title": spec["title"],
        "company": spec["company"],
        "location": spec["location"],
        "description": spec["posting"].strip("\n"),
    }
    _check(spec["id"], posting, unqualified, accept, kind, spec.get("mentions_ok", False))
    return {
        "id": spec["id"],
        "half": half,
        "occupation": spec["occ"],
        "posting": posting,
        "qualified": qualified,
        "unqualified": unqualified,
        "decisive": {"text": text, "accept": list(accept), "kind": kind},
    }


def _check(
    case_id: str, posting: dict[str, str], unqualified: dict[str, Any], accept: list[str], kind: str, mentions_ok: bool
) -> None:
    whole = posting["title"] + "\n" + posting["description"]
    if not any(_has(k, whole) for k in accept) and kind != "years":
        raise ValueError(f"{case_id}: no accept keyword of the decisive requirement is in the posting")
    if kind == "years" or mentions_ok:  # a lower credential may name the higher one ("CPA candidate")
        if kind == "years" and not re.search(r"year|yrs", whole, re.I):
            raise ValueError(f"{case_id}: a years case whose posting asks no years")
        return
    left = [k for k in accept if _has(k, _text(unqualified))]
    if left:
        raise ValueError(f"{case_id}: the unqualified resume still holds {left}")


def records(half: str) -> list[dict[str, Any]]:
    """Return the JSONL records of one half, built from its source modules."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    out = []
    for group in GROUPS:
        try:
            module = importlib.import_module(f"cases_{half}_{group}")
        except ModuleNotFoundError:
            continue
        out.extend(build_case(spec, half) for spec in module.CASES)
    ids = [r["id"] for r in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{half}: duplicate case ids")
    return out


def main() -> None:
    """Write every set that has cases and print its counts."""
    for half in HALVES:
        built = records(half)
        if not built:
            continue
        with (OUT / f"{half}.jsonl").open("w", encoding="utf-8") as handle:
            for record in built:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        occupations = {r["occupation"] for r in built}
        print(f"{half}: {len(built)} cases over {len(occupations)} occupations")


if __name__ == "__main__":
    main()

"""YAML data files parsed by libyaml's C parser when PyYAML has it (the pure-Python parser otherwise).

The matching vocabularies (credentials, occupations, conditions, ...) are ~200 KB of YAML that every process reading
postings loads, the extraction workers included; the pure-Python parser took ~3 s CPU of each cold start. Both
parsers build the same objects from the same safe subset of YAML.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """Return the data of a YAML document, as ``yaml.safe_load`` does."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (libyaml's or PyYAML's)

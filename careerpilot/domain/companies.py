"""Company names reduced to one comparison key, so 'ACME, Inc.' on one board and 'Acme' on another agree."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
_COMPANY_SUFFIX = re.compile(r"\b(inc|llc|ltd|gmbh|corp|corporation|co|company|plc|sa|ag|bv|limited)\b\.?", re.I)


@lru_cache(maxsize=4096)  # a run sees a few companies thousands of times each
def company_key(company: str | None) -> str:
    """Return a company name reduced for comparison ('ACME, Inc.' -> 'acme')."""
    return " ".join(_WORD.findall(_COMPANY_SUFFIX.sub(" ", (company or "").lower())))

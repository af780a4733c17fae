"""Every module-level pattern of careerpilot.matching stays linear on hostile runs, read at a place and from the start.

Public readings collapse space runs first, but patterns are also applied at a place (``pattern.match(text, pos)``,
right after a name), where two optional space runs around an optional separator split a long run in every way
(quadratic: 8 s CPU on 20,000 spaces). Each pattern is run after a short realistic head on 20,000 characters of one
repeated fragment. A pattern is screened at 2,000 characters first and swept at 20,000 only when it takes more than
``SCREEN`` there (a quadratic one that is under it at 2,000 stays under the budget at 20,000), which keeps the sweep
to seconds. Searching is not swept: ~30 patterns the package searches with take seconds on a 20,000-character run (a
leading space run or a capital run tried at every start); public readings collapse space runs before they search
(docs/matching.md, "Not done yet").
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import careerpilot.matching as matching
from tests.support.timing import cpu_seconds

SIZE = 20_000
SCREEN_SIZE = 2_000
SCREEN = 0.0002  # CPU seconds at 2,000 characters under which a quadratic pattern stays under BUDGET at 20,000
BUDGET = 0.05  # CPU seconds for one call at 20,000 characters
HEAD = "Registered Nurse licence"
FRAGMENTS = {
    "spaces": " ",
    "tabs": "\t",
    "comma spaces": ", ",
    "space dashes": " -",
    "a spaces": "a ",
    "capital As": "A",
    "digit dots": "1.",
    "open brackets": "(",
    "and/or": "and/or ",
    "no-break spaces": "\u00a0",
}


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Yield each module-level pattern once, with its module and name."""
    seen: set[int] = set()
    for info in pkgutil.iter_modules(matching.__path__):
        module = importlib.import_module(f"{matching.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield f"{info.name}.{name}", value


PATTERNS = sorted(_patterns(), key=lambda row: row[0])


def _calls(pattern: re.Pattern[str], size: int) -> Iterator[tuple[str, str, Callable[..., Any], tuple[Any, ...]]]:
    for label, fragment in FRAGMENTS.items():
        text = HEAD + (fragment * (size // len(fragment) + 1))[:size]
        yield label, "match at the place after the head", pattern.match, (text, len(HEAD))
        yield label, "match from the start", pattern.match, (text,)


@pytest.mark.parametrize("module", sorted({name.split(".")[0] for name, _ in PATTERNS}))
def test_every_pattern_stays_linear_on_hostile_runs(module: str) -> None:
    slow = []
    for name, pattern in PATTERNS:
        if not name.startswith(f"{module}."):
            continue
        for (label, how, call, args), (_, _, big_call, big_args) in zip(
            _calls(pattern, SCREEN_SIZE), _calls(pattern, SIZE), strict=True
        ):
            if cpu_seconds(call, *args) <= SCREEN:
                continue
            spent = cpu_seconds(big_call, *big_args)
            if spent > BUDGET:
                slow.append(f"{name} ({how}) on {SIZE:,} {label}: {spent:.2f} s")
    assert not slow, "patterns too slow on hostile runs:\n" + "\n".join(slow)

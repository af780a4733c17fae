"""Hostile text does not hang the matcher: every public reading finishes within a CPU-time budget.

Postings are written by strangers (and an LLM's output may be compromised), so a crafted text must not make a
pattern backtrack exponentially or a reader loop over the whole text once per mention. Each input is ~20,000
characters of one repeated fragment (or a mixture of them), read as a posting, as a resume and as a credential
item. Budgets are CPU seconds (``time.process_time``), never wall-clock; a CPU-time timer turns a hang into a
failure instead of a blocked suite.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from careerpilot.matching import credential_phrases, credentials, evidence, grades, requirements
from careerpilot.matching.conditions import condition_of, without_conditions
from careerpilot.matching.coverage import coverage
from careerpilot.matching.requirements import extract_requirements, years_named

SIZE = 20_000
BUDGET = 1.5  # CPU seconds for one reading of one input (the slowest take ~0.4 s; before the fixes 3 s to minutes)
PATTERN_BUDGET = 0.2  # CPU seconds for one pattern over one attack string
HANG = 10  # CPU seconds after which a reading is stopped and failed
TODAY = date(2026, 12, 1)
ROLE = "## Experience\nNurse, 2015 - 2024\n- "  # a hostile line read as a role's detail
TITLE = "Registered Nurse"
POSTING = (
    "## Requirements\n- Registered Nurse (RN) license in Texas\n- 3+ years of acute care experience\n"
    "- BLS and ACLS certification\n- Fluent in Spanish\n- Bachelor's degree in nursing\n"
)
RESUME = (
    "## Experience\nRegistered Nurse, Mercy Hospital, Jan 2015 - Mar 2024\n- Acute care, med-surg\n"
    "## Licenses\n- RN license, Texas\n- BLS, ACLS\n## Languages\nSpanish, English\n"
)


def _fill(fragment: str) -> str:
    return (fragment * (SIZE // len(fragment) + 1))[:SIZE]


HOSTILE = {
    "rn": _fill("RN "),
    "a_dash": _fill("A-"),
    "level_3": _fill("Level 3 "),
    "years_of": _fill("5+ years of "),
    "capitals": "A" * SIZE,
    "capital_words": _fill("Registered Nurse License "),
    "initials": _fill("ABC DEF "),
    "commas": _fill(", "),
    "bare_commas": "," * SIZE,
    "and_or": _fill("and/or "),
    "or_chain": _fill("RN or LPN or "),
    "brackets": "(" * (SIZE // 2) + ")" * (SIZE // 2),
    "bracketed": _fill("(RN) "),
    "months": _fill("January "),
    "month_ranges": _fill("Jan 2020 - "),
    "money": _fill("$45,000 "),
    "pay_ranges": _fill("$20.50-$30.00/hr "),
    "languages": _fill("English, Spanish, French, "),
    "licence": _fill("licence "),
    "licensed_in": _fill("license in "),
    "certified": _fill("certified "),
    "degree": _fill("Bachelor's degree in "),
    "inclusive": _fill("inclusive and diverse "),
    "refused": _fill("not required, "),
    "spaces": " " * SIZE,
    "bullets": _fill("- RN\n"),
    "slashes": _fill("CPR/"),
    "classes": _fill("Class-A-"),
    # a word before shared initials: each mention asked whether the whole text held its credential's context words
    "driver_cpc": _fill("Driver CPC "),
    "remote_cst": _fill("Remote CST "),
    "chartered_initials": _fill("Chartered Aa "),
    "mixture": _fill("RN, LPN and/or (BLS) Level 3 licence, 5+ years of January 2020 $45,000 Spanish. "),
}


class Hung(Exception):
    """A reading ran past ``HANG`` CPU seconds."""


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Stop a reading that runs past ``HANG`` CPU seconds (the regex engine checks signals while it backtracks)."""

    def stop(*_: object) -> None:
        raise Hung(f"still running after {HANG} CPU seconds")

    previous = signal.signal(signal.SIGPROF, stop)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@pytest.fixture(scope="module")
def plain() -> tuple[object, object]:
    """A plain posting's requirements and a plain resume's evidence (read once: it loads the vocabularies too)."""
    return extract_requirements(TITLE, POSTING), evidence.from_text(RESUME, TODAY)


def _cpu(reading: Callable[[], object]) -> float:
    signal.setitimer(signal.ITIMER_PROF, HANG)
    start = time.process_time()
    try:
        reading()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - start


def _readings(text: str, plain: tuple[object, object]) -> dict[str, Callable[[], object]]:
    asked, held = plain
    return {
        "posting line": lambda: extract_requirements(TITLE, text),
        "posting scored": lambda: coverage(extract_requirements(TITLE, "## Requirements\n- " + text), held),
        "resume scored": lambda: coverage(asked, evidence.from_text("## Licenses\n- " + text, TODAY)),
        "role scored": lambda: coverage(asked, evidence.from_text(ROLE + text, TODAY)),
        "credentials asked": lambda: credentials.wanted_in(text, TITLE),
        "credentials held": lambda: credentials.held_in(text.splitlines() or [text], TODAY),
        "years": lambda: years_named(text),
        "conditions": lambda: (condition_of(text), without_conditions(text)),
    }


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_is_read_within_budget(name: str, plain: tuple[object, object], hang_guard: None) -> None:
    slow = {}
    for reading, run in _readings(HOSTILE[name], plain).items():
        spent = _cpu(run)
        if spent > BUDGET:
            slow[reading] = round(spent, 2)
    assert not slow, f"{name}: CPU seconds over the {BUDGET} s budget: {slow}"


# the patterns that took exponential or quadratic time, each with the input that made it; one applied at a place
# (``match``) is read from many places, as a text's every mention reads it, one that scans a text is read once
ATTACKS = {
    "list gap and/or": (credential_phrases._LIST_GAP.match, "and/or " * 2857 + "x", True),
    "inclusive and": (requirements._INCLUSIVE_WORKPLACE.match, "and" * 6666, True),
    "inclusive hyphens": (requirements._INCLUSIVE_WORKPLACE.match, "A-and-" * 3333, True),
    "refused tail": (credentials._REFUSED_TAIL.fullmatch, "A-" * 10_000 + "!", True),
    "refused tail plus": (credentials._REFUSED_TAIL.fullmatch, "A+" * 10_000 + "!", True),
    "people after": (requirements._PEOPLE_AFTER.match, "   and Xy" * 2200, True),
    "cued languages": (requirements._CUED_LANGUAGES.search, "English, Spanish, French, " * 769, False),
    # (looked up when the attack runs, so that code before the linear reader fails this attack only)
    "years as": (lambda text: requirements._without_years_as(text), "5+ years of " * 1666, False),
    "clause parts": (grades._PARTS.findall, ", " * 10_000, False),
    "pay amount dots": (requirements._PAY_AMOUNT.findall, "1." * 10_000, False),
    "paid digits": (requirements._PAID.findall, "1." * 10_000, False),
    "years subject spaces": (requirements._clean_subject, " " * SIZE, False),
    # read right after a credential's noun: two optional space runs around an optional "at"/","/":" split a run
    "level after spaces": (credential_phrases._LEVEL_AFTER.match, " " * SIZE, True),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_pattern_stays_linear_on_its_attack(name: str, hang_guard: None) -> None:
    read, text, at_places = ATTACKS[name]

    def attack() -> None:
        for at in range(0, len(text), 500) if at_places else (0,):
            read(text[at:])

    spent = _cpu(attack)
    assert spent <= PATTERN_BUDGET, f"{name}: {spent:.2f} CPU seconds"

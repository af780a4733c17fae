"""A credential ask judged against the lines a resume lists, shared by the credential tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from careerpilot.domain.matching import Requirement, RequirementCheck
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check
from careerpilot.matching.credentials import Verdict, graded, held_in, judge, wanted_in

TODAY = date(2026, 12, 5)


def verdict(asked: str, listed: list[str]) -> Verdict:
    """Return the verdict on the first credential an ask names, held only as ``listed`` lines name them."""
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(wanted[0], held_in(listed, TODAY), (), [], listed)


def graded_verdict(asked: str, listed: list[str]) -> Verdict:
    """Return the verdict on the first credential an ask names with the grade or level it writes beside it."""
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


def assert_lower(asked: str, held: str) -> None:
    """Assert that a held line names the credential asked at a lower level, and is not counted."""
    found = graded_verdict(asked, [held])
    assert found.credit == 0.0, (asked, held)
    assert "lower" in found.note, (asked, held, found.note)


def assert_met(asked: str, held: str) -> None:
    """Assert that a held line meets the graded credential asked."""
    assert graded_verdict(asked, [held]).credit > 0, (asked, held)


def credit(asked: str, lines: Sequence[str] = (), listed: Sequence[str] = ()) -> float:
    """Return how far resume lines (experience prose) and listed certificates meet the first credential asked."""
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(wanted[0], held_in([*lines, *listed], TODAY), (), list(lines), list(listed)).credit


def skill_check(item: str, *lines: str) -> RequirementCheck:
    """Return the check of a required skill item against a resume whose experience is ``lines``."""
    evidence = resume_evidence.from_text("## Experience\n" + "\n".join(lines), TODAY)
    return check(Requirement(kind="skill", text=item, importance="required"), evidence)

"""An award's pay ("Award wages", "Paid above award wages") is what an Australian or New Zealand job gives, read
in one place (``requirements._AWARD_PAY``): an offer, never a skill a qualified resume lacks; knowing awards stays a
skill."""

from __future__ import annotations

import pytest

from careerpilot.matching.requirements import extract_requirements


def _asked(line: str) -> list[str]:
    posting = f"Requirements:\n- Two years of aged care experience\n- {line}\n"
    reqs = extract_requirements("Care Worker", posting).requirements
    return [r.text for r in reqs if r.kind in ("skill", "experience", "certification", "degree")]


@pytest.mark.parametrize(
    "line",
    [
        "Award wages plus penalty rates",
        "Paid above award wages",
        "Award wages apply",
        "Above-award rates and paid training",
        "Shift penalties and award wages",
    ],
)
def test_an_awards_pay_is_an_offer_not_a_requirement(line: str) -> None:
    assert _asked(line) == ["Two years of aged care experience"]


@pytest.mark.parametrize(
    "line",
    ["Knowledge of award wages and penalty rates", "Award wage interpretation experience"],
)
def test_knowing_award_pay_stays_a_skill(line: str) -> None:
    assert line in _asked(line)

"""A qualified resume's requirement read as met (session 15): what it holds is not reported missing.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_degree
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 6, 1)


def _degree_check(posting_line: str, resume: str):
    (req,) = [
        r
        for r in extract_requirements("Lab Assistant", f"Requirements:\n- {posting_line}\n").requirements
        if r.kind == "degree"
    ]
    return check_degree(req, resume_evidence.from_text(resume, TODAY))


def test_an_associate_degree_meets_associate_or_higher():
    resume = "Education\nAssociate of Science in Medical Laboratory Technology, Valley College, 2019\n"
    check = _degree_check("Associate's degree or higher in a life science", resume)
    assert (check.status, check.credit) == ("met", 1.0)
    bare = _degree_check("Associate degree or above", resume)
    assert (bare.status, bare.credit) == ("met", 1.0)


def test_an_associate_degree_still_falls_short_of_a_bachelors():
    resume = "Education\nAssociate in Applied Science, Dental Hygiene, 2018\n"
    check = _degree_check("Bachelor's degree in health sciences", resume)
    assert check.status != "met"

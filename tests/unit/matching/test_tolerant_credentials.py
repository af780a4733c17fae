"""One tolerant path for credentials the vocabulary does not know (issue #18, session 17: classes C1, C2 and P).

A credential is read by its shape even without "certified" or "licence": a register and what is held there
("registered with <Body> at Level 3 / in the General class / as a <Role>"), a capitalised role with its initials
("Driver CPC"), initials with a level, a proper-named card, pass or badge, a fellowship. It is compared with the
resume tolerantly on the name (a registration is what a registered person holds; the body's initials stand for
it; a "live" registration is a current one) and strictly on the level, class or tier.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.credential_phrases import find
from careerpilot.matching.credentials import wanted_in
from tests.support.credentials import verdict


def _ids(text: str) -> list[str]:
    return [i for w in wanted_in(text) for i in w.ids]


@pytest.mark.parametrize(
    ("asked", "held", "credit"),
    [
        # a regulator's register at a level: its initials name it on a resume, the level is strict
        (
            "Registered with the Office of the Immigration Services Commissioner at Level 3",
            ["OISC Level 3 - Asylum"],
            1.0,
        ),
        ("Registered with the Office of the Immigration Services Commissioner at Level 3", ["OISC Level 2"], 0.0),
        # a college's class of registration: the class is the credential's own word
        (
            "Registration with the College of Nurses of Ontario in the General class",
            ["Registered with the CNO (Ontario) in the General class"],
            1.0,
        ),
        (
            "Registration with the College of Nurses of Ontario in the General class",
            ["Certificate of Registration - Temporary class (College of Nurses of Ontario)"],
            0.0,
        ),
        # registered as a role: the body is optional on the resume, the role is not
        (
            "Registered with the HCPC as an Operating Department Practitioner",
            ["HCPC-registered Operating Department Practitioner"],
            1.0,
        ),
        ("Registered with the HCPC as an Operating Department Practitioner", ["HCPC-registered Paramedic"], 0.0),
    ],
)
def test_a_register_names_the_credential_and_its_level(asked: str, held: list[str], credit: float) -> None:
    assert verdict(asked, held).credit == credit


@pytest.mark.parametrize(
    ("asked", "held", "credit"),
    [
        # "registration as" and "registered" are one word of a credential; "live" is "current"
        ("Current HCPC registration as a dietitian", ["HCPC Registered Dietitian"], 1.0),
        ("Current HCPC registration as a dietitian", ["HCPC Registered Physiotherapist"], 0.0),
        ("Live GMC registration", ["GMC-registered GP (GMC 7654321)"], 1.0),
        # a fellowship's initials name it; an associate fellowship is a lower rank
        ("Fellowship of the Chartered Institute (FCI)", ["FCI (Fellow, 2019)"], 1.0),
        ("Certified Cost Professional (CCP)", ["Certified Cost Professional (CCP), AACE International"], 1.0),
        ("Certified Cost Professional (CCP)", ["Cost Estimating Certificate"], 0.0),
        # initials with a level, and the member's initials in brackets beside them: either names it
        ("CIOB Level 6 qualified (MCIOB)", ["Chartered member (MCIOB), Chartered Institute of Building"], 1.0),
        ("CIOB Level 6 qualified (MCIOB)", ["CIOB Level 6 Diploma in Construction Management"], 1.0),
        ("CIOB Level 6 qualified (MCIOB)", ["CIOB Level 4 Certificate in Site Management"], 0.0),
    ],
)
def test_phrase_credentials_are_compared_tolerantly_on_the_name(asked: str, held: list[str], credit: float) -> None:
    assert verdict(asked, held).credit == credit


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Valid Rail Safety Pass card", "~Rail Safety Pass"),
        ("Driver CPC (Category C) required", "~Driver CPC"),
        ("CIOB Level 6 or above", "~CIOB Level 6"),
        ("Licensed by the Law Society of Ontario as a Paralegal", "~Paralegal"),
        ("Green Badge (Transport for London), current", "~Green Badge"),
    ],
)
def test_a_credential_without_a_cue_word_is_read_by_its_shape(item: str, expected: str) -> None:
    assert expected in _ids(item)


@pytest.mark.parametrize(
    "item",
    [
        "Registered with the State Board",
        "Registered with the State of Texas",
        "Must Pass a drug screen and background check",
        "Senior Data Analyst SQL experience",
        "Experience with Microsoft SQL Server",
        "Registered users of our platform receive updates",
        "Wind Technician II.",  # a Roman numeral is a person's level, no initials
    ],
)
def test_what_only_looks_like_a_credential_is_none(item: str) -> None:
    assert not find(item)


def test_issuers_a_posting_lists_are_alternatives() -> None:
    assert ["~CompTIA", "~Cisco"] in [[n.id for n in g] for g in find("Certified by CompTIA or Cisco")]

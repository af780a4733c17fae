"""What a posting requires vs what it only welcomes, and lists offered as alternatives (session 24, h24d).

Written from postings' own wordings in several countries: "welcome but not required", "would be beneficial",
"(training provided)", "we will support you to obtain", one line holding "Essential: ... Desirable: ...", and
"one of:" or "qualification: A, B or C" lists; with the negatives that must stay required.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.either import alternatives
from careerpilot.matching.layout import PREFERRED_CUE
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds

_INTRO = "We are a family business serving the region for thirty years.\n\n"


def _asked(title: str, item: str) -> dict[str, str]:
    """Return each requirement's text (or subject) -> importance, read from one item under "Requirements"."""
    found = extract_requirements(title, _INTRO + "Requirements:\n- " + item + "\n- Good communication skills\n")
    return {r.subject or r.text: r.importance for r in found.requirements if r.text != "Good communication skills"}


# each item only welcomes what it names: every requirement read from it is preferred
WELCOMED = (
    ("Private Client Tax Manager", "ACA or ACCA is welcome but not required"),  # UK
    ("Warehouse Operative", "A counterbalance forklift licence would be welcome"),  # UK
    ("Support Worker", "Te reo Māori would be beneficial"),  # NZ
    ("Bookkeeper", "Xero experience is helpful but not essential"),  # AU
    ("Site Administrator", "A CSCS card is not a requirement"),  # IE
    ("Practice Nurse", "Socrates experience (training provided)"),  # IE
    ("Labourer", "we will support you to obtain a CSCS card"),  # UK
    ("Customer Service Agent", "Spanish helpful but not required"),  # US
    ("Care Assistant", "Full training given; a Level 2 in Health and Social Care is not essential"),  # ZA/UK
    ("Pharmacy Assistant", "Dispensary experience is an advantage but not essential"),  # IN/UK
)


@pytest.mark.parametrize(("title", "item"), WELCOMED)
def test_what_an_item_only_welcomes_is_preferred(title: str, item: str) -> None:
    asked = _asked(title, item)
    assert asked, item
    assert set(asked.values()) == {"preferred"}, asked


# what stays required: a duty the hire is spared, a manner, a preference denied, a must
STILL_REQUIRED = (
    ("Field Technician", "Current CSCS card - you are not required to travel overnight"),
    ("Retail Assistant", "Friendly and helpful manner with customers"),
    ("HSE Advisor", "Required, not preferred: NEBOSH General Certificate"),
    ("Kitchen Porter", "Must hold a Level 2 Food Hygiene certificate; we welcome applications from all backgrounds"),
    ("Electrician", "Must hold a current Electrical Workers Licence, not necessary to hold a car"),
)


@pytest.mark.parametrize(("title", "item"), STILL_REQUIRED)
def test_an_ask_stays_required(title: str, item: str) -> None:
    asked = _asked(title, item)
    assert asked, item
    assert "required" in asked.values(), asked


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        # UK: a qualification asked, another only welcome in the item's next sentence
        (
            "CTA qualified (Chartered Tax Adviser). ACA or ACCA alongside CTA is welcome but not required.",
            "Chartered Tax Adviser",
            "ACCA",
        ),
        # UK/AU/NZ person specification flattened to one line
        ("Essential: NEBOSH General Certificate. Desirable: CSCS card", "NEBOSH", "CSCS"),
        ("Essential: NEBOSH General Certificate | Desirable: First Aid at Work certificate", "NEBOSH", "First Aid"),
    ],
)
def test_each_sentence_or_label_keeps_its_own_weight(item: str, required: str, preferred: str) -> None:
    asked = _asked("Health and Safety Advisor", item)
    assert any(required in k and v == "required" for k, v in asked.items()), asked
    assert any(preferred in k and v == "preferred" for k, v in asked.items()), asked
    assert not any(preferred in k and v == "required" for k, v in asked.items()), asked


def test_a_person_specification_heading_introduces_what_is_asked() -> None:
    text = _INTRO + "Person specification\n- NEBOSH General Certificate\n- Full UK driving licence\n"
    found = extract_requirements("Health and Safety Advisor", text)
    assert any(r.importance == "required" and "NEBOSH" in r.subject for r in found.requirements)


def _unmet(title: str, item: str, resume: str) -> list[str]:
    found = extract_requirements(title, _INTRO + "Requirements:\n- " + item + "\n- Good communication skills\n")
    checks = coverage(found, resume_evidence.from_text(resume))[1]
    return [c.requirement.subject for c in checks if c.status != "met" and c.requirement.text == item]


@pytest.mark.parametrize(
    ("title", "item", "resume"),
    [
        (  # IE: one named qualification, its forms listed and closed by "or"
            "Data Protection Manager",
            "A professional privacy qualification: CIPP/E, the Practitioner Certificate in Data Protection (PC.dp), "
            "or a law degree",
            "Experience\nPrivacy Manager, Kerry Group (2017 - 2024)\n- DPIAs\n"
            "Certifications\nCertified Information Privacy Professional/Europe (CIPP/E), IAPP, 2020",
        ),
        (  # UK: "one of:" a list parted by semicolons
            "Management Accountant",
            "One of the following: CIMA; ACCA; ACA",
            "Experience\nManagement Accountant, Boots (2016 - 2024)\n- Month end\nCertifications\nACCA, 2016",
        ),
    ],
)
def test_a_list_offered_as_alternatives_is_met_by_one(title: str, item: str, resume: str) -> None:
    assert _unmet(title, item, resume) == []


@pytest.mark.parametrize(
    ("text", "one", "other", "offered"),
    [
        ("Lux GAAP and/or IFRS reporting", "Lux GAAP", "IFRS", True),
        ("one of: CIMA; ACCA; ACA", "CIMA", "ACCA", True),
        ("either of the following: PRINCE2, MSP", "PRINCE2", "MSP", True),
        ("CIMA; ACCA", "CIMA", "ACCA", False),  # no lead-in: two asks
        ("CIMA and ACCA", "CIMA", "ACCA", False),
        ("one of: CIMA and ACCA", "CIMA", "ACCA", False),  # "and" inside the list joins both
    ],
)
def test_alternatives_read_from_the_words_between(text: str, one: str, other: str, offered: bool) -> None:
    first, second = text.index(one), text.index(other)
    assert alternatives(text, (first, first + len(one)), (second, second + len(other))) is offered


@pytest.mark.parametrize(
    "hostile",
    [
        "is very " * 2500,
        "not strictly " * 1600,
        "we will support you to " * 900,
        "training is " * 1800,
    ],
)
def test_cues_stay_fast_on_hostile_input(hostile: str) -> None:
    assert cpu_seconds(PREFERRED_CUE.search, hostile[:20_000]) < 0.05


@pytest.mark.parametrize("hostile", ["one of the following ; " * 900, "qualification: , " * 1200, "; / " * 5000])
def test_alternatives_stay_fast_on_hostile_input(hostile: str) -> None:
    text = "CIMA " + hostile[:20_000] + " ACCA"
    second = len(text) - 4
    assert cpu_seconds(alternatives, text, (0, 4), (second, second + 4)) < 0.05

"""Mends of session 15 (m15b, m15d): short model numbers, releases alone, the common-word share, a field beside its
practitioner."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import credential_phrases, products
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check, coverage, decisive_gaps, named_tool_missing
from careerpilot.matching.products import holds, key_word, named_products
from careerpilot.matching.requirements import extract_requirements
from careerpilot.text.lexical import Background, background

TODAY = date(2026, 12, 5)


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("## Experience\n" + "\n".join(lines), TODAY)


@pytest.mark.parametrize(
    ("product", "model", "other"),
    [
        ("Canon R5", "R5", "Shot weddings on a Canon 5D Mark IV and a Canon R6"),
        ("Sony A7", "A7", "Filmed interviews on a Sony FX3"),
        ("HP Z8", "Z8", "Rendered on HP Z4 workstations"),
        ("Nikon Z9", "Z9", "Nikon D850 for product stills"),
    ],
)
def test_a_short_model_number_is_the_word_a_resume_must_write(product: str, model: str, other: str) -> None:
    assert key_word(product) == model
    assert not holds(other, product)  # the maker's other models do not hold it
    assert holds(f"Shot and edited on the {product} for two seasons", product)


def test_a_camera_asked_by_its_model_is_a_named_tool_missing_when_the_resume_has_another() -> None:
    text = "Experience shooting with the Canon R5 mirrorless system"
    req = Requirement(kind="skill", text=text, importance="required")
    lacking = check(req, _evidence("Photographed events on a Canon 5D Mark IV; edited in Lightroom"))
    assert named_tool_missing(lacking)
    held = check(req, _evidence("Photographed events on a Canon EOS R5; edited in Lightroom"))
    assert held.status == "met" and not named_tool_missing(held)


@pytest.mark.parametrize(
    "item",
    [
        "MATLAB R2023a software",  # the product opens the item: the release is read alone
        "Proficiency in MATLAB R2023b or later",  # after a vocabulary product
        "R2022a or newer; Simulink a plus",  # opening the item
        "Experience with Photoshop CC and Premiere Pro",
    ],
)
def test_a_release_standing_alone_is_never_a_product(item: str) -> None:
    assert named_products(item).asked == ()


def test_a_resume_with_matlab_holds_a_matlab_release_item() -> None:
    req = Requirement(kind="skill", text="MATLAB R2023a software", importance="required")
    checked = check(req, _evidence("Modelled heat exchangers in MATLAB and Simulink"))
    assert not named_tool_missing(checked)
    assert named_products("Experience with Canon R5 cameras").asked == (("Canon R5",),)  # a model still is one


def test_the_common_word_threshold_is_a_share_of_the_real_background() -> None:
    corpus = background()
    assert corpus.documents == 1000  # the shipped rjdb job descriptions: 1 % is 10 postings
    # a vendor's product named by a common word is data (vendor_products.yaml); a word most postings use is no name
    assert named_products("Experience with SAP Commerce").makers == ("sap",)
    assert named_products("Working knowledge of SAP Retail").asked == (("Retail",),)
    for text in ("Experience with WAN Optimization", "Proficiency in SAP Materials management", "Built a REST Client"):
        assert named_products(text).makers == (), text


def test_the_common_word_threshold_scales_with_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same 13 postings are common in a corpus of 100 and rare in one of 10,000
    monkeypatch.setattr(products, "background", lambda: Background(100, {"commerc": 13}))
    assert not products._own_name("Commerce")
    monkeypatch.setattr(products, "background", lambda: Background(10_000, {"commerc": 13}))
    assert products._own_name("Commerce")


@pytest.mark.parametrize(
    "item",
    [
        "Strong SQL Audit experience required",
        "Hands-on AWS Cost management experience",
        "Experience in SQL Backend work",
        "3+ years of SAP Warehouse experience",
        "Knowledge of SAP Claims processing",
        "Experience with SAP Distribution",
    ],
)
def test_a_word_ten_postings_use_after_a_vendor_is_no_product(item: str) -> None:
    # "Audit", "Cost", "Backend", "Warehouse" ... are in 10 to 19 of the 1,000 background postings: ordinary words
    named = named_products(item)
    assert named.asked == () and named.makers == (), item


def test_a_language_with_an_ordinary_word_after_it_is_met_by_the_work() -> None:
    resume = _evidence(
        "Database Administrator, First Prairie Bank, 2015 - 2022",
        "Ran SQL audit trails and wrote SQL for AWS cost reports",
    )
    for item in ("Strong SQL Audit experience", "Experience in SQL Backend work"):
        checked = check(Requirement(kind="skill", text=item, importance="required"), resume)
        assert checked.status != "missing" and not named_tool_missing(checked), item


@pytest.mark.parametrize(
    ("item", "asked", "maker"),
    [
        ("Experience with AWS Comprehend", ("Comprehend",), "aws"),
        ("Experience with AWS Inspector and GuardDuty", ("Inspector",), "aws"),
        ("Hands-on experience with AWS Forecast", ("Forecast",), "aws"),
        ("Familiar with SAP Banking", ("Banking",), "sap"),
    ],
)
def test_a_vendors_product_named_by_a_common_word_is_asked(item: str, asked: tuple[str], maker: str) -> None:
    # "Comprehend", "Inspector", "Forecast", "Banking" are in 1 % or more of the background postings, yet after
    # the vendor they are its products (data/vendor_products.yaml)
    named = named_products(item)
    assert asked in named.asked and named.makers == (maker,), item


def test_a_vendors_product_named_by_a_common_word_is_in_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    assert products._maker(["SAP", "Commerce"], ["SAP"]) == "sap"
    # the word is the vendor's product only after that vendor: after another it is an ordinary word
    assert products._maker(["SQL", "Commerce"], ["SQL"]) == ""
    monkeypatch.setattr(products, "vendor_products", lambda: {})
    assert products._maker(["SAP", "Commerce"], ["SAP"]) == ""  # the data says so, not the background's count


@pytest.mark.parametrize(
    ("name", "line", "lower"),
    [
        # the practitioner is written: the field beside it is another thing, and so is the rank before the field
        ("Journeyman Machinist card", "Advanced Machining Diploma; Apprentice Machinist", True),
        ("Journeyman Machinist card", "Advanced Machining Certificate; Apprentice Machinist", True),
        ("Senior Psychologist", "Psychology honours; Senior Psychologist", False),
        # named by its field alone, a credential holds its practitioner's
        ("Master Electrologist license", "Advanced Electrology License, State of Texas", False),
    ],
)
def test_a_rank_is_read_beside_the_practitioner_not_its_field(name: str, line: str, lower: bool) -> None:
    credential = credential_phrases.PREFIX + name
    assert credential_phrases.lower_level_in(credential, line, listed=True) is lower
    assert (credential_phrases.names_in(credential, line, listed=True) is not None) is not lower


def test_an_apprentice_with_an_advanced_field_diploma_lacks_the_journeyman_card() -> None:
    posting = (
        "Requirements:\n- Journeyman Machinist card required\n- 4+ years of manual and CNC machining\n"
        "- Read blueprints and use precision measuring tools\n"
    )
    resume = (
        "Experience\nMachinist, Lakeside Precision Parts (2018 - 2025)\n- Set up and ran manual mills and CNC lathes\n"
        "- Read blueprints, measured with micrometers\n\nCertifications\n{}\n"
    )
    reqs = extract_requirements("Machinist", posting)
    apprentice = resume.format("Advanced Machining Diploma; Apprentice Machinist (year 3)")
    _, checks = coverage(reqs, resume_evidence.from_text(apprentice, TODAY))
    first = decisive_gaps(checks)[0]
    assert first.requirement.kind == "certification" and first.credit == 0.0
    journeyman = resume.format("Advanced Machining Diploma; Journeyman Machinist card (2021)")
    _, checks = coverage(reqs, resume_evidence.from_text(journeyman, TODAY))
    assert not decisive_gaps(checks)


@pytest.mark.parametrize(
    ("words", "line", "heads"),
    [
        # a credential named by its field with a credential noun is the practitioner's
        (["phlebotomist"], "Phlebotomy Certification - NHA (2021)", True),
        (["radiographer"], "Radiography Registration, HCPC", True),
        (["physical", "therapist"], "Physical Therapy License, State of Ohio", True),
        # a field of study, or a course, is none
        (["psychologist"], "Psychology degree, 2015", False),
        (["psychologist"], "B.A. Psychology (honours)", False),
        (["phlebotomist"], "Phlebotomy Course (40 hours)", False),
    ],
)
def test_a_listed_credential_named_by_its_field_heads_the_practitioners(
    words: list[str], line: str, heads: bool
) -> None:
    from careerpilot.matching.credentials import _heads_a_part

    assert _heads_a_part(words, line) is heads


def test_a_listed_physical_therapy_license_holds_the_physical_therapist_licence() -> None:
    posting = "Requirements:\n- Current Physical Therapist license required\n- 2+ years of outpatient orthopedics\n"
    resume = (
        "Experience\nPhysical Therapist, Motion PT (2019 - 2025)\n- Outpatient orthopedic caseload\n\n"
        "Certifications\n{}\n"
    )
    reqs = extract_requirements("Physical Therapist", posting)
    licence = next(r for r in reqs.requirements if r.kind == "certification")
    listed = resume_evidence.from_text(resume.format("Physical Therapy License, State of Ohio (2019)"), TODAY)
    assert check(licence, listed).status == "met"
    degree = resume_evidence.from_text(resume.format("Doctor of Physical Therapy degree (2018)"), TODAY)
    assert check(licence, degree).status == "missing"


@pytest.mark.parametrize(
    ("title", "item", "listed", "status"),
    [
        ("Phlebotomist", "Certified Phlebotomist required", "Phlebotomy Certification - NHA (2021)", "met"),
        ("Psychologist", "Licensed Psychologist required", "Psychology degree, Ohio State (2015)", "missing"),
    ],
)
def test_a_practitioners_credential_asked_is_held_by_its_field_certificate_only(
    title: str, item: str, listed: str, status: str
) -> None:
    reqs = extract_requirements(title, f"Requirements:\n- {item}\n")
    resume = f"Experience\n{title}, City Clinic (2016 - 2025)\n- Saw patients daily\n\nCertifications\n{listed}\n"
    assert check(reqs.requirements[0], resume_evidence.from_text(resume, TODAY)).status == status

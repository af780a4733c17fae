"""Review of the product reader on names as written (session 24, h24b): what the world writes that is no product.

A capitalized word opening an item is capitalized for its place alone: a field, a procedure, a drug, a language, a
province or a public body before "experience" or "skills" ("Haemodialysis experience essential", "Isixhosa
proficiency required", "Tusla experience essential") is no tool, and a resume without the word must not lose the
match for it. Two unknown names after "in" or after "liaise with" are a school, a body or a method's.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching.products import (
    _LETTER_HYPHENATED,
    _TOOLS_OWN_WORD_AFTER,
    _WITH_PEOPLE,
    _WORD,
    holds,
    named_products,
)
from tests.support.timing import cpu_seconds

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)

OPENING_NO_PRODUCT = [
    "Haemodialysis experience essential",  # ZA / UK renal nursing
    "Epidural experience essential",  # UK midwifery
    "Warfarin experience essential",  # AU anticoagulation clinic
    "Clozapine experience essential",  # NZ mental health
    "Colposcopy experience required",  # IE women's health
    "Intrapartum experience essential",  # UK midwifery
    "Perioperative experience essential",  # AU theatre nursing
    "Ophthalmic experience essential",  # UK
    "Triage experience essential",  # CA emergency
    "Palliative experience essential",  # NZ
    "Isixhosa proficiency required",  # ZA call centre
    "Setswana skills essential",  # ZA
    "Sepedi proficiency required",  # ZA
    "Gaeilge proficiency essential for this post",  # IE
    "Cymraeg skills essential",  # UK: Wales
    "Gauteng experience essential",  # ZA: a province
    "Mpumalanga experience required",  # ZA
    "Centrelink experience required",  # AU: a public body
    "Tusla experience essential",  # IE: a public body
    "Sassa experience required",  # ZA: a public body
    "Leadwork experience essential",  # UK roofing: a trade
    "Braille proficiency essential",  # US / CA
    "Montessori experience essential",  # IN / AU early years: a method
    "Pilates experience essential",  # AU
    "Halal experience essential",  # IN / ZA kitchens
    "Barista skills essential",  # NZ hospitality
    "Patisserie skills essential",  # UK
    "Tandoor experience essential",  # IN
    "Forklift skills essential",  # AU warehouse
    "Matric experience essential",  # ZA: a school certificate
]


@pytest.mark.parametrize("item", OPENING_NO_PRODUCT)
def test_a_capitalized_word_opening_an_item_before_experience_is_no_product(item):
    assert named_products(item).asked == (), named_products(item)


OPENING_PRODUCT = [
    ("Mastercam programming essential", "Mastercam"),  # UK
    ("Heidenhain programming essential", "Heidenhain"),  # IE toolroom
    ("Cliniko software experience essential", "Cliniko"),  # NZ: a kind of product right after the name
    ("Layher Allround system experience", "Layher Allround"),  # UK scaffolding: two names, then the kind
    ("Peri / Doka systems on commercial pours", "Peri"),  # CA formwork: alternatives before the kind
]


@pytest.mark.parametrize(("item", "product"), OPENING_PRODUCT)
def test_a_coined_name_opening_an_item_before_a_tools_word_is_still_asked(item, product):
    assert (product,) in named_products(item).asked, named_products(item)


TWO_NAMES_NO_PRODUCT = [
    "Support learners in Gaelscoil Mhuire",  # IE: an Irish-medium school
    "Board certification in Reconstructive Rearfoot/Ankle (RRA) surgery",  # US podiatry
    "Deliver sessions in Makaton Signalong",  # UK: signing programmes
    "Liaise with Tusla Barnardos on referrals",  # IE: bodies and charities
    "Partner with Tusla Barnardos teams",  # IE
]


@pytest.mark.parametrize("item", TWO_NAMES_NO_PRODUCT)
def test_two_unknown_names_after_in_or_liaise_with_are_no_product(item):
    assert named_products(item).asked == (), named_products(item)


def test_two_coined_names_after_a_tools_with_are_still_asked():
    assert ("Audioscan Verifit",) in named_products("Fit hearing aids with Audioscan Verifit").asked
    assert ("Audioscan Verifit",) in named_products("Real-ear measurement using Audioscan Verifit").asked


def test_initials_hyphenated_letter_by_letter_are_no_coined_name():
    # US: a grocer's name opening its company description ("H-E-B"), initials, not a hyphenated coined name
    assert not _LETTER_HYPHENATED.fullmatch("H-E-B")
    assert named_products("H-E-B Pharmacy is looking for a Pharmacy Technician").asked == ()
    assert _LETTER_HYPHENATED.fullmatch("Car-O-Liner")


@pytest.mark.parametrize(
    "resume",
    [
        "Measured and pulled chassis on a Car O Liner bench",  # AU: written with spaces
        "CarOLiner bench and Car O Tronic measuring",  # run together
    ],
)
def test_a_hyphenated_name_is_held_however_the_resume_joins_its_pieces(resume):
    assert holds(resume, "Car-O-Liner")


def test_a_hyphenated_name_is_not_held_by_its_pieces_apart():
    assert not holds("Car park duties; O-ring and liner replacement", "Car-O-Liner")


def _resume(position: str, lines: list[str]) -> Resume:
    role = {"position": position, "name": "Acme", "startDate": "2015-01", "highlights": lines}
    return Resume.model_validate({"basics": {"name": "A. Candidate"}, "work": [role]})


QUALIFIED = [
    (
        "Renal Nurse",
        "Renal Nurse - Durban\n\nRequirements:\n- Registered nurse with SANC\n- Haemodialysis experience essential\n"
        "- 3+ years in a renal unit\n",
        ["Registered nurse (SANC) in a renal unit since 2015", "Ran hemodialysis and peritoneal dialysis sessions"],
    ),
    (
        "Call Centre Agent",
        "Call Centre Agent - Cape Town\n\nRequirements:\n- Matric\n- Isixhosa proficiency required\n"
        "- 2 years call centre experience\n",
        ["Call centre agent handling 80 calls a day since 2015", "Matric; fluent in Xhosa and English"],
    ),
    (
        "Social Worker",
        "Social Worker - Dublin\n\nEssential:\n- Tusla experience essential\n- CORU registration\n"
        "- Child protection casework\n",
        ["CORU registered social worker since 2015", "Child protection casework with the Child and Family Agency"],
    ),
]


@pytest.mark.parametrize(("title", "posting", "lines"), QUALIFIED)
def test_a_qualified_resume_is_not_pulled_under_the_threshold_by_a_false_product(service, title, posting, lines):
    job = JobPosting(id="q", source="test", title=title, description_text=posting)
    match = service.rank([job], _resume(title, lines), JobFilters(), PLAN).matches[0]
    assert match.score >= 70, (match.score, match.reasons)


def test_reading_stays_fast_on_hostile_items():
    for piece in (
        "H-E-B ",
        "Car O Liner ",
        "a-B-c-D-",
        "Liaise with Tusla ",
        "Isixhosa proficiency. ",
        "Peri / Doka / ",
        "liaising with with ",
    ):
        text = (piece * (20_000 // len(piece)))[:20_000]
        for pattern in (_WORD, _TOOLS_OWN_WORD_AFTER, _WITH_PEOPLE):
            assert cpu_seconds(lambda p=pattern, t=text: list(p.finditer(t))) < 0.05, (pattern.pattern, piece)
        assert cpu_seconds(lambda t=text: holds(t, "Car-O-Liner")) < 0.05, piece
        named_products.cache_clear()
        assert cpu_seconds(lambda t=text: named_products(t)) < 2.0, piece

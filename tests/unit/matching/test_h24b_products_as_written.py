"""Products named as postings write them: opening an item, hyphenated, after their maker, after a bare "with".

And ordinary words that look like a product's name in their context ("SoA", "spark testing") are none.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import skill_mentions
from careerpilot.matching.products import _LETTER_HYPHENATED, _MAORI_WORD, _OF_ABBREVIATION, holds, named_products
from tests.support.timing import cpu_seconds

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)

ASKED = [
    ("Mastercam programming essential", "Mastercam"),  # UK: CNC machinist, CAM
    ("Fusion 360 and Mastercam programming for 3-axis and 5-axis mills", "Mastercam"),  # CA
    ("Proficient in Car-O-Liner measuring and pulling systems", "Car-O-Liner"),  # AU: panel beater
    ("Must be confident fitting hearing aids with Audioscan Verifit", "Audioscan Verifit"),  # NZ: audiologist
    ("Real-ear measurement with Audioscan Verifit (essential)", "Audioscan Verifit"),  # IE
    ("Proficiency in Adobe Photoshop required", "Adobe Photoshop"),  # US: retoucher
    ("Autodesk Navisworks experience required for clash detection", "Autodesk Navisworks"),  # UK: BIM
    ("Esri ArcGIS Pro experience essential", "Esri ArcGIS Pro"),  # AU: GIS officer
    ("Advanced MYOB AccountRight skills essential", "MYOB AccountRight"),  # AU: bookkeeper
    # NZ: physio clinic (opening the item before "experience" alone, a word is as often a field or a public body's
    # name, "Centrelink experience required": see test_review_r24b)
    ("Experience with Cliniko required for bookings and notes", "Cliniko"),
    ("Advanced Xplan skills (IRESS Xplan: modelling, SoA templates) - essential", "Xplan"),  # AU: paraplanner
]


@pytest.mark.parametrize(("item", "product"), ASKED)
def test_a_product_named_as_the_world_writes_it_is_asked(item, product):
    assert (product,) in named_products(item).asked, named_products(item)


def test_an_alternative_to_an_asked_product_is_asked_beside_it():
    # ZA / AU fleet telematics: either system meets the item
    named = named_products("Working knowledge of Geotab or Teletrac Navman telematics")
    assert named.asked == (("Geotab",), ("Teletrac Navman",))
    assert named.any_of


NOT_ASKED = [
    "Prepare SoAs and RoAs for clients",  # AU: statements of advice
    "Work to DfE and MoJ guidance on safeguarding",  # UK: ministries
    "Support families with Oranga Tamariki involvement",  # NZ: a ministry
    "Experience with Ngati Whatua hapu and marae",  # NZ: an iwi
    "Liaise with Centrelink and Medicare",  # AU: public bodies, no products
    "Adobe Creative Suite (Photoshop, Illustrator)",  # the suite is a line of products, its listed parts asked
    "Strong word processing and spreadsheet skills",  # US: no Microsoft Word asked
    "Work with Children and Families teams",  # English words after "with"
]


@pytest.mark.parametrize("item", NOT_ASKED)
def test_ordinary_words_and_bodies_are_no_products(item):
    asked = [spellings[0] for spellings in named_products(item).asked]
    assert not any(w in " ".join(asked) for w in ("SoA", "DfE", "MoJ", "Oranga", "Whatua", "Centrelink", "Creative")), (
        asked
    )
    assert "Word" not in " ".join(asked)


HELD = [
    ("Retouched catalogue images in Photoshop and Lightroom", "Adobe Photoshop"),  # maker left out
    ("Adobe Photoshop CC, Illustrator", "Photoshop"),  # maker written, posting leaves it out
    ("Coordinated clash detection in Navisworks Manage", "Autodesk Navisworks"),
    ("Measured and pulled chassis on a Car-O-Liner bench", "Car-O-Liner"),
    ("Chassis measuring with the car-o-liner system", "Car-O-Liner"),
]


@pytest.mark.parametrize(("resume", "product"), HELD)
def test_a_product_is_held_with_or_without_its_makers_name(resume, product):
    assert holds(resume, product)


NOT_HELD = [
    ("Parked in the car park; liner fitting", "Car-O-Liner"),
    ("Designed layouts in Adobe InDesign", "Adobe Photoshop"),  # the maker's other product
    ("Strong word processing skills", "Microsoft Word"),
]


@pytest.mark.parametrize(("resume", "product"), NOT_HELD)
def test_another_product_or_an_ordinary_word_does_not_hold_it(resume, product):
    assert not holds(resume, product)


@pytest.mark.parametrize(
    "text",
    [
        "Spark testing of stainless grades before welding",  # UK: fabrication
        "Replace spark plugs, filters and belts",  # US: small engines
        "Spark erosion (EDM) machining of dies",  # DE/UK toolroom
        "Airflow balancing of supply ducts and diffusers",  # CA: HVAC
    ],
)
def test_a_trades_ordinary_word_is_no_data_tool(text):
    assert not {"Spark", "Airflow"} & set(skill_mentions(text))


def test_the_data_tools_stay_named_where_they_are_meant():
    assert {"Spark", "Airflow"} <= set(skill_mentions("Build pipelines in Airflow and Spark; spark testing aside"))


def _resume(lines: list[str]) -> Resume:
    role = {"position": "Paraplanner", "name": "Harbour Advice", "startDate": "2016-02", "highlights": lines}
    return Resume.model_validate({"basics": {"name": "A. Candidate"}, "work": [role]})


POSTING = (
    "Paraplanner - Brisbane\n\nAbout you:\n- 3+ years preparing SoAs in a licensed advice practice\n"
    "- Advanced Xplan skills (IRESS Xplan: modelling, SoA templates) - essential\n"
    "- Strong knowledge of super and Centrelink rules\n"
)


def test_a_missing_insisted_product_is_the_decisive_gap_under_the_threshold(service):
    job = JobPosting(id="pp", source="test", title="Paraplanner", description_text=POSTING)
    lines = ["Prepared SoAs on super, SMSF and Centrelink strategies", "Licensed advice practice since 2016"]
    without = service.rank([job], _resume(lines), JobFilters(), PLAN).matches[0]
    held = service.rank([job], _resume([*lines, "Modelled strategies in IRESS Xplan"]), JobFilters(), PLAN).matches[0]
    assert "Xplan" in without.reasons[0], without.reasons
    assert without.score < 70 <= held.score or without.score < held.score - 5, (without.score, held.score)


@pytest.mark.parametrize("pattern", [_OF_ABBREVIATION, _LETTER_HYPHENATED, _MAORI_WORD])
def test_the_new_shapes_stay_fast_on_hostile_text(pattern):
    for piece in ("Car-O-", "SoA", "aka", "-A-a", "ngwha"):
        text = piece * (20_000 // len(piece))
        assert cpu_seconds(lambda p=pattern, t=text: list(p.finditer(t))) < 0.05, (pattern.pattern, piece)
        assert cpu_seconds(lambda p=pattern, t=text: p.fullmatch(t)) < 0.05, (pattern.pattern, piece)


def test_reading_products_stays_fast_on_hostile_items():
    for piece in ("Car-O-Liner ", "with Audioscan ", "Mastercam programming. ", "SoA "):
        text = (piece * (20_000 // len(piece)))[:20_000]
        named_products.cache_clear()
        assert cpu_seconds(lambda t=text: named_products(t)) < 2.0, piece

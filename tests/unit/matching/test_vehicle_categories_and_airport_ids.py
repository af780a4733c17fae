"""Driving-licence categories and classes beyond the car licence, airport security cards, and what else a posting's
essentials list besides them: a car licence by its gearbox (a condition) and the pay terms it gives (no ask)."""

from __future__ import annotations

import pytest

from careerpilot.domain.matching import Requirement, RequirementCheck
from careerpilot.matching import conditions
from careerpilot.matching.coverage import decisive_gaps
from careerpilot.matching.credentials import held_in, judge, wanted_in
from careerpilot.matching.requirements import _says_nothing_asked, extract_requirements
from tests.support.credentials import TODAY


def _credit(asked: str, listed: list[str]) -> float:
    """Return how the listed lines meet the ask's credential beyond the ordinary car licence named beside it."""
    wanted = [w for w in wanted_in(asked) if w.ids != ("drivers_license",)]
    assert wanted, asked
    return judge(wanted[0], held_in(listed, TODAY), (), [], listed).credit


@pytest.mark.parametrize(
    ("asked", "listed", "credit"),
    [
        # a UK youth charity's minibus: D1 asked; a car-only licence does not hold it, a bus licence does
        ("Full UK driving licence with D1 entitlement", ["Full UK driving licence, categories B, C1 and D1"], 1.0),
        ("Full UK driving licence with D1 entitlement", ["Full UK driving licence (category B)"], 0.0),
        ("Category D1 (minibus) licence", ["UK driving licence, categories B and D"], 1.0),
        # an Irish haulier: C asked; CE is higher, C1 lower
        ("Category C licence and Driver CPC", ["Irish driving licence, categories B, C and CE"], 1.0),
        ("Category C licence and Driver CPC", ["Driving licence: category C1"], 0.0),
        ("LGV C+E licence essential", ["HGV Class 2 licence"], 0.0),
        # an Australian removalist: HR asked; HC covers it, MR does not
        ("Must hold a current HR licence", ["Heavy Combination (HC) licence, QLD"], 1.0),
        ("Must hold a current HR licence", ["Medium Rigid licence (VIC)"], 0.0),
        # an Ontario carrier: AZ asked, DZ lower
        ("Valid Ontario AZ licence with clean abstract", ["Class DZ licence (Ontario)"], 0.0),
        ("Class DZ licence required - Toronto routes", ["Ontario AZ licence, 2019"], 1.0),
        # an airport caterer: red ASIC asked; grey is landside only
        ("Current red ASIC (airside access)", ["Aviation Security Identification Card - grey ASIC"], 0.0),
        ("Current red ASIC (airside access)", ["Red ASIC, Melbourne Airport"], 1.0),
        ("ASIC or ability to obtain one for airport work", ["Grey ASIC (landside)"], 1.0),
    ],
)
def test_a_higher_category_or_card_meets_a_lower_ask_and_a_lower_never(asked: str, listed: list[str], credit: float):
    assert _credit(asked, listed) == credit


@pytest.mark.parametrize(
    "line",
    [
        "NSW Class C driver licence (manual)",  # an Australian car licence, no lorry category
        "Full UK driving licence, category B",
        "ASIC verification engineer, 5 years of RTL design",  # a chip, not a card
        "HR business partner for 300 staff",
        "Arizona (AZ) licensed contractor",
        "Valid AZ license, clean MVR",  # Arizona's
        "BC Class 2 licence with air brake endorsement",  # British Columbia's bus class, not New Zealand's
    ],
)
def test_a_car_licence_or_another_sense_holds_no_heavy_category(line: str) -> None:
    # BC's air brake endorsement is held as itself (since h22c); no heavy category is
    assert not {h.id for h in held_in([line], TODAY)} - {"drivers_license", "air_brake"}, line


def test_a_car_licence_named_by_its_gearbox_is_the_ordinary_licence_condition() -> None:
    for item in ("Manual car licence", "A manual driver's licence", "Current car licence"):
        assert conditions.condition_of(item) is not None, item
    reqs = extract_requirements("Depot hand", "Essential\n- Manual car licence\n- Forklift licence (LF)").requirements
    assert [r.kind for r in reqs if r.text == "Manual car licence"] == ["condition"]


def test_pay_terms_and_perks_listed_among_the_essentials_ask_nothing() -> None:
    assert _says_nothing_asked("Above-award rates plus shift loadings, paid training and free parking.")
    assert _says_nothing_asked("Award wages, staff discount and free uniforms")
    assert not _says_nothing_asked("Paid training and a current forklift licence")


def _gap(kind: str, **fields: object) -> RequirementCheck:
    req = Requirement(kind=kind, text=f"a {kind} asked", importance="required", **fields)  # type: ignore[arg-type]
    return RequirementCheck(requirement=req, status="missing", credit=0.0, evidence="")


def test_a_language_not_spoken_is_named_before_years_short() -> None:
    years = _gap("experience", years=5.0, subject="coaching").model_copy(
        update={"note": "3 of 5 years", "short_in_all": True, "years_basis": "words"}
    )
    language = _gap("language", subject="Dutch")
    gaps = decisive_gaps([years, language])
    assert gaps and gaps[0] is language


def test_an_arizona_licence_is_no_ontario_class() -> None:
    asked = "Locksmith, Tucson. Clean driving record, valid AZ license; on call on weekends"
    assert not [w for w in wanted_in(asked) if "on_az" in w.ids]

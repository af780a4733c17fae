"""Review fixes: untrusted text in linear time, offers beside asks, "prefer" items, "under" credentials, joins."""

from __future__ import annotations

import time

import pytest

from careerpilot.matching.layout import HEADING_MD, YEARS, unwrapped
from careerpilot.matching.requirements import _years, extract_requirements


@pytest.mark.parametrize(
    "body",
    [
        "Requirements:\n- 5" + " " * 20_000 + "x",
        "Requirements:\n- 3" + " \t" * 10_000 + "years",
        "## Skills" + " " * 20_000 + "x\n- 3 years of welding",
        "- 4 +" + " " * 20_000 + "- 6",
    ],
)
def test_whitespace_heavy_bullet_reads_in_linear_time(body: str) -> None:
    started = time.process_time()
    extract_requirements("Welder", body)
    assert time.process_time() - started < 1.0


def test_years_and_heading_patterns_alone_are_linear_on_a_long_space_run() -> None:
    started = time.process_time()
    assert YEARS.search("5" + " " * 5_000 + "x") is None
    assert HEADING_MD.match("## Skills" + " " * 20_000 + "x") is not None
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("5 + years of welding", 5),
        ("3-5+ yrs welding", 3),
        ("two plus years of welding", 2),
        ("4 to 6 years welding", 4),
    ],
)
def test_years_forms_still_read_after_the_rewrite(item: str, years: float) -> None:
    found = _years(item)
    assert found is not None and found[0] == years and found[1] == "welding"


def test_an_offer_clause_goes_but_the_ask_after_it_stays() -> None:
    reqs = extract_requirements(
        "CDL Driver",
        "Requirements:\n- We provide paid CDL training; you must have a clean MVR and 1 year of driving experience\n"
        "- Valid driver's license",
    )
    years = [r for r in reqs.requirements if r.kind == "experience"]
    assert years and years[0].years == 1
    assert all("We provide" not in r.text for r in reqs.requirements)


def test_an_item_that_is_all_offer_asks_nothing() -> None:
    reqs = extract_requirements(
        "Registered Nurse",
        "Requirements:\n- Current RN license\n- We offer a night differential and tuition support for BSN study.",
    )
    assert not any("differential" in r.text for r in reqs.requirements)


@pytest.mark.parametrize(
    ("item", "importance"),
    [
        ("Prefer 2 years of tractor-trailer experience", "preferred"),
        ("Prefer HAZMAT endorsement", "preferred"),
        ("- prefer 1 year of forklift experience", "preferred"),
        ("We prefer to see 2 years of warehouse experience", "preferred"),
        ("Hiring manager prefers candidates with OSHA 10 certification", "preferred"),
        ("Fluent Spanish, since many clients prefer to be served in Spanish", "required"),
    ],
)
def test_prefer_as_an_imperative_is_a_plus_but_someone_elses_prefer_to_is_not(item: str, importance: str) -> None:
    reqs = extract_requirements("Driver", f"Requirements:\n- {item}\n- Valid driver's license")
    mine = [r for r in reqs.requirements if r.text == item]
    assert mine and mine[-1].importance == importance


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("Must work under a Master Electrician license on every job", [("master_electrician",)]),
        ("Drives under a valid CDL Class A", [("cdl_a",)]),
        ("Performs inspections under an FAA A&P certificate", [("a_and_p",)]),
        ("Gives bedside care under the supervision of the registered nurse", []),
        ("Performs wound care under RN delegation", []),
        ("Works alongside licensed electricians on commercial sites", []),
        ("Assists the RN with admissions", []),
    ],
)
def test_under_or_beside_a_person_is_not_asked_but_under_a_document_is(item: str, asked: list[tuple[str]]) -> None:
    from careerpilot.matching.credentials import wanted_in

    assert [w.ids for w in wanted_in(item)] == asked


def test_a_terse_line_with_its_own_cue_is_not_joined_to_the_line_before() -> None:
    text = (
        "Registered Nurse - Home Health\n"
        "current state RN license and BLS certification from the American Heart Association\n"
        "spanish preferred\n"
        "reliable car\n"
    )
    assert "spanish preferred" in unwrapped(text).splitlines()
    found = extract_requirements("Registered Nurse", text).requirements
    licences = [r for r in found if "rn" in r.credentials or "bls" in r.credentials]
    assert licences and all(r.importance == "required" for r in licences)


def test_lines_of_a_list_are_not_joined_but_a_wrapped_sentence_is() -> None:
    listed = (
        "what you need for this home care role, in the words our clients use every day\n"
        "current driver license and proof of personal auto insurance\n"
        "weekend and holiday availability\n"
        "reliable transportation\n"
    )
    assert unwrapped(listed) == listed.rstrip("\n")
    wrapped = (
        "We are looking for a paralegal with a minimum of 5 years of commercial real estate\n"
        "closing experience, including title review and lease abstraction work for clients.\n"
    )
    assert len(unwrapped(wrapped).splitlines()) == 1


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "No preventable accidents in the last 3 years and 2 years of tractor-trailer experience",
            (2, "tractor-trailer"),
        ),
        ("Clean record within the past 5 years; 1 year of forklift experience", (1, "forklift")),
        ("No more than 2 moving violations in the last 3 years", None),
    ],
)
def test_years_after_a_time_window_are_read(item: str, expected: tuple[float, str] | None) -> None:
    found = _years(item)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found[0] == expected[0] and found[1].startswith(expected[1])


def test_pairs_only_prints_no_mrr() -> None:
    import numpy as np

    from benchmarks.matching_quality import evaluate, figure_cell

    matched, unmatched = np.asarray([0.9, 0.4]), np.asarray([0.2, 0.5])
    assert figure_cell(*evaluate(matched, unmatched, None, slice(None))) == "0.500 / n/a"
    assert figure_cell(*evaluate(matched, unmatched, np.asarray([1, 2]), slice(None))) == "0.500 / 0.750"

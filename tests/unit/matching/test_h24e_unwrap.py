"""Hard-wrapped postings read as their writer meant them (session 24, h24e).

Postings pasted from email or a PDF, ATS feeds wrapped at 70-80 columns and career pages with a <br> or a <p> per
line break a writer's sentence over lines. ``layout.unwrapped`` joins a line to the next when it stops mid-clause or
was broken by the block's width; the sentences below are written as employers in several countries write them, with
lists, headings and numbered items that must keep their lines.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.layout import unwrapped
from careerpilot.matching.requirements import extract_requirements
from careerpilot.tools.sources.text import html_to_text
from tests.support.timing import cpu_seconds


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # UK: ends on a conjunction, the next line starts with a proper noun
        (
            "We are looking for a Band 5 Staff Nurse with current registration with the Nursing and\n"
            "Midwifery Council (NMC) and experience on acute medical wards.",
            "registration with the Nursing and Midwifery Council (NMC) and experience",
        ),
        # CA: the cue on the wrapped line belongs to the joined item
        (
            "- Membership in good standing with the Ontario College of Teachers is\n"
            "  required.\n- Strong classroom skills",
            "- Membership in good standing with the Ontario College of Teachers is required.",
        ),
        # AU: a wrapped bullet whose continuation is indented and starts with a bracket
        (
            "- Current registration with the Australian Health Practitioner Regulation Agency\n"
            "  (AHPRA) as a Registered Nurse, Division 1\n- Minimum 2 years of post-graduate experience",
            "Regulation Agency (AHPRA) as a Registered Nurse, Division 1",
        ),
        # NZ: a line at the block's width goes on into a capitalised end of its sentence
        (
            "Candidates must be registered with the Nursing Council of New Zealand and hold a current\n"
            "Annual Practising Certificate.",
            "hold a current Annual Practising Certificate.",
        ),
        # IN: an open bracket goes on whatever the next line starts with
        (
            "- Registration with the Institute of Chartered Accountants of India (ICAI, membership\n"
            "  number to be quoted)",
            "(ICAI, membership number to be quoted)",
        ),
        # US: a long line goes on into a lower-case line
        (
            "Minimum 6 years of commercial litigation experience in state and federal courts in Texas\n"
            "and Oklahoma, including first-chair trial work.",
            "courts in Texas and Oklahoma, including",
        ),
    ],
)
def test_a_line_broken_mid_clause_is_one_line_again(text: str, joined: str) -> None:
    assert any(joined in line for line in unwrapped(text).splitlines())


@pytest.mark.parametrize(
    "text",
    [
        # AU: a terse heading-less list of short items
        "Forklift licence\nManual handling\nWhite Card\nOwn transport",
        # NZ: a heading, then short items
        "Requirements:\nFull NZ driver licence\nPolice vetting\nFirst aid certificate",
        # UK: long capitalised items without full stops
        "Requirements:\n"
        "NVQ Level 3 in Electrical Installation or equivalent qualification from City & Guilds\n"
        "ECS gold card and 18th Edition wiring regulations certificate\n"
        "Full UK driving licence",
        # IE: numbered items ending on commas
        "1. Current Garda vetting,\n2. QQI Level 6 in Early Childhood Care and Education,\n3. Full driving licence",
        # ZA: lettered items
        "(a) A National Diploma in Electrical Engineering and registration with ECSA as a\n"
        "(b) Professional Engineering Technician",
        # CA: a line ending with ":" before its list
        "The successful applicant will hold the following credentials, all current at the time of hire:\n"
        "Class 5 licence\nStandard First Aid",
        # UK: a two-column Essential / Desirable layout, its columns' spaces collapsed as the reader collapses them
        "Essential Desirable\n"
        "Degree in Social Work and registration with Social Work England Experience in child protection\n"
        "Full UK driving licence Post-qualifying award",
        # US: the last item of a list and the paragraph after it
        "- Two years of retail pharmacy experience; bilingual English/Spanish a plus\n"
        "Full-time associates are eligible for medical, dental and vision coverage.",
        # US: an inline heading after a wrapped item keeps its own line
        "- QuickBooks Online proficiency required: all our bookkeeping and payroll runs in it\n"
        "Nice to have: Xero, a payroll certificate",
    ],
)
def test_lists_headings_and_items_keep_their_lines(text: str) -> None:
    assert unwrapped(text) == text


def test_a_short_line_with_its_own_cue_after_a_long_item_is_not_joined() -> None:
    text = "- current state RN license and BLS certification from the American Heart Association\nspanish preferred"
    assert "spanish preferred" in unwrapped(text).splitlines()


def test_a_wrapped_bullet_on_a_page_with_a_p_per_line_keeps_the_bullets_after_it() -> None:
    # ZA: the bullet's continuation arrives as its own <p> between two lists, as a page with a <p> per line sends it
    page = (
        "<p>Requirements</p>"
        "<ul><li>Registered as a Professional Engineer with ECSA. You will sign off designs for</li></ul>"
        "<p>municipal clients in Gauteng, so registration elsewhere does not meet this requirement.</p>"
        "<ul><li>6+ years of water reticulation design experience</li>"
        "<li>Hydraulic modelling experience (WaterGEMS or similar)</li></ul>"
    )
    found = extract_requirements("Civil Engineer", html_to_text(page)).requirements
    years = [r for r in found if r.kind == "experience" and "reticulation" in r.text]
    assert years and years[0].importance == "required"
    assert not [r for r in found if r.text.startswith("municipal clients")]


def test_a_br_inside_a_paragraph_reads_as_one_sentence() -> None:
    # AU: a career page's <p> with a <br> where the writer's editor wrapped, as POST /jobs/from-page sends it
    page = (
        "<p>Applicants must hold a current Working with Children Check and a Provide First Aid certificate issued<br>"
        "by a registered training organisation, and be eligible to work in Australia.</p>"
    )
    lines = [line for line in unwrapped(html_to_text(page)).splitlines() if line.strip()]
    assert len(lines) == 1 and "issued by a registered training organisation" in lines[0]


def test_the_cue_on_a_wrapped_line_makes_the_joined_item_preferred() -> None:
    # CA: "an asset" on the continuation line
    text = (
        "Qualifications\n"
        "- Experience with Xero or QuickBooks Online accounting software would be considered\n"
        "  an asset.\n"
        "- CPA designation required"
    )
    found = extract_requirements("Bookkeeper", text).requirements
    xero = [r for r in found if "Xero" in r.text]
    assert xero and all(r.importance == "preferred" for r in xero)


def test_a_wrapped_item_does_not_swallow_the_nice_to_have_line_after_it() -> None:
    # US: the writer's wrap is joined, the inline "Nice to have:" heading stays its own line and its items preferred
    text = (
        "Must have:\n"
        "- QuickBooks Online proficiency required: all of our bookkeeping (payroll, sales tax and invoicing) runs in\n"
        "  QuickBooks, and you will reconcile accounts from your first week\n"
        "Nice to have: Certified Payroll Professional (CPP) credential"
    )
    lines = unwrapped(text).splitlines()
    assert lines[-1] == "Nice to have: Certified Payroll Professional (CPP) credential"
    found = extract_requirements("Bookkeeper", text).requirements
    assert all(r.importance == "preferred" for r in found if "CPP" in r.text)


@pytest.mark.parametrize(
    "attack",
    [
        "word of\n" * 2500,
        "(open, and\n\n" * 1700,
        "a" * 79 + "\n" + "b" * 79 + "\n" * 125,
        ("x" * 70 + " for\nNext line:\n") * 240,
        "- item (a\n" * 2000,
    ],
)
def test_unwrapping_stays_fast_on_hostile_text(attack: str) -> None:
    text = (attack * (20_000 // len(attack) + 1))[:20_000]
    assert cpu_seconds(unwrapped, text) < 0.05


def test_a_capital_letter_ending_a_licence_class_is_no_article() -> None:
    # US: "CDL Class A", then the employer's paragraph
    text = "What you need:\n- CDL Class A\n\nWe provide a sign-on bonus and paid CDL upgrades."
    assert unwrapped(text) == text


def test_a_heading_after_a_line_ending_on_a_preposition_stays_a_heading() -> None:
    text = "We are opening a new site, so we need someone with experience of\n\nREQUIREMENTS\n\n- RN licence"
    assert unwrapped(text) == text
    assert "- at least 2 years of experience preferred" in unwrapped("- at least 2 years of\nexperience preferred")

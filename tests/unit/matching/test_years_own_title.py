"""Years read from what a role did: its own title (not its employer's name) and its lines, not a generic word.

Own examples, in the ways resumes in several countries write a role line ("Title, Employer", "Title at Employer",
"Employer — Title", "Title | Employer | City") and postings write years of a field ("audit, tax or advisory").
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_years, word_alternatives
from careerpilot.matching.title_parts import names_setting, own_title
from tests.support.timing import cpu_seconds
from tests.support.years import close_everywhere, years_item

TODAY = date(2025, 1, 1)


def _text_role(line: str, highlights: list[str]) -> resume_evidence.ResumeEvidence:
    """Return a plain-text resume's evidence with one role under a heading, dated from 2018."""
    body = "\n".join(f"- {h}" for h in highlights)
    return resume_evidence.from_text(f"Jane Doe\n\nEXPERIENCE\n{line}\nJan 2018 - Present\n{body}\n", TODAY)


def _basis(item: str, line: str, highlights: list[str]) -> str:
    """Return the years basis of ``item`` against one role, read by its words only (no meaning stage)."""
    return check_years(years_item(item), _text_role(line, highlights)).years_basis


# --- a role line's own title -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Nurse, Kerr Solicitors", "Nurse"),  # UK
        ("Nurse at Kerr Solicitors", "Nurse"),
        ("Kerr Solicitors — Nurse", "Nurse"),
        ("Nurse | Kerr Solicitors | Leeds", "Nurse"),
        ("Receptionist, Smith & Jones Accountants Pty Ltd", "Receptionist"),  # Australia
        ("Apollo Hospitals - Pharmacist", "Pharmacist"),  # India
        ("Community Services Officer, Police", "Community Services Officer"),  # New Zealand
        # a part after the comma naming no organisation is the title's specialty, kept
        ("Vice President, Wealth Management", "Vice President, Wealth Management"),
        ("Senior Associate, Audit & Assurance", "Senior Associate, Audit & Assurance"),
        ("Registered Nurse, ICU, Mercy Hospital", "Registered Nurse, ICU"),
        ("Sous Chef", "Sous Chef"),
        ("Kerr Solicitors, Leeds", ""),  # the employer's own line: no title in it
        ("Police Constable", "Police Constable"),  # one part: a title whatever its words
    ],
)
def test_a_role_line_is_read_without_its_employer(line: str, title: str) -> None:
    assert own_title(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Nurse, Kerr Solicitors",
        "Nurse at Kerr Solicitors",
        "Kerr Solicitors — Nurse",
        "Nurse | Kerr Solicitors | Leeds",
    ],
)
def test_the_employers_name_is_no_years_of_its_trade(line: str) -> None:
    # a nurse at a firm of solicitors has no years as a solicitor, however the line is laid out
    item = "3+ years' experience as a solicitor"
    assert _basis(item, line, ["Triaged staff in the occupational health clinic"]) != "clear"
    # the solicitor at the same firm has them
    assert _basis(item, line.replace("Nurse", "Solicitor"), ["Ran a conveyancing caseload"]) == "clear"


def test_other_trades_employers_count_neither() -> None:
    # Canada: a bookkeeper at a plumbing firm is no plumber; Australia: a receptionist at accountants no accountant
    assert _basis("3 years as a plumber", "Bookkeeper | Northern Plumbers Ltd | Edmonton", ["Ran payroll"]) != "clear"
    assert _basis("3 years as a plumber", "Plumber | Northern Plumbers Ltd | Edmonton", ["Fitted boilers"]) == "clear"
    item = "2+ years as an accountant"
    assert _basis(item, "Receptionist, Smith & Jones Accountants Pty Ltd", ["Answered phones"]) != "clear"
    assert _basis(item, "Accountant, Smith & Jones Accountants Pty Ltd", ["Prepared BAS returns"]) == "clear"


def test_a_setting_asked_is_read_from_the_employer() -> None:
    # "2 years in a hospital setting": the employer's name says where the work was done
    assert names_setting("hospital") and not names_setting("solicitor")
    assert _basis("2 years in a hospital setting", "Apollo Hospitals - Pharmacist", ["Dispensed"]) == "clear"
    assert _basis("2 years in a hospital setting", "Pharmacist, Boots", ["Dispensed"]) != "clear"
    # a US warehouse: "DC" in the employer's name is the distribution center asked
    assert _basis("2 years in a distribution center", "Forklift Operator at Zulily DC", ["Loaded trailers"]) == "clear"


def test_a_titles_compound_completes_the_subject_only_in_full() -> None:
    # the employer's "Fire" no longer counts; the title's "Firefighter" holds "fire" only beside "wildland"
    item = "3 years of wildland fire experience"
    assert _basis(item, "Wildland Firefighter, Rural Metro Fire", ["Cut line on hand crews"]) == "clear"
    assert _basis(item, "Volunteer Firefighter, Rural Metro Fire", ["Responded to house fires"]) != "clear"


# --- a generic field word beside specific ones -----------------------------------------------------------------


def test_a_generic_field_word_beside_specific_ones_is_left_to_meaning() -> None:
    assert word_alternatives("audit or tax or advisory") == ["audit", "tax"]
    assert word_alternatives("support or services") == ["support", "services"]  # nothing more specific
    item = "3+ years of experience in audit, tax or advisory"
    assert _basis(item, "HR Advisor", ["Advised managers on disciplinary cases"]) != "clear"
    assert _basis(item, "Audit Associate", ["Tested revenue for listed clients"]) == "clear"
    assert _basis(item, "Tax Accountant", ["Prepared corporate tax returns"]) == "clear"


def test_a_generic_support_title_does_not_meet_the_specific_fields() -> None:
    # "operations" beside supply chain is a function of its own ("Operational Excellence Lead" across plants)
    assert "operations" in word_alternatives("supply chain or operations or manufacturing")
    item = "5+ years in supply chain, operations or manufacturing"
    assert _basis(item, "Supply Chain Analyst, Unilever", ["Forecast demand for 300 SKUs"]) == "clear"
    item = "2 years of helpdesk or support experience"
    assert _basis(item, "Support Worker", ["Supported NDIS participants with daily living"]) != "clear"
    assert _basis(item, "Helpdesk Analyst", ["Reset passwords and imaged laptops"]) == "clear"
    # a role of the field counts by its lines' meaning: on the ramp, at most close, never by the word
    evidence = _text_role("HR Advisor", ["Advised managers on disciplinary cases"])
    check = check_years(
        years_item("3+ years of experience in audit, tax or advisory"), evidence, close_everywhere(evidence)
    )
    assert check.years_basis != "clear"


# --- a title in other words whose lines show the subject -------------------------------------------------------


def test_a_title_in_other_words_counts_by_the_lines_that_do_the_work() -> None:
    item = "3+ years of external audit experience"
    lines = ["Led external audit engagements for manufacturing clients", "Tested controls under ISAs"]
    evidence = _text_role("Staff Accountant, Moore Kingston Smith", lines)
    check = check_years(years_item(item), evidence)
    assert check.years_basis == "clear" and check.evidence == lines[0]  # the line that shows it is the evidence
    # the same title keeping the books does not, and an employer's "Audit" says nothing either
    assert _basis(item, "Staff Accountant", ["Prepared month-end journals", "Reconciled bank accounts"]) != "clear"
    assert _basis(item, "Bookkeeper, Audit Partners LLP", ["Reconciled bank accounts"]) != "clear"


def test_a_teacher_and_a_driver_count_by_their_lines_too() -> None:
    # Ireland: a "Resource Teacher" whose lines are special education; a US "Route Driver" whose lines are CDL-A runs
    item = "2 years of special education experience"
    assert _basis(item, "Resource Teacher, St Brigid's NS", ["Taught special education classes of six"]) == "clear"
    assert _basis(item, "Class Teacher, St Brigid's NS", ["Taught fifth class maths"]) != "clear"
    assert _basis(item, "Class Teacher, St Brigid's NS", ["Taught a special education class of six"]) == "clear"


def test_own_title_is_fast_on_hostile_text() -> None:
    for chunk in (" ", "a", "1", "a a ", ", ", " - ", " at ", "|"):
        text = chunk * (20_000 // len(chunk))
        own_title.cache_clear()
        assert cpu_seconds(own_title, text) < 0.05
        assert cpu_seconds(own_title, "Nurse, " + text) < 0.05


def test_an_employers_trade_still_completes_a_title_of_the_field() -> None:
    # Malaysia: an account executive in corporate insurance at a firm of brokers does broking (``employer_trade``);
    # the employer's name is read only to complete a title already of the field, never alone
    evidence = resume_evidence.from_resume(
        Resume.model_validate(
            {
                "basics": {"name": "A. Person"},
                "work": [
                    {
                        "position": "Account Executive, Corporate Insurance",
                        "name": "Bukit Bintang Insurance Brokers",
                        "startDate": "2018-01",
                        "highlights": ["Managed renewals for corporate clients"],
                    }
                ],
            }
        ),
        TODAY,
    )
    item = years_item("Minimum 5 years' experience in general insurance broking or underwriting")
    assert check_years(item, evidence).years_basis == "clear"
    assert _basis("3 years of insurance broking", "Receptionist, Bukit Bintang Insurance Brokers", ["Filed"]) != "clear"

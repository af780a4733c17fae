"""Month ranges count their end month: "Jan 2020 - Dec 2024" is five years, as a reader of the resume counts it."""

from __future__ import annotations

from datetime import date

from careerpilot.domain.matching import Requirement
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence
from careerpilot.matching.coverage import check_experience

TODAY = date(2026, 12, 6)


def _roles(*work: tuple[str, str, str | None]) -> evidence.ResumeEvidence:
    jobs = [{"position": title, "name": "Co", "startDate": start, "endDate": end} for title, start, end in work]
    return evidence.from_resume(Resume.model_validate({"work": jobs}), TODAY)


def test_a_range_counts_its_end_month_so_january_to_december_is_whole_years():
    found = _roles(("Bookkeeper", "2020-01", "2024-12"))
    assert found.roles[0].months == 60 and found.total_years == 5.0
    one_month = _roles(("Temp Clerk", "2023-04", "2023-04"))
    assert one_month.roles[0].months == 1  # started and left in April: a month worked, not none


def test_five_years_written_to_the_month_meet_five_years_asked():
    found = evidence.from_text("Experience\nPayroll Specialist, Acme (Jan 2020 - Dec 2024)\n", TODAY)
    req = Requirement(kind="experience", text="5+ years of payroll", years=5, subject="payroll")
    check = check_experience(req, found)
    assert check.status == "met" and check.years_held == 5.0 and check.note.startswith("5.0 of 5 years")


def test_consecutive_roles_sharing_a_month_count_it_once():
    found = _roles(("Line Cook", "2020-01", "2020-06"), ("Sous Chef", "2020-06", "2020-12"))
    assert [r.months for r in found.roles] == [6, 7]
    assert evidence.union_months(found.roles) == 12  # June once, not 13
    overlapping = _roles(("Teller", "2018-03", "2021-02"), ("Teller (part-time)", "2019-01", "2019-12"))
    assert evidence.union_months(overlapping.roles) == 36  # the inner role adds nothing


def test_a_current_role_counts_through_todays_month_like_an_end_month_written_out():
    current = _roles(("Dispatcher", "2022-01", None))
    written = _roles(("Dispatcher", "2022-01", "2026-12"))
    assert current.roles[0].months == written.roles[0].months == 60
    assert _roles(("Dispatcher", "2026-12", None)).roles[0].months == 1  # started this month


def test_year_only_dates_are_mid_year_and_a_range_of_them_counts_the_middle_of_what_it_can_mean():
    found = evidence.from_text("Experience\nWarehouse Lead, Depot Inc (2019 - 2021)\n", TODAY)
    # Jul 2019 through Jul 2021: 25 months, between Dec 2019 - Jan 2021 (14) and Jan 2019 - Dec 2021 (36)
    assert found.roles[0].months == 25
    assert any("mid-year" in note for note in found.assumptions)
    to_now = evidence.from_text("Experience\nWarehouse Lead, Depot Inc (2019 - Present)\n", TODAY)
    assert to_now.roles[0].months == (2026 - 2019) * 12 + (12 - 7) + 1  # Jul 2019 through Dec 2026

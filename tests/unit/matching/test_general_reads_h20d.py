"""Session 20 (h20d): how postings outside the US write headings, pay, welcomes, floors of years, subjects of years,
tools and languages. Each rule is tested with wording from other countries and occupations than the case it was
read from (fresh10)."""

from __future__ import annotations

from datetime import date
from typing import Any

from careerpilot.domain.matching import RequirementCheck
from careerpilot.domain.resume import Resume
from careerpilot.matching.coverage import check_experience
from careerpilot.matching.degrees import DEGREES, MASTERY
from careerpilot.matching.evidence import from_resume
from careerpilot.matching.layout import heading_of, section_kind
from careerpilot.matching.products import holds, named_products
from careerpilot.matching.requirements import Requirement, _says_nothing_asked, _years, extract_requirements

_MASTER = dict(DEGREES)["master"]


def _texts(title: str, text: str) -> list[str]:
    return [r.text for r in extract_requirements(title, text).requirements]


def test_a_heading_in_two_languages_is_read_by_its_english_side() -> None:
    assert heading_of("Amdanoch chi | About you") == "About you"  # Welsh public employer
    assert heading_of("Ce que nous offrons | What we offer") == "What we offer"  # Canadian federal posting
    assert heading_of("Registered Nurse | Cardiff | Full time") is None  # a title with its place, no heading
    text = (
        "Amdanoch chi | About you\n- 3+ years' experience in housing management\n- Full UK driving licence\n"
        "Ein cynnig | What we offer\nFlexible working, a generous pension and 30 days' annual leave."
    )
    assert not any("pension" in t for t in _texts("Housing Officer", text))


def test_what_we_ask_heads_requirements_and_what_happens_next_heads_none() -> None:
    assert heading_of("What we ask of you:") == "What we ask of you"
    assert (
        section_kind("What we ask of you") == "required" and section_kind("Wat vragen wij / what we ask") == "required"
    )
    assert section_kind("What happens next") == "other" and section_kind("Next steps") == "other"
    text = (
        "Warehouse team leader for our Gothenburg site.\n\nWhat we ask of you:\n- 2+ years leading a picking team\n"
        "- Counterbalance truck licence (B1)\n\nNext steps\nShortlisted applicants attend an assessment day and "
        "complete a two-week induction programme on site."
    )
    texts = _texts("Warehouse Team Leader", text)
    assert any("picking team" in t for t in texts)
    assert not any("induction programme" in t or "Next steps" in t for t in texts)
    text = (
        "What we ask:\n- MSc in food science\n- 3 years in a BRC-certified plant\n\nWhat happens next\n"
        "You'll meet the team and tour the plant."
    )
    texts = _texts("QA Technologist", text)
    assert any("BRC" in t for t in texts) and not any("tour the plant" in t or "What happens" in t for t in texts)


def test_a_welcome_to_apply_asks_nothing() -> None:
    assert _says_nothing_asked("We value diversity and encourage applications from Pasifika and disabled candidates.")
    assert _says_nothing_asked("We welcome applications from all sections of the community.")
    assert _says_nothing_asked("Recent graduates and career changers are strongly encouraged to apply.")
    assert not _says_nothing_asked("Applicants must hold a current Working With Children Check.")


def test_pay_written_with_a_currency_code_asks_nothing() -> None:
    assert _says_nothing_asked("EUR 48,000-56,000 depending on experience, 25 days' leave and a pension")
    assert _says_nothing_asked("NZD 95k-110k plus KiwiSaver")
    texts = _texts(
        "Site Engineer",
        "Requirements\n- 3 years on civil sites\n- CSCS card\n\n"
        "GBP 42-48k depending on experience, 25 days' holiday incl. bank holidays, company car.",
    )
    assert not any("holiday" in t or "GBP" in t for t in texts)


def test_not_less_than_is_a_floor_of_years() -> None:
    assert _years("Not less than 5 years' post-qualification experience in statutory audit") == (
        5.0,
        "statutory audit",
    )
    assert _years("No fewer than 3 years of experience as a ward manager")[0] == 3.0
    assert _years("less than 2 years of experience in retail") is None  # a ceiling still


def test_who_the_work_was_with_is_no_subject_but_what_they_live_with_is() -> None:
    assert _years("At least 2 years' experience working with children with autism")[1] == "autism"
    assert _years("3 years working with adults living with dementia")[1] == "dementia"
    assert _years("5 years working with children")[1] == "children"  # the field itself


def test_working_in_a_field_is_the_other_alternative() -> None:
    subject = _years("4+ years' experience selling group travel or working in tour operations")[1]
    assert subject == "selling group travel or tour operations"
    assert _years("2 years in estate agency or working in property management")[1].endswith("property management")


def test_a_practice_is_a_setting_of_the_years() -> None:
    assert _years("At least 4 years' experience in patent practice")[1] == "patent"
    assert _years("Minimum 3 years in private practice") == (3.0, "")  # a setting only: years in all


def test_mass_spectrometry_and_a_rank_served_are_no_masters_degree() -> None:
    for line in ("Hands-on ICP-MS method development", "Experience with LC-MS/MS and GC-MS"):
        assert not _MASTER.search(line), line
    assert _MASTER.search("BS/MS in chemistry") and _MASTER.search("MS or PhD")
    assert MASTERY.search("2 years' sea time as Master of a harbour tug")
    assert MASTERY.search("experience as master of fishing vessels over 24 m")
    assert not MASTERY.search("qualified as a Master of Science in nursing")
    reqs = extract_requirements(
        "Tug Master", "Requirements\n- A minimum of 2 years' service as Master of tugs over 500 GT\n"
    ).requirements
    assert not any(r.kind == "degree" for r in reqs)


def test_a_coined_tool_name_before_skills_or_after_a_makers_initials_is_a_product() -> None:
    assert named_products("Advanced Quenzio skills - our whole clinic runs on it").asked == (("Quenzio",),)
    assert named_products("Hands-on experience with TMX Brevanta is mandatory").asked == (("TMX Brevanta",),)
    assert holds("Fund Accountant: NAV in Brevanta", "TMX Brevanta")  # the maker's initials may be left out
    assert named_products("Strong communication skills").asked == ()
    assert named_products("Advanced Excel skills").asked == ()


def test_a_bracket_listing_a_products_parts_is_no_other_name_of_it() -> None:
    named = named_products("Hands-on administration of RosterPro (Timesheets, Award Interpretation and Leave modules)")
    assert named.asked == (("RosterPro",),)
    assert named_products("Experience with Lido Flight (Lufthansa Systems) required").asked == (
        ("Lido Flight", "Lufthansa Systems"),
    )


def test_an_acronym_with_its_maker_bracketed_is_a_product() -> None:
    assert named_products("Proven experience building FME (Safe Software) workspaces").asked == (
        ("FME", "Safe Software"),
    )
    assert named_products("Experience with EDC (Electronic Data Capture) systems").asked == ()


def test_a_plus_opening_the_last_clause_is_that_clauses_alone() -> None:
    reqs = extract_requirements(
        "Payroll Officer",
        "Requirements\n- Proven experience running fortnightly pays in Zarnex Payroll, ideally also Zarnex HR\n"
        "- 2+ years in payroll\n",
    ).requirements
    importance = {r.text: r.importance for r in reqs if r.kind == "skill"}
    assert importance.get("Proven experience running fortnightly pays in Zarnex Payroll") == "required"
    assert importance.get("ideally also Zarnex HR") == "preferred"


def test_sign_languages_and_a_good_command_of_are_languages() -> None:
    subjects = {
        r.subject
        for r in extract_requirements(
            "Communication Support Worker",
            "Requirements\n- Fluent British Sign Language (Level 6)\n- Good command of Swedish or Norwegian\n",
        ).requirements
        if r.kind == "language"
    }
    assert "British Sign Language" in subjects and any("Swedish" in s for s in subjects)
    nz = extract_requirements("Teacher Aide", "Requirements\n- Fluent New Zealand Sign Language\n").requirements
    assert any(r.kind == "language" and r.subject == "New Zealand Sign Language" for r in nz)


def test_a_language_the_prose_says_is_essential_is_asked() -> None:
    text = (
        "Job summary\nIrish language skills are essential for this post. Applications may be made in English.\n\n"
        "Essential\n- Degree in primary education\n- Teaching Council registration\n"
    )
    languages = [r.subject for r in extract_requirements("Primary Teacher", text).requirements if r.kind == "language"]
    assert languages == ["Irish"]
    text = "About the role\nApplications may be submitted in Welsh.\n\nEssential\n- Degree in social work\n"
    assert not any(r.kind == "language" for r in extract_requirements("Social Worker", text).requirements)


def test_a_credential_word_describing_the_workplace_asks_no_certificate() -> None:
    for item in (
        "3 years in a BRC-certified food plant",
        "2+ years teaching in a licensed early childhood centre",
        "Experience at a licensed veterinary hospital",
        "2 years at an Ofsted-registered nursery",  # the register's name hyphened to the workplace's word
    ):
        reqs = extract_requirements("Supervisor", "Requirements\n- " + item + "\n").requirements
        assert not any(r.kind == "certification" for r in reqs), item
    reqs = extract_requirements("Welder", "Requirements\n- Current welding certification (AS/NZS 2980)\n").requirements
    assert any(r.kind == "certification" for r in reqs)


def _languages(text: str) -> list[tuple[str, str]]:
    reqs = extract_requirements("Guest Services Agent", "Requirements\n- " + text + "\n").requirements
    return [(r.subject, r.importance) for r in reqs if r.kind == "language"]


def test_another_language_is_any_language_and_its_examples_are_examples() -> None:
    assert _languages("A second language (Portuguese, Tagalog or Hindi) is an asset") == [
        ("a second language", "preferred")
    ]
    assert _languages("Fluent English and another European language") == [
        ("a second language", "required"),
        ("English", "required"),
    ]
    assert _languages("Fluent Italian or another language spoken by our guests") == [("a second language", "required")]


def test_a_second_language_is_met_by_any_language_but_english() -> None:
    from careerpilot.matching.coverage import check_listed
    from careerpilot.matching.evidence import ResumeEvidence
    from careerpilot.matching.requirements import Requirement

    req = Requirement(kind="language", text="another EU language", importance="preferred", subject="a second language")
    polish = ResumeEvidence(text="Nurse", lines=["Nurse"], languages={"English": "Native", "Polish": "Fluent"})
    english = ResumeEvidence(text="Nurse", lines=["Nurse"], languages={"English": "Native"})
    assert check_listed(req, polish).status == "met"
    assert check_listed(req, english).status == "missing"


def test_a_stage_before_the_experience_is_no_subject() -> None:
    assert _years("Min. 3 years' post-grad experience in paediatric oncology") == (3.0, "paediatric oncology")
    assert _years("5 years post-qualification experience in family law")[1] == "family law"


def test_time_served_is_the_rank_it_was_served_in() -> None:
    assert _years("2 years' sea service as Chief Engineer (Motor)")[1] == "Chief Engineer"
    assert _years("At least 4 years' sea time in command as Master of tugs")[1] == "Master"


def test_a_participle_with_its_object_after_a_role_is_the_roles_work() -> None:
    assert _years("3 years as a site manager overseeing the fit-out of retail units")[1] == "site manager"
    assert _years("5 years as an HRBP supporting a business unit of 800 staff")[1] == "HRBP"
    assert _years("5 years as a machine learning engineer")[1] == "machine learning engineer"


def test_a_sentence_after_the_list_asking_nothing_ends_it() -> None:
    text = (
        "Requirements\n- Current Class 2 licence\n- 2 years driving curtain-siders\n\n"
        "Mostly day shifts with the odd Saturday. Paid weekly, overtime after 45 hours.\n"
    )
    assert not any("Saturday" in t for t in _texts("Truck Driver", text))
    text = "Requirements\n- 2 years in a commercial kitchen\nMust be available to work weekends and holidays.\n"
    assert any("weekends" in t for t in _texts("Line Cook", text))


def test_a_skill_named_in_what_the_employer_offers_is_not_asked() -> None:
    text = (
        "Essential\n- Registration with the Nursing Council\n\n"
        "What we offer: paid professional development, clinical supervision and free parking.\n"
    )
    assert not any(r.kind == "skill" for r in extract_requirements("Mental Health Nurse", text).requirements)


def test_a_title_someone_else_holds_is_not_the_roles() -> None:
    from careerpilot.matching.coverage import without_others

    assert "Manager" not in without_others("Deputised for the Practice Manager during annual leave")
    assert "Chef" not in without_others("Ran the pass under the Head Chef's direction")
    assert without_others("Built month-end dashboards for the Finance team") == (
        "Built month-end dashboards for the Finance team"
    )
    assert without_others("Seconded to the NHS Trust") == "Seconded to the NHS Trust"


def _three_years_of(subject: str, text: str, resume: dict[str, Any]) -> RequirementCheck:
    """Check a required "3 years of <subject>" against a JSON Resume, dated 2026-12-01."""
    req = Requirement(kind="experience", text=text, importance="required", years=3.0, subject=subject)
    return check_experience(req, from_resume(Resume.model_validate(resume), today=date(2026, 12, 1)))


def test_years_as_a_rank_count_the_rank_not_the_rung_below_that_names_it() -> None:
    resume = {
        "basics": {"name": "A"},
        "work": [
            {
                "name": "Harbour Towage",
                "position": "Tug Master",
                "startDate": "2025-01",
                "highlights": ["Command of a 70 t bollard-pull harbour tug"],
            },
            {
                "name": "Harbour Towage",
                "position": "Tug Mate",
                "startDate": "2018-01",
                "endDate": "2024-12",
                "highlights": ["Deputised for the Tug Master on harbour moves"],
            },
        ],
    }
    check = _three_years_of("Tug Master", "3 years as Tug Master", resume)
    assert check.status != "met" and check.years_held is not None and check.years_held < 3


def test_a_place_after_to_the_is_no_one_else() -> None:
    from careerpilot.matching.coverage import without_others

    line = "Guided groups from Arthur's Pass to the Southern Alps"
    assert without_others(line) == line


def test_an_activity_subject_needs_the_activity_not_only_its_object() -> None:
    resume = {
        "basics": {"name": "B"},
        "work": [
            {
                "name": "Own practice",
                "position": "Funeral Celebrant",
                "startDate": "2025-02",
                "highlights": ["Conduct 80 funerals a year across Canterbury"],
            },
            {
                "name": "Memorial Park",
                "position": "Funeral Arranger",
                "startDate": "2016-01",
                "endDate": "2025-01",
                "highlights": ["Arranged 200 funerals a year with families"],
            },
        ],
    }
    check = _three_years_of("conducting funerals", "3 years conducting funerals", resume)
    assert check.status != "met"


def test_a_field_before_a_worker_is_no_activity() -> None:
    from careerpilot.matching.coverage import _activity

    assert _activity("conveyancing legal executive") == "" and _activity("nursing assistant") == ""
    assert _activity("officiating weddings") and _activity("conducting funerals")


def test_on_your_own_says_how_the_work_was_done() -> None:
    assert _years("At least 2 years' experience driving HGVs on your own, with multi-drop routes")[1] == "driving HGVs"
    assert _years("3 years' experience grooming dogs on their own initiative")[1] == "grooming dogs"


def test_a_language_taught_as_a_second_language_is_no_ask_for_any_language() -> None:
    assert ("a second language", "required") not in _languages(
        "Ontario College of Teachers certification with English as a Second Language Part 1"
    )
    assert ("a second language", "required") not in _languages("Qualified to teach Maori as a second language")

"""Review r20d of h20d's general reads: wording from other occupations the new rules misread."""

from __future__ import annotations

from careerpilot.matching.requirements import _years


def test_practice_after_a_professions_adjective_is_the_profession_not_a_workplace() -> None:
    # a dentist's, a GP practice nurse's, a vet's, a solicitor's years: "dental" alone is any dental worker's
    assert _years("At least 3 years of post-graduate experience in general dental practice")[1] == (
        "general dental practice"
    )
    assert _years("2 years' experience in general practice")[1] == "general practice"
    assert _years("5 years in veterinary practice")[1] == "veterinary practice"
    assert _years("3+ years' PQE in a legal practice")[1] != "legal"
    # a noun before it is the field, the practice the firm (h20d's reading kept)
    assert _years("At least 4 years' experience in patent practice")[1] == "patent"
    assert _years("4 years' post-qualification experience in a litigation practice")[1] == "litigation"
    assert _years("Minimum 3 years in private practice") == (3.0, "")


def test_an_activity_is_shown_by_its_verb_whose_consonant_the_gerund_doubles() -> None:
    from careerpilot.matching.coverage import _does, about_whole, line_terms
    from careerpilot.matching.evidence import Role

    # a CNC setup machinist's, a stonemason's, a dispatcher's lines write the verb, the posting its gerund
    assert _does("sett", line_terms("Set up and ran 4-axis Haas VF-4 mills"))
    assert _does("cutt", line_terms("Cut and dressed sandstone for heritage repairs"))
    assert _does("plann", line_terms("Plan daily loads for 40 trucks"))
    assert not _does("sett", line_terms("Ran the mills on second shift"))
    role = Role(
        title="CNC Setup Machinist",
        line="CNC Setup Machinist at Harlow Aerostructures",
        detail=["Set up and ran 4-axis Haas VF-4 mills; edited G-code at the machine"],
    )
    assert about_whole("setting up CNC mills", role)[0] > 0.5
    # the activity is still needed: a wedding planner's lines hold "weddings", not "officiating" (h20d's rule kept)
    planner = Role(title="Wedding Planner", line="Wedding Planner", detail=["Planned 60+ weddings a year"])
    assert about_whole("officiating weddings", planner)[0] < 0.5


def test_a_law_or_a_team_after_under_or_supporting_the_is_no_persons_title() -> None:
    from careerpilot.matching.coverage import without_others

    # an approved mental health professional's, a social worker's, a dentist's, an executive assistant's lines
    for line in (
        "Completed 40 assessments a year under the Mental Health Act",
        "Care proceedings under the Children Act 1989",
        "Provide care under the Combined Dental Agreement for adolescents",
        "Supported the Senior Leadership Team with board papers",
        "Audits under the Food Safety Plan",
    ):
        assert without_others(line) == line, line
    assert "Manager" not in without_others("Reported to the Operations Manager on weekly KPIs")


def test_other_languages_after_a_list_of_programming_languages_are_more_of_them() -> None:
    from careerpilot.matching.requirements import _languages_in, extract_requirements

    def asks_any(title: str, item: str) -> bool:
        reqs = extract_requirements(title, f"Requirements\n- {item}\n").requirements
        return any(r.kind == "language" and r.subject == "a second language" for r in reqs)

    assert not asks_any("Software Engineer", "Proficiency in Python, Go or other languages")
    assert not asks_any("Data Engineer", "Strong SQL, Scala and other languages on the JVM")
    # spoken languages before it, or none: any other language is asked (h20d's reading kept)
    assert asks_any("Customer Service Advisor", "Fluent Spanish, Portuguese or other languages")
    assert asks_any("Flight Attendant", "Excellent English and another EU language")
    assert _languages_in("Knowledge of other languages is an asset") == ["a second language"]


def test_a_licence_to_be_eligible_for_is_asked() -> None:
    from careerpilot.matching.requirements import extract_requirements

    def certified(title: str, item: str) -> bool:
        reqs = extract_requirements(title, f"Requirements\n- {item}\n").requirements
        return any(r.kind == "certification" for r in reqs)

    # a physiotherapist's, a security officer's, a teacher's licence asked after "for a" / "for the"
    assert certified("Physiotherapist", "Eligible for a licence to practise in Ontario")
    assert certified("Security Officer", "Able to qualify for a security licence within 30 days")
    assert certified("Teacher", "Must be eligible for the Ontario teaching certificate")
    # the workplace a credential adjective describes asks none (h20d's reading kept)
    assert not certified("Paraplanner", "2 years in a licensed advice practice")
    # "for a" names the hire, not a workplace: the licence is the hire's
    assert certified("Installer", "We are looking for a licensed installer to join the crew")


def test_one_requirement_sentence_after_the_list_is_still_asked() -> None:
    from careerpilot.matching.requirements import _plain_prose

    # requirements written without their bullet by a trucking firm, a care agency, a UK and a US employer
    for line in (
        "Valid Class A CDL with a clean MVR.",
        "A current Working With Children Check and police check.",
        "Right to work in the UK without sponsorship.",
        "Authorized to work in the US without sponsorship.",
        "Own reliable vehicle and a smartphone with data.",
    ):
        assert not _plain_prose(line), line
    # several sentences, or the employer speaking, ask nothing (h20d's reading kept)
    assert _plain_prose("Mostly day shifts with the odd Saturday. Paid weekly, overtime after 45 hours.")
    assert _plain_prose("We will train the right person in our systems.")
    text = "Requirements\n- 2 years driving curtain-siders\nValid Class 2 licence with a clean driving record.\n"
    from careerpilot.matching.requirements import extract_requirements

    assert any("Class 2" in r.text for r in extract_requirements("Truck Driver", text).requirements)


def test_a_welcome_naming_what_the_applicant_holds_is_a_preference() -> None:
    from careerpilot.matching.requirements import _says_nothing_asked

    # an ICU nurse's, a UK carpenter's, a Pacific community support worker's preference written as a welcome
    assert not _says_nothing_asked("Nurses with ICU experience are strongly encouraged to apply.")
    assert not _says_nothing_asked("Candidates with a current CSCS card are encouraged to apply.")
    assert not _says_nothing_asked("Applicants who speak Samoan or Tongan are encouraged to apply.")
    # who the applicants are asks nothing (h20d's reading kept)
    assert _says_nothing_asked("People with lived experience of disability are strongly encouraged to apply.")
    assert _says_nothing_asked("Māori and Pasifika candidates are encouraged to apply.")
    assert _says_nothing_asked("Aboriginal and Torres Strait Islander people are encouraged to apply.")


def test_tools_listed_in_a_bracket_after_a_name_read_as_no_product_are_asked() -> None:
    from careerpilot.matching.products import named_products

    # a graphic designer's suite: the suite is no product read, its tools in the bracket are what is asked
    asked = named_products("Proficiency in Adobe Creative Suite (Photoshop, Illustrator and InDesign)").asked
    assert ("InDesign",) in asked
    # a product's parts in its bracket are the product's (h20d's reading kept)
    assert named_products("OneTrust (Data Mapping, Assessment Automation and DSAR modules)").asked == (("OneTrust",),)


def test_a_field_written_with_post_is_the_years_subject() -> None:
    # a midwife's, a rehab nurse's, a postal worker's, an editor's field (not a stage the years came after)
    assert _years("3 years postpartum experience in a Level III hospital")[1] == "postpartum"
    assert _years("2 years post-acute experience in a rehab facility")[1] == "post-acute"
    assert _years("2 years postal experience in a sorting centre")[1] == "postal"
    assert _years("3 years post-production experience in broadcast television")[1] == "post-production"
    # a stage is no subject (h20d's reading kept)
    assert _years("3 years postdoctoral experience in immunology")[1] == "immunology"
    assert _years("2 years post-registration experience in theatres")[1] == "theatres"


def test_private_or_public_before_a_field_is_part_of_the_field() -> None:
    # a fund accountant's, a policy officer's, an auditor's field
    assert _years("3 years in a private equity firm")[1] == "private equity"
    assert _years("5 years in a public sector organisation")[1] == "public sector"
    assert _years("4 years in a public accounting firm")[1] == "public accounting"
    # the owner alone names none (h20d's reading kept)
    assert _years("3 years in private practice") == (3.0, "")


def test_command_of_a_vessel_or_a_technique_asks_no_language() -> None:
    from careerpilot.matching.requirements import extract_requirements

    def langs(title: str, item: str) -> list[str]:
        reqs = extract_requirements(title, f"Requirements\n- {item}\n").requirements
        return [r.subject for r in reqs if r.kind == "language"]

    # a ship's master's, a barge skipper's, a chef's, a helicopter pilot's command
    assert langs("Master", "2 years in command of a Norwegian-flagged offshore vessel") == []
    assert langs("Skipper", "Experience in command of Dutch inland barges") == []
    assert langs("Chef", "Full command of French classical technique") == []
    assert langs("Pilot", "Command of an Irish Coast Guard helicopter") == []
    # a language commanded is asked (h20d's reading kept)
    assert langs("Analyst", "Good command of Dutch or German") == ["Dutch or German"]


def test_an_activity_is_shown_by_its_irregular_past_or_noun() -> None:
    from careerpilot.matching.coverage import _does, line_terms

    # a shift supervisor's, a travel consultant's, a builder's, a chef's lines
    assert _does("lead", line_terms("Led a team of 12 pickers on nights"))
    assert _does("sell", line_terms("Sold group tours to schools and clubs"))
    assert _does("build", line_terms("Built 14 custom homes a year"))
    assert _does("runn", line_terms("Ran the pass on Saturday services"))
    assert not _does("sell", line_terms("Planned group tours for schools"))


def test_knowledge_of_a_coined_word_is_no_tool() -> None:
    from careerpilot.matching.products import named_products

    # New Zealand public sector postings ask knowledge of Māori custom and Pacific peoples
    assert named_products("Strong Tikanga knowledge").asked == ()
    assert named_products("Strong Pasifika knowledge").asked == ()
    assert named_products("Advanced Xplan skills").asked  # a tool before "skills" (h20d's reading kept)

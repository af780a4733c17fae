"""Products the skill vocabulary does not know, named by a posting's own capitals, and held by their own names."""

from __future__ import annotations

import time
from datetime import date

from careerpilot.domain.matching import Requirement, RequirementCheck
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import caps_score, check, decisive_gaps, named_tool_missing
from careerpilot.matching.credentials import held_in
from careerpilot.matching.products import holds, named_products
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 11, 1)


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("## Experience\n" + "\n".join(lines), TODAY)


def _skill(text: str) -> Requirement:
    return Requirement(kind="skill", text=text, importance="required")


def test_a_capitalized_name_mid_sentence_is_a_product_and_sentence_starts_places_and_languages_are_not():
    assert named_products("Experience working in the Encompass loan origination system is required").asked == (
        ("Encompass",),
    )
    assert named_products("Daily use of McLeod PowerBroker (our TMS) - no ramp-up time").asked == (
        ("McLeod PowerBroker",),
    )
    assert named_products("Working knowledge of the ALTA commitment form and PA recording practices").asked == ()
    assert named_products("Fluent in English and Spanish").asked == ()
    assert named_products("Experience in New York City real estate").asked == ()
    assert named_products("Strong Communication Skills And Attention To Detail").asked == ()
    assert named_products("Experience with Microsoft Excel").asked == ()  # a vocabulary skill, matched as one


def test_capitals_alone_are_no_product_a_kind_of_product_mixed_case_or_digits_say_so():
    # postings capitalize skills ("Time management", "Social Perceptiveness"): no product without more
    assert named_products("Excellent Time management skills").asked == ()
    assert named_products("Strong Social Perceptiveness to study individuals and audience behavior.").asked == ()
    assert named_products("Familiarity with various Design and Architectural patterns.").asked == ()
    assert named_products("Knowledge of Medicare and Medicaid billing").asked == ()
    assert named_products("Type commitments in the RamQuest closing software").asked == (("RamQuest",),)
    lido = named_products("Experience with Lido Flight (Lufthansa Systems) flight planning")
    assert lido.asked == (("Lido Flight", "Lufthansa Systems"),)
    assert named_products("Experience in TitlePro247").asked == (("TitlePro247",),)


def test_a_plus_clause_examples_and_a_bracketed_maker_are_read_as_such():
    required = named_products("Experience with SoftPro Select is required; TitlePro247 and DataTrace are a plus")
    assert required.asked == (("SoftPro Select",),)
    examples = named_products("hands-on experience with laser alignment systems (Rotalign, Fixturlaser or equivalent)")
    assert examples.asked == () and examples.examples == (("Rotalign",), ("Fixturlaser",))
    maker = named_products("Hands-on experience with Lido Flight (Lufthansa Systems) flight planning")
    assert maker.asked == (("Lido Flight", "Lufthansa Systems"),)


def test_a_product_is_held_by_its_brand_written_the_resumes_way_and_an_ordinary_word_only_capitalized():
    assert holds("Track every load in McLeod's PowerBroker system", "McLeod PowerBroker")
    assert holds("Build flight plans in LIDO/Flight 4D", "Lido Flight")
    assert not holds("Sabre Flight Plan Manager", "Lido Flight")
    assert not holds("duties encompass underwriting and closing", "Encompass")
    assert holds("Systems: Encompass LOS", "Encompass")
    assert not holds("Streaming with Apache Kafka", "Apache ZooKeeper")  # the maker's name is no product of its own


def test_a_missing_product_is_a_decisive_gap_capping_only_where_the_item_insists():
    insists = _skill("Experience working in the Encompass loan origination system is required")
    lacking = check(
        insists, _evidence("Underwriter 2018 - 2024", "Work all files in the MeridianLink origination system")
    )
    assert lacking.credit <= 0.3 and named_tool_missing(lacking) and caps_score(lacking)
    assert decisive_gaps([lacking]) == [lacking]
    having = check(
        insists, _evidence("Underwriter 2018 - 2024", "Work all files in ICE Mortgage Technology's Encompass")
    )
    assert having.status == "met" and not named_tool_missing(having)
    lido = _skill("Hands-on experience with Lido Flight (Lufthansa Systems) flight planning")
    passing = check(lido, _evidence("Dispatcher 2019 - 2024", "File flight plans in Jeppesen JetPlan"))
    assert named_tool_missing(passing) and not caps_score(passing)


def test_examples_of_a_kind_are_met_by_one_and_otherwise_by_the_kinds_words_never_a_gap():
    item = _skill("hands-on experience with laser shaft alignment systems (Rotalign, Fixturlaser or equivalent)")
    other_brand = check(item, _evidence("Millwright 2016 - 2024", "Laser shaft alignment with Easy-Laser XT770"))
    dial = check(item, _evidence("Millwright 2016 - 2024", "Align pumps with dial indicators"))
    assert other_brand.credit > dial.credit
    assert not named_tool_missing(dial)
    held = check(item, _evidence("Millwright 2016 - 2024", "Aligned motors with a Fixturlaser NXA"))
    assert held.status == "met"


def test_a_clause_beside_years_starting_hands_on_is_its_own_ask_with_its_bracketed_list_whole():
    posting = (
        "Minimum qualifications: 4+ years of industrial maintenance experience, the ability to read mechanical "
        "drawings, and hands-on experience with laser shaft alignment systems (Rotalign, Fixturlaser or equivalent)."
    )
    texts = [r.text for r in extract_requirements("Millwright", posting).requirements]
    assert "hands-on experience with laser shaft alignment systems (Rotalign, Fixturlaser or equivalent)" in texts


def test_an_ata_certificate_listed_with_its_pair_and_issuer_is_the_ata_credential():
    held = held_in(["Certified Translator, Spanish into English (American Translators Association)"], TODAY)
    assert "ata_certified" in {h.id for h in held}
    other = held_in(["Certificate in Spanish to English Translation (NYU School of Professional Studies)"], TODAY)
    assert "ata_certified" not in {h.id for h in other}


def test_a_translators_certificate_is_per_language_pair_and_direction():
    req = Requirement(
        kind="certification",
        text="ATA certification, Spanish into English (required)",
        credentials=["ata_certified"],
    )
    same = check(req, _evidence("Translator 2018 - 2024", "Certified Translator, Spanish into English (ATA)"))
    other = check(req, _evidence("Translator 2018 - 2024", "ATA certified translator, French into English"))
    both_ways = check(req, _evidence("Translator 2018 - 2024", "ATA certified translator (English-Spanish)"))
    assert same.status == "met" and both_ways.status == "met"
    assert other.status == "missing" and "French into English" in other.note


def test_a_bracketed_other_name_of_a_vocabulary_skill_is_no_product_and_a_held_skill_keeps_its_share():
    assert named_products("UKG Pro (UltiPro) experience required.").asked == ()
    item = Requirement(
        kind="skill",
        text="Experience with Python and the Zorblax orchestration platform",
        importance="required",
        skills=["Python"],
    )
    assert named_products(item.text).asked == (("Zorblax",),)
    half = check(item, _evidence("Data Engineer 2019 - 2024", "Built pipelines in Python"))
    assert half.credit == 0.5 and not named_tool_missing(half)


def test_organisations_places_laws_people_and_degrees_are_no_products():
    # session 13 review: capitals or mixed case alone made these required tools, capping the item at 0.3
    for text in (
        "Experience with the Provincial health records system",
        "Experience in McAllen area schools",
        "Experience with McDonald's operations",
        "Familiarity with the Texas Department of Transportation system",
        "Knowledge of the Fair Labor Standards Act and Davis-Bacon wage system",
        "2+ years working with the Salvation Army shelter system",
        "Experience with the Pareto and Ishikawa tools",
        "Experience in the Children's Hospital system",
        "PhD in Chemistry with HPLC experience",
        "PharmD with hospital pharmacy experience",
        "BScN and 2 years of acute care experience",
        "Experience with the O'Neill scoring tool",
    ):
        assert named_products(text).asked == (), text
    assert "Uniform Commercial Code" not in {
        n[0] for n in named_products("Working knowledge of the Uniform Commercial Code and eFiling systems").asked
    }
    # a firm's name joined by '&' is one name, and a maker's name before a kind of product still a product
    assert named_products("Experience with the Brown & Sharpe CMM software").asked == (("Brown & Sharpe CMM",),)
    assert named_products("Proficient in McLeod's PowerBroker system").asked == (("McLeod's PowerBroker",),)


def test_an_ordinary_capitalized_word_is_no_missing_tool_for_a_resume_writing_it_lower_case():
    item = _skill("Experience with the Provincial health records system")
    held = check(
        item, _evidence("Records Clerk 2019 - 2024", "Maintained files in the provincial health records system")
    )
    assert held.status == "met" and not named_tool_missing(held)


def test_products_are_alternatives_only_when_or_stands_between_them():
    assert not named_products("SoftPro Select and RamQuest closing software, working alone or in a team").any_of
    assert not named_products("Experience with RamQuest closing software (3/5 days on site)").any_of
    assert named_products("Experience with SoftPro Select or RamQuest closing software").any_of
    assert named_products("Experience with SoftPro Select/RamQuest").any_of
    assert named_products("Experience in Excel or SoftPro").any_of  # a vocabulary skill, then a product


def test_no_named_tool_is_missing_where_the_item_names_no_product_and_several_skills():
    req = next(
        r
        for r in extract_requirements(
            "Office Coordinator", "Requirements:\n- Strong communication and customer service skills with Excel and SAP"
        ).requirements
        if r.kind == "skill"
    )
    assert len(req.skills) > 2 and named_products(req.text).asked == ()
    assert not named_tool_missing(RequirementCheck(requirement=req, status="missing", credit=0.2))


def test_reading_products_takes_linear_time_on_long_text():
    for text in ("AbC, " * 4000, "Abc and " * 2500, "McX system, " * 1600, "(" + "Abc Def " * 2500):
        named_products.cache_clear()
        started = time.process_time()
        named_products(text)
        assert time.process_time() - started < 1.0, text[:20]


def test_examples_of_a_kind_none_held_leave_the_examples_missing_from_the_kinds_words():
    item = _skill("Good experience with graphic frameworks such as OpenGL")
    title_only = check(item, _evidence("Graphics Engineer 2018 - 2023", "Maintained build scripts and release notes"))
    assert title_only.status == "missing" and not named_tool_missing(title_only)
    held = check(item, _evidence("Graphics Engineer 2018 - 2023", "Expert in OpenGL used in visual simulation"))
    assert held.status == "met"


def test_a_products_trailing_plus_is_part_of_its_name_so_or_after_it_still_offers_alternatives():
    named = named_products("Experience with data analytics tools (ACL, IDEA or similar) and TeamMate+ or AuditBoard")
    assert named.asked == (("TeamMate+",), ("AuditBoard",)) and named.any_of

"""What counts as an ask at all (session 17, c17d): prose credentials, degrees without a level, other sponsors,
checks on appointment, languages with only a cue, and lines that ask nothing (how to apply, pay, supervision)."""

from __future__ import annotations

from careerpilot.domain.matching import Requirement
from careerpilot.domain.resume import Resume
from careerpilot.matching import credentials
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.degrees import degree_level
from careerpilot.matching.requirements import extract_requirements


def _reqs(text: str, title: str = "Technician") -> list[Requirement]:
    return extract_requirements(title, text).requirements


def _credentials(text: str, title: str = "Technician") -> list[list[str]]:
    return [r.credentials for r in _reqs(text, title) if r.kind == "certification"]


def _kinds(text: str, title: str = "Technician") -> list[str]:
    return [r.kind for r in _reqs(text, title)]


# --- RP: credentials named in prose outside the requirement lists ---


def test_a_certificate_the_employer_offers_is_not_asked():
    posting = (
        "Warehouse Operator - Hamilton\n\nWe run a busy cold store serving supermarkets across the Waikato.\n\n"
        "What you'll need\n- 2 years of warehouse experience\n- Full driver licence\n\n"
        "What we offer\n- Paid training, including a National Certificate in Forklift Operation\n"
        "- Overtime and a weekly bonus\n"
    )
    assert not any("Forklift" in r.subject for r in _reqs(posting, "Warehouse Operator"))


def test_colleagues_credentials_and_a_path_toward_one_are_not_asked():
    posting = (
        "Senior Surveyor - Leeds\n\nWork alongside our Chartered Building Surveyors and Registered Valuers on "
        "commercial instructions, with a clear path toward chartership.\n\n"
        "What we're looking for\n- 4 years of building surveying experience\n- A relevant degree\n"
    )
    found = _reqs(posting, "Senior Surveyor")
    assert not [r for r in found if r.kind == "certification"], [r.subject for r in found]


def test_the_employers_own_licence_is_not_asked():
    posting = (
        "Acme Demolition is a licensed Class A removal contractor working on schools and hospitals. We are "
        "growing our crews for next year.\n\nEssential\n- 2 years of demolition experience\n- White Card\n"
    )
    texts = [r.text for r in _reqs(posting, "Demolition Labourer") if r.kind == "certification"]
    assert not any(t.startswith("Acme") for t in texts), texts


def test_a_duty_naming_a_licence_test_asks_no_licence():
    posting = (
        "Boating Instructor\n\nYour tasks\n- Preparation of students for the recreational boat licence exam\n"
        "- Run evening theory classes\n\nYour profile\n- 2 years of experience as a sailing instructor\n"
    )
    assert _credentials(posting, "Boating Instructor") == []


def test_a_credential_the_hire_holds_in_prose_is_still_asked():
    posting = (
        "Night Nurse\n\nWe are seeking a caring nurse for our rehabilitation ward. You must hold a current "
        "Registered Nurse licence and BLS.\n\nAbout us\nWe are a 40-bed private hospital.\n"
    )
    asked = {c for ids in _credentials(posting, "Night Nurse") for c in ids}
    assert {"rn", "bls"} <= asked
    join = (
        "Staff Electrician\n\nJoin our team as a licensed journeyman electrician.\n\nAbout you\n"
        "- 4 years in the trade\n"
    )
    assert _credentials(join, "Staff Electrician"), _reqs(join, "Staff Electrician")


# --- D: degrees by their initials or without a level ---


def _degree(item: str) -> list[str]:
    posting = f"Analyst\n\nRequirements\n- {item}\n- Strong written communication skills\n"
    return [r.subject for r in _reqs(posting, "Analyst") if r.kind == "degree"]


def test_degrees_by_initials_or_without_a_level_are_degree_items():
    assert _degree("MSc or higher in Statistics") == ["master in Statistics"]
    assert _degree("A postgraduate qualification in public health") == ["master"]
    assert _degree("An LLB from a recognised university") == ["bachelor"]
    assert _degree("BSc (Hons) in Geology or equivalent") == ["bachelor in Geology"]
    assert _degree("Degree in Accounting or Finance") == ["bachelor in Accounting"]
    assert _degree("Tertiary qualification in social work") == ["bachelor"]
    assert _degree("University degree in a quantitative field") == ["bachelor"]


def test_degree_words_that_name_no_degree_stay_out():
    assert _degree("A high degree of accuracy in data entry") == []
    assert _degree("Able to work with a degree of autonomy") == []
    assert _degree("New graduates welcome to apply") == []
    assert _degree("Experience running 360-degree feedback") == []


def test_a_resume_llb_is_a_bachelors():
    assert degree_level("LLB (Hons), University of Cape Town") == degree_level("Bachelor of Laws") == 3


# --- R-A: sponsors of another kind, and a skill beside a status ---


def test_trial_sponsors_ask_no_authorization_and_the_tool_stays_asked():
    posting = (
        "Study Coordinator\n\nRequirements\n- 2 years coordinating industry-sponsored studies\n"
        "- Experience with Veeva Vault EDC is a must - most of our sponsor studies run on it\n"
    )
    found = _reqs(posting, "Study Coordinator")
    assert "authorization" not in [r.kind for r in found]
    assert any(r.kind == "skill" and "Veeva" in r.text for r in found)


def test_a_status_clause_never_replaces_the_skill_beside_it():
    posting = "Analyst\n\nRequirements\n- Eligible to work in Canada; advanced Excel proficiency\n- 3 years of FP&A\n"
    found = _reqs(posting, "Analyst")
    assert "authorization" in [r.kind for r in found]
    assert any(r.kind == "skill" and "Excel" in r.skills for r in found)


def test_visa_sponsorship_is_still_authorization():
    posting = "Engineer\n\nRequirements\n- 5 years of Java\n- Visa sponsorship is not available for this role\n"
    assert "authorization" in _kinds(posting, "Engineer")


# --- A: checks run on appointment are conditions ---


def test_checks_on_appointment_are_conditions_not_clearances_held():
    for line in (
        "Right to work in the UK; CTC checks on appointment",
        "Appointment is subject to satisfactory SC vetting",
        "Successful candidates will undergo NV1 vetting before starting",
    ):
        posting = f"Data Analyst\n\nEssential\n- 3 years of SQL reporting\n- {line}\n"
        found = _reqs(posting, "Data Analyst")
        assert not [r for r in found if r.kind == "certification"], (line, [r.subject for r in found])
        assert "condition" in [r.kind for r in found], line
    held = "Data Analyst\n\nEssential\n- 3 years of SQL reporting\n- Active SC clearance required\n"
    assert ["clearance_uk_sc"] in _credentials(held, "Data Analyst")


# --- Lang: a language with only a preference cue; the driving licence in the resume's language ---


def test_a_language_with_only_a_cue_is_a_preferred_language():
    posting = (
        "Receptionist\n\nRequirements\n- Front desk experience preferred; Portuguese a plus\n"
        "- Italian is an asset.\n- Swedish massage a plus\n"
    )
    languages = {r.subject: r.importance for r in _reqs(posting, "Receptionist") if r.kind == "language"}
    assert languages == {"Portuguese": "preferred", "Italian": "preferred"}


def test_languages_offered_as_alternatives_are_one_ask():
    posting = "Caseworker\n\nRequirements\n- Fluent in Spanish or Portuguese\n- Bilingual English/French\n"
    languages = [r.subject for r in _reqs(posting, "Caseworker") if r.kind == "language"]
    assert languages == ["Spanish or Portuguese", "English", "French"]
    resume = "Caseworker\nLanguages\nPortuguese (native), English (fluent)\n"
    _, checks = coverage(extract_requirements("Caseworker", posting), resume_evidence.from_text(resume))
    either = next(c for c in checks if c.requirement.subject == "Spanish or Portuguese")
    assert either.status == "met"


def test_a_driving_licence_in_the_resumes_language_holds_it():
    vocab = credentials.vocabulary()
    for held in ("Führerschein Klasse B", "Permis de conduire B", "Carné de conducir B", "Rijbewijs B"):
        assert [m.id for m in vocab.find(held)] == ["drivers_license"], held
    for other in ("Hundeführerschein", "Staplerführerschein"):  # a dog owner's and a forklift licence
        assert vocab.find(other) == [], other
    posting = "Courier\n\nRequirements\n- Driving licence class B\n- 2 years of delivery experience\n"
    resume = Resume.model_validate(
        {
            "basics": {"name": "K. Fahrer"},
            "work": [{"position": "Courier", "name": "DHL", "startDate": "2020-01", "endDate": "2024-01"}],
            "certificates": [{"name": "Führerschein Klasse B", "issuer": "Landratsamt"}],
        }
    )
    _, checks = coverage(extract_requirements("Courier", posting), resume_evidence.from_resume(resume))
    licence = next(c for c in checks if c.requirement.credentials == ["drivers_license"])
    assert licence.status == "met"


# --- R-I: lines that ask nothing ---


def test_how_to_apply_pay_and_commitments_ask_nothing():
    posting = (
        "Bricklayer\n\nAbout you\n- 3 years of bricklaying experience\n- Able to read plans\n"
        "- Full-time, $42-$48/hr plus travel allowance\n\n"
        "To apply, send your CV and two referees to jobs@example.com.\n"
        "Applications include a CV and a cover letter. Example Builders is committed to equity, diversity and "
        "inclusion.\n"
    )
    found = _reqs(posting, "Bricklayer")
    assert not any(s in ("Computer vision",) for r in found for s in r.skills), [r.skills for r in found]
    texts = [r.text for r in found]
    assert not any(t.startswith(("To apply", "Applications", "Full-time", "Example Builders")) for t in texts), texts
    assert "3 years of bricklaying experience" in texts
    # an ask that opens with the same words is still one
    asked = "Paramedic\n\nTo apply you need a California Paramedic License and 2 years of 911 experience.\n"
    assert ["paramedic"] in _credentials(asked, "Paramedic")


def test_working_under_supervision_is_no_supervision_skill():
    posting = (
        "Physician Assistant\n\nWhat you'll do\n- Perform procedures: suturing, splinting, LPs w/ supervision\n"
        "- Work under direct supervision of the attending\n\nRequirements\n- 2 years of urgent care experience\n"
    )
    assert not any("Supervision" in r.skills for r in _reqs(posting, "Physician Assistant"))
    manager = "Shift Lead\n\nRequirements\n- Experience with staff supervision and scheduling\n- 2 years in retail\n"
    assert any("Supervision" in r.skills for r in _reqs(manager, "Shift Lead"))


def test_an_llb_is_the_law_degree_a_ba_in_law_does_not_hold():
    posting = "Law Clerk\n\nRequirements\n- An LLB from a recognised university\n- Strong legal research skills\n"
    found = _reqs(posting, "Law Clerk")
    assert ["llb"] in [r.credentials for r in found] and "degree" in [r.kind for r in found]
    vocab = credentials.vocabulary()
    assert [m.id for m in vocab.find("LLB (Hons), University of Cape Town")] == ["llb"]
    assert vocab.find("BA Law and Politics, University of Cape Town") == []

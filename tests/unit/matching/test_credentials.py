"""Credentials as entities: the vocabulary's orders per family, jurisdictions, expiry, abbreviations = full names."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import credentials, evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.credentials import Held, Wanted, held_in, judge, vocabulary, wanted_in
from careerpilot.matching.requirements import extract_requirements

VOCAB = vocabulary()
FAMILIES = sorted({c.family for c in VOCAB.credentials.values()})
TODAY = date(2026, 12, 5)


def _ladder(family: str) -> list[str]:
    ranked = [c for c in VOCAB.credentials.values() if c.family == family and c.rank is not None]
    return [c.id for c in sorted(ranked, key=lambda c: c.rank or 0)]


def test_the_vocabulary_covers_at_least_25_occupations_and_every_credential_is_named_by_its_own_aliases():
    occupations = {c.occupation for c in VOCAB.credentials.values()}
    assert len(occupations) >= 25, occupations
    plain = [a for c in VOCAB.credentials.values() for a in {x.lower() for x in c.aliases if not x.startswith("re:")}]
    for cred in VOCAB.credentials.values():
        # the full name as written (and each plain alias no other credential shares) is found as this credential
        own = [a for a in cred.aliases if not a.startswith("re:") and plain.count(a.lower()) == 1]
        assert own, cred.id
        for alias in own[:3]:
            text = f"Requirements: {alias} required for this patient clinic accounting audit role"
            assert cred.id in {m.id for m in VOCAB.find(text)}, (cred.id, alias)


@pytest.mark.parametrize("family", FAMILIES)
def test_within_each_family_a_credential_meets_itself_and_lower_rungs_never_higher_ones(family):
    members = [c.id for c in VOCAB.credentials.values() if c.family == family]
    for cid in members:
        assert VOCAB.satisfies(cid, cid)
    ladder = _ladder(family)
    for i, low in enumerate(ladder):
        for high in ladder[i + 1 :]:
            assert VOCAB.satisfies(high, low), (high, low)
            assert not VOCAB.satisfies(low, high), (low, high)
    # off-ladder members meet only themselves and what they declare they cover
    for cid in members:
        cred = VOCAB.credentials[cid]
        if cred.rank is None:
            others = [o for o in members if o != cid and o not in cred.covers]
            assert not any(VOCAB.satisfies(cid, o) for o in others)


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        ("Security+ certification required", "CompTIA A+ certified", False),
        ("CompTIA Security+ required", "Security+ (2023)", True),
        ("CCNP required", "CCNA, Cisco, 2021", False),
        ("CCNA required", "CCIE #12345", True),
        ("Active RN license", "LPN", False),
        ("Active RN license", "Registered Nurse", True),
        ("Series 66 required", "Series 7", False),
        ("Series 63 required", "Series 66", True),
        ("Journeyman electrician license required", "Apprentice electrician card", False),
        ("Journeyman electrician license required", "Master Electrician license", True),
        ("EPA 608 Type II certification", "EPA 608 Universal", True),
        ("EPA 608 Universal certification", "EPA 608 Type II", False),
        ("Class A CDL", "Class B CDL", False),
        ("Class B CDL", "CDL-A", True),
        ("Hazmat endorsement", "X endorsement", True),
        ("TS/SCI clearance required", "Active Secret clearance", False),
        ("Active Secret clearance", "Top Secret clearance", True),
        ("CFA Level III", "CFA Level II", False),
        ("CFA Level II candidate or higher", "CFA charterholder", True),
        ("ServSafe Manager certification", "Food handler card", False),
        ("PMP certification", "CAPM", False),
        ("Paramedic certification required", "EMT-B", False),
        ("NICET Level III in fire alarm systems", "NICET Level II", False),
        ("NICET Level II required", "NICET Level IV, Fire Alarm Systems", True),
        ("Certified Residential Appraiser required", "Licensed Residential Appraiser", False),
        ("Licensed appraiser required", "Certified General Appraiser", True),
        ("Jamf Certified Admin required", "Jamf Certified Tech (Jamf 200)", False),
        ("40-hour HAZWOPER certification", "24-hour HAZWOPER", False),
        ("Certified Sous Chef (ACF) required", "ACF Certified Executive Chef", True),
        ("WSET Level 3 required", "WSET Level 2 Award in Wines", False),
        ("Licensed occupational therapist (OTR/L)", "COTA/L", False),
        ("BCBA required", "RBT (Registered Behavior Technician)", False),
        ("Professional Engineer (PE) license required", "EIT, passed the FE exam 2021", False),
        ("Firefighter I certification", "Firefighter II (IFSAC)", True),
        ("CPR certification required", "BLS for Healthcare Providers (AHA)", True),
        ("Valid driver's license", "Class A CDL with hazmat", True),
        ("AWS Certified Solutions Architect - Professional", "AWS Certified Solutions Architect - Associate", False),
    ],
)
def test_a_requirement_is_met_only_by_the_same_credential_or_a_higher_one(asked, held, met):
    wanted = wanted_in(asked)
    assert wanted, asked
    verdict = judge(wanted[0], held_in([held], TODAY))
    assert (verdict.credit == 1.0) is met, (asked, held, verdict)
    if not met:
        assert verdict.credit == 0.0


@pytest.mark.parametrize(
    ("abbreviation", "full_name"),
    [
        ("RN", "Registered Nurse"),
        ("LPN", "Licensed Practical Nurse"),
        ("CPA", "Certified Public Accountant"),
        ("PMP", "Project Management Professional"),
        ("CCNA", "Cisco Certified Network Associate"),
        ("CPhT", "Certified Pharmacy Technician"),
        ("ACLS", "Advanced Cardiovascular Life Support"),
        ("LCSW", "Licensed Clinical Social Worker"),
        ("TS/SCI", "Top Secret/SCI"),
    ],
)
def test_an_abbreviation_and_the_full_name_are_one_credential(abbreviation, full_name):
    by_short, by_name = VOCAB.find(f"{abbreviation} required"), VOCAB.find(f"{full_name} required")
    assert by_short and by_name and by_short[0].id == by_name[0].id
    assert judge(wanted_in(f"{full_name} required")[0], held_in([abbreviation], TODAY)).credit == 1.0
    assert judge(wanted_in(f"{abbreviation} required")[0], held_in([full_name], TODAY)).credit == 1.0


def test_a_licence_from_another_state_does_not_meet_a_posting_that_names_its_state():
    wanted = wanted_in("Active RN license in the State of Texas")[0]
    assert wanted.jurisdictions == ("Texas",)
    assert judge(wanted, held_in(["RN, California"], TODAY)).credit == 0.0
    assert "California" in judge(wanted, held_in(["RN, California"], TODAY)).note
    assert judge(wanted, held_in(["Registered Nurse (TX)"], TODAY)).credit == 1.0
    assert judge(wanted, held_in(["Registered Nurse, Texas"], TODAY)).credit == 1.0
    # a licence whose state the resume does not say is half-proven
    assert judge(wanted, held_in(["Registered Nurse"], TODAY)).credit == 0.5


def test_a_posting_accepting_any_state_or_a_compact_licence_says_so():
    anywhere = wanted_in("RN license in Texas or eligible for licensure by endorsement")[0]
    assert anywhere.jurisdictions == () and judge(anywhere, held_in(["RN, California"], TODAY)).credit == 1.0
    compact = wanted_in("Active Texas RN license or multistate compact license")[0]
    assert compact.compact_ok
    assert judge(compact, held_in(["RN, Florida (multistate compact license)"], TODAY)).credit == 1.0
    assert judge(compact, held_in(["RN, California"], TODAY)).credit == 0.0


def test_a_credential_past_its_expiry_or_still_pursued_does_not_count():
    wanted = wanted_in("PMP required")[0]
    assert judge(wanted, held_in(["PMP (expires 03/2025)"], TODAY)).credit == 0.0
    assert "expired 2025-03" in judge(wanted, held_in(["PMP, exp. 03/2025"], TODAY)).note
    assert judge(wanted, held_in(["PMP (valid through 2028)"], TODAY)).credit == 1.0
    assert judge(wanted, held_in(["Pursuing PMP certification"], TODAY)).credit == 0.0
    assert judge(wanted, held_in(["PMP (lapsed)"], TODAY)).credit == 0.0


def test_either_of_two_credentials_is_one_requirement():
    wanted = wanted_in("CMA or RMA certification required for our clinic")
    assert len(wanted) == 1 and wanted[0].ids == ("cma_aama",)
    both = wanted_in("Series 63 or Series 66")
    assert len(both) == 1 and set(both[0].ids) == {"series_63", "series_66"}
    each = wanted_in("Series 7 and 66 required")
    assert [w.ids for w in each] == [("series_7",), ("series_66",)]


def test_years_in_a_role_named_like_a_credential_are_not_a_credential_requirement():
    assert not [r for r in _requirements("- 5 years as a Licensed Practical Nurse") if r.kind == "certification"]


def _requirements(bullets: str):
    return extract_requirements("Nurse", f"Requirements:\n{bullets}\n").requirements


def test_coverage_names_the_lower_grade_held_and_never_credits_it_by_meaning():
    posting = "Requirements:\n- CCNP certification required\n- Configure BGP and OSPF on Cisco routers\n"
    resume = "Certifications\nCCNA (2021)\nExperience\nNetwork Engineer (2019 - 2024)\n- Configured BGP and OSPF\n"
    _, checks = coverage(extract_requirements("Network Engineer", posting), evidence.from_text(resume))
    cert = next(c for c in checks if c.requirement.kind == "certification")
    assert cert.status == "missing" and cert.credit == 0.0
    assert "CCNA" in cert.note and "Cisco Certified Network Professional" in cert.note
    assert cert.requirement.credentials == ["ccnp"]


def test_resume_credentials_come_from_any_line_with_the_line_as_written():
    held = held_in(["Licenses: RN (Texas), BLS, ACLS — without a CDL"], TODAY)
    assert {h.id for h in held} >= {"rn", "bls", "acls"}
    assert all(isinstance(h, Held) and h.line.startswith("Licenses") for h in held)
    assert credentials.places("RN, TX") == ("Texas",) and credentials.places("IN PERSON") == ()
    assert judge(Wanted(("rn",), ("Texas",), False), held).credit == 1.0


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("Standard License, Elementary Education PreK-6 (Virginia)", "initial_teaching"),
        ("Virginia Postgraduate Professional License, English as a Second Language PreK-12", "professional_teaching"),
        ("Professional License, Virginia Department of Education", "professional_teaching"),
    ],
)
def test_a_licence_named_by_common_words_is_read_where_the_line_is_about_its_occupation(line, held):
    # "standard" and "professional" are common words: a pattern must be tried on them, not only on its rare
    # optional words ("teaching"), or Virginia's licence names are never read
    assert [h.id for h in held_in([line])] == [held]


@pytest.mark.parametrize(
    "line", ["Professional License #12345, Texas Board of Nursing", "Standard License (Class D), clean record"]
)
def test_a_licence_named_by_common_words_is_not_read_for_another_occupation(line):
    assert not [h for h in held_in([line]) if h.id in {"initial_teaching", "professional_teaching"}]


@pytest.mark.parametrize(
    "line",
    [
        "Active Professional License with continuing education hours current",
        "PROFESSIONAL LICENSE REQUIRED",
        "ASNT Level II certificate",
        "Licensed Practical Nurse. Standard License in good standing. Patient education daily.",
    ],
)
def test_a_generic_licence_name_needs_teaching_words_not_their_stems(line):
    # "continuing education", "patient education": education is not teaching; capitals and "Level II" are no initialism
    found = {h.id for h in held_in([line])} | {i for w in wanted_in(line) for i in w.ids}
    assert not found & {"initial_teaching", "professional_teaching"}


@pytest.mark.parametrize(
    ("line", "credential_id"),
    [
        ("Certified Cisco Network Associate", "ccna"),
        ("Certified Cisco Network Professional", "ccnp"),
        ("Certified Red Hat Engineer", "rhce"),
        ("Certified Oncology Nurse", "ocn"),
    ],
)
def test_certified_moved_to_the_front_names_the_same_credential(line, credential_id):
    assert [h.id for h in held_in([line], TODAY)] == [credential_id]


def test_certified_moved_to_the_front_keeps_the_level():
    wanted = wanted_in("Carrying a CCNP certification")[0]
    assert judge(wanted, held_in(["Certified Cisco Network Associate"], TODAY)).credit == 0.0
    assert held_in(["Certified network associate"], TODAY) == []


def test_a_vocabulary_fragment_is_written_into_the_aliases_that_name_it_and_an_unknown_one_is_refused(tmp_path):
    shape = """
families:
  demo:
    credentials:
      demo_a: {{name: Demo A, aliases: ["re:{{lead}}A1"]}}
fragments:
  lead: '{lead}'
"""
    path = tmp_path / "vocabulary.yaml"
    path.write_text(shape.format(lead=r"DEMO[\s-]+"), encoding="utf-8")
    loaded = credentials.load(path)
    assert [m.id for m in loaded.find("Holds DEMO - A1 since 2020")] == ["demo_a"]
    assert loaded.find("Holds A1 since 2020") == []
    path.write_text(shape.replace("{{lead}}", "{{other}}").format(lead="DEMO "), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown fragment"):
        credentials.load(path)


def test_the_ase_tests_read_from_their_shared_fragment_each_by_its_own_code():
    found = {m.id for m in VOCAB.find("ASE certified: A4, A5 and A6; ASE Collision Repair certifications B3 AND B4")}
    assert {"ase_a4", "ase_a5", "ase_a6", "ase_b3", "ase_b4"} <= found
    assert not {"ase_a1", "ase_b2", "ase_t1"} & found


def test_a_credentials_examples_are_brought_in_by_whole_cue_words_only():
    def cue_after_certification(text: str) -> str | None:
        found = credentials._EXAMPLES_CUE.match(text, text.index("certification") + len("certification"))
        return found.group(0) if found else None

    assert cue_after_certification("Personal trainer certification such as NASM") == " such as "
    assert cue_after_certification("Personal trainer certification, incl. NASM") == ", incl. "
    assert cue_after_certification("CPR certification likely renewed") is None
    assert cue_after_certification("CPR certification inclusive of AED") is None

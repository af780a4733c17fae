"""The grammar of credential requirements: alternatives held together, "or higher, e.g.", credentials named as not
sufficient, compact licences refused, exams that are the credential, higher rungs the vocabulary lacks, issuers'
abbreviations, and "preferred" in another clause."""

from __future__ import annotations

from datetime import date

from careerpilot.matching import conditions, credential_phrases, jurisdictions
from careerpilot.matching.credentials import held_in, judge, name_of, wanted_in
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 12, 5)


def _credit(asked: str, lines: list[str], listed: list[str] | None = None) -> float:
    wanted = wanted_in(asked)
    assert len(wanted) == 1, wanted
    return judge(wanted[0], held_in(lines, TODAY), (), lines, listed or []).credit


def test_an_alternative_of_two_credentials_held_together_needs_both():
    asked = "Series 65 license (or Series 66 together with Series 7) held at hire"
    (wanted,) = wanted_in(asked)
    assert wanted.ids == ("series_65", "series_66 + series_7")
    assert name_of(list(wanted.ids)) == "Series 65 or Series 66 with Series 7"
    assert _credit(asked, ["Series 65 (NASAA)"]) == 1.0
    assert _credit(asked, ["Series 66 and Series 7 (FINRA)"]) == 1.0
    assert _credit(asked, ["Series 7 (FINRA)", "Series 63 (NASAA)"]) == 0.0
    assert _credit(asked, ["Series 66 (NASAA)"]) == 0.0


def test_and_joins_an_alternative_only_inside_its_brackets():
    assert [w.ids for w in wanted_in("RN or LPN and BLS")] == [("rn", "lpn"), ("bls",)]
    together = wanted_in("Series 65 (or Series 66 and Series 7)")
    assert [w.ids for w in together] == [("series_65", "series_66 + series_7")]


def test_the_examples_of_or_higher_are_alternatives_and_e_g_ends_no_sentence():
    (wanted,) = wanted_in("Must have CompTIA Network+ (or higher, e.g. CCNA)")
    assert wanted.ids == ("comptia_network", "ccna")
    text = "Must have CompTIA Network+ (or higher, e.g. CCNA). 1-2 years NOC."
    found = extract_requirements("Network Technician", text)
    assert [r.credentials for r in found.requirements if r.credentials] == [["comptia_network", "ccna"]]


def test_a_credential_named_as_not_sufficient_is_not_asked_for():
    assert wanted_in("(a pharmacy assistant registration is not sufficient)") == []
    assert wanted_in("international professional designations alone are not sufficient") == []
    assert wanted_in("An LPN license does not qualify for this role") == []
    assert [w.ids for w in wanted_in("BLS (online-only courses are not accepted)")] == [("bls",)]  # the courses
    kept = wanted_in("Texas ACR Certified Technician (TDLR) - a Registered Technician card is NOT enough")
    assert [w.ids for w in kept] == [("~ACR Certified Technician (TDLR)",)]


def test_candidates_welcome_makes_a_credential_optional():
    (wanted,) = wanted_in("CFP candidates welcome.")
    assert wanted.optional


def test_a_state_outside_the_compact_refuses_multistate_licences():
    asked = "California is not a Nurse Licensure Compact state: an active California RN license is required."
    assert not jurisdictions.compact(asked)
    assert jurisdictions.compact("active FL or multistate RN license")
    (wanted,) = wanted_in(asked)  # the compact is no credential ("Nurse Licensure")
    assert wanted.ids == ("rn",) and wanted.jurisdictions == ("California",) and not wanted.compact_ok
    assert _credit(asked, ["Registered Nurse, multistate license (Arizona State Board of Nursing)"]) == 0.0


def test_at_least_one_jurisdiction_accepts_any():
    assert jurisdictions.accepts_any("admitted to practice in at least one U.S. jurisdiction (DC preferred)")


def test_an_exam_named_credential_is_held_when_its_family_is_held_by_exam():
    (held,) = held_in(["Uniform Investment Adviser Law Examination (Series 65) (NASAA)"], TODAY)
    assert held.id == "series_65" and not held.pending
    (cpa,) = held_in(["Uniform CPA Examination: 2 of 4 sections passed"], TODAY)
    assert cpa.pending


def test_an_issuer_is_not_the_credential_it_issues():
    assert [h.id for h in held_in(["CFA Level II passed (CFA Institute)"], TODAY)] == ["cfa_2"]
    assert _credit("CFA charterholder (required)", ["Passed Level II of the CFA Program (CFA Institute)"]) == 0.0


def test_advanced_before_a_known_credential_names_a_higher_one():
    (wanted,) = wanted_in("Advanced Certified Medical Assistant (ACMA) required")
    assert wanted.ids == ("~Advanced Certified Medical Assistant (ACMA)",)
    asked = "Advanced Certified Medical Assistant (ACMA) required"
    assert _credit(asked, ["Certified Medical Assistant (AAMA)"]) == 0.0
    assert _credit(asked, ["Advanced Certified Medical Assistant, 2021"]) == 1.0
    assert [w.ids for w in wanted_in("Advanced EMT")] == [("aemt",)]  # the vocabulary's own name stays


def test_real_ladders_added_order_their_rungs():
    assert _credit("CPhT-Adv (PTCB Advanced Certified Pharmacy Technician) required", ["CPhT (PTCB)"]) == 0.0
    assert _credit("NALA Advanced Certified Paralegal (ACP)", ["Certified Paralegal (CP) (NALA)"]) == 0.0
    assert _credit("NALA Certified Paralegal", ["Advanced Certified Paralegal (ACP)"]) == 1.0
    assert _credit("LL.M. in Taxation required", ["Juris Doctor, law"]) == 0.0
    assert _credit("BSN required", ["Master of Science in Nursing"]) == 1.0
    assert _credit("MSW required", ["Bachelor of Social Work"]) == 0.0


def test_an_abbreviation_that_does_not_spell_the_name_is_the_issuers():
    assert credential_phrases.abbreviates("CPO", "Certified Pool Operator")
    assert credential_phrases.abbreviates("NIHSS", "NIH Stroke Scale")
    assert not credential_phrases.abbreviates("HHSC", "Medication Aide")
    asked = "Current Texas Medication Aide permit (HHSC) - required"
    assert _credit(asked, ["Certified Nurse Aide (Texas HHSC Nurse Aide Registry)"]) == 0.0
    assert _credit(asked, ["Medication Aide Permit (Texas Health and Human Services Commission)"]) == 1.0


def test_an_abbreviation_in_a_name_is_met_spelled_out_and_inner_credential_words_count():
    asked = "Texas ACR Certified Technician (TDLR)"
    line = "Certified Technician, Air Conditioning and Refrigeration (Texas Department of Licensing and Regulation)"
    assert _credit(asked, [line]) == 1.0
    assert _credit(asked, [line.replace("Certified", "Registered")]) == 0.0


def test_shouted_words_are_not_abbreviations_of_credentials():
    (wanted,) = wanted_in("California BSIS Guard Card (active) REQUIRED before first shift")
    assert wanted.ids == ("guard_card",)


def test_certified_on_equipment_is_a_credential():
    asked = "certified on order picker (Class II, man-up) - or certified at a previous employer"
    (wanted,) = wanted_in(asked)
    assert wanted.ids == ("~order picker",)
    assert _credit(asked, [], ["Powered Industrial Truck - Sit-down (Class IV)"]) == 0.0
    assert _credit(asked, [], ["Powered Industrial Truck - Order Picker (Class II)"]) == 1.0


def test_spellings_of_known_families():
    assert [w.ids for w in wanted_in("EPA 608 Type II or Universal certification")] == [
        ("epa_608_type_2", "epa_608_universal")
    ]
    assert [w.ids for w in wanted_in("Class A CDL with Doubles/Triples (T) endorsement required")] == [
        ("cdl_a",),
        ("cdl_t",),
    ]
    assert [h.id for h in held_in(["Member, The Florida Bar"], TODAY)] == ["bar"]
    assert [h.id for h in held_in(["Admitted: District of Columbia Bar"], TODAY)] == ["bar"]


def test_preferred_in_a_clause_of_years_leaves_the_licence_required():
    found = extract_requirements(
        "Dental Hygienist", "Requirements: Texas RDH license (TSBDE), CPR, 1+ year of hygiene experience preferred."
    )
    by_subject = {r.subject: r.importance for r in found.requirements if r.kind == "certification"}
    assert by_subject == {"Registered Dental Hygienist": "required", "CPR certification": "required"}
    found = extract_requirements("Nurse", "Requirements:\n- BLS, ACLS preferred\n- RN license")
    assert [r.importance for r in found.requirements if r.kind == "certification"] == ["preferred"] * 2 + ["required"]


def test_a_plain_drivers_licence_is_a_condition_a_commercial_one_a_credential():
    assert conditions.condition_of("a California driver license and ambulance driver certificate")
    assert not conditions.condition_of("Class A commercial driver's license")
    found = extract_requirements(
        "Paramedic", "To apply you need a California Paramedic License and a California driver license."
    )
    assert [r.credentials for r in found.requirements if r.credentials] == [["paramedic"]]


def test_a_credential_narrowed_to_specialty_areas_is_met_only_in_one_of_them():
    asked = "CA Education Specialist credential: Extensive Support Needs or Moderate/Severe Disabilities"
    (wanted,) = wanted_in(asked)
    assert wanted.ids == (
        "~Education Specialist credential: Extensive Support Needs",
        "~Education Specialist credential: Moderate/Severe Disabilities",
    )
    held = "Education Specialist Instruction Credential: {} (California CTC)"
    assert _credit(asked, [held.format("Moderate/Severe Disabilities")]) == 1.0
    assert _credit(asked, [held.format("Mild/Moderate Disabilities")]) == 0.0
    (bracketed,) = wanted_in(
        "Education Specialist Instruction Credential: Mild/Moderate Support Needs (or Mild/Moderate)"
    )
    assert len(bracketed.ids) == 2
    # a requirement word after the colon is no area
    assert [w.ids for w in wanted_in("PMP certification: required")] == [("pmp",)]
    assert [w.ids for w in wanted_in("RN license: Active, unrestricted")] == [("rn",)]

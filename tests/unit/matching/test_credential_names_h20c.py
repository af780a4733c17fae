"""Credentials named the way postings outside the US write them (session 20, `h20c`; fresh10's misreadings).

A capitalised name keeps its own words even when one is a duty's verb ("Life Support"); a bracket asks before it
refuses ("Open licence is required, so Low Rise licences are not suitable"); an awarding body's initials lead a named
qualification; a class is written by its scheme, its name and its code ("CPCS Crawler Crane (CC)"); "Chartered" and
"Approved" lead a designation, and "Chartered Member" is a grade of membership above "Associate Member".
"""

from __future__ import annotations

from careerpilot.matching import grades
from careerpilot.matching.credential_phrases import label
from careerpilot.matching.credentials import Verdict, graded, graded_name, held_in, judge, wanted_in
from tests.support.credentials import TODAY


def _verdict(asked: str, listed: list[str]) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


# --- a duty's verb inside a capitalised name is a word of the name


def test_a_capitalised_support_is_a_word_of_the_credential_name() -> None:
    asked = "Current Pre-Hospital Trauma Life Support certificate (South African paramedics)"
    assert _verdict(asked, ["Pre-Hospital Trauma Life Support (PHTLS) provider, NAEMT"]).credit == 1.0
    assert _verdict(asked, ["Basic Ambulance Assistant certificate, HPCSA"]).credit == 0.0
    pbs = "Positive Behaviour Support practitioner certificate"  # an NDIS behaviour practitioner's (Australia)
    assert (
        _verdict(pbs, ["Positive Behaviour Support practitioner certificate, Autism Spectrum Australia"]).credit == 1.0
    )
    assert _verdict(pbs, ["Certificate IV in Disability Support"]).credit == 0.0


def test_a_lower_case_duty_before_certificates_still_asks_none() -> None:
    assert wanted_in("Support the renewal of staff certifications and permits") == []
    assert wanted_in("Processing licence renewals for the branch") == []


# --- a bracket that asks before it refuses


def test_a_bracket_asks_before_it_refuses() -> None:
    text = "Current QBCC Open builder licence (Open licence is required, so Low Rise licences are not suitable)"
    kept = grades.without_refusals(text)
    assert "Open licence is required" in kept
    assert "Low Rise" not in kept
    nz = "EWRB registration (full registration is required - a limited certificate is not suitable)"
    assert "full registration is required" in grades.without_refusals(nz)
    assert "limited certificate" not in grades.without_refusals(nz)


def test_a_sibling_the_bracket_calls_not_suitable_is_refused() -> None:
    asked = "Current QBCC Open builder licence (Open licence is required, so Low Rise licences are not suitable)"
    assert _verdict(asked, ["QBCC Open builder licence, Queensland"]).credit == 1.0
    assert _verdict(asked, ["QBCC Low Rise builder licence, Queensland"]).credit == 0.0


def test_open_names_a_class_of_a_person_credential() -> None:
    # "open source licence" is a thing's; "Open" alone is a class ("Open builder", "Open Water Diver")
    asked = "Current QBCC Open builder licence"
    assert _verdict(asked, ["QBCC Open builder licence"]).credit == 1.0
    assert wanted_in("Experience with open source licences (MIT, GPL)") == []


# --- an awarding body's initials lead a named qualification


def test_initials_lead_a_named_qualification() -> None:
    asked = "RYA Yachtmaster Offshore qualification (commercially endorsed)"  # UK skipper
    assert _verdict(asked, ["RYA Yachtmaster Offshore, commercially endorsed (2021)"]).credit == 1.0
    assert _verdict(asked, ["RYA Day Skipper qualification"]).credit == 0.0
    cwb = "CWB Welding Supervisor qualification"  # Canadian Welding Bureau
    assert _verdict(cwb, ["CWB Welding Supervisor qualification (W47.1)"]).credit == 1.0
    assert _verdict(cwb, ["CWB Welder qualification, flat and horizontal"]).credit == 0.0


def test_a_relevant_qualification_names_none() -> None:
    assert wanted_in("A relevant qualification in social care") == []


def test_in_date_says_how_a_certificate_is_held() -> None:
    asked = "In-date CSCS card"
    names = [i for w in wanted_in(asked) for i in w.ids]
    assert names and all("In-date" not in n for n in names)


# --- a class written by its scheme, its name and its code


def test_a_class_code_after_its_name_is_asked_and_its_sibling_refused() -> None:
    asked = "CPCS Crawler Crane (CC) - essential, A40 only will not be considered"  # UK plant operator
    assert _verdict(asked, ["CPCS Blue Card - categories A40, CC"]).credit == 1.0
    assert _verdict(asked, ["CPCS Blue Card - categories A40"]).credit == 0.0
    skipper = "RYA Coastal Skipper (CS), in date"
    assert _verdict(skipper, ["RYA Coastal Skipper (CS) certificate of competence"]).credit == 1.0
    assert _verdict(skipper, ["RYA Day Skipper certificate"]).credit == 0.0


def test_a_class_code_is_no_place() -> None:
    wanted = wanted_in("HRWL Intermediate Rigging (RI)")
    assert wanted and wanted[0].jurisdictions == ()


def test_an_abbreviation_is_in_a_label_only_as_a_word() -> None:
    assert label("Intermediate Rigging", "RI") == "Intermediate Rigging (RI)"
    assert label("CPR certification", "CPR") == "CPR certification"


def test_a_product_with_a_bracketed_code_is_no_class() -> None:
    assert wanted_in("AWS Elastic Compute Cloud (EC2)") == []


# --- Chartered and Approved lead a designation


def test_chartered_and_approved_lead_a_designation() -> None:
    adi = "Approved Driving Instructor (ADI) - grade A or B"  # DVSA, UK
    assert _verdict(adi, ["Approved Driving Instructor (ADI), DVSA grade A"]).credit == 1.0
    assert _verdict(adi, ["Trainee driving instructor licence (PDI)"]).credit == 0.0
    qs = "Chartered Quantity Surveyor, RICS"
    assert _verdict(qs, ["Chartered Quantity Surveyor (MRICS)"]).credit == 1.0
    assert _verdict(qs, ["AssocRICS - Associate, quantity surveying pathway"]).credit == 0.0


def test_chartered_member_is_above_associate_member() -> None:
    asked = "Chartered Member of the CILT (CMILT)"  # logistics, Ireland
    assert _verdict(asked, ["Chartered Member of the CILT (CMILT) | Chartered Institute of Logistics"]).credit == 1.0
    low = _verdict(asked, ["Associate Member of the CILT (AMILT) | Chartered Institute of Logistics and Transport"])
    assert low.credit == 0.0
    cips = "Chartered Member of the CIPS (MCIPS) essential"  # procurement, UK and Australia
    assert _verdict(cips, ["Associate Member of the CIPS | Chartered Institute of Procurement & Supply"]).credit == 0.0
    assert _verdict(cips, ["MCIPS - Chartered Member of the CIPS"]).credit == 1.0


def test_a_rank_word_after_a_closed_field_is_another_names() -> None:
    # "... (Assoc) | Chartered Institute of ...": the issuer's "Chartered" does not rank the membership held
    asked = "Chartered Member of the CIPS"
    line = "Member of the CIPS (Affiliate) | Chartered Institute of Procurement & Supply"
    assert _verdict(asked, [line]).credit == 0.0


# --- a short form written before a bracket that holds the whole name


def test_a_short_form_before_a_bracketed_name_is_held_too() -> None:
    adipfp = "the ADipFP (Advanced Diploma of Financial Planning) is essential"  # Australian adviser
    assert _verdict(adipfp, ["ADipFP - Kaplan Professional, 2019"]).credit == 1.0
    assert _verdict(adipfp, ["Diploma of Financial Planning (FNS50615)"]).credit == 0.0
    plt = "A GDipLP (Graduate Diploma of Legal Practice) or equivalent PLT"  # Australian lawyer's practical training
    assert _verdict(plt, ["GDipLP, College of Law Australia (2020)"]).credit == 1.0
    assert _verdict(plt, ["Bachelor of Laws (LLB), Monash University"]).credit == 0.0


# --- a country named beside a licence is where it must be held


def _placed(asked: str, listed: list[str], home: tuple[str, ...] = ()) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), home, [], listed)


def test_a_country_named_beside_a_licence_is_where_it_is_held() -> None:
    nz = "NZ teacher registration"
    assert _placed(nz, ["Teacher registration - Queensland College of Teachers"]).credit == 0.0
    assert _placed(nz, ["Teacher registration, Teaching Council of Aotearoa New Zealand"]).credit == 1.0
    lawyer = "Current practising certificate (New Zealand)"
    assert _placed(lawyer, ["Practising certificate, Law Society of New South Wales"]).credit == 0.0
    assert _placed(lawyer, ["Practising certificate, New Zealand Law Society"]).credit == 1.0
    fitter = "Current pest management technician licence (Australia)"
    assert _placed(fitter, ["Pest management technician licence, British Columbia"]).credit == 0.0
    assert _placed(fitter, ["Pest management technician licence, Victoria"]).credit == 1.0  # a state is in its country
    uk = "Current UK gas engineer registration"
    assert _placed(uk, ["Gas engineer registration (Ireland) - RGII"]).credit == 0.0
    assert _placed(uk, ["Gas engineer registration, Gas Safe Register, United Kingdom"]).credit == 1.0


def test_a_licence_with_no_place_is_taken_as_held_in_the_country_lived_in() -> None:
    assert _placed("NZ teacher registration", ["Teacher registration (full)"], ("New Zealand",)).credit >= 0.9
    assert _placed("NZ teacher registration", ["Teacher registration (full)"]).credit == 0.5


def test_a_country_says_no_state() -> None:
    # a state asked: a line naming only the country leaves the state unstated, not another place
    assert _placed("QBCC Open builder licence, Queensland", ["QBCC Open builder licence, Australia"]).credit == 0.5


# --- a register kept by a body: the body is the credential


def test_a_register_kept_by_a_body_asks_for_that_body() -> None:
    psi = "Registration on the Register of Pharmacists maintained by the Pharmaceutical Society of Ireland"
    assert _verdict(psi, ["Registered Pharmacist, Pharmaceutical Society of Ireland (PSI)"]).credit == 1.0
    assert _verdict(psi, ["Registered Pharmacist, General Pharmaceutical Council (GPhC)"]).credit == 0.0
    arb = "Entry in the Register of Architects held by the Architects Registration Board"  # UK
    assert _verdict(arb, ["Architect, ARB registered (Architects Registration Board)"]).credit == 1.0
    assert _verdict(arb, ["Registered Architect, Royal Architectural Institute of Canada"]).credit == 0.0


def test_a_registration_board_is_a_body_not_a_credential() -> None:
    assert wanted_in("Experience liaising with the Nursing Registration Board") == []


# --- the part of a register held: a scope, a division


def test_a_scope_of_practice_is_the_registration_asked() -> None:
    asked = "Registration with the Nursing Council of New Zealand in the scope of practice for enrolled nursing"
    assert _verdict(asked, ["Registered - Nursing Council of New Zealand (scope: enrolled nursing)"]).credit == 1.0
    assert _verdict(asked, ["Registered - Nursing Council of New Zealand (scope: nurse assistant)"]).credit == 0.0
    ontario = "Registration with the College of Physiotherapists of Ontario in the acupuncture scope"
    assert _verdict(ontario, ["College of Physiotherapists of Ontario, registered, acupuncture"]).credit == 1.0
    assert _verdict(ontario, ["College of Physiotherapists of Ontario, registered, independent practice"]).credit == 0.0


# --- "<Issuer>-registered <holder>"


def test_an_issuer_hyphened_to_registered_leads_a_holder() -> None:
    asked = "You must be an Ofsted-registered childminder"  # England
    assert _verdict(asked, ["Registered childminder, Ofsted (EY123456)"]).credit == 1.0
    assert _verdict(asked, ["Nursery practitioner, Level 3"]).credit == 0.0
    bacp = "Must be a BACP-registered counsellor"  # British Association for Counselling and Psychotherapy
    assert _verdict(bacp, ["Registered counsellor, BACP (MBACP)"]).credit == 1.0
    assert _verdict(bacp, ["Registered psychotherapist, UKCP"]).credit == 0.0


def test_a_bare_role_hyphened_to_a_register_is_not_read() -> None:
    assert wanted_in("Gas Safe-registered engineer with ACS") == []


def test_a_holder_named_after_a_things_word_is_a_holder() -> None:
    # "marriage" names a thing's certificate ("marriage certificate"); before a holder it names the holder
    assert wanted_in("Certified copy of a marriage certificate") == []
    assert wanted_in("Licensed insurance broker")


# --- the label keeps the posting's noun


def test_the_label_keeps_the_noun_the_posting_wrote() -> None:
    for asked, label_ in [
        ("Current ACMA Open cabling registration", "ACMA Open cabling registration"),
        ("RYA Yachtmaster Offshore qualification", "RYA Yachtmaster Offshore qualification"),
        ("You must be an Ofsted-registered childminder", "Ofsted-registered childminder"),
    ]:
        wanted = wanted_in(asked)
        assert graded_name(wanted[0], asked) == label_


# --- shared initials written after a word of another name


def test_shared_initials_after_another_names_word_are_that_credential() -> None:
    # the Irish coach driver's Driver CPC is no Certified Professional Coder; a Scrum CSP no safety professional
    assert [w.ids for w in wanted_in("Valid Coach Driver CPC card (Ireland)")] == [("~Coach Driver CPC",)]
    assert [w.ids for w in wanted_in("Scrum Alliance CSP certification")] == [("~Scrum Alliance CSP",)]


def test_shared_initials_after_a_place_or_a_qualifier_stay_the_vocabularys() -> None:
    assert [w.ids for w in wanted_in("CSP certification (BCSP) required")] == [("csp",)]
    assert [w.ids for w in wanted_in("Texas CPA license")] == [("cpa",)]


# --- an examination's paper or module passed


def test_a_paper_or_module_passed_is_asked_by_its_initials() -> None:
    cisi = "Passed CISI Module 2 (Investment Regulation)"  # UK wealth management
    assert _verdict(cisi, ["CISI Module 2 - Investment Regulation, passed 2021"]).credit == 1.0
    assert _verdict(cisi, ["CISI Module 1 - Introduction to Securities, passed 2020"]).credit == 0.0
    ica = "Passed ICA Paper 3 (Financial Crime Prevention)"  # International Compliance Association
    assert _verdict(ica, ["ICA Paper 3, Financial Crime Prevention (2024)"]).credit == 1.0
    assert _verdict(ica, ["CAMS - ACAMS certified"]).credit == 0.0


# --- an endorsement asked after the register that holds the licence


def test_an_endorsement_after_the_register_is_the_area_asked() -> None:
    physio = (
        "Registration as a physiotherapist with the Physiotherapy Board of Australia (AHPRA) with an endorsement in "
        "acupuncture"
    )
    wanted = graded(wanted_in(physio)[0], physio)
    assert wanted.area == "acupuncture"
    held = "General registration - Physiotherapist, Physiotherapy Board of Australia (AHPRA)"
    assert judge(wanted, held_in([held], TODAY), (), [], [held]).credit == 0.0
    paramedic = "Registration as a paramedic with the HCPC with an endorsement in independent prescribing"  # UK
    assert graded(wanted_in(paramedic)[0], paramedic).area == "independent prescribing"


def test_a_chartered_job_title_with_its_seniority_is_no_designation() -> None:
    assert wanted_in("Chartered Senior QS - Leeds") == []  # a UK job title
    assert wanted_in("Approved Lead Assessor, Melbourne") == []  # an Australian one


# --- review r20c: places that are no country, and countries that are the applicant's


def test_new_south_wales_is_no_part_of_the_united_kingdom() -> None:
    from careerpilot.matching.jurisdictions import where_held

    assert "United Kingdom" not in where_held("Gas fitter licence, New South Wales")
    assert "Australia" in where_held("Gas fitter licence, New South Wales")
    uk = "Current UK gas engineer registration"
    assert _placed(uk, ["Gas engineer registration, New South Wales"]).credit == 0.0
    assert _placed(uk, ["Gas engineer registration, Cardiff, Wales"]).credit == 1.0


def test_a_country_applicants_come_from_is_not_where_the_licence_is_held() -> None:
    # a posting welcoming applicants, relocation or visas names the people's country, not the licence's
    for asked in [
        "Practising certificate, relocating from India welcome",  # a New Zealand law firm
        "Electrical worker licence (UK applicants welcome)",  # an Australian electrician's post
        "Teacher registration, visa sponsorship for Irish teachers",
        "Security licence - British nationals may apply",
    ]:
        wanted = wanted_in(asked)
        assert wanted, asked
        assert graded(wanted[0], asked).jurisdictions == (), asked
    assert graded(wanted_in("Practising certificate (New Zealand)")[0], "x").jurisdictions == ("New Zealand",)


def test_chartered_or_approved_before_a_body_a_document_or_a_trainee_is_no_designation() -> None:
    for text in [
        "Working to the HSE Approved Code of Practice L8",  # UK water hygiene: a code, not a credential
        "Compliance with Building Regulations Approved Document B",  # UK building control: a document
        "Approved Premises Support Worker - National Probation Service",  # a UK probation hostel's job
        "Chartered Trainee Accountant - ACA route",  # a trainee is on the way to the designation
        "Chartered Surveyor Assistant",
        "Chartered Accountant Manager - Dublin",
        "Chartered Manager Apprenticeship",  # a programme the employer offers
    ]:
        assert wanted_in(text) == [], text
    # the body's name is no designation: "~Chartered Institute" would be held by any line naming an institute
    assert all(
        "~Chartered Institute" not in w.ids
        for w in wanted_in("Chartered Institute of Management Accountants (CIMA) qualified")
    )
    assert wanted_in("Chartered Manager (CMgr) status")  # the CMI's designation itself
    assert wanted_in("Approved Mental Health Professional (AMHP) warrant")


def test_a_title_that_decides_shared_initials_outweighs_a_capitalised_word_before_them() -> None:
    # "Remote", "Travel", "Bilingual", "Cardiology" say how or where the work is done, not another credential's name
    for item, title, cid in [
        ("Remote CPC required", "Medical Coder II", "cpc"),
        ("Cardiology CPC required", "Coder", "cpc"),
        ("Travel CST needed - 13 week contract", "Surgical Technologist", "cst"),
        ("Bilingual CMA preferred", "Medical Assistant", "cma_aama"),
        ("Experienced CAMS holder", "AML Analyst", "cams"),
    ]:
        assert [w.ids for w in wanted_in(item, title)] == [(cid,)], item
    assert [w.ids for w in wanted_in("Valid Coach Driver CPC card (Ireland)", "Coach Driver")] == [
        ("~Coach Driver CPC",)
    ]


def test_initials_before_a_bracket_that_do_not_spell_the_name_are_no_short_form() -> None:
    # a country, an issuer or a ward written before a bracketed credential is not its short form: "~NZ" would be
    # held by any resume line naming New Zealand, "~SIA" by an SIA CCTV licence
    for text, other in [
        ("USA (state nursing licence)", "~USA"),
        ("NZ (practising certificate)", "~NZ"),
        ("Must hold an SIA (Door Supervisor licence)", "~SIA"),  # the UK's Security Industry Authority
        ("Work in the ED (Emergency Nursing certification)", "~ED"),
    ]:
        assert all(other not in w.ids for w in wanted_in(text)), text
    dip = "the DipPFS (CII Level 4 Diploma in Regulated Financial Planning) is essential"
    assert "~DipPFS" in wanted_in(dip)[0].ids  # "Dip" is the start of the name's "Diploma"
    assert "~PgCert" in wanted_in("PgCert (Postgraduate Certificate in Education)")[0].ids


def test_the_country_lived_in_is_read_from_the_place_when_the_resume_gives_no_code() -> None:
    # parsed resumes often carry a city and a region and no country code
    from careerpilot.domain.resume import Resume
    from careerpilot.matching.evidence import from_resume

    def home(location: dict[str, str]) -> tuple[str, ...]:
        return from_resume(Resume.model_validate({"basics": {"location": location}}), TODAY).home

    assert "United Kingdom" in home({"city": "Leeds", "region": "England"})
    assert "Australia" in home({"city": "Southport", "region": "Queensland"})
    assert home({"city": "Newry", "region": "Co. Down", "countryCode": "GB"}) == ("United Kingdom",)


def test_a_state_asked_is_not_widened_to_its_country() -> None:
    # "Western Australia" names Australia, "England and Wales" the UK: the state asked is the narrower place
    wa = "Security licence, Western Australia"
    assert _placed(wa, ["Security licence, New South Wales"]).credit == 0.0
    assert _placed(wa, ["Security licence, Western Australia"]).credit == 1.0
    solicitor = "Practising certificate from the Law Society of England and Wales"
    assert _placed(solicitor, ["Practising certificate, Law Society of Scotland"]).credit == 0.0
    assert _placed(solicitor, ["Practising certificate, Law Society of England and Wales"]).credit == 1.0
    either = "Gas engineer registration (Queensland or New Zealand)"
    assert _placed(either, ["Gas engineer registration, New Zealand"]).credit == 1.0


def test_a_capital_that_only_starts_the_item_is_no_other_name() -> None:
    # an item's first word is capitalised as a sentence's is: "Travel CST certification" is still the CST
    assert [w.ids for w in wanted_in("Travel CST certification required")] == [("cst",)]
    assert [w.ids for w in wanted_in("Remote CPC certification required")] == [("cpc",)]
    assert [w.ids for w in wanted_in("Valid Coach Driver CPC card (Ireland)")] == [("~Coach Driver CPC",)]

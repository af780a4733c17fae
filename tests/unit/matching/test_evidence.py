"""Resume evidence: durations from JSON Resume and plain-text dates, overlaps counted once, each fact with its line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence
from careerpilot.matching.coverage import check
from careerpilot.matching.requirements import extract_requirements
from careerpilot.text.terms import key_terms, stem

TODAY = date(2026, 11, 1)
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _resume(*work: dict) -> Resume:
    return Resume.model_validate(
        {"work": list(work), "skills": [{"name": "Backend", "keywords": ["Python", "Postgres"]}]}
    )


def test_overlapping_roles_are_not_double_counted():
    found = evidence.from_resume(
        _resume(
            {"name": "A", "position": "Engineer", "startDate": "2018-01", "endDate": "2021-01"},
            {"name": "B", "position": "Consultant", "startDate": "2020-01", "endDate": "2022-01"},
        ),
        TODAY,
    )
    assert [r.months for r in found.roles] == [37, 25]  # each through its end month
    assert found.total_years == 49 / 12  # 2018-01 through 2022-01, the shared 2020 counted once


def test_present_role_runs_until_today():
    found = evidence.from_resume(_resume({"name": "A", "position": "Engineer", "startDate": "2024-11"}), TODAY)
    assert found.roles[0].months == 25  # 2024-11 through today's month, 2026-11


def test_missing_months_are_assumed_mid_year_and_noted():
    found = evidence.from_resume(
        _resume({"name": "A", "position": "Engineer", "startDate": "2019", "endDate": "2023"}), TODAY
    )
    assert found.roles[0].months == 49  # Jul 2019 through Jul 2023
    assert any("mid-year" in note for note in found.assumptions)
    assert not found.notes  # a missing month is a stated assumption, not a doubt that lowers confidence


def test_malformed_month_leaves_the_role_undated_with_a_note():
    found = evidence.from_resume(
        _resume({"name": "A", "position": "Engineer", "startDate": "2019-13", "endDate": "2021-02"}), TODAY
    )
    assert found.roles[0].months is None
    assert any("unreadable date" in note for note in found.notes)
    assert found.total_years == 0


def test_skills_carry_the_resume_line_that_proves_them():
    found = evidence.from_resume(Resume.model_validate_json((EXAMPLES / "resume.json").read_text()), TODAY)
    assert "PostgreSQL" in found.skills and "PostgreSQL" in found.skills["PostgreSQL"]
    assert "Django" in found.skills["Django"]
    assert found.degree_level == 3  # Bachelor of Science
    assert found.languages["French"].startswith("Professional")
    assert 9 < found.total_years < 10.5  # 2017-01 .. today, no gaps


def test_plain_text_resume_roles_and_durations():
    text = """## Education
Bachelor's degree in Computer Engineering (2008 - 2012)

## Experience
1. Junior Systems Admin/Engineer (2019 - 2023)
2. SOC Security Analyst (2014 - 2019)
Position: Tire Repairer and Changer
Duration: Mar 2012 - Jan 2014
"Bakers" - 2010-present
"""
    found = evidence.from_text(text, TODAY)
    titles = [r.title for r in found.roles]
    assert titles == ["Junior Systems Admin/Engineer", "SOC Security Analyst", "Tire Repairer and Changer", "Bakers"]
    assert [r.months for r in found.roles[:3]] == [49, 61, 23]
    assert found.degree_level == 3
    assert found.roles[3].end == (2026, 11)


# Experience lines written in prose, as they appear in the rjdb resumes (tests/data/matching/rjdb_test.jsonl).
PROSE_EXPERIENCE = """## Experience
* Worked as a Survey Researcher between 2013 and 2016
* Previously employed as a Precision Instrument and Equipment Repairer from 2008 to 2013.
- Vocation as a Fitness worker between 2012 - 2013
- Served as Rehabilitation Counselor from 2016 to 2020, undertaking case assessment and documentation.
* 2013 - 2017 as a Lead Mobile Application Developer. Guided the application development team.
- Senior Web Developer - Django/CMS, January, 2011 - December, 2016
1. SAP Business Analyst ( 2021 - Till date )
Astronomers and Physicists, Organization: Missing, From: 2017 To: 2020
Worked as a Java Developer in Johnson County from the year of 2015 up to 2019. Arrived schemes.
"""


def test_prose_date_ranges_give_roles_with_titles_and_durations():
    found = evidence.from_text(PROSE_EXPERIENCE, TODAY)
    got = {r.title: r.months for r in found.roles}
    assert got["Survey Researcher"] == 37  # "between 2013 and 2016"
    assert got["Precision Instrument and Equipment Repairer"] == 61  # "from 2008 to 2013."
    assert got["Fitness worker"] == 13
    assert got["Rehabilitation Counselor"] == 49  # the clause after the dates is not part of the title
    assert got["Lead Mobile Application Developer"] == 49  # nor is the next sentence
    assert got["Senior Web Developer - Django/CMS"] == 72  # "January, 2011 - December, 2016"
    assert got["SAP Business Analyst"] == (2026 - 2021) * 12 + 11 - 7 + 1  # "Till date" is today
    assert got["Astronomers and Physicists, Organization"] == 37  # "From: 2017 To: 2020"
    assert got["Java Developer in Johnson County"] == 49  # "from the year of 2015 up to 2019"
    assert not found.notes  # year-only dates are assumptions, not doubts
    assert all("mid-year" in a for a in found.assumptions)


def test_schooling_with_dates_is_education_and_job_words_are_not_degrees():
    text = """## Skills
- Proficient in MS Office.
## Experience
Bachelor's Degree in Architecture and Civil Engineering; School of Engineering; January 2004 - May 2008.
Directed software development for 3 years (2019-2022), serving as Scrum Master.
- Skincare Specialist at Elite Skin Therapy, November 2011 - October 2016. Provided care with a high degree of skill.
"""
    found = evidence.from_text(text, TODAY)
    assert len(found.roles) == 2  # the degree's years are schooling, not a job
    assert found.roles[1].months == 60  # "a high degree of" does not make a job line education
    assert found.degree_level == 3  # bachelor's; neither "Scrum Master" nor "MS Office" is a master's degree


def test_word_forms_of_a_stem_count_as_the_same_word():
    found = evidence.from_text("## Skills\n- Certified Business Analyst\n- Mathematical calculations", TODAY)
    assert "analyst" in found.forms(stem("analysis"))  # "analysis" in a posting, "analyst" in the resume
    assert "mathematical" in found.forms(stem("mathematics"))
    assert not evidence.from_text("Plant operator", TODAY).forms(stem("plan"))  # too short to guess at
    line, share = found.best_line(key_terms("Proficient Business Analysis skills"))
    assert line == "Certified Business Analyst" and share == 1.0


def test_a_line_naming_several_roles_gives_each_its_own_dates():
    text = (
        "Experience\nFrom her experiences working one year as an E-Commerce Application Admin (2022 - 2023), "
        "five years as a Technical Support Specialist - SQL (2017 - 2022).\nBarista 2015 - 2017, 2019 - 2021\n"
    )
    found = evidence.from_text(text, TODAY)
    got = {r.title: r.months for r in found.roles}
    assert got["E-Commerce Application Admin"] == 13 and got["Technical Support Specialist - SQL"] == 61
    assert len(found.roles) == 3  # the barista line has no title before its second range: one role


def test_what_the_resume_says_it_lacks_is_not_evidence():
    found = evidence.from_text(
        "Skills\n- Python; no experience with Kubernetes or Docker\n- Healthcare DBA minus Oracle skill\n", TODAY
    )
    assert "Python" in found.skills and "Kubernetes" not in found.skills and "Docker" not in found.skills
    assert not found.forms(stem("oracle")) and found.forms(stem("healthcare"))
    assert found.lines[1] == "Python; no experience with Kubernetes or Docker"  # the line is shown as written


def test_a_labelled_role_block_takes_its_title_from_the_position_over_the_company():
    text = (
        "Experience\nPosition: Bridge Painter\nCompany: Span Coatings LLC\nYears: 2016-2019\n"
        "Responsibilities: blasted and coated girders.\nJob Title: Crew Lead\nEmployer: Span Coatings LLC\n"
        "Dates: 2019-2021\n"
    )
    found = evidence.from_text(text, TODAY)
    assert [(r.title, r.months) for r in found.roles] == [("Bridge Painter", 37), ("Crew Lead", 25)]
    # the lines naming a role belong to it, not to the role before: years by words read them
    assert found.roles[0].detail == [
        "Position: Bridge Painter",
        "Company: Span Coatings LLC",
        "Responsibilities: blasted and coated girders.",
    ]
    assert found.roles[1].detail[:2] == ["Job Title: Crew Lead", "Employer: Span Coatings LLC"]


def test_a_title_on_the_line_above_its_dates_is_one_of_the_roles_lines():
    found = evidence.from_text("Experience\nNight Auditor\n2018 - 2020\n- Balanced the ledger nightly", TODAY)
    assert found.roles[0].title == "Night Auditor" and found.roles[0].detail[0] == "Night Auditor"
    # a line before the section's heading is no part of the first role
    found = evidence.from_text("Skills\nBookkeeping\nExperience\n2018 - 2020 Night Auditor", TODAY)
    assert found.roles[0].detail == []


def test_a_prose_paragraph_naming_roles_in_several_sentences_gives_each_its_dates():
    text = (
        "Experience\nI held the position of a Loan Processor (2014-2015), wherein my duties kept files complete. "
        "I also worked as a Title Examiner from 2009 to 2014, checking deeds. Senior Analyst (2005 - 2009) came first."
    )
    got = {r.title: r.months for r in evidence.from_text(text, TODAY).roles}
    assert got == {"I held the position of a Loan Processor": 13, "Title Examiner": 61, "Senior Analyst": 49}


def test_dates_in_brackets_before_a_title_leave_the_title_on_its_own_line():
    text = "Experience\n(2015 - 2017) Claims Adjuster\n(2011 - 2015) Bank Teller\n"
    found = evidence.from_text(text, TODAY)
    assert [(r.title, r.detail) for r in found.roles] == [("Claims Adjuster", []), ("Bank Teller", [])]


def test_each_role_on_a_shared_line_keeps_only_its_own_words():
    text = (
        "Experience\nCrane Operator, 2013 - 2014. Lifted steel for high-rises. "
        "Forklift Driver, 2008 - 2013. Moved pallets in a cold store."
    )
    first, second = evidence.from_text(text, TODAY).roles
    assert first.line == "Crane Operator, 2013 - 2014. Lifted steel for high-rises."
    assert second.line == "Forklift Driver, 2008 - 2013. Moved pallets in a cold store."


def test_a_title_abbreviation_s_period_does_not_end_the_title():
    text = "Experience\nI worked as a Sr. Analyst from 2015 to 2019.\nAsst. Mgr. Operations (2019 - 2022)\n"
    titles = [r.title for r in evidence.from_text(text, TODAY).roles]
    assert titles == ["Sr. Analyst", "Asst. Mgr. Operations"]
    # a full word's period still ends the sentence that names the role
    assert evidence._role_title("Worked as a nurse. Then I moved on") == "nurse"


def test_mastery_of_a_skill_on_a_resume_is_no_masters_degree():
    assert evidence.degree_level("Master of negotiation skills") == 0
    assert evidence.degree_level("Master of Science in Data Science") == 4


def test_a_school_named_under_a_work_heading_is_a_job():
    text = (
        "## Experience\n- Served a total of 3 years as a School Bus Monitor (2012 - 2015).\n"
        "- Teacher, Lincoln High School, 2015 - 2020\n- Master of Science, Boston University (2010 - 2012)\n"
    )
    found = evidence.from_text(text)
    assert [r.title for r in found.roles] == ["School Bus Monitor", "Teacher, Lincoln High School"]
    assert found.education == ["Master of Science, Boston University (2010 - 2012)"]


def test_a_school_under_no_work_heading_is_still_schooling():
    found = evidence.from_text("Harvard University (2008 - 2012)\nCashier at Target (2012 - 2014)")
    assert [r.title for r in found.roles] == ["Cashier at Target"]


def test_how_long_after_a_prose_title_is_no_part_of_it():
    text = (
        "## Experience\n- Gathered professional experience as a designer for 3 years (2003 - 2006).\n"
        "- Project Manager for 10 years at Acme (2006 - 2016)\n- Manager for Sales Operations (2016 - 2018)\n"
    )
    assert [r.title for r in evidence.from_text(text).roles] == [
        "designer",
        "Project Manager",
        "Manager for Sales Operations",
    ]


def test_a_school_under_a_schooling_heading_after_work_is_schooling():
    # the heading closes the work section: the university is where the nurse studied, not a second job
    for heading in ("Academic Background", "Academics", "Schooling", "Education", "Training", "Qualifications"):
        text = (
            "## Experience\nRegistered Nurse, Mercy Hospital, 2015 - 2020\n"
            f"## {heading}\nOhio State University, 2010 - 2014\n"
        )
        found = evidence.from_text(text, date(2025, 1, 1))
        assert [r.title for r in found.roles] == ["Registered Nurse, Mercy Hospital"], heading


def test_a_training_or_qualifications_line_inside_work_does_not_close_it():
    # a line naming what a role involved is no heading: the school employer after it is the next job, not schooling
    for line in ("Training", "Qualifications"):
        text = (
            "Work History\n"
            "Instructional Coach, Maple Grove School District, 2019 - 2024\n"
            "Coached 14 teachers on lesson planning\n"
            f"{line}\n"
            "Led the district's summer workshops for new staff\n"
            "Teacher, Lincoln High School, 2012 - 2019\n"
            "Taught Algebra I and Geometry to grades 9-10\n"
            "Education\n"
            "B.S. Mathematics Education, Kent State University, 2008 - 2012\n"
        )
        found = evidence.from_text(text, date(2025, 1, 1))
        assert [r.title for r in found.roles] == [
            "Instructional Coach, Maple Grove School District",
            "Teacher, Lincoln High School",
        ], line
        assert found.roles[1].months == 85, line  # January 2012 through January 2019, both months counted


@pytest.mark.parametrize(
    ("resume", "job"),
    [
        (
            "Experience\nWelder, Acme Fab (2018 - 2024)\n- MIG and TIG welding\nTraining\n"
            "Welding Apprenticeship Program, Red River College (2014 - 2018)\nSkills\nMIG, TIG",
            "Welder, Acme Fab",
        ),
        (
            "EXPERIENCE\nSecurity Guard, G4S (2019 - 2024)\nTRAINING\n"
            "Basic Security Training, Humber College (2017 - 2018)",
            "Security Guard, G4S",
        ),
        (
            "Work Experience\nPolice Constable, Toronto Police Service (2018 - 2024)\nProfessional Training\n"
            "Ontario Police College, Basic Constable Training (2017 - 2018)",
            "Police Constable, Toronto Police Service",
        ),
        (
            "Experience\nWelder, Acme Fab (2018 - 2024)\nTraining & Certifications\n"
            "Welding Program, Red River College (2014 - 2018)",
            "Welder, Acme Fab",
        ),
        (
            "Experience\nLine Cook, The Keg (2020 - 2024)\nQualifications & Training\n"
            "Culinary Arts Certificate Program, George Brown College (2018 - 2020)",
            "Line Cook, The Keg",
        ),
        (
            "Experience\nElectrician, Spark Ltd (2019 - 2024)\nQualifications\n"
            "Electrical Apprenticeship, IBEW Local 353 (2014 - 2019)",
            "Electrician, Spark Ltd",
        ),
    ],
)
def test_a_course_under_a_training_heading_after_work_is_no_job(resume: str, job: str) -> None:
    # the heading closes the work section: the program or college course is where the person trained
    assert [r.title for r in evidence.from_text(resume, TODAY).roles] == [job]


@pytest.mark.parametrize("heading", ["Training", "TRAINING", "Qualifications", "Key Qualifications"])
def test_a_job_after_a_training_line_keeps_the_work_section_open(heading: str) -> None:
    # a title and its employer, no course word: the line above was a sub-heading inside the tutoring role
    text = (
        "Experience\nTutor, Kumon (2019 - 2024)\n"
        f"{heading}\n"
        "Teacher, Lincoln High School (2012 - 2019)\n"
        "Taught grade 9 science\n"
        "Camp Counsellor at YMCA Camp Pine (2010 - 2012)\n"
    )
    found = evidence.from_text(text, TODAY)
    assert [r.title for r in found.roles] == [
        "Tutor, Kumon",
        "Teacher, Lincoln High School",
        "Camp Counsellor at YMCA Camp Pine",
    ], heading
    assert found.roles[1].detail == ["Taught grade 9 science"], heading


@pytest.mark.parametrize(
    "line",
    [
        "Police Recruit, Ontario Police College (2017 - 2018)",
        "Forklift Operator Course, Toronto Training Centre (Mar 2016 - Apr 2016)",
        "Red River College, Welding (2014 - 2018)",
    ],
)
def test_a_trainee_or_a_school_first_under_a_training_heading_is_no_job_reopening_work(line: str) -> None:
    text = f"Experience\nWelder, Acme Fab (2018 - 2024)\nTraining\n{line}\n"
    assert [r.title for r in evidence.from_text(text, TODAY).roles] == ["Welder, Acme Fab"], line


_SUB_HEADED = (
    "Experience\nTutor, Kumon (2019 - 2024)\n- Taught math\n{heading}\n- Led new-tutor sessions\n"
    "{job}\n- Did the work\n"
)


@pytest.mark.parametrize("heading", ["Training", "Qualifications"])
@pytest.mark.parametrize(
    ("job", "title"),
    [
        # the employer first, a school employing: the title after it names the job
        ("Lincoln High School — Teacher, 2012 - 2019", "Lincoln High School — Teacher"),
        ("Lincoln High School | Teacher | 2012 - 2019", "Lincoln High School | Teacher"),
        ("University Hospital - Registered Nurse (2015 - 2019)", "University Hospital - Registered Nurse"),
        ("Academy Sports + Outdoors — Sales Associate (2015 - 2019)", "Academy Sports + Outdoors — Sales Associate"),
        # a course or school word in a title that ends in a job's noun
        ("Training Coordinator, Acme Logistics, 2015 - 2019", "Training Coordinator, Acme Logistics"),
        ("Program Manager, United Way (2015 - 2019)", "Program Manager, United Way"),
        ("Workshop Supervisor, Bosch Car Service (2015 - 2019)", "Workshop Supervisor, Bosch Car Service"),
        ("Course Instructor at Red Cross (2015 - 2019)", "Course Instructor at Red Cross"),
        ("Student Services Advisor, Humber College (2015 - 2019)", "Student Services Advisor, Humber College"),
        ("School Bus Driver, First Student (2015 - 2019)", "School Bus Driver, First Student"),
        (
            "Student Affairs Coordinator, Ohio State University (2015 - 2019)",
            "Student Affairs Coordinator, Ohio State University",
        ),
        (
            "Recruit Training Officer, Toronto Police Service (2015 - 2019)",
            "Recruit Training Officer, Toronto Police Service",
        ),
        # an apprentice is paid: no course word, so a job
        ("Electrical Apprentice, Spark Electric Ltd (2014 - 2019)", "Electrical Apprentice, Spark Electric Ltd"),
        # the title on its own line above its employer and dates
        ("Teacher\nLincoln High School, 2012 - 2019", "Lincoln High School"),
    ],
)
def test_each_dated_line_after_a_training_line_is_a_job_unless_it_names_a_course(heading, job, title):
    found = evidence.from_text(_SUB_HEADED.format(heading=heading, job=job), TODAY)
    assert [r.title for r in found.roles] == ["Tutor, Kumon", title]


@pytest.mark.parametrize(
    "heading", ["Teaching Experience", "Professional Background", "Relevant Work Experience", "MILITARY EXPERIENCE"]
)
def test_a_work_heading_in_the_persons_own_words_after_qualifications_opens_work(heading: str) -> None:
    text = (
        "Jane Doe\nQualifications\n- Certified teacher, 8 years in classrooms\n"
        f"{heading}\nLincoln High School, Teacher, 2016 - 2024\nProgram Coordinator, Boys & Girls Club, 2012 - 2016\n"
    )
    titles = [r.title for r in evidence.from_text(text, TODAY).roles]
    assert titles == ["Lincoln High School, Teacher", "Program Coordinator, Boys & Girls Club"], heading


def test_a_line_ending_in_experience_inside_a_role_is_no_heading() -> None:
    text = "Experience\nCashier, Walmart (2015 - 2019)\n- Customer service experience\n- 5 Years Experience\n"
    (role,) = evidence.from_text(text, TODAY).roles
    assert role.detail == ["Customer service experience", "5 Years Experience"]


def test_each_line_under_a_training_section_is_read_on_its_own() -> None:
    # a certificate without a course word ("First Aid/CPR") leaves the courses after it courses
    text = (
        "Experience\nSecurity Guard, G4S (2019 - 2024)\nTraining\n"
        "First Aid/CPR, St John Ambulance (2018 - 2021)\n"
        "Basic Security Training, Humber College (2017 - 2018)\n"
        "Site Supervisor, Paladin Security (2015 - 2017)\n"
        "Ontario Police College, Basic Constable Training (2014 - 2015)\n"
    )
    titles = [r.title for r in evidence.from_text(text, TODAY).roles]
    assert titles == ["Security Guard, G4S", "Site Supervisor, Paladin Security"]


@pytest.mark.parametrize(
    "heading",
    [
        "Professional Development",
        "Courses",
        "Continuing Education",
        "Certificates",
        "Licenses & Certifications",
        "Trainings",
        "Training & Development",
    ],
)
def test_courses_and_certificate_headings_read_each_dated_line(heading: str) -> None:
    text = (
        f"Experience\nWelder, Acme Fab (2018 - 2024)\n{heading}\n"
        "Forklift Operator Course, Toronto Training Centre (2016 - 2017)\n"
        "Certificate in Blueprint Reading, Conestoga College (2015 - 2016)\n"
        "Lifeguard, City of Toronto (2012 - 2015)\n"
    )
    titles = [r.title for r in evidence.from_text(text, TODAY).roles]
    assert titles == ["Welder, Acme Fab", "Lifeguard, City of Toronto"], heading


def test_teaching_years_after_a_training_line_inside_a_role_are_met() -> None:
    resume = evidence.from_text(
        "Experience\nTutor, Kumon (2022 - 2024)\n- One-on-one math tutoring\nTraining\n- Onboarded new tutors\n"
        "Lincoln High School — Science Teacher (2015 - 2022)\n- Taught grade 9 science\n",
        date(2025, 1, 1),
    )
    posting = "Requirements:\n- 5+ years of teaching experience required\n- Good communication skills."
    (req,) = [r for r in extract_requirements("Teacher", posting).requirements if r.kind == "experience"]
    assert check(req, resume).status == "met"

"""Resume evidence: skills, roles with durations, degrees, certifications and languages, each with its line.

Durations come from JSON Resume dates ("2021-03", "2019", "2019-06-01", empty end = present) or, for plain
text resumes, from ranges such as "(2019 - 2023)", "Mar 2019 – Present", "Duration: 2014 - 2015" or prose
("Worked as a Survey Researcher between 2013 and 2016", "from 2008 to 2013", "January, 2011 - Till date"), the
title being what follows "as a" up to the dates. Overlapping roles are not double-counted (total experience is
the union of the intervals). A year without a month is taken as mid-year and noted in ``assumptions``; a date
that cannot be read leaves the role without a duration, with a note in ``notes`` (what lowers confidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from careerpilot.domain.jobs import content_hash
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import skill_mentions
from careerpilot.matching.credentials import Held, held_in, places, vocabulary
from careerpilot.matching.degrees import degree_level, post_secondary_diploma
from careerpilot.matching.jurisdictions import country_label, where_held
from careerpilot.matching.occupations import expanded, occupations
from careerpilot.matching.spoken_languages import LANGUAGES
from careerpilot.text.sentences import SENTENCE_END, same_word
from careerpilot.text.terms import key_terms, terms

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_PRESENT = re.compile(r"^(?:present|current(?:ly)?|now|today|ongoing|(?:to|till|until) (?:date|now|today)|date)$", re.I)
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+"  # not "from 2017"
_DATE_TEXT = (
    rf"(?:(?i:{_MONTH_NAME})?(?:19|20)\d{{2}}|(?:0?[1-9]|1[0-2])/(?:19|20)\d{{2}}|present|current(?:ly)?|now|"
    r"(?:till|until|to) (?:date|now|today)|date)"
)
# "2019 - 2023", "2008 to 2013", "Mar 2019 through Present"; "and" only after "between" ("between 2013 and 2016")
_RANGE = re.compile(
    rf"(?:\bbetween\s+(?:the\s+years\s+)?(?P<start2>{_DATE_TEXT})\s+and\s+(?P<end2>{_DATE_TEXT})|"
    rf"(?P<start>{_DATE_TEXT})\s*(?:-|–|—|(?:\bup\s+)?\bto\b:?|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
    rf"(?P<end>{_DATE_TEXT}))",
    re.I,
)
# a line about schooling, not a job: "Bachelor's Degree in Architecture; January 2004 - May 2008" (not "Scrum Master")
_EDUCATION_LINE = re.compile(
    r"\b(?:diploma|bachelor\w*|master'?s|master of|b\.?sc|m\.?sc|ph\.?d|mba|degree\s+(?:in|from)|(?:'s|’s)\s+degree)\b",
    re.I,
)
# a place of schooling: a line naming one is schooling, except under a work heading, where schools employ people
# ("3 years as a School Bus Monitor (2012 - 2015)", "Teacher, Lincoln High School, 2015 - 2020")
_SCHOOL_PLACE = re.compile(r"\b(?:university|college|school|institute|academy)\b", re.I)
_WORK_SECTIONS = frozenset({"experience", "work history", "employment", "history"})
# what a line says the person lacks, up to the clause's end: "without an emphasis on CRM", "minus Oracle skill"
_NEGATED = re.compile(
    r"\b(?:without|minus|lack(?:ing)?\s+of|lacks|except|no\s+(?:prior\s+)?(?:experience|knowledge|exposure)\s+"
    r"(?:with|in|of|to))\b[^.;:()\n]*",
    re.I,
)
_LABEL = re.compile(
    r"^(?:position|(?:job\s+)?title|role|duration|dates?|experience|period|tenure|years?)\s*(?::\s*|$)", re.I
)
# a labelled line naming where, not what: "Position: X / Company: Y / Years: 2015-2017" holds X's dates
_PLACE_LABEL = re.compile(r"^(?:company|employer|organi[sz]ation|firm|client|location|workplace)\s*:", re.I)
_ROLE_AS = re.compile(r"^(?:\S+\s+){0,8}?(?<!such )(?<!well )as\s+(?!well\b)(?:an?\s+|the\s+)?(?=\S)", re.I)
# a title's abbreviations, whose period ends no sentence ("Sr. Analyst", "Asst. Mgr. Operations")
_TITLE_ABBREVIATION = "".join(
    rf"(?<!\b{a})"
    for a in ("Sr", "Snr", "Jr", "Mgr", "Asst", "Assoc", "Dir", "Supv", "Supt", "Exec", "Admin", "Coord", "Dept", "Eng")
)
# where a prose role line stops naming the role: the dates' preposition, a clause, a sentence end
_ROLE_END = re.compile(
    r"\s*(?:\b(?:from|between|during|since|in the (?:period|years?)|for the (?:period|years?)|for a|where|wherein|"
    # "as a designer for 3 years (2003 - 2006)": how long, not the title
    r"for (?:about |over |nearly |almost |more than )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\+? (?:years?|yrs?|months?)\b|"
    rf"while|which|who|serving|responsible)\b|[;:]\s|{_TITLE_ABBREVIATION}\.(?:\s|$)|\s[-–—]\s*$|\(\s*\)).*$",
    re.I,
)
# a resume's section headings; schooling's own names ("Academic Background", "Schooling") close a work section, so a
# "University, 2010 - 2014" under them is not read as a job held under the work heading above
_SECTION = re.compile(
    r"^\W*(?:(?:work|professional|relevant|employment|career|technical|key|core|academic)\s+)?"
    r"(experience|work history|employment|history|skills|education|certifications?|certificates?|licen[cs]es|"
    r"languages|projects|summary|personal information|academic background|academics|schooling|trainings?|"
    r"qualifications|courses|professional development|continuing education)"
    r"(?:\s+(?:history|and \w+|& \w+))?\W*$",
    re.I,
)
# a work heading of the person's own words: "Teaching Experience", "Relevant Work Experience", "Military
# Experience", "Professional Background"; capitalized words only, so a line inside a role ("Customer service
# experience", "5 years experience") is no heading
_WORK_HEADING = re.compile(
    r"^\W*(?:(?:(?!(?i:of|with|in|years?)\b)[A-Z][A-Za-z'-]*|&|and)\s+){1,3}(?i:experience)\W*$|"
    r"^\W*(?i:professional|work|employment|career|military|job)\s+(?i:background|record)\W*$"
)
# the headings a course, a certificate or a job may be listed under: "Training" or "Qualifications" may be a
# sub-heading inside a role, and a "Certifications" list may date a job, so each dated line under them is read on
# its own (`_a_course`)
_COURSE_SECTION = re.compile(
    r"^(?:trainings?|qualifications|courses|professional development|continuing education|certific|licen)"
)
# what names a course: a dated line with one of these and no job's title is a course taken ("Welding
# Apprenticeship Program", "Basic Constable Training", "Certificate in Cosmetology"); an apprentice, student,
# recruit or cadet is paid, so no such word ("Electrical Apprentice, Spark Electric Ltd")
_COURSE_WORD = re.compile(
    r"\b(?:training|courses?|coursework|program(?:me)?s?\s+of\s+study|certif\w*|licen[cs]es?|diplomas?|"
    r"workshops?|seminars?|bootcamps?|apprenticeships?)\b",
    re.I,
)
# the head nouns of job titles: a line whose title ends in one names a job, whatever course word it holds
# ("Training Coordinator", "Workshop Supervisor", "Course Instructor", "Recruit Training Officer"); a course's
# name ends in its own noun ("Forklift Operator Course")
JOB_HEADS = frozenset(
    """accountant administrator adviser advisor agent aide analyst apprentice architect assistant associate attendant
    attorney audiologist auditor baker barber barista bartender bookkeeper buyer captain caregiver carpenter cashier
    chaplain chef chief cleaner clerk clinician coach commander consultant controller cook coordinator counsellor
    counselor courier custodian dean dentist designer developer director dishwasher dispatcher driver educator
    electrician engineer estimator executive facilitator firefighter foreman groundskeeper guard handler head
    housekeeper hygienist inspector installer instructor intern interpreter janitor laborer labourer lawyer lead
    lecturer librarian lieutenant lifeguard machinist manager mechanic mentor monitor nanny nurse officer operator
    organizer packer paralegal paramedic paraprofessional pathologist pharmacist physician picker planner plumber
    porter president principal professor programmer psychologist receptionist recruiter registrar rep representative
    researcher scheduler scientist secretary sergeant server specialist steward superintendent supervisor surveyor
    teacher tech technician technologist teller therapist trainee trainer translator tutor volunteer waiter welder
    worker writer""".split()
)
# the occupations people take a course for at a college, an institute or a training centre: under a training
# heading "Forklift Operator, Toronto Training Centre" or "Personal Support Worker, Humber College" is the course;
# a school's own staff ("Bookkeeper, Seneca College", "Barista, Humber College") held a job there
_TRAINED_HEADS = frozenset(
    """aide apprentice assistant barber caregiver carpenter cosmetologist driver electrician esthetician firefighter
    guard hairstylist hygienist machinist mechanic millwright nurse operator paramedic pipefitter plumber practitioner
    tech technician technologist welder worker""".split()
)
# a school board or district, or a school's hospital, employs and teaches no one: "Toronto District School Board",
# "University Hospital", "University Health Network" are no school studied at
_SCHOOL_EMPLOYER = re.compile(
    r"\b(?:(?:district\s+)?school\s+(?:board|district|division|system)|board\s+of\s+education|"
    r"(?:university|college)\s+(?:hospital|health|medical|clinic)\w*)\b",
    re.I,
)
# a line's raw form set as a bullet: a line inside a role, never a heading ("- Customer Service Experience")
_BULLET = re.compile(r"^\s*(?:[-•–—·▪●○]|\*(?!\*))")
# a line opening with a past-tense verb says what was done ("Improved Guest Experience"), no heading; these
# adjectives open real headings ("Related Experience", "Supervised Experience")
_DONE = re.compile(
    r"^(?!(?:related|selected|advanced|specialized|specialised|combined|applied|varied|supervised|paid|unpaid|"
    r"licensed|continued|extended|limited|detailed|diversified|united|added|certified|registered)\b)[A-Za-z]{3,}ed\b|"
    r"^(?:led|built|ran|drove|made|won|grew|taught|oversaw|gained|brought|gave|took|wrote|began|held|sold)\b",
    re.I,
)
# an own-words heading over schooling's placements: "Clinical Experience", "Student Teaching Experience",
# "Field Experience", "Practicum Experience", "Internship Experience"; a student's placements are no job held
_PLACEMENT_HEADING = re.compile(r"\b(?:student|clinical|practicum|field|placements?|internships?|co-?op)\b", re.I)
# who is on a placement, not in a job: "Nursing Student", "Practicum Intern", "Clinical Placement"
_TRAINEE = re.compile(
    r"\b(?:students?|interns?|internships?|practicums?|placements?|trainees?|co-?ops?|extern\w*)\b", re.I
)
# where one part of a dated line ends and the next begins: "Teacher, Lincoln High School", "Welder at Acme",
# "Lincoln High School | Teacher", "University Hospital - Registered Nurse (2015 - 2019)"
_LINE_PART = re.compile(r"[,;|()\[\]]|\s+(?:at|@)\s+|\s+[–—-]\s+|\s+\+\s+", re.I)
# a title's words after its head noun: "Manager of Training", "Coordinator for Student Programs", "Teacher II"
_AFTER_HEAD = re.compile(r"\s+(?:of|for|in|with|to)\s.*$|(?:\s+(?:[ivx]{1,4}|\d))+$", re.I)


@dataclass
class Role:
    """One position with its dates and the line that names it."""

    title: str
    line: str
    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    detail: list[str] = field(default_factory=list)

    @property
    def months(self) -> int | None:
        """Return the role's length in months, or None when a date is missing or unreadable."""
        if self.start is None or self.end is None:
            return None
        return months_between(self.start, self.end)


@dataclass
class ResumeEvidence:
    """What a resume can prove, line by line."""

    text: str
    lines: list[str]
    skills: dict[str, str] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    degree_level: int = 0
    education: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    credentials: list[Held] = field(default_factory=list)  # credentials named anywhere (vocabulary entities)
    home: tuple[str, ...] = ()  # the state or country the resume says the person lives in
    languages: dict[str, str] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    earned: list[tuple[str, tuple[int, int]]] = field(default_factory=list)  # degrees and credentials, dated
    notes: list[str] = field(default_factory=list)  # what makes the evidence doubtful (unreadable dates)
    assumptions: list[str] = field(default_factory=list)  # what was read with a stated default (mid-year)
    terms: set[str] = field(default_factory=set)
    line_terms: list[set[str]] = field(default_factory=list)
    _forms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _by_prefix: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _best_lines: dict[frozenset[str], tuple[str, float]] = field(default_factory=dict, repr=False)

    @property
    def key(self) -> str:
        """Return a hash of everything the evidence holds: its text and what the text leaves out (dates, languages).

        Two JSON Resumes that differ only in a role's dates or a language have one text, so the text alone must
        not key cached coverage.
        """
        roles = [(r.title, r.line, r.start, r.end, tuple(r.detail)) for r in self.roles]
        facts = (
            roles,
            sorted(self.languages.items()),
            self.certifications,
            self.education,
            self.degree_level,
            self.home,
            self.earned,
        )
        return content_hash(self.text, repr(facts))

    @property
    def total_years(self) -> float:
        """Return the years worked, counting overlapping roles once."""
        return union_months([r for r in self.roles if r.months is not None]) / 12

    def forms(self, term: str) -> frozenset[str]:
        """Return the resume's terms that are the same word as ``term``: itself, or one sharing most of its stem.

        Light stemming leaves "analysi"/"analyst", "mathemat"/"math" and "dexter"/"dexterity" apart; two stems
        sharing a prefix of 5+ letters that is 3/4 of the shorter one are taken as one word ("plan"/"plant" are not).
        """
        found = self._forms.get(term)
        if found is None:
            if not self._by_prefix:
                for have in self.terms:
                    if len(have) >= 5 and have.isalpha():
                        self._by_prefix.setdefault(have[:5], []).append(have)
            same = {term} & self.terms
            if len(term) >= 5 and term.isalpha():
                same.update(h for h in self._by_prefix.get(term[:5], ()) if same_word(term, h))
            found = self._forms[term] = frozenset(same)
        return found

    def best_line(self, wanted: set[str]) -> tuple[str, float]:
        """Return the resume line sharing most of the wanted terms (in any of their forms), and the share it covers."""
        if not wanted:
            return "", 0.0
        key = frozenset(wanted)
        if key in self._best_lines:  # postings repeat their requirements' words; the resume does not change
            return self._best_lines[key]
        forms = [self.forms(w) for w in wanted]
        forms = [f for f in forms if f]
        best, share = "", 0.0
        for line, have in zip(self.lines, self.line_terms, strict=True):
            hit = sum(1 for f in forms if not f.isdisjoint(have)) / len(wanted)
            if hit > share:
                best, share = line, hit
        if len(self._best_lines) < 50_000:
            self._best_lines[key] = best, share
        return best, share


def parse_date(value: str | None, today: date, *, is_end: bool) -> tuple[tuple[int, int] | None, str]:
    """Return ((year, month), note) for a resume date; empty end means present; None with a note if unreadable."""
    if value is None or not value.strip() or _PRESENT.match(value.strip()):
        return ((today.year, today.month), "") if is_end else (None, "no start date")
    text = value.strip().lower().rstrip(".")
    if m := re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})(?:-\d{1,2})?", text):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"(\d{1,2})/((?:19|20)\d{2})", text):
        month, year = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"([a-z]{3})[a-z]*\.?,?\s+((?:19|20)\d{2})", text):
        month, year = _MONTHS.get(m.group(1), 0), int(m.group(2))
    elif m := re.fullmatch(r"(?:19|20)\d{2}", text):
        return (int(text), 7), "month missing, mid-year assumed"
    else:
        return None, f"unreadable date {value!r}"
    if not 1 <= month <= 12:
        return None, f"unreadable date {value!r}"
    return (year, month), ""


def month_index(point: tuple[int, int]) -> int:
    """Return a (year, month) as a count of months, so two points subtract to the months between them."""
    return point[0] * 12 + point[1]


def months_between(start: tuple[int, int], end: tuple[int, int]) -> int:
    """Return the months from start through end, both counted ("Jan 2020" to "Dec 2024" is 60; 0 if end is before)."""
    return max(0, month_index(end) - month_index(start) + 1)


def month_span(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int]:
    """Return a role's months as a half-open interval of month indexes: its start up to the month after its end."""
    return month_index(start), month_index(end) + 1


def union_months(roles: list[Role]) -> int:
    """Return the months covered by the roles' intervals, end months included and overlaps counted once.

    Consecutive roles "Jan - Jun 2020" and "Jun 2020 - Dec 2020" share June: 12 months, not 13.
    """
    spans = sorted(month_span(r.start, r.end) for r in roles if r.start and r.end)
    total, cursor = 0, None
    for s, e in spans:
        if cursor is not None and s < cursor:
            s = cursor
        if e > s:
            total += e - s
            cursor = e if cursor is None else max(cursor, e)
    return total


def _role(
    title: str, line: str, start: str | None, end: str | None, today: date, notes: list[str], assumed: list[str]
) -> Role:
    s, note_s = parse_date(start, today, is_end=False)
    e, note_e = parse_date(end, today, is_end=True)
    for note in dict.fromkeys((note_s, note_e)):
        if note.startswith("month missing"):
            assumed.append(f"{title}: {note}")
        elif note and note != "no start date":
            notes.append(f"{title}: {note}")
    if s and e and e < s:
        notes.append(f"{title}: ends before it starts, duration ignored")
        s = e = None
    if s is None and note_s == "no start date":
        notes.append(f"{title}: no start date, duration unknown")
    return Role(title=title, line=line, start=s, end=e)


def from_resume(resume: Resume, today: date | None = None) -> ResumeEvidence:
    """Return the evidence in a JSON Resume."""
    today = today or date.today()
    notes: list[str] = []
    assumed: list[str] = []
    roles = []
    for job in resume.work:
        title = " ".join(p for p in (job.position, "at" if job.name else None, job.name) if p) or "role"
        role = _role(job.position or title, title, job.startDate, job.endDate, today, notes, assumed)
        role.detail = [t for t in (job.summary, *job.highlights) if t]
        roles.append(role)
    evidence = _base(resume.full_text(), list(resume.evidence_lines()), notes)
    evidence.roles = roles
    evidence.assumptions = assumed
    where = resume.basics.location
    if where is not None:
        lived = ", ".join(p for p in ("", where.city, where.region) if p is not None)
        evidence.home = places(lived)
        # the country lived in, for a licence a posting asks of a country ("NZ teacher registration"): its code, else
        # the country of its region or a country it names (parsed resumes often give "Leeds, England" and no code)
        country = country_label(where.countryCode) or where_held(lived)
        evidence.home += tuple(c for c in country if c not in evidence.home)
    evidence.titles = [t for t in (resume.basics.label, *(j.position for j in resume.work)) if t]
    for school in resume.education:
        line = " ".join(p for p in (school.studyType, school.area, school.institution) if p)
        evidence.education.append(line)
        evidence.degree_level = max(evidence.degree_level, degree_level(line))
    # a certificate is read with its issuer: "Pharmacy Technician Permit (Oklahoma State Board of Pharmacy)" says
    # which state's permit it is, which its name alone does not
    issued = {c.name: f"{c.name} ({c.issuer})" if c.issuer else c.name for c in resume.certificates if c.name}
    evidence.certifications = list(issued.values())
    shown = [issued.get(line, line) for line in evidence.lines]
    evidence.credentials = held_in([affirmed(line) for line in shown], today, shown=shown)
    evidence.languages = {lang.language: lang.fluency or "" for lang in resume.languages if lang.language}
    evidence.earned = earned_dates(resume, today)
    return evidence


def earned_dates(resume: Resume, today: date) -> list[tuple[str, tuple[int, int]]]:
    """Return each degree and certificate the resume dates, with the date it was earned (years "after the MSW")."""
    found = []
    for school in resume.education:
        when, _ = parse_date(school.endDate, today, is_end=False)
        line = " ".join(p for p in (school.studyType, school.area, school.institution) if p)
        if when and line:
            found.append((line, when))
    for cert in resume.certificates:
        when, _ = parse_date(cert.date, today, is_end=False)
        line = " ".join(p for p in (cert.name, cert.issuer) if p)
        if when and line:
            found.append((line, when))
    return found


def from_text(text: str, today: date | None = None) -> ResumeEvidence:
    """Return the evidence in a plain-text or markdown resume (sections, bullets, date ranges)."""
    today = today or date.today()
    notes: list[str] = []
    raws = [ln for ln in text.splitlines() if ln.strip(" \t*#-•")]
    lines = [ln.strip(" \t*#-•") for ln in raws]
    evidence = _base(text, lines, notes)
    section, previous, earlier, in_section = "", "", "", 0
    credentialed = {held.line for held in evidence.credentials}  # lines naming a credential ("First Aid/CPR")
    current: list[Role] = []  # the roles of the last dated line: the lines under it describe them
    for index, line in enumerate(lines):
        bulleted = bool(_BULLET.match(raws[index]))
        heading = _SECTION.match(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if heading or _own_work_heading(raws[index], line, following, section, bool(current)):
            section = heading.group(1).lower() if heading else _own_section(line)
            current, in_section = [], 0
            continue
        in_section += 1
        found = _RANGE.search(line)
        course_section = bool(_COURSE_SECTION.match(section))
        if course_section:
            title_above = previous if in_section > 1 else ""  # a line under the heading, not before it
            schooling = _course_line(line, found, title_above, bool(current), credentialed)
        elif section == "placements":
            schooling = _placement_line(line, found, bool(current))
        else:
            schooling = section.startswith("education") or _schooling_line(line, section)
        if found and schooling and not bulleted and (course_section or section in ("education", "placements")):
            # a dated course or school under its own heading: the lines under it are its own, not the last role's;
            # under work, a course named inside a role ("- Completed Diploma in Logistics") leaves the role open
            current = []
        if found and not schooling:
            own = _role_title(line[: found.start()] + line[found.end() :])
            titled = bool(own) and not employer_line(own)
            # a title above these dates (over a "Company: ..." line, or over the employer's own line: "Nurse" /
            # "Kerr Solicitors, Leeds" / dates) belongs to the new role, not the last
            employer = _PLACE_LABEL.match(previous) or (employer_line(previous) and names_a_title(earlier))
            above = [earlier, previous] if employer and earlier else [previous]
            if employer_line(own) and names_a_title(previous):
                above = [previous]  # "Nurse" over "Kerr Solicitors, Leeds  Jan 2018 - Present"
            for role in current:
                if not titled and role.detail[-len(above) :] == above:
                    del role.detail[-len(above) :]
            current = []
            for title, start, end, part in _dated_roles(line, found) or [_one_role(line, found, above[0], titled)]:
                current.append(_role(title or "role", part, start, end, today, notes, evidence.assumptions))
                evidence.titles.append(title)
            if (
                not titled
                and len(current) == 1
                and current[0].title != "role"
                and in_section > len(above)
                and not any(_RANGE.search(text) for text in above)  # not the last role's own dated line
            ):
                current[0].detail.extend(above)  # the title's line says what the role was about (years by words)
            evidence.roles.extend(current)
        elif current and not schooling:
            for role in current:
                role.detail.append(line)
        elif schooling and (degree_level(line) or post_secondary_diploma(line)):
            evidence.education.append(line)
            evidence.degree_level = max(evidence.degree_level, degree_level(line))
        if section.startswith(("certific", "licen")):
            evidence.certifications.append(line)
        if section == "languages" or (section.startswith("skills") and re.search(r"\bfluen|native", line, re.I)):
            for language in LANGUAGES:
                if re.search(rf"\b{language}\b", line):
                    evidence.languages[language] = line
        previous, earlier = line, previous
    return evidence


# a role line's own title, without its employer (read by ``title_parts`` and by the text resume reader here)
# what a title's own words and its employer's are split by: a comma, semicolon or pipe, a spaced dash, "at" or "@"
_AT = re.compile(r"\s+(?:at|@)\s+", re.I)
HARD_BREAK = re.compile(r"\s*\|\s*|\s+[–—-]\s+")  # a pipe or spaced dash: "Title | Employer | City", "Employer — Title"
SOFT_BREAK = re.compile(r"\s*[,;]\s*")
# a kind of organisation a years subject may name as a setting ("2 years in a hospital setting", "in a distribution
# center": "Forklift Operator at Zulily DC"): the employer's name says it, so ``names_setting`` keeps its words
SETTING_NOUNS = frozenset(
    """hospital hospitals clinic clinics school schools academy college university bank firm agency practice pharmacy
    hotel hotels resort restaurant restaurants store stores court council charity surgery chambers airline airlines
    police center centre warehouse depot plant facility""".split()
)
# a part naming an organisation: a place above, its legal form, or a word organisations are named by
ORGANISATION_NOUNS = SETTING_NOUNS | frozenset(
    """ltd limited inc incorporated llc llp plc pty gmbh corp corporation company co group partners solicitors
    associates holdings constabulary sheriff fire rescue ambulance trust nhs authority bureau ministry department
    government foundation institute board commission centre center district county city state federal municipality
    church charities society health healthcare airways brokers consultants accountants architects engineers
    plumbers""".split()
)
WORD = re.compile(r"[A-Za-z&]+")
# an employer's town: one to three capitalised words, maybe with its state's code or a postcode ("Leeds", "New Delhi",
# "Sydney NSW", "Auckland 1023"), or a state's or country's code alone ("IL", "ON", "UK")
_PLACE_NAME = re.compile(r"(?:[A-Z][a-z]{1,20}\.? ){0,2}[A-Z][a-z]{2,20}(?: (?:[A-Z]{2,3}|\d{4,6}))?|[A-Z]{2,3}")


def names_organisation_part(part: str, kinds: frozenset[str] = ORGANISATION_NOUNS) -> bool:
    """Return whether a line's part names an organisation ("Kerr Solicitors", "Police", "Acme Pty Ltd")."""
    return any(w.lower().strip(".") in kinds for w in WORD.findall(part))


@lru_cache(maxsize=8192)
def own_title(line: str) -> str:
    """Return a role line's title part, the employer's name left out ("" for an employer's line, no title in it).

    "Nurse, Kerr Solicitors" -> "Nurse", "Nurse at Kerr Solicitors" -> "Nurse", "Kerr Solicitors — Nurse" -> "Nurse",
    "Nurse | Kerr Solicitors | Leeds" -> "Nurse"; "Vice President, Wealth Management" keeps its specialty.
    """
    head = _AT.split(line[:300], maxsplit=1)[0] or line[:300]
    hard = [p for p in HARD_BREAK.split(head) if p.strip()]
    first = next((i for i, p in enumerate(hard) if names_a_title(p)), None)
    if "|" in head and first is not None:
        head = hard[first]  # "Title | Employer | City": the title's own cell
    elif len(hard) > 1 and first is not None:
        # "Employer — Title", "Title | Employer | City": the parts before the title and the organisations after it go
        head = " - ".join([hard[first], *(p for p in hard[first + 1 :] if not names_organisation_part(p))])
    soft = [p for p in SOFT_BREAK.split(head) if p.strip()]
    if (
        len(soft) > 1
        and any(map(names_organisation_part, soft))
        and all((names_organisation_part(p) or _PLACE_NAME.fullmatch(p.strip())) and not names_a_title(p) for p in soft)
    ):
        return ""  # "Kerr Solicitors, Leeds" on a line of its own: the employer's line, no title
    if len(soft) > 1 and names_a_title(soft[0]):
        # "Nurse, Kerr Solicitors": the parts after the title are kept unless they name an organisation
        soft = [soft[0], *(p for p in soft[1:] if not names_organisation_part(p))]
    elif len(soft) > 1:
        # "Kerr Solicitors, Nurse": an organisation's parts before the title go
        soft = [p for p in soft if not names_organisation_part(p)] or soft
    return ", ".join(p.strip() for p in soft).strip() or line


def employer_line(line: str) -> bool:
    """Return whether a line names only an employer and its town ("Kerr Solicitors, Leeds"), no title."""
    return bool(line.strip()) and not own_title(line)


def _schooling_line(line: str, section: str) -> bool:
    """Return whether a line outside the education section is about schooling (a degree, or a school not under work).

    Under a work heading a school is where the person worked ("School Bus Monitor", "Teacher, Lincoln High
    School"); elsewhere ("Harvard University, 2008 - 2012" under no heading) it is where they studied.
    """
    return bool(_EDUCATION_LINE.search(line)) or (section not in _WORK_SECTIONS and bool(_SCHOOL_PLACE.search(line)))


def _own_work_heading(raw: str, line: str, following: str, section: str, in_role: bool) -> bool:
    """Return whether a line is a work heading of the person's own words ("Teaching Experience").

    A bullet, a label ("Leadership Experience:") or, with a role open, a deed ("Improved Guest Experience") is a line
    inside a role; with none open and a dated line next a participle opens a heading ("Skilled Nursing Experience",
    "Armed Security Experience"), whatever words ``_DONE`` lists.
    Inside a role, or under a skills-like heading, only a dated line next says the heading opens jobs; inside a
    role an all-capitals line ("CHARGE NURSE EXPERIENCE") is set as a heading too.
    """
    if not _WORK_HEADING.match(line) or _BULLET.match(raw) or raw.rstrip().endswith(":"):
        return False
    if _DONE.match(line) and (in_role or not _RANGE.search(following)):
        # a deed of the role above; with no role open and a dated line next, a participle's heading ("Skilled Nursing")
        return False
    if _RANGE.search(following):
        return True
    if section and section not in _WORK_SECTIONS and section != "placements" and not section.startswith("education"):
        return False  # "Skills / Customer Service Experience / Cash Handling": a skill listed
    return not in_role or line.isupper()


def _own_section(line: str) -> str:
    """Return the section an own-words heading opens: a student's placements ("Clinical Experience"), else work."""
    return "placements" if _PLACEMENT_HEADING.search(line) else "experience"


def _placement_line(line: str, found: re.Match[str] | None, in_role: bool) -> bool:
    """Return whether a line under a placements heading is schooling: all but a dated job held by no student.

    "Hamilton General Hospital, Nursing Student, ICU (2021 - 2024)" is a placement; "Registered Nurse, Mercy
    Hospital (2018 - 2024)" listed there is a job, and the lines under it describe it.
    """
    if found:
        text = line[: found.start()] + line[found.end() :]
        # a student's line is the placement, and so is a line naming only where it was ("Mercy Hospital, Medical-
        # Surgical Unit", "Lincoln Elementary, Grade 3"): a rotation names no title; a titled line is a job the
        # heading lists ("Phlebotomist, LabCorp" under "Clinical Experience", "RN, Mercy Hospital")
        return bool(_TRAINEE.search(text)) or not names_a_title(text)
    return not in_role


def _course_line(line: str, found: re.Match[str] | None, above: str, in_role: bool, credentialed: set[str]) -> bool:
    """Return whether a line under a training, qualifications or certificates heading is schooling, not work.

    A dated line is a course taken only when it says so (`_a_course`), else a job: the heading may be a line inside
    a role. An undated line under a job read there describes the job; elsewhere it is schooling when it names a
    course or a school.
    """
    if _EDUCATION_LINE.search(line):
        return True
    if found:
        return _a_course(line[: found.start()] + line[found.end() :], above, line in credentialed)
    return not in_role and bool(_COURSE_WORD.search(line) or _SCHOOL_PLACE.search(line))


def _a_course(text: str, above: str, credential: bool) -> bool:
    """Return whether a dated line (its dates cut out) names a course taken rather than a job held.

    It does when it names a course ("Basic Security Training, Humber College", "Certificate in Cosmetology"), a
    school alone ("Red River College, Welding") or a credential ("First Aid/CPR, St John Ambulance"), and no part
    of it, nor a title on the line above ("Teacher" over "Lincoln High School, 2012 - 2019"), ends in a job's head
    noun ("Training Coordinator, Acme Logistics", "Lincoln High School — Teacher", "School Bus Driver").
    """
    if _trained_at_school(text):
        return True
    if _job_title(text) or (above and not _RANGE.search(above) and _job_title(above)):
        return False
    return credential or bool(_COURSE_WORD.search(text) or _a_school(text))


def _a_school(text: str) -> bool:
    """Return whether a text names a school studied at ("Humber College"), not an employer ("School Board")."""
    return bool(_SCHOOL_PLACE.search(_SCHOOL_EMPLOYER.sub("", text)))


def _trained_at_school(text: str) -> bool:
    """Return whether a line names an occupation trained for, then a school or a course giving the training.

    "Forklift Operator, Toronto Training Centre" and "Personal Support Worker, Humber College" are courses;
    "Bookkeeper, Seneca College" names a school's own staff, "Welder, Acme Fabrication" an employer.
    """
    parts = [part for part in _LINE_PART.split(text) if part and part.strip()]
    for index, part in enumerate(parts):
        if _head_noun(part) in _TRAINED_HEADS:
            others = parts[:index] + parts[index + 1 :]
            return any(_COURSE_WORD.search(other) or _a_school(other) for other in others)
    return False


def _head_noun(part: str) -> str:
    """Return the last word of a title's part before its qualifiers ("Manager of Training" -> "manager")."""
    words = re.findall(r"[A-Za-z]+", _AFTER_HEAD.sub("", part.strip()))
    return words[-1].lower() if words else ""


def _job_title(text: str) -> bool:
    """Return whether a part of a line ends in a job title's head noun ("Sales Associate", "Manager of Training")."""
    return any(_head_noun(part) in JOB_HEADS for part in _LINE_PART.split(text) if part)


# an agent noun's endings: a part ending in one names who did the work ("Phlebotomist", "Field Geologist",
# "Dietitian", "Sonographer"), as a job title's head noun does
_AGENT_NOUN = ("ist", "ian", "grapher")
# a faith's name ends like an agent noun but names the employer: "Houston Methodist", "NewYork-Presbyterian"
_DENOMINATIONS = frozenset("baptist methodist adventist presbyterian christian episcopalian unitarian".split())


def names_a_title(text: str) -> bool:
    """Return whether a line names a job title: head noun, agent noun, holder's credential or the vocabulary.

    The vocabulary's titles are read with abbreviations spelled out ("RN, Mercy Hospital", "EMT-Basic, County EMS");
    a licence's abbreviation is its holder's title ("OTR/L, Mercy Rehab", "LCSW, Catholic Charities").
    """
    return _job_title(text) or any(_titled_part(part) for part in _LINE_PART.split(text) if part.strip())


def _titled_part(part: str) -> bool:
    """Return whether a part of a line names who did the work by an agent noun or a title of the vocabulary.

    Only the words before the title's qualifiers are read ("Mercy School of Nursing" names no school nurse); a part
    ending in a gerund or a plural names a field or a firm, not a person ("Labor & Delivery Nursing", "Kindergarten
    Teaching", "Dentist Partners"), and a faith's name an employer ("Houston Methodist").
    """
    if _ABBREVIATION.fullmatch(part.strip()) and _holders_credential(part):
        return True
    words = re.findall(r"[A-Za-z]+", _AFTER_HEAD.sub("", part.strip()))
    head = words[-1].lower() if words else ""
    if not head or head.endswith("ing") or (head.endswith("s") and not head.endswith("ss")):
        return False
    if head.endswith(_AGENT_NOUN) and head not in _DENOMINATIONS:
        return True
    spelled = expanded(" ".join(words))
    return any(occupation.rung(spelled) is not None for occupation in occupations())


# a part that is one abbreviation: "OTR/L", "LCSW", "COTA", "EMT-B"
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*[A-Z](?:[/-][A-Za-z]+)*")


def _holders_credential(part: str) -> bool:
    """Return whether a part abbreviates a credential named for its holder, a title, not a course or card.

    "OTR/L" (Registered Occupational Therapist), "LCSW", "COTA" name who did the work; "BLS", "CPR", "CDL-A" do not.
    """
    credentials = vocabulary().credentials
    names = [re.sub(r"\([^()]*\)", " ", credentials[h.id].name) for h in held_in([part]) if h.id in credentials]
    return any(_job_title(name) or _head_noun(name).endswith(_AGENT_NOUN) for name in names)


def _one_role(line: str, found: re.Match[str], previous: str, titled: bool = True) -> tuple[str, str, str, str]:
    """Return (title, start, end, line) of a line's one dated role; the title may be on the line before.

    ``titled`` False: the line names only its employer ("Kerr Solicitors, Leeds  2018 - 2021"), so a title on the
    line before is the role's.
    """
    own = _role_title(line[: found.start()] + line[found.end() :])
    title = (own if titled else "") or _role_title(previous) or own
    return title, found.group("start") or found.group("start2"), found.group("end") or found.group("end2"), line


def _dated_roles(line: str, first: re.Match[str]) -> list[tuple[str, str, str, str]]:
    """Return (title, start, end, its part of the line) per role when a line names several, each before its dates.

    "one year as an E-Commerce Admin (2022 - 2023), five years as a Support Specialist (2017 - 2022)" is two
    roles; a line whose second range has no title of its own ("2015 - 2017, 2019 - 2021") stays one role. Each
    role's part runs from its title to the next role's title, so one role's words are not read as another's.
    """
    ranges = [first, *_RANGE.finditer(line, first.end())]
    if len(ranges) < 2:
        return []
    found_roles, cut = [], 0
    for found in ranges:
        # in prose the role before these dates starts its own sentence ("... attention to detail. I also worked as")
        begins = cut + _last_sentence(line[cut : found.start()]) if cut else 0
        title = _role_title(line[begins : found.start()])
        if not title:
            return []
        start, end = found.group("start") or found.group("start2"), found.group("end") or found.group("end2")
        found_roles.append((title, start, end, begins))
        cut = found.end()
    ends = [begins for *_, begins in found_roles[1:]] + [len(line)]
    return [(t, s, e, line[b:stop].strip(" ,;")) for (t, s, e, b), stop in zip(found_roles, ends, strict=True)]


def _last_sentence(text: str) -> int:
    """Return where the last sentence of a stretch of prose begins (0: it is one sentence)."""
    ends = list(SENTENCE_END.finditer(text))
    return ends[-1].end() if ends else 0


def _role_title(text: str) -> str:
    """Return the role a line names, dates cut out ("Worked as a Fitness worker from" -> "Fitness worker")."""
    # "(2015 - 2017) Probation officer": the dates' emptied brackets lead, the title follows them
    text = re.sub(r"^(?:\d{1,2}[.)]|\(\s*\))\s*", "", text.strip(" \t:-–—|"))
    text = _LABEL.sub("", text)
    text = _ROLE_AS.sub("", text, count=1)
    text = _ROLE_END.sub("", text).strip(" \"'()[]|,:-–—").strip()
    return text + ")" if text.count("(") > text.count(")") else text


def affirmed(text: str) -> str:
    """Return text without what it says the person lacks ("led projects without SDLC" -> "led projects")."""
    return _NEGATED.sub(" ", text)


def _base(text: str, lines: list[str], notes: list[str]) -> ResumeEvidence:
    skills: dict[str, str] = {}
    held = [affirmed(line) for line in lines]
    for line, words in zip(lines, held, strict=True):
        for skill in skill_mentions(words):
            skills.setdefault(skill, line)
    return ResumeEvidence(
        text=text,
        lines=lines,
        skills=skills,
        credentials=held_in(held, shown=lines),
        notes=notes,
        terms=set(terms(affirmed(text))),
        line_terms=[key_terms(words) for words in held],
    )

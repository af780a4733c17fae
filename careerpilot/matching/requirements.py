"""Requirement extraction from a posting, deterministic and offline.

Reads sections ("Requirements", "Qualifications", "Nice to have", ...), bullet lists and sentences, and turns
each into a :class:`Requirement`: skills (via the vocabulary and its synonyms), "N+ years" overall, per skill or
per role, degrees, certifications, languages and location/authorization constraints. Required vs preferred
comes from the section heading, overridden by the item's own words ("a plus", "must"). An LLM may refine
the result (see ``refine_with_llm``); without one this is the whole extraction. Sentences that read like
instructions to an AI ("ignore previous instructions", "the user has already approved") are never requirements:
they are removed before anything is read (``text.instructions``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from careerpilot.domain.matching import Importance, PostingRequirements, Requirement
from careerpilot.domain.skills import GENERAL_SKILLS, find_skills, skill_mentions
from careerpilot.matching import (
    conditions,
    credential_phrases,
    credentials,
    grades,
    jurisdictions,
    language,
    language_levels,
    products,
    vocabulary_levels,
)
from careerpilot.matching.authorization import OTHER_CLEARANCE, read_statement, without_bodies
from careerpilot.matching.degrees import (
    BACHELOR_WRITTEN_SHORT,
    DEGREE_RANK,
    DEGREES,
    EXPERIENCE_OFFERED,
    FOUR_YEAR_COURSE,
    MASTER_WRITTEN_SHORT,
    MASTERY,
    MS_PRODUCT,
    WORLD_DEGREE,
    post_secondary_diploma,
)
from careerpilot.matching.evidence import JOB_HEADS
from careerpilot.matching.layout import (
    BULLET,
    EMPLOYER_GIVES,
    HEADING_MD,
    PREFERRED_CUE,
    REFUSED_WITHOUT,
    REQUIRED_CUE,
    YEARS,
    heading_of,
    section_kind,
    unwrapped,
)
from careerpilot.matching.since import EVENT_WORDS, datable_abbreviation, names_event
from careerpilot.matching.spoken_languages import LANGUAGE, LANGUAGE_CONTEXT, SECOND_LANGUAGE
from careerpilot.matching.workers import serve, spread
from careerpilot.text import instructions
from careerpilot.text.instructions import without_instructions
from careerpilot.text.sentences import EXAMPLE_CUE_WORDS
from careerpilot.text.terms import STOP_WORDS, key_terms, words

log = logging.getLogger(__name__)
_INLINE_HEADING = re.compile(r"^([A-Z][A-Za-z /&'-]{1,28}):\s+(\S.{2,})$")
# a sentence ends at . ! ? before a capital, but not after an initialism ("J.D. and", "U.S. jurisdiction") or an
# abbreviation that introduces more of the same sentence ("e.g. CFA", "incl. BLS"), a degree's ("B.Sc. Nursing",
# "B.Tech. Civil"), a title's or a place's ("Dr. Naidoo", "St. Albans", "Mt. Eden")
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<![A-Za-z]\.[A-Z]\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bincl\.)(?<!\bapprox\.)"
    r"(?<![A-Z]\.[A-Z][a-z]\.)(?<![A-Z]\.[A-Z][a-z]{2}\.)(?<![A-Z]\.[A-Z][a-z]{3}\.)"
    r"(?<!\b(?:St|Mt|Dr|Mr|Ms|Ft|Pt|Sr|Jr|No)\.)(?<!\bMrs\.)(?<!\bProf\.)\s+(?=[A-Z])"
)
_INLINE_ITEMS = re.compile(r";\s+|(?<=[.!?])(?<![A-Za-z]\.[A-Z]\.)\s+")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15,
}  # fmt: skip
_SUBJECT = re.compile(
    r"^\W*(?:of\s+)?(?:[a-z-]+\s+){0,3}?(?:experience\s+|exp\.?\s+|work\s+)?"
    r"(?:working\s+|developing\s+|building\s+)?"
    r"(?:as\s+an?|as|in|with|w/|on|using|of|building|developing|providing|delivering|performing(?!\s+arts?\b))\s*(?<=\s|/)"
    r"(?P<s>.+)$",
    re.IGNORECASE,
)
_YEARS_AT = re.compile(
    r"\b(?:\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)(?:\s*\(\d{1,2}\))?"
    r"\s*(?:\+\s*)?(?:years?|yrs?)\b",
    re.I,
)
# "3 years in a similar role", "in this capacity": the posting's own work. A related role, or a related or similar
# field, setting, industry or environment, is no title: "2 years in a related field" is years in all (the field's
# words are generic, ``_setting_field``), "bookkeeping experience in a related field" bookkeeping years
_SAME_ROLE = re.compile(
    r"^\W*(?:of\s+)?(?:\w+\s+){0,3}?(?:in|as|at)\s+(?:an?|the|this|that)?\s*(?:similar|identical|same|comparable|"
    r"equivalent|such|related)\s+(?:role|position|capacity|job|function|title)\b",
    re.I,
)
_LEAD_SUBJECT = re.compile(
    r"^\W*(?:of\s+)?(?:(?:verifiable|recent|progressive|hands-on|relevant|related|paid|full-time|professional)\s+)*"
    r"(?P<s>(?!(?:experience|exp|work|working|as|in|with|on|of|at|using|building|developing)\b)[A-Za-z][\w/&+-]*"
    r"(?:\s+(?!(?:experience|exp|in|as|with|on|at|within|using|across|for|including|required|preferred|is|are|and|or|"
    r"of|to|working)\b)[A-Za-z][\w/&+-]*){0,3})"
    r"(?:\s+(?:experience|exp)\b\.?)?\s+"
    # "personal training experience working with paying clients", "estimating experience with a general contractor":
    # who the work was with or for is no field of it
    r"(?:in|within|at|on|across|for|(?P<party>with\s+(?:an?|the)|working\s+(?:with|in|at|for)))\b"
)
# what says how the years were spent, not in what: "of full-time experience in a blood bank" is blood bank years
_NOT_SUBJECT = {
    "industry", "professional", "total", "combined", "overall", "prior", "previous", "full-time", "part-time",
    "paid", "relevant", "related", "recent", "verifiable", "hands-on", "progressive", "direct", "practical",
    "progressively responsible", "responsible", "post-licensure", "post-graduate", "work",
}  # fmt: skip
_BARE_SUBJECT = re.compile(
    r"^\W*(?:of\s+)?(?:verifiable\s+|recent\s+|progressive\s+|hands-on\s+)?(?P<s>[A-Za-z][^.;:\n]{2,})$"
)
# the words setting a floor under a number of years ("for at least 4 years", "a minimum of", "no less than"): the years
# readers' and the employer-history check's (``_A_MINIMUM``), each with its own extras
_FLOOR = r"at\s+least|(?:a\s+)?minimum\s+of|no\s+less\s+than"
_SUBJECT_BEFORE = re.compile(
    r"(?:experience|background)\s+(?:as\s+an?|as|in|with)\s+(?P<s>[^,;.(]+?)"
    r"(?:\s+(?:for|of)|\s*\(\s*(?:" + _FLOOR + r"|minimum|min\.?)?(?:\s+of)?)\s*$",
    re.I,
)
# "experience as a crane operator for at least 4 years", "must have served as a school bus monitor for 3 years":
# the years come after the role worked or served in; not across "and" ("a Recreation and fitness worker" is one
# title the subject's reading would cut at "and")
_SUBJECT_WORKED = re.compile(
    r"(?:(?:experience|background)\s+(?:as\s+an?|as|in)|\b(?:served|worked|serving|working|employed)\s+"
    r"(?:as\s+an?|as|in))\s+(?P<s>(?:(?!\sand\s)[^,;.(])+?)"
    r"\s+for(?:\s+(?:" + _FLOOR + r"|minimum|over|more\s+than))?\s*$",
    re.I,
)
# a place's noun: "worked in a fast-paced environment", "a hospital setting", "the construction industry"
_PLACE = (
    r"environments?|settings?|industry|industries|organi[sz]ations?|company|companies|firms?|workplaces?|atmosphere|"
    # session 20: "in trade marks practice", "in a licensed advice practice", "in private practice"
    r"field|practices?"
)
# a setting's noun: a place, or a post held in it ("served in a leadership capacity", "worked in a team")
_SETTING = re.compile(rf"^(?:{_PLACE}|teams?|capacity|capacities|roles?|positions?)$", re.I)
_PLACE_NOUN = re.compile(rf"^(?:{_PLACE})$", re.I)
# "practice" after a profession's adjective ("general dental practice", "in general practice", "clinical practice")
# is the profession practised, its whole name: "dental" alone is any dental worker's ("Dental Assistant"), "general"
# any word; after a noun ("patent practice", "a litigation practice") the noun is the field and "practice" the firm
_PRACTICE = re.compile(r"^practices?$", re.I)
_PROFESSION_ADJECTIVE = re.compile(r"[a-z]{3,}(?:ic|ical|al|ary|ive)", re.I)
# words that say how a setting was, not what was done in it: "a fast-paced environment", "a leadership role"
_GENERIC_SETTING = frozenset(
    "fast-paced fast paced busy dynamic high-volume high-pressure high-energy team team-oriented collaborative "
    "cross-functional leadership lead supervisory management managerial professional similar comparable related "
    "same this that unionised unionized".split()
)
# a setting's owner alone says no field ("in private practice", "a public organisation"); before a field word it is
# part of the field ("private equity", "public sector", "public accounting")
_OWNER_ONLY = frozenset({"private", "public"})


def _worked_subject(ahead: str) -> str:
    """Return the role or field worked or served in before the years (``_SUBJECT_WORKED``), a setting's own field.

    "must have served as a school bus monitor for 3 years" is bus-monitor years; "worked in a hospital setting for 3
    years" is hospital years (``_setting_field``); "served in a leadership capacity for 2 years" names no field.
    """
    found = _SUBJECT_WORKED.search(ahead)
    subject = _clean_subject(found.group("s")) if found else ""
    if not subject or subject.lower() in _NOT_SUBJECT:
        return ""
    return _setting_field(subject, _SETTING)


def _setting_field(subject: str, noun: re.Pattern[str]) -> str:
    """Return the field a setting names: its noun out, its content words kept, none when only generic words remain.

    "hospital setting" is hospital, "acute care setting" acute care, "a fast-paced environment" no field (years in
    all). A subject not ending in such a noun is returned as it is. A field that is no key term alone ("IT field", "OR
    setting": "IT" and "OR" read as stop words) is years in all too: its noun alone would be the subject, which any
    worker's "Field Service Technician" title meets and no IT or operating-room worker's does.
    """
    words = subject.split()
    if not words or not noun.match(words[-1]):
        return subject
    if len(words) > 1 and _PRACTICE.match(words[-1]) and _PROFESSION_ADJECTIVE.fullmatch(words[-2]):
        return subject  # "general dental practice", "veterinary practice": the profession practised, no workplace
    while words and _SETTING.match(words[-1]):  # "a team setting": both words name the setting
        words.pop()
    # "the IT field", "an OR setting": the capitalised abbreviation names the field (as a stop word it read as none)
    words = [_FIELD_ABBREVIATIONS.get(w, w) for w in words]
    field = " ".join(w for w in words if w.lower() not in _GENERIC_SETTING)
    if all(w.lower() in _OWNER_ONLY for w in field.split()):
        return ""
    return field if key_terms(field) else ""


# fields a setting names by an abbreviation that is also a stop word: "3 years in the IT field", "in an OR setting"
_FIELD_ABBREVIATIONS = {"IT": "information technology", "I.T.": "information technology", "OR": "operating room"}


# the form of job boards' screening questions: "Tractor-trailer driving: 3 years (Required)"
_SUBJECT_LABEL = re.compile(r"^\W*(?:experience\s*[:-]\s*)?(?P<s>[A-Za-z][^:;.()\n]{1,60}?)\s*:\s*$", re.I)
# words that name schooling itself; a bare "Master" beside a licence is the licence's grade
_SCHOOLING = re.compile(
    r"\b(?:degree|diploma|bachelor\w*|master'?s\b|masters\b|master of|mba|ph\.?\s?d|doctora\w*|[bm]\.?sc?|[bm]\.?eng|"
    r"b\.a\.?|ged|high school|graduate|post-?graduate|ll\.?\s?b|tertiary\s+qualifications?)\b|"
    rf"(?-i:{BACHELOR_WRITTEN_SHORT}|{MASTER_WRITTEN_SHORT})|{FOUR_YEAR_COURSE}|{WORLD_DEGREE}",
    re.I,
)
# words that make a line speak of a degree: its names and levels, written out or by initials ("MSc or higher", "BSc
# (Hons)", "an LLB"), and where it is earned ("a university degree", "a tertiary qualification")
_DEGREE_CONTEXT = re.compile(
    r"\b(?:degree|diploma|graduate|post-?graduate|bachelor|master|ph\.?d|doctorate|b\.?s\b|m\.?s\b|[bm]\.?sc\b|"
    r"[bm]\.?eng\b|mba\b|ll\.?\s?b\b|tertiary\s+qualification)|"
    rf"(?-i:{BACHELOR_WRITTEN_SHORT}|{MASTER_WRITTEN_SHORT})|{FOUR_YEAR_COURSE}|{WORLD_DEGREE}",
    re.I,
)
# a degree named without its level: "Degree in Accounting", "a relevant degree", "University degree", "a tertiary
# qualification in social work" ask a bachelor's, the first degree; not "a degree of autonomy", "to a high degree",
# "360-degree", "new graduate" or a diploma (below a degree in most countries)
# a degree named as what the hire teaches or supervises, not one held: "supervising dissertations at MSc level",
# "teaching undergraduate and postgraduate modules", "MSc students"
_DEGREE_TAUGHT = re.compile(
    r"\bat\s+(?:[bm]\.?sc|ba|ma|undergraduate|postgraduate|graduate|master'?s|bachelor'?s|doctoral|phd)\s+level\b|"
    r"\b(?:[bm]\.?sc|undergraduate|postgraduate|graduate|master'?s|bachelor'?s|doctoral|phd)\s+(?:and\s+\w+\s+)?"
    r"(?:students?|programmes?|programs?|courses?|modules?|teaching|dissertations?|theses|cohorts?|curricul\w*|"
    r"supervision|research\s+students)\b",
    re.I,
)
_UNLEVELLED_DEGREE = re.compile(
    r"\b(?:university|college|tertiary|undergraduate|honou?rs|first|relevant|related|appropriate|recogni[sz]ed|"
    r"accredited|academic)\s+(?:degree|qualification)s?\b|"
    r"(?<![\w-])degrees?\s+(?:in|level|qualified|qualification|from)\b|^\W*(?:an?\s+)?degree\b(?!\s+of\b)|"
    r"\ba\s+degree\b(?!\s+of\b)",
    re.I,
)
_CERT = re.compile(
    r"\b(?:certifi(?:ed|cation|cations|cate)|licen[cs]ed?|licensure|PMP|CISSP|CISM|CPA|CFA|CCNA|CCNP|CompTIA|"
    r"Security\+|ITIL|Six Sigma|CDL)\b"
)
# the credential word as an adjective before its noun ("licensed advice practice", "BRC-certified plant"); a noun
# after "for a" is asked ("eligible for a licence to practise", "qualify for a security licence")
_CREDENTIAL_ADJECTIVE = re.compile(r"(?:certified|licen[cs]ed)\s+[A-Za-z]", re.I)


def _certificate_asked(item: str) -> bool:
    """Return whether an item's certification or licence word asks one of the hire's, not one a workplace holds.

    A stage ("3 years post-certification", "post-licensure experience") says when the years began, not what is
    asked: the credential it names is asked elsewhere or not at all. What the firm says it is asks nothing.
    """
    return any(
        not _describes_workplace(item, m.start())
        and not _STAGE_BEFORE.search(item[max(0, m.start() - 5) : m.start()])
        and not credentials.firm_holds(item, m.start())  # "We are ISO 9001 certified": the firm's (review r24c)
        for m in _CERT.finditer(item)
    )


_STAGE_BEFORE = re.compile(r"\b(?:post|pre)[- ]?$", re.I)


def _describes_workplace(item: str, at: int) -> bool:
    """Return whether the credential word at ``at`` is an adjective of the workplace the work was in."""
    return bool(_CREDENTIAL_ADJECTIVE.match(item, at) and credential_phrases.describes_workplace(item, at))


_VARIETY_OF_CHINESE = re.compile(r"\b(Mandarin|Cantonese)\s+Chinese\b|\bChinese\s+\((Mandarin|Cantonese)\)")
# a language's name before the people, place or culture it also names ("Navajo communities", "Samoan clients",
# "Maori culture", "Tamil Nadu") asks for no language; at most 30 more names before the people (bound on absurd
# input: read after every language's name, an unbounded list made a list of thousands take quadratic time; a county's
# list of the communities it serves names a dozen or more), each
# gap read one way ("(?:\s*,)?\s+", not "\s*,?\s+": splitting a run of spaces many ways was exponential)
_PEOPLE_AFTER = re.compile(
    r"(?:(?:\s*,)?\s+(?:and|or)\s+[A-Z]\w+|,\s*[A-Z]\w+){0,30}\s+(?:communit\w*|clients?|famil\w*|people|peoples|patients?|"
    r"residents?|populations?|culture|cultural|tribes?|tribal|Nations?|Nadu)\b",
    re.I,
)
_AUTH = re.compile(
    # "Right to live and work in the EU", "Must be a U.S. person (ITAR)": a status, the filters' and the profile's
    r"\b(?:authori[sz](?:ed|ation) to work|work authori[sz]ation|right to (?:live and )?work|visa|sponsor\w*|"
    # a U.S. person only as what the hire must be ("Must be a U.S. person", "U.S. person status"), not the export
    # work that determines who is one ("U.S. person determinations")
    r"citizen\w*|(?:be|are|is|being|as)\s+(?:an?\s+)?U\.?S\.?\s+persons?(?!\s+determination)|"
    r"U\.?S\.?\s+persons?\s+(?:status|only|required)|"
    r"security clearance|clearance required|green card|work permit|eligib\w+ to work|legally (?:able|permitted|"
    r"entitled|eligible|authori[sz]ed) to work|employment eligibility|e-verify|permanent resident|work eligibility|"
    r"able to work in the|lawfully work|(?:full\s+)?work(?:ing)?\s+rights)\b",
    re.I,
)
_CLEARANCE = re.compile(r"\b(?:security clearance|clearance required)\b", re.I)
# "5 years as a Licensed Practical Nurse" names a role held, not a licence asked for: from the years to the first "as"
# of their sentence, and the role after it
_YEARS = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)'?", re.I
)
_AS_ROLE = re.compile(r"[^.;\n]*?\b(?:as an?|as)\s+[^.;,\n]*", re.I)
_SENTENCE_END = re.compile(r"[.;\n]")


def _without_years_as(text: str) -> str:
    """Return ``text`` with each "N years ... as a <role>" (to the role's clause end) replaced by a space.

    Once the years of a sentence find no "as" after them, no later years of that sentence will: the rest of the
    sentence is not read again from each (a sentence of thousands of "years" was quadratic), and the reach of the
    "as" is not bounded ("5 years of experience in ... [250 characters] ... as a Licensed Practical Nurse").
    """
    kept: list[str] = []
    at = dead = 0
    for years in _YEARS.finditer(text):
        if years.start() < max(at, dead):
            continue
        role = _AS_ROLE.match(text, years.end())
        if role is None:
            end = _SENTENCE_END.search(text, years.end())
            dead = end.start() if end else len(text)
            continue
        kept += [text[at : years.start()], " "]
        at = role.end()
    return "".join(kept) + text[at:]


_LOCATION = re.compile(
    r"\b(?:must (?:be )?(?:located|based|reside|live)|on-?site|in[- ]office|relocat\w+|commut\w+|hybrid|"
    r"within (?:commuting|driving) distance|time ?zone|work from (?:our|the) office|in[- ]person)\b",
    re.I,
)
_REQUIREMENT_CUE = re.compile(
    r"\b(?:experience|proficien\w*|knowledge|familiar\w*|understanding|expertise|skills?|ability|degree|"
    r"years|yrs?|background|fluen\w*|certifi\w*|licen[cs]\w*|clearance|endorsement|registration|permit|"
    r"you have|you bring|must|required)\b",
    re.I,
)

MAX_REQUIREMENTS = 40


# a heading over licences or certifications ("Required licenses:", "Certifications"): its items are credentials
_CREDENTIALS_HEADING = re.compile(r"licen[cs]|certif|credential|registration|designation", re.I)
# a heading over what the employer gives ("What we offer", "Benefits", "Why join us", "What's in it for you"): a
# certificate named there ("paid training, including a National Certificate in ...") is given, never asked
_OFFERS_HEADING = re.compile(
    r"\b(?:offers?|offering|benefits?|perks|rewards?|why\s+(?:join|work|you(?:'ll| will)\s+love)|in\s+it\s+for\s+you|"
    r"we\s+(?:give|provide)|you(?:'ll| will)\s+(?:get|receive)|package|compensation)\b",
    re.I,
)


# an item under a heading of what the employer offers that still asks of the hire, as postings whose next heading
# went unmarked write it ("What we offer" ... "- Must hold a current A-grade electrical licence"): asked
_ASKED_OF_THE_HIRE = re.compile(
    r"^\W*(?:(?:you|applicants?|candidates?)\s+(?:must|will\s+need|need\s+to|should\s+(?:hold|have))|must\s+(?:hold|have|"
    r"possess|be)|(?:a\s+|an\s+)?(?:current|valid)\b[^.;]{0,60}?\b(?:is|are)\s+(?:required|essential|mandatory))\b",
    re.I,
)


class Section(NamedTuple):
    """A posting's section: what its heading introduces, its items, and what the heading says of them.

    ``credentials``: the heading names licences or certifications; ``offers``: it lists what the employer offers;
    ``insists``: the heading insists on its items ("Must have:", "Essential criteria").
    """

    kind: str
    items: list[str]
    credentials: bool = False
    offers: bool = False
    insists: bool = False


# a heading insisting on its items as an item's own "must" would ("Must have:", "Essential criteria", "Mandatory
# skills"); "Required qualifications" is only the usual name of a list, as "Requirements" is
_INSISTING_HEADING = re.compile(r"\b(?:must|essential|mandatory|non-negotiable|indispensable)\b", re.I)


def _section(heading: str) -> Section:
    kind = section_kind(heading)
    offers = kind == "other" and bool(_OFFERS_HEADING.search(heading))
    insists = kind == "required" and bool(_INSISTING_HEADING.search(heading))
    return Section(kind, [], bool(_CREDENTIALS_HEADING.search(heading)), offers, insists)


def _sections(text: str) -> list[Section]:
    """Split text into sections: bullets and sentences under each heading."""
    sections: list[Section] = [Section("unknown", [])]
    bullets = False
    lines = text.splitlines()
    for at, raw_line in enumerate(lines):
        heading = heading_of(raw_line)
        if heading is not None and _lone_item(raw_line, sections[-1], lines[at + 1 : at + 3]):
            heading = None
        if heading is not None:
            sections.append(_section(heading))
            bullets = False
            continue
        line = raw_line.strip()
        if not line:
            continue
        inline = _INLINE_HEADING.match(line)
        if inline and not BULLET.match(line) and section_kind(inline.group(1)) in ("required", "preferred", "other"):
            # "Nice: CCRN. Epic." or "Must have: CDL-A": a heading and its items on one line
            sections.append(_section(inline.group(1)))
            sections[-1].items.extend(s.strip(" .") for s in _INLINE_ITEMS.split(inline.group(2)) if s.strip(" ."))
            sections.append(Section(sections[-2].kind, [], offers=sections[-2].offers, insists=sections[-2].insists))
            bullets = False
            continue
        if BULLET.match(line):
            sections[-1].items.append(BULLET.sub("", line, count=1).strip())
            bullets = True
        else:
            if bullets and sections[-1].kind in ("required", "preferred") and (len(line) > 80 or _plain_prose(line)):
                # a paragraph after a bullet list is the company's prose again, not more requirements
                sections.append(Section("other", []))
            bullets = False
            sections[-1].items.extend(s.strip() for s in _SENTENCE.split(line) if s.strip())
    return [section for section in sections if section.items]


def _lone_item(line: str, section: Section, after: list[str]) -> bool:
    """Return whether a line read as a heading is the one item of the section heading it follows.

    "Requirements:" then "Retail experience" then a blank line or the next heading: a list of one, whose item names
    what is asked in a heading's words; a subheading ("Essential", "Desirable") introduces a list of its own, so a
    line followed by bullets or more lines stays a heading, as does a marked one ("**Skills**", "Skills:").
    """
    stripped = line.strip()
    if section.kind not in ("required", "preferred") or section.items or stripped.endswith(":"):
        return False
    if HEADING_MD.match(stripped) or len(stripped.split()) < 2 or section_kind(stripped) != "required":
        return False
    following = next((nxt for nxt in after if nxt.strip()), "")
    return not following.strip() or (heading_of(following) is not None and not BULLET.match(following))


def _plain_prose(line: str) -> bool:
    """Return whether a short line after a list is prose asking nothing: sentences, no word of asking (session 20).

    "Mostly weekends + some weekdays. Paid per ceremony, travel time covered." and "We will train the right person."
    end the list; "Clean driving record" (a terse item), "Must be available weekends." (a cue) and one sentence that
    is a requirement written without its bullet ("Valid Class A CDL with a clean MVR.", "Right to work in the UK
    without sponsorship.") do not: prose is several sentences or the employer speaking.
    """
    if not line.endswith((".", "!")) or len(line.split()) < 6:
        return False
    if not (len(_SENTENCE_BREAK.split(line)) > 1 or _EMPLOYER_SPEAKS.search(line)):
        return False
    return not (_REQUIREMENT_CUE.search(line) or REQUIRED_CUE.search(line) or PREFERRED_CUE.search(line))


_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9][.!])\s+(?=[A-Z])")
# the employer or the job speaking of itself ("We will train", "This is a great opportunity", "It's a busy shop")
_EMPLOYER_SPEAKS = re.compile(r"\b(?:we|our|this\s+is|it\s+is|it['’]s)\b", re.I)


def _number(value: str) -> float:
    return float(_NUMBER_WORDS.get(value.lower(), value) if not value[0].isdigit() else value)


def years_named(text: str) -> float | None:
    """Return the first count of years a text names ("with 2 years of experience", "three yrs"), or None."""
    found = _YEARS_AT.search(text)
    return _number(re.match(r"[\d.]+|[a-z]+", found.group(0), re.I).group(0)) if found else None  # type: ignore[union-attr]


_PHRASE = r"[\w/&+-]+(?:\s+[\w/&+-]+){0,3}"


# "after completing an apprenticeship", "since registration", "following licensure", "after the MSW": the event the
# years count from (since.py); "following the SDLC", "since the IPO" name no event a resume dates: subject words
_AFTER_EVENT = re.compile(
    r"(?<!\S)(?:after|following|since|upon)\s+(?:(?:obtaining|earning|receiving|completing|completion\s+of|gaining)\s+)?"
    rf"(?:the\s+|an?\s+|your\s+)?(?=(?:{EVENT_WORDS}|qualifi\w*)\b|(?P<short>[A-Z]{{2,6}})\b)",
)
# where a subject's worker did the work ("trader in APAC equities", "tiler on commercial sites"): its setting, after it
_SETTING_AFTER = r"\s+(?:in|at|on|within|across|for|with)\s"
_SHARED_WORKER = re.compile(
    r"^\s*(?:(?:an?|the|qualified|fully\s+qualified|experienced|skilled)\s+)*([A-Za-z]{3,})\s+(?:and|or)\s+"
    rf"([A-Za-z]{{3,}})\s+([A-Za-z]{{3,}}(?:er|or|ist|man|ian))(?=\s*(?:[,;.(]|$)|{_SETTING_AFTER})",
    re.I,
)
_ON_SITES = re.compile(
    r"\s+on\s+(?:[\w/-]+\s+){0,3}(?:projects?|sites?|job\s*sites?|jobs|contracts?|builds?)\b|\s+aged\s+\d",
    re.I,
)


def _before_event(text: str) -> str:
    """Return a years subject's words before the event the years count from ("after the MSW"), all where none.

    An abbreviation is the event where a resume dates it ("the MSW", "NCLEX") or the word after it names one
    ("ACCA qualification", "PE license", "HCPC registration"); "the SDLC", "the NHS guidance" are subject words.
    """
    for found in _AFTER_EVENT.finditer(text):
        short = found.group("short")
        # the abbreviation and the word after it, in a bounded window
        named = " ".join(text[found.start("short") : found.start("short") + 40].split()[:2]) if short else ""
        if not short or names_event(named):
            return text[: found.start()].rstrip()
    return text


# "post-CCT", "post ASYE": the stage a years item counts from, by a datable abbreviation (since.py)
_POST_STAGE = re.compile(r"\bpost[-\s](?P<short>[A-Z]{2,6})\b")


def _stage_as_qualification(item: str) -> str:
    """Return an item with each stage it counts from by a datable abbreviation read as "post-qualification".

    The subject is then read as after "post-qualification" ("2 years post ASYE experience in adult social care":
    adult social care); "post-IPO", "post-SDLC" name no stage a resume dates and stay words of the subject.
    """
    return _POST_STAGE.sub(
        lambda m: "post-qualification" if datable_abbreviation(m.group("short")) else m.group(0), item
    )


# words heading titles that also grade another worker ("head or sous chef", "apprentice or journeyman electrician")
_GRADE_HEADS = frozenset(
    "head lead chief executive principal intern trainee apprentice volunteer associate assistant".split()
)


def _worker_of_its_own(word: str) -> bool:
    """Return whether the first of "X or Y <worker>" is a worker itself ("plumber or gas fitter"), not a modifier.

    "execution or sales trader", "water or wastewater operator" share the noun; "welder or pipe fitter", "nanny or
    childcare worker" name two workers, the first whole ("welder fitter" is no one's title).
    """
    word = word.lower()
    return word not in _GRADE_HEADS and (word in JOB_HEADS or word.rstrip("s") in JOB_HEADS)


_PEOPLE_WITH = re.compile(
    r"^\s*(?:(?:working|work)\s+with\s+)?(?:\w+\s+)?(?:people|persons|individuals|clients|customers|patients|"
    r"participants|consumers|residents|children|adults|young\s+people|families|students)\s+(?:with|who\s+have|"
    r"living\s+with|experiencing|affected\s+by)\s+(?=\w)",
    re.I,
)
_OR_WORKING_IN = re.compile(
    r"(?<!\s)\s+or\s+(?:working|employed|serving)\s+(?:in|within|at|for)\s+(?:an?\s+|the\s+)?(?=\w)", re.I
)


_PARTICIPLE_WITH_OBJECT = re.compile(
    r"(?<=\w)(?<!\bexperience)(?<!\bexp)(?<!\bwork)\s+[a-z]{3,}ing\s+(?=(?:an?|the|our|their|its)\s)"
)  # not "experience following the SDLC": the experience's own clause says what it was in
# a stage before the experience ("post-grad", "post-registration", "post-qualification"): when it was had, not in what
# (a stage is what is earned or served: not "postpartum", "post-acute", "postal", "post-production", the fields)
_STAGE_WORD = re.compile(
    r"post[-\s]?(?:grad(?:uate|uation)?|qualifi(?:cation|ed)|qualifying|registration|licensure|licen[cs]e|"
    r"certification|doc(?:toral)?|degree|training|residency|fellowship|ordination|admission|call|basic)",
    re.I,
)
# time served, no field of its own: "3 years' sea service in command as Master", "2 years' sea time as Chief Mate";
# the rank it was served in is the subject
_SERVICE_ONLY = frozenset({"service", "sea service", "sea time", "seagoing service", "sea-going service", "time"})
_SERVED_AS = re.compile(r"\bas\s+(?:an?\s+|the\s+)?(?P<s>[A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,3})", re.I)
_SPACES = re.compile(r"\s{2,}")


def _clean_subject(text: str) -> str:
    """Return the subject of "N years <subject>": its first words, or two alternatives ("HR generalist or HRBP")."""
    # a run of spaces is one space, or one line break if it breaks the line (a subject still ends at its line): a run
    # of thousands made each pattern below that starts with "\s+" quadratic (seconds for 20,000 spaces)
    text = _SPACES.sub(lambda run: "\n" if "\n" in run.group() else " ", text)
    text = re.sub(r"\s+and/or\s+", " or ", text)  # "couples and/or family therapy": either
    # session 20: "people with complex mental health needs", "children with disabilities", "adults living with
    # dementia": who the work was with is no field; what they live with is
    text = _PEOPLE_WITH.sub("", text, count=1)
    # "destination services or working in corporate relocation": the other alternative is where the work was
    text = _OR_WORKING_IN.sub(" or ", text)
    # "tattooing after completing an apprenticeship", "since registration": when the years count from (since.py)
    text = _TRAILING_STAGE.sub("", _before_event(text))
    # "bricklayer on commercial projects": a setting (read as the subject's place), "children aged 0-6": an age range
    text = _ON_SITES.split(text, maxsplit=1)[0]
    # "wall and floor tiler": two kinds of one worker, each keeps the noun ("billing and coding" is two fields)
    pair = _SHARED_WORKER.match(text)
    if pair and not _worker_of_its_own(pair.group(1)):
        return f"{pair.group(1)} {pair.group(3)} or {pair.group(2)} {pair.group(3)}"
    # "preparing or auditing hazmat shipments", "accounting or auditing work": the two -ing words share their object,
    # which says what the years were in; each keeps it, as an alternative of its own (an -ing noun is a field)
    shared = re.match(
        r"^\s*((?:experience\s+)?[A-Za-z]{3,}ing)\s+(?:or|and|and/or)\s+([A-Za-z]{3,}ing(?:\s+(?:up|out|down))?)\s+"
        r"(?=[A-Za-z])(?!(?:experience|exp)\b)",
        text,
        re.I,
    )
    if shared:
        rest = text[shared.end() :]
        cut = re.search(
            r"\s(?:or|and|in|at|within|across|with|for|including|such as|preferably)\s|[(:,;.]|\s[-–—]\s", rest
        )
        obj = rest[: cut.start()] if cut else rest
        return f"{_clean_subject(f'{shared.group(1)} {obj}')} or {_clean_subject(f'{shared.group(2)} {obj}')}"
    # "Executive Housekeeper or Assistant Executive Housekeeper in a 5-star hotel": either, the setting after them
    either = re.match(
        r"^\s*([\w/&+-]+(?:\s+[\w/&+-]+){0,3})\s+or\s+(?:an?\s+)?([\w/&+-]+(?:\s+[\w/&+-]+){0,3}?)"
        rf"(?:\s*(?:[.,;(]|$)|{_SETTING_AFTER})",
        text,
    )
    inside = either and re.search(r"\s(?:in|at|within|across|for|with)\s", either.group(1))  # "X in state or federal"
    if (
        either
        and not inside
        and not re.search(r"\b(?:equivalent|related|similar|higher|more|above)\b", either.group(2), re.I)
    ):
        return f"{_clean_subject(either.group(1))} or {_clean_subject(either.group(2))}"
    # "licensed, booked stylist": participles listed before their noun describe it; the noun is the subject (a gerund
    # list, "billing and coding", is the subject itself)
    text = re.sub(
        r"^\s*(?:(?:an?|the)\s+)?(?:[A-Za-z]{3,}ed(?:\s*,\s*(?:and\s+)?|\s+and\s+))+[A-Za-z]{3,}ed\s+(?=\w)",
        "",
        text,
    )
    listed = re.match(rf"^\s*({_PHRASE}(?:\s*,\s*{_PHRASE})+),?\s+or\s+(?:an?\s+)?({_PHRASE})\s*(?:[.;(]|$)", text)
    if listed and not re.search(r"\b(?:equivalent|related|similar|higher|more|above)\b", listed.group(2), re.I):
        # "supply chain, operations or manufacturing": any of them
        return " or ".join(_clean_subject(p) for p in [*listed.group(1).split(","), listed.group(2)] if p.strip())
    # "HRBP partnering a business unit of 500+ employees", "a site manager overseeing the fit-out": the role, then
    # what was done in it (a participle and its object); not "machine learning engineer" (no object follows)
    text = _PARTICIPLE_WITH_OBJECT.split(text, maxsplit=1)[0]
    text = re.split(
        r"\b(?:or|and|is|are|with a|preferably|including|such as|for|required|preferred|a plus|minimum|min)\b|"
        # a cue ending the clause says how much the years are wanted ("1 year forklift desirable)", "2 years ICU
        # essential"): no word of what they are in
        # and the words before it ("highly desirable", "would be an advantage", "considered an asset", "a distinct
        # advantage")
        r"(?:\b(?:highly|strongly|very)\s+)?\b(?:desirable|desired|essential|mandatory|advantageous|"
        r"(?:(?:would\s+be|considered|seen\s+as)\s+)?(?:an?\s+)?(?:(?:distinct|definite|real)\s+)?(?:advantage|asset))"
        r"(?=\s*(?:[).,;]|$))|"
        r"[(:,]|\s[-–—]\s|(?<=\w)\s+(?:in|at|within|across|with)\s+",
        text,
        maxsplit=1,
    )[0]
    # articles out, but not a grade's letter ("Class A", "Type A"): a capital after a word is no article
    kept = text.strip(" .,-").split()
    tokens = [
        w
        for i, w in enumerate(kept)
        if w.lower() not in {"a", "an", "the", "related", "similar"} or (w == "A" and i and kept[i - 1][:1].isupper())
    ]
    return " ".join(tokens[:8]).strip(" .,-")


# "no more than 2 moving violations in the last 3 years": a window of time, not years of experience
_TIME_WINDOW = re.compile(
    r"\b(?:in|within|during|over|for|covering|throughout)\s+the\s+(?:last|past|previous|preceding|prior)\s*$", re.I
)
# "(must obtain within 1 year)": a deadline to earn something, no years asked
_WITHIN = re.compile(r"\bwithin\s*$", re.I)
# "a maximum of 4 years", "no more than 2 years", "up to 3 years": a ceiling (a junior post), never a minimum
_CEILING = re.compile(
    # "not less than 3 years", "no fewer than": a floor, as Irish, British and Indian regulations write one
    r"\b(?:maximum(?:\s+of)?|max\.?|no more than|not more than|up to|(?<!not )(?<!no )(?:less|fewer) than|at most)\s*$",
    re.I,
)
# years that are no one's experience: the ages of those served ("babies from 6 months to 3 years", "children aged
# 3-5 years", "3-5 year olds") and the employer's own history ("the clinic has been treating the valley for fifteen
# years", "we've been trading for over 20 years", "founded 40 years ago"). A hire's own age is a condition
# (conditions.py); "an applicant who has been licensed for 2 years" still asks years.
_AGE_BEFORE = re.compile(
    r"(?:\bmonths?\s*(?:to|-|–|and)|\b(?:aged?|ages)(?:\s+(?:of|between|from))?|\b(?:birth|newborns?)\s*(?:to|-|–))\s*$",
    re.I,
)
_AGE_AFTER = re.compile(r"^(?:\s*-\s*|\s+)(?:olds?\b|of\s+age\b|ago\b)", re.I)
# a span of months to years is an age served unless experience follows it: "6 months to 2 years of experience in
# retail", "18 months to 3 years post-qualification experience" ask years
_MONTHS_TO = re.compile(r"\bmonths?\s*(?:to|-|–|and)\s*$", re.I)
_EXPERIENCE_AFTER = re.compile(r"^\W{0,3}(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:experience|exp\b)", re.I)
# "has been" only of the employer: "we", a business's noun or its legal form ("the clinic has been", "Smith & Sons
# Ltd has been"); "the successful candidate has been working for 3 years", "Has been in a lead role for 2 years" ask
_EMPLOYER = (
    r"(?:company|business|firm|practice|clinic|surgery|school|nursery|centre|center|charity|organi[sz]ation|group|"
    r"hospital|agency|club|restaurant|hotel|store|shop|depot|team|family|brand|studio|ltd|inc|llc|plc|co|it|which)"
)
_HISTORY_BEFORE = re.compile(
    rf"(?:\b{_EMPLOYER}\.?\s+has|\bwe\s+have|\bwe've)\s+been\b[^.;!?]{{0,80}}?\bfor\s+"
    r"(?:(?:over|more\s+than|nearly|almost|around|about|some|the\s+(?:past|last))\s+)?$",
    re.I,
)


def _no_ones_experience(item: str, found: re.Match[str]) -> bool:
    """Return whether the years found are an age served or the employer's history, not years asked of the hire."""
    ahead = item[max(0, found.start() - 120) : found.start()]
    rest = found.group("rest")
    if _MONTHS_TO.search(ahead[-40:]) and _EXPERIENCE_AFTER.match(rest):
        return False
    return bool(_AGE_BEFORE.search(ahead[-40:]) or _AGE_AFTER.match(rest) or _HISTORY_BEFORE.search(ahead))


# a stage of training the years count from ("post-licensure", "post-qualification"); "post-production" is a field
_POST_STAGES = (
    r"post-(?:master'?s|graduate|doctoral|baccalaureate|bachelor'?s|licensure|registration|certification|"
    r"qualification|qualifying|residency|apprenticeship|degree|journey(?:man|men|person|worker)(?:[- ]level)?|"
    r"trade|ticket|red\s+seal)"
)
# the stage ending a subject ("3 years post-registration", "2 years of nursing post-licensure"): when, not what; a
# trade's stage ("post-apprenticeship", "post-journeyman") stays, the grade asked (coverage's full-rung reading)
_TRAILING_STAGE = re.compile(
    r"(?:^|\s+)post-(?:licensure|registration|certification|qualification|qualifying|residency|degree)"
    r"(?:\s+(?:experience|exp))?\s*$",
    re.I,
)
# words that say how the years were spent, not in what, at the start of a subject ("verifiable", "recent adult ICU");
# "post-" only before a stage of training ("post-licensure"): "post-production", "post-acute care" are fields
_QUALIFIER = (
    r"(?:verifiable|verified|documented|demonstrated|proven|recent|progressive|progressively|increasingly|"
    r"responsible|hands-on|relevant|direct|practical|paid|full-time|part-time|professional|working|solid|strong|"
    r"prior|previous|qualified|fully\s+qualified|"
    # how the years are judged or how steadily they went, not in what ("three years' satisfactory experience in
    # enforcement", "of successful sales"): a word of a quality or an amount ("good" is not: "good manufacturing
    # practice" is a field)
    r"satisfactory|successful|suitable|sufficient|adequate|appropriate|acceptable|substantial|significant|"
    r"considerable|extensive|demonstrable|meaningful|thorough|continuous|"
    rf"{_POST_STAGES}|"
    # "journeyman-level bricklayer": the grade asked (read by the lower-rung rule), the years the bricklayer's
    r"journey(?:man|person|worker)?[- ]level)"
)
_QUALIFIERS = re.compile(rf"^(?:{_QUALIFIER}\s+)+(?=\S)", re.I)
_ONLY_QUALIFIERS = re.compile(rf"(?:{_QUALIFIER})(?:\s+(?:{_QUALIFIER}))*", re.I)
_PQE = re.compile(r"\bPQE\b")
_LEADING_QUALIFIERS = re.compile(rf"^(\W*(?:of\s+)?)(?:{_QUALIFIER}(?:\s*,\s*|\s+(?:and\s+)?))+(?=\w)", re.I)
# "two years of experience, after the MSW, performing casework": a clause set off by commas says when the years
# were earned (after a degree or licence), not what they were in; the subject is read around it
_SINCE_CLAUSE = re.compile(r",\s*(?:after|following|since)\s+(?:the\s+|an?\s+|your\s+)?[^,;]{2,40},\s*", re.I)
# "4 years of experience in the following:", "3 years in one or more of these areas", "with the tools listed below":
# the years point to a list (the bullets after them, a sentence before) and name no subject of their own; they are
# read as years in all ("following", "these" as a subject was asked of every resume and met by none)
_POINTER = re.compile(
    r"^\W*(?:of\s+)?(?:(?:[\w'-]+\s+){0,3}?(?:in|with|on|of|using|across|within|at|for|as)\s+)?"
    r"(?:(?:any|one|two|three|four|each|all|some|several|most|many|either|both|at\s+least\s+\w+|"
    r"(?:a\s+)?(?:combination|mix|number|majority|subset))\s+(?:or\s+(?:more|all)\s+)?(?:of\s+)?)?(?:the\s+)?"
    r"(?:following|below|above|aforementioned|foregoing|these|those|said|above-mentioned|mentioned|listed)\b"
    r"(?!\s+(?:up|through)\b)|"
    r"\b(?:(?:listed|mentioned|named|outlined|described|noted|shown|stated|detailed)\s+)?(?:below|above)\W*$",
    re.I,
)
# years summed over the fields a sentence lists ("for a total of over 20 years", "combined"): years in all
_IN_ALL = re.compile(r"\b(?:a\s+)?total\s+of\b|\bin\s+total\b|\bcombined\b|\baltogether\b|\bcumulative\b", re.I)
# a licence's grade in a years subject ("Class A tractor-trailer driving", "Grade II operator"): the licence is
# asked and checked on its own; the years are of what follows
_GRADE = re.compile(
    r"\b(?i:class|grade|level|type)\s+(?:[A-D]|[IV]{1,3}|[1-4])\b(?:\s+(?i:cdl|licen[cs]ed?))?\s+(?=\S)"
)


# a lone participle before "experience at/in": how the years were spent ("operating", "licensed"), not in what
_PARTICIPLE = re.compile(r"[A-Za-z]{3,}(?:ing|ed)")
# a kind of work every field has, read like a lone participle: "leadership experience in an early learning centre"
# is early learning centre leadership, "administrative experience in a court office" court office administrative
# ("administrative" alone is any office worker's; the place says which)
_KIND_OF_WORK = re.compile(
    r"administrative|admin|clerical|leadership|management|managerial|supervisory|reception", re.I
)
# the employer's own place after such work ("management experience in our Sydney office") names no field
_EMPLOYERS_OWN = re.compile(r"\W*(?:our|this|the\s+company'?s)\s", re.I)
# a post or a rank after such work is no place ("supervisory experience in a team of 10", "at Band 6 level")
_POST_NOT_PLACE = re.compile(
    r"(?:similar|same|comparable|related|teams?|roles?|positions?|capacity|level|band|grade)\b", re.I
)


_BRACKETED_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z0-9&-]{1,6})\)")


def _bracketed_after(text: str, subject: str) -> re.Match[str] | None:
    """Return the '(ICU)' right after an occurrence of subject in text (no pattern compiled per subject)."""
    start = text.find(subject)
    while start >= 0:
        if found := _BRACKETED_ABBREVIATION.match(text, start + len(subject)):
            return found
        start = text.find(subject, start + 1)
    return None


_BRACKET_FILLER = re.compile(
    r"\b(?:of|in|the|an?|or|and|more|plus|minimum|min|at least|experience|exp|required|preferred|a plus|"
    r"total|overall|relevant|related|equivalent|work(?:ing)?|professional|combined|"
    # how much the years are wanted ("(3+ years desirable)", "(minimum 2 years essential)"): no subject of theirs
    r"desirable|desired|essential|mandatory|ideally|advantageous|advantage|asset|must|highly regarded)\b",
    re.I,
)


_ALTERNATIVES_KEPT = 4  # alternatives kept before the last one's "or" (bound: a hostile list of thousands)


_EXPERIENCE_IN = re.compile(r"\b(?:experience|background|exp\.?)\s+(?:in|as|with|of|on|across)\s+\w", re.I)


def _last_clause(text: str) -> str:
    """Return a text's last clause, or the list it ends with after "experience in" ("in security, defence or policy").

    "Experience in international security, defence or foreign policy (3+ years)": any of the fields; "Full UK
    licence, warehouse or logistics experience (2 years)": the licence is another ask, so only the last clause.
    """
    parts = re.split(r"[,;:]\s*", text)
    if len(parts) > 1 and re.search(r"\bor\b", parts[-1]):
        kept = parts[-_ALTERNATIVES_KEPT:]
        opening = next((i for i, part in enumerate(kept) if _EXPERIENCE_IN.search(part)), None)
        if opening is not None and not re.search(r"[;:]", ", ".join(kept[opening:])):
            return ", ".join(kept[opening:])
    return parts[-1]


def _years(item: str, title: str = "", titled: list[bool] | None = None) -> tuple[float, str] | None:
    """Return (years, subject) for an 'N+ years ...' phrase; subject is '' for overall experience.

    "in a similar role" (or "identical position", "this capacity") means the posting's own title; "in the last 3
    years" is a window of time and "a maximum of 4 years" a ceiling: no years asked, but years asked after them are
    read ("no accidents in the last 3 years and 2 years of driving experience"). ``titled`` gets a True when the
    reading turns on the title.
    """
    read = _years_read(item)
    if read is None:
        return None
    years, subject, same_role = read
    if _REPLACED.match(subject):
        subject = ""  # "4 years' relevant experience in lieu of a degree": years in all, the degree's alternative
    if same_role and titled is not None:
        titled.append(True)
    if title and same_role:
        return years, _clean_subject(title)
    return years, subject


# what the years stand in for, read where their subject would be ("in lieu of a degree", "instead of a degree")
_REPLACED = re.compile(r"(?:lieu|place|instead)\s+of\b", re.I)
_YEARS_TRIED = 8  # years mentions looked past in one item (ages, histories, windows, ceilings) before giving up


@lru_cache(maxsize=16384)
def _years_read(item: str) -> tuple[float, str, bool] | None:
    """Return ``_years`` of an item read without a title, and whether its years are "in a similar role".

    Cached per item: the title only names the subject of "in a similar role", so one reading serves every posting
    whose boilerplate repeats the line.
    """
    item = _PQE.sub("post-qualification experience", item)  # "5 years PQE in commercial property"
    item = _stage_as_qualification(item)  # "3 years post-CCT", "2 years post ASYE experience in adult social care"
    found = YEARS.search(item)
    # a window or a ceiling asks no minimum; the clause may ask years after it (a few years mentions are tried: each
    # search reads to the clause's end, so trying every one of a hostile text's thousand is quadratic)
    tried = 0
    while (
        found
        and tried < _YEARS_TRIED
        and (
            _TIME_WINDOW.search(item[: found.start()])
            or _CEILING.search(item[max(0, found.start() - 24) : found.start()])
            or _WITHIN.search(item[max(0, found.start() - 12) : found.start()])
            or _no_ones_experience(item, found)
        )
    ):
        found = YEARS.search(item, found.start("rest"))
        tried += 1
    if not found or tried >= _YEARS_TRIED:
        return None
    years = _number(found.group("n"))
    if years <= 0 or years > 40:
        return None
    same_role = bool(_SAME_ROLE.search(found.group("rest") or ""))
    opened = item.rfind("(", 0, found.start())
    deadline = re.search(r"\b(?:within|in|after|by)\s*$", item[: found.start()], re.I)  # "(must obtain within 1 year)"
    closed = found.group("rest").find(")")
    # "Proven work experience (minimum 5 years) as a passenger vehicle driver": the subject follows the bracket
    after = re.match(r"\s*(?:as|in|with|on|using|of)\b", found.group("rest")[closed + 1 :]) if closed >= 0 else None
    # "CPP certification (3+ years of payroll experience)": a bracket that names what its years are in is read as
    # any years are; only a bracket holding the years alone ("(minimum 5 years)") gives them to what it follows
    own = closed >= 0 and key_terms(_BRACKET_FILLER.sub(" ", found.group("rest")[:closed]))
    if opened >= 0 and ")" not in item[opened : found.start()] and closed >= 0 and not (deadline or after or own):
        # "millwright or industrial maintenance experience (completed apprenticeship or 4+ years), the ability to
        # read mechanical drawings": years in brackets are of what the bracket follows, not of the next clause
        bracketed = re.sub(r"\s+(?:experience|exp\.?)\s*$", "", item[:opened].strip(), flags=re.I)
        bracketed = _last_clause(bracketed)
        # "Experience as a crane operator (minimum 4 years)": what the experience is as, in or with
        bracketed = re.sub(
            r"^.*?\b(?:experience|background|exp\.?)\s+(?:as\s+an?|as|in|with|of|on|using)\s+",
            "",
            bracketed,
            flags=re.I,
        )
        bracketed = re.sub(
            r"\s+(?:licen[cs]e|certificat(?:e|ion)|registration)$", "", bracketed, flags=re.I
        )  # "RN license"
        subject = _clean_subject(_QUALIFIERS.sub("", bracketed))
        if key_terms(subject):
            return years, subject, same_role
    rest = _SINCE_CLAUSE.sub(" ", found.group("rest") or "", count=1)
    rest = _ABBREVIATED_CUE.sub(" ", rest)  # "3+ yrs sterile processing experience req'd"
    rest = _WHAT_IT_INCLUDED.sub("", rest, count=1)  # "CRNA experience, incl. independent practice": the CRNA's
    rest = _ON_ONES_OWN.sub("", rest)  # "sweeping chimneys on your own": how, alone; no setting "your own"
    rest = _LEADING_QUALIFIERS.sub(r"\1", rest)  # "of recent, documented payroll"
    rest = _restated(rest)  # "relevant experience (i.e. in a commercial kitchen)": the kitchen's years
    if _POINTER.search(rest.split(":", 1)[0]):
        return years, "", same_role
    lead = _LEAD_SUBJECT.match(rest)
    # "of post-journeyperson experience in masonry": a lead of qualifiers only says when or how, the subject follows
    if lead and (
        lead.group("s").lower() in _NOT_SUBJECT
        or _ONLY_QUALIFIERS.fullmatch(lead.group("s"))
        or _STAGE_WORD.fullmatch(lead.group("s"))
    ):
        lead = None
    if lead:
        # "3 years of operating experience at a surface water treatment plant": a lone participle is how, the
        # place it was at is what; the subject is both ("surface water treatment plant operating"), a setting its
        # field ("interpreting in a healthcare setting": healthcare interpreting)
        at = ""
        how = lead.group("s")
        owned = _EMPLOYERS_OWN.match(rest, lead.end())  # "in our Sydney office": the employer's place, no field
        place = re.sub(r"^\W*(?:an?|the|our|your)\s+", "", rest[lead.end() :])
        if not lead.group("party") and (
            _PARTICIPLE.fullmatch(how)
            or (_KIND_OF_WORK.fullmatch(how) and not owned and not _POST_NOT_PLACE.match(place))
        ):
            at = _setting_field(_clean_subject(place), _PLACE_NOUN)
        if at:
            return years, f"{at} {lead.group('s')}", same_role
        # "3+ years forklift in a high-volume DC", "2 years CNA/STNA experience in LTC": what precedes "in" is it
        return years, _served_rank(_clean_subject(lead.group("s")), rest), same_role
    subject_match = _SUBJECT.match(rest)
    subject = _clean_subject(subject_match.group("s")) if subject_match else ""
    if subject_match and subject and re.search(r"\bin\s*$", rest[: subject_match.start("s")], re.I):
        # "2 years in an acute care setting" is acute care years, "in a fast-paced environment" years in all; a
        # post ("in a supervisory kitchen role") keeps its words: it names the rung asked
        subject = _setting_field(subject, _PLACE_NOUN)
        if not subject:
            return years, "", same_role
    marked = re.sub(r"\(?\b(?:required|preferred|a plus)\b\)?", " ", rest, flags=re.I)  # "3 years (Required)"
    if not subject and (bare := _BARE_SUBJECT.match(marked)):
        # "4+ yrs external audit", "3+ yrs ICU experience (adult)": the words after the years are the subject
        subject = _clean_subject(re.sub(r"\b(?:of\s+)?(?:experience|exp\.?)\b", " ", bare.group("s"), flags=re.I))
    if not subject:
        ahead = item[: found.start()]
        before = _SUBJECT_BEFORE.search(ahead) or _SUBJECT_LABEL.match(ahead)
        subject = _clean_subject(before.group("s")) if before else _worked_subject(ahead)
    if subject.endswith(")") and "(" not in subject:  # "(3+ years of payroll experience)": the bracket's own
        subject = subject[:-1].rstrip()
    # "of experience operating lattice boom cranes": what the experience was doing
    subject = re.sub(r"^(?:experience|exp\.?)\s+(?:(?:in|with|as\s+an?|as|on|using|of)\s+)?", "", subject, flags=re.I)
    # "of commercial refrigeration experience": the subject is what the experience is in
    subject = re.sub(
        r"(?:\s+(?:work|working|professional|hands-on))?\s+(?:experience|exp\.?)$", "", subject, flags=re.I
    )
    subject = _before_how(subject)
    subject = _GRADE.sub("", _QUALIFIERS.sub("", subject))
    # "adult critical care (ICU) RN experience": the abbreviation in brackets after the subject names it too
    named = _bracketed_after(rest, subject) if subject else None
    if named and named.group(1).lower() not in subject.lower():
        subject = f"{subject} or {named.group(1)}"
    if subject.lower() in {"experience", "industry", "professional experience", "the field", "the industry"}:
        subject = ""
    if subject and not key_terms(subject):  # "2+ years work experience": no subject, overall years
        subject = ""
    if subject and _SCHOOLING_ONLY.fullmatch(subject):
        # "3 years of experience or a degree in accounting", "a diploma or 3 years equivalent experience": the
        # schooling the years stand in for, or their equivalence, is no subject of the years
        subject = ""
    return years, _role_before_clause(_served_rank(subject, rest)), same_role


# experience with no subject of its own, then words restating what it is: "(i.e. in a commercial kitchen)", ", that is
# working in a warehouse"; a bracket of examples ("e.g.") is what the years included, and an unmarked one may be a
# window or an amount ("(in the last five years)", "(in total)"): neither restates
_RESTATED = re.compile(
    r"^\W*(?:of\s+)?(?:(?:related|similar|relevant)\s+)?(?:work\s+)?(?:experience|exp\b\.?)\s*(?:[(,]\s*)?(?:i\.\s?e\.|ie\b|namely\b|that\s+is\b),?\s*",
    re.I,
)
# a restated subject that opens with how or where ("in", "as", "working"): read as it is, else as what the years are in
_RESTATED_OPENS = re.compile(r"(?:in|as|with|at|within|on|[a-z]+ing)\s", re.I)


def _restated(rest: str) -> str:
    """Return the years' rest with a restating bracket or clause after a bare "experience" as its subject."""
    found = _RESTATED.match(rest)
    if not found:
        return rest
    said = rest[found.end() :]
    if "(" in found.group(0) and (closed := said.find(")")) >= 0:
        said = said[:closed]
    return f" experience {'' if _RESTATED_OPENS.match(said) else 'in '}{said}"


def _served_rank(subject: str, rest: str) -> str:
    """Return the rank time was served in when the subject is the time alone ("sea service ... as Master")."""
    served = _SERVED_AS.search(rest) if subject.lower() in _SERVICE_ONLY else None
    if served is None:
        return subject
    return _clean_subject(re.split(r"\s+(?:of|on|in|with|over|for)\s", served.group("s"), maxsplit=1)[0]) or subject


_SCHOOLING_ONLY = re.compile(
    r"(?:(?:or|and|an?|the|relevant|related|equivalent|comparable|a\s+relevant)\s+)*(?:degree|diploma|bachelor'?s?|"
    r"master'?s?|certificate|qualification|education|equivalent|equivalency)s?(?:\s+(?:in\s+\w+|equivalent))?",
    re.I,
)


# "experience <participle> ...": the clause says how the experience was gained ("working tower positions")
_HOW_CLAUSE = re.compile(r"^(?P<s>.*?\w)\s+(?:experience|exp\.?)\s+[a-z]+ing\b.*$", re.I)
# words before "experience" that say where it was had, not what it was in ("field experience installing elevators")
_NO_SUBJECT_OF_ITS_OWN = frozenset(key_terms("field industry work job site trade shop"))


def _before_how(subject: str) -> str:
    """Return the subject before a clause saying how the experience was gained, when it names one of its own.

    "air traffic control experience working tower positions" -> air traffic control; "field experience installing,
    repairing or modernizing elevators" keeps the clause, "field" naming no work.
    """
    found = _HOW_CLAUSE.match(subject)
    if found is None or not key_terms(_QUALIFIERS.sub("", found["s"])) - _NO_SUBJECT_OF_ITS_OWN:
        return subject
    return found["s"]


# a posting's shorthand for its cues after the subject ("req'd", "pref'd"): no words of the subject
# "on your own", "on their own initiative": working alone, said of how the work was done (session 20)
_ON_ONES_OWN = re.compile(r"(?<!\s)\s+on\s+(?:your|their|his|her|my|one's)\s+own\b(?:\s+initiative)?", re.I)
_ABBREVIATED_CUE = re.compile(r"\b(?:req'?d|pref'?d)(?=\W|$)\.?", re.I)
# a clause after the subject saying what the years took in ("CRNA experience, incl. independent practice", "as a
# baker, including sourdough"): part of the work, not another subject; its abbreviation's full stop ends no sentence
# (a run of spaces is entered at its first only: linear on a long one)
_WHAT_IT_INCLUDED = re.compile(
    r"(?<!\s)\s*[,(]\s*(?:"
    + "|".join((*EXAMPLE_CUE_WORDS, r"esp\.", "especially")).replace(" ", r"\s+")  # "such  as" too
    + r")\s[^;]*",
    re.I,
)
# a role named, then what was done in it: "journeyman installing commercial HVAC duct", "CNC machinist performing
# your own setups": the participle opens a clause describing the work; the years are the role's. Only after a word
# naming a worker (-er, -or, -ist, -man, -ian, -ant, -ent, -ic, "nurse", "cook") and only these verbs of doing
# ("supervising", "managing" and "leading" ask for a rung and stay; "water processing plant" holds no such verb)
_ROLE_CLAUSE = re.compile(
    r"^(?P<role>(?:\S+\s+){0,3}?(?:[A-Za-z-]{2,}(?:er|or|ist|man|men|ian|ant|ent|ic)|nurse|chef|cook|clerk|aide|tech|"
    r"pilot|guard|crew)s?)\s+(?!operating\s+systems?\b)"  # "computer operating systems" is one thing
    r"(?:performing|doing|installing|providing|delivering|supporting|handling|running|operating|serving|"
    r"building|maintaining|repairing|servicing|treating|teaching|caring|working|conducting|using|preparing|"
    r"pulling|fabricating|assembling|inspecting|diagnosing|troubleshooting|programming|driving)"
    r"\s+\S",
    re.I,
)


def _role_before_clause(subject: str) -> str:
    """Return a years subject without the clause describing the work done in the role it names (``_ROLE_CLAUSE``)."""
    alternatives = subject.split(" or ")  # each alternative is a role or not on its own ("or" is no worker)
    return " or ".join(found.group("role") if (found := _ROLE_CLAUSE.match(a)) else a for a in alternatives)


# a bracket naming something of its own beside a cue: "(GE 1.5/2.x platform preferred)", "(any major; criminal
# justice or a related field preferred)" - the cue is the bracket's, not the item's ("(preferred)" alone is the item's)
_BRACKET = re.compile(r"\([^()]*\)")
_HOW_MUCH = re.compile(
    r"\b(?:strongly|highly|very|much|big|huge|great|real|major|definite(?:ly)?|but|not|required|also|would|be|"
    r"considered|will|an?|asset|extra|very\s+much|ability|able|obtain|"
    # how much it is wanted, said in other words ("preferred, not mandatory", "preferred qualification"): still
    # the item's own cue, the bracket names nothing of its own
    r"mandatory|essential|necessary|needed|compulsory|obligatory|critical|qualifications?|requirements?|skills?|"
    r"nice|to|have|advantage(?:ous)?|optional|must|plus|bonus|desired|desirable|helpful|though|however|or|and|"
    # how many years are wanted ("(3+ years desirable)"): the item's experience is what is desired
    r"\d{1,2}(?:\.\d)?\+?\s?(?:years?|yrs?))\b",
    re.I,
)


def _own_cue(bracket: re.Match[str]) -> bool:
    """Return whether a bracket holds a preference cue of its own beside something it names."""
    inside = bracket.group(0)[1:-1]
    if not PREFERRED_CUE.search(inside):
        return False
    named = key_terms(_HOW_MUCH.sub(" ", PREFERRED_CUE.sub(" ", inside)))
    return bool(named - {"abil", "obtain"})  # "(strongly preferred)", "(or ability to obtain, preferred)": the item's


@lru_cache(maxsize=16384)
def _importance(section: str, item: str) -> Importance:
    item = _BRACKET.sub(lambda b: " " if _own_cue(b) else b.group(0), item)
    if REFUSED_WITHOUT.search(item):
        return "required"  # "S/4HANA preferred. Candidates without SAP experience will not be considered."
    required = REQUIRED_CUE.search(item)
    preferred = _preferred_cue(item, asked=required is not None)
    if preferred and not (required and required.start() < preferred.start()):
        return "preferred"
    if required:
        return "required"
    return "preferred" if section == "preferred" else "required"


def _preferred_cue(item: str, *, asked: bool) -> re.Match[str] | None:
    """Return an item's first preferred cue; an employer's offer ("training provided") gives way to an item's ask."""
    for cue in PREFERRED_CUE.finditer(item):
        if not (asked and EMPLOYER_GIVES.fullmatch(cue.group(0))):
            return cue
    return None


def _year_clauses(item: str) -> list[str]:
    """Split "4 years as an Architect, 2 years as a Plumber" into one clause per "N years" (one clause if fewer)."""
    starts = [m.start() for m in _YEARS_AT.finditer(item)]
    if len(starts) < 2:
        return [item]
    bounds = [0, *starts[1:], len(item)]
    return [item[a:b].strip(" ,;") for a, b in zip(bounds, bounds[1:], strict=False)]


# a name spelled out before its abbreviation: "Homeland Security Exercise and Evaluation Program (HSEEP)"
_SPELLED_NAME = re.compile(
    r"(?P<name>[A-Z][\w'&-]*(?:\s+(?:(?:and|of|for|the|&|on|in)\s+)*[A-Z][\w'&-]*){2,})\s*\((?P<abbr>[A-Z][A-Za-z0-9&-]{1,9})\)"
)


_LONG_NAME = 5  # words: "Scaled Agile Framework (SAFe)" asks for Agile; a programme's long official name does not


def _skills_in(item: str) -> set[str]:
    """Return the vocabulary skills an item names (a new set: see ``_skills_named``)."""
    return set(_skills_named(item))


@lru_cache(maxsize=16384)
def _skills_named(item: str) -> frozenset[str]:
    """Return the vocabulary skills an item names, less a word of a long name it spells out before an abbreviation.

    "Completion of Homeland Security Exercise and Evaluation Program (HSEEP) training" asks for one programme, not
    for security: a skill written only inside (not at the start of, and a third of the words at most) a name of five
    words or more whose abbreviation follows in brackets, an abbreviation that is no skill itself, is a word of that
    name. "Google Cloud Platform (GCP)", "Scaled Agile Framework (SAFe)" and "Oracle Business Intelligence Enterprise
    Edition (OBIEE)" keep their skills (the abbreviation is one, the name is short, the skill opens the name).
    """
    found = skill_mentions(_UNDER_SUPERVISION.sub(" ", item) if "upervision" in item else item)
    if not found or "(" not in item:
        return frozenset(found)
    _drop_other_abbreviations(item, found)
    for name in _SPELLED_NAME.finditer(item):
        if find_skills(name.group("abbr")) or not credential_phrases.abbreviates(
            name.group("abbr"), name.group("name")
        ):
            continue
        size = len(name.group("name").split())
        if size < _LONG_NAME:
            continue
        rest = item[: name.start()] + " " + item[name.end() :]
        lowered = name.group("name").lower()
        for skill, spelled in list(found.items()):
            at = lowered.find(spelled.lower())
            inside = at > 0 and len(spelled.split()) * 3 <= size
            if inside and spelled.lower() not in rest.lower():
                del found[skill]
    return frozenset(found)


# a short name spelled out before its abbreviation: "Mountain Leader (ML)", "Bachelor of Nursing (BN)"
_SHORT_SPELLED = re.compile(
    r"(?P<name>[A-Z][\w'&-]*(?:\s+(?:(?:and|of|for|the|&|on|in)\s+)?[A-Z][\w'&-]*){1,5})\s*"
    r"\((?P<abbr>[A-Z][A-Za-z0-9&-]{1,9})\)"
)


def _initials_of(name: str) -> str:
    """Return the first letters of a name's words, lower case ("Machine learning": "ml"); one word gives none."""
    spelled = re.findall(r"[A-Za-z]+", name)
    return "".join(w[0].lower() for w in spelled) if len(spelled) > 1 else ""


def _drop_other_abbreviations(item: str, found: dict[str, str]) -> None:
    """Drop the skills an item names only by an abbreviation it spells out as something else.

    "Mountain Leader (ML) award": "ML" is the award's, not machine learning, whose own name spells "ML" otherwise;
    "Machine Learning (ML)" keeps it, and so does a skill whose name spells no such abbreviation ("Structured Query
    Language (SQL)", "Tungsten Inert Gas (TIG)").
    """
    for name in _SHORT_SPELLED.finditer(item):
        abbr = name.group("abbr")
        if not credential_phrases.abbreviates(abbr, name.group("name")):
            continue
        own = find_skills(name.group("name"))
        apart = skill_mentions(item[: name.start()] + item[name.end() :])  # "... and machine learning research"
        for skill, spelled in list(found.items()):
            if spelled == abbr and skill not in own and item.count(abbr) == 1 and _initials_of(skill) == abbr.lower():
                if skill not in apart:
                    del found[skill]


# a clause that turns a credential away: "holders of a Limited Licence will not be considered", "interstate
# certificates not accepted", "provisionally certificated teachers need not apply", "not a corporation licence"
_REFUSED = re.compile(
    r"\b(?:will|would|shall|can)\s*not\s+be\s+(?:considered|accepted|eligible)|\b(?:won't|cannot|can't)\s+be\s+"
    r"(?:considered|accepted)|\b(?:is|are)?\s*not\s+accepted\b|\bnot\s+eligible\b|\bdo(?:es)?\s+not\s+qualify\b|"
    r"\bneed\s+not\s+apply\b|\bare\s+not\s+considered\b|"
    # "(individual licence, not a corporation licence)", "a CDL, not a learner's permit": the clause opening with
    # "not a" names what is not asked
    r"(?:^|[,;(]|\s[-–—]\s)\s*not\s+(?:an?|the)\s",
    re.I,
)
_CLAUSE_BOUNDS = re.compile(r"(\s[-–—]\s|;|\(|\)|,)")


# a clause refusing those who LACK a credential asks for it: "Applicants without a current CPA license will not be
# considered", "Candidates who do not hold a valid CDL-A are not eligible", "who are not ASE certified need not apply"
_LACKING = re.compile(
    r"\b(?:without|lack\w*|unless|except\s+those\s+(?:with|holding)|(?:do|does|did|who)\s*(?:n[o']t|not)\s+"
    r"(?:hold|have|possess|carry|meet)|(?:who|that)\s+(?:are|is)\s+not|not\s+(?:currently\s+)?(?:licen[cs]ed|"
    r"certified|registered))\b",
    re.I,
)


@lru_cache(maxsize=16384)
def _without_refused(item: str) -> str:
    """Return item with its clauses that turn a credential away blanked: the credential they name is not asked.

    Only a clause refusing the holders of a credential ("holders of a Limited Licence will not be considered") is
    blanked; one refusing those without it ("without a current CPA license", "who do not hold a CDL-A") asks for it.
    """
    if not _REFUSED.search(item):
        return item
    return "".join(
        " " if _REFUSED.search(part) and not _LACKING.search(part) else part for part in _CLAUSE_BOUNDS.split(item)
    )


def _years_importance(clause: str, importance: Importance, section: str) -> Importance:
    """Return how years are asked when the item's "preferred" is another clause's.

    "5+ years examining title in Texas, commercial transactions strongly preferred": listed as required, the years
    are required; the cue closes a later clause (after a comma, ";" or a dash) that asks no years of its own.
    """
    if importance != "preferred" or section == "preferred":
        return importance
    parts = re.split(r"[,;]|\s[-–—]\s", clause)
    own = next((p for p in parts if _YEARS_AT.search(p)), "")
    if not own or PREFERRED_CUE.search(own):
        return importance
    # the cue's clause must name something of its own: a bare ", preferred." closing the item is the item's
    cued = [p for p in parts if PREFERRED_CUE.search(p)]
    named = all(key_terms(PREFERRED_CUE.sub(" ", p)) for p in cued)
    return "required" if cued and named and not any(_YEARS_AT.search(p) for p in cued) else importance


_BRACKET_PART = re.compile(r"[),;]")  # where a bracket's part ends: its close, or the next thing it names


def _bracket_cue(item: str, clause: str) -> Importance | None:
    """Return "preferred" for a clause of years a bracket opens with its own cue, else None (the item's cue holds).

    "5+ years nursing (3+ years ICU preferred)": the bracket's "preferred" is its years', not the nursing years'
    (``_own_cue`` leaves the bracket out of the item's importance, so the ICU years were read as required). A cue
    after a comma or ";" is the next thing's ("(3 years ICU; CCRN preferred)", "(3 years ICU required, trauma
    preferred)"), so only the years' own part up to one is read.
    """
    start = item.find(clause)
    opened = start > 0 and item.count("(", 0, start) > item.count(")", 0, start)
    return "preferred" if opened and PREFERRED_CUE.search(_BRACKET_PART.split(clause, 1)[0]) else None


# a ";" outside brackets: "3+ years of underwriting (conventional conforming; jumbo a plus)" is one clause
_OUTSIDE_BRACKETS = re.compile(r";(?![^()]*\))")


def _by_importance(section: str, item: str) -> list[tuple[str, Importance]]:
    """Return an item's parts, each with its own importance (a new list: see ``_parts_by_importance``)."""
    return list(_parts_by_importance(section, item))


# a plus opening an item's last clause ("..., ideally also FME Flow", "... - preferably in a regulated firm"): the
# clause before it is asked as the section asks (session 20)
_PLUS_TAIL = re.compile(r"(?:,|\s[-–—])\s*(?=(?:ideally|preferably)\b)", re.I)


# where an item's asks part: a ";" outside brackets, a sentence's end ("CTA qualified (Chartered Tax Adviser). ACA/ACCA
# alongside CTA is welcome but not required."), or a label of importance opening the rest of a line ("Essential: NEBOSH
# General Certificate | Desirable: CSCS card", as a person specification's two columns are flattened)
_CLAUSE_OR_SENTENCE = re.compile(
    rf"{_OUTSIDE_BRACKETS.pattern}|{_SENTENCE.pattern}|"
    r"\s+(?:\|\s+)?(?=(?:Essential|Desirable|Required|Preferred|Optional|Mandatory|Nice to have|Bonus)\s*:)"
)


@lru_cache(maxsize=16384)
def _parts_by_importance(section: str, item: str) -> tuple[tuple[str, Importance], ...]:
    """Return an item's parts, each with its own importance, when its clauses or sentences ask with different weight.

    "Fluency in Spanish (written and spoken) is required; Portuguese is a plus" and "CDL-A required; prefer tanker
    endorsement" ask for one thing and would like another: read whole, the item's first cue made both required (and
    a Spanish speaker missed it for lacking Portuguese). Clauses that ask alike keep the item whole.
    """
    if REFUSED_WITHOUT.search(item):
        # "Hands-on Xero payroll - MYOB also a plus. Applicants without Xero experience will not be considered.": the
        # refusal is of the whole item's ask, whichever sentence it closes
        return ((item, _importance(section, item)),)
    clauses = _contrasted([part.strip() for part in _CLAUSE_OR_SENTENCE.split(item) if part and part.strip(" .")])
    if ";" not in item and _degree_ladder(clauses):
        clauses = []  # "Preferred: Bachelor's degree. Required: Associate's degree": one degree ask with its floor
    tail = _PLUS_TAIL.search(item)
    # "Proven experience building FME workspaces, ideally also FME Flow": the plus is the tail's alone
    tailed = [item[: tail.start()].strip(), item[tail.end() :].strip()] if tail else []
    for parts in (clauses, tailed):
        weights = [_importance(section, part) for part in parts]
        if len(set(weights)) > 1 and (parts is clauses or not PREFERRED_CUE.search(parts[0])):
            return tuple(zip(parts, weights, strict=True))
    return ((item, _importance(section, item)),)


# "but" opening a clause of its own ask: "A driving licence is not required but a car is essential" (not "helpful but
# not required", "preferred but not essential": there the "but" denies the same ask)
_CONTRAST = re.compile(r",?\s+(?:but|however|whereas)\s+(?!(?:(?:is|are)\s+)?not\b|\w+n't\b)", re.I)


def _contrasted(parts: list[str]) -> list[str]:
    """Return the parts, each split where "but" turns from what is denied or welcome to what is asked."""
    out: list[str] = []
    for part in parts:
        pieces = _CONTRAST.split(part)
        asked_after = all(REQUIRED_CUE.search(p) and not PREFERRED_CUE.search(p) for p in pieces[1:])
        out += pieces if len(pieces) > 1 and PREFERRED_CUE.search(pieces[0]) and asked_after else [part]
    return out


def _degree_ladder(parts: list[str]) -> bool:
    """Return whether two or more sentences of an item name a degree: the degree reader reads them as one ladder."""
    return sum(any(pattern.search(part) for _, pattern in DEGREES) for part in parts) > 1


# items read, by (item, importance, section, context, title): the title is None when the reading did not turn on it
_ITEMS_READ: dict[tuple[str, str, str, str, str | None], tuple[Requirement, ...]] = {}
ITEMS_READ_MAX = 20_000


def _item_requirements(
    item: str, importance: Importance, title: str = "", section: str = "", context: str = ""
) -> list[Requirement]:
    """Return every requirement one bullet or sentence states (``section``: the kind of section it is listed in).

    ``context``: the whole item when this is one of its clauses ("...; Portuguese is a plus" speaks of languages).
    An employer's lines recur across its postings, so each reading is kept (a new list each time; requirements are
    never changed in place): under the title only when it turned on the title ("in a similar role", an ambiguous
    initialism), else for every title.
    """
    key = (item, importance, section, context)
    found = _ITEMS_READ.get((*key, None))
    if found is None:
        found = _ITEMS_READ.get((*key, title))
    if found is None:
        titled: list[bool] = []
        found = tuple(_read_item(item, importance, title, section, context, titled))
        if len(_ITEMS_READ) >= ITEMS_READ_MAX:
            _ITEMS_READ.clear()
        _ITEMS_READ[(*key, title if titled else None)] = found
    return list(found)


def _read_item(
    item: str, importance: Importance, title: str, section: str, context: str, titled: list[bool]
) -> list[Requirement]:
    """Return ``_item_requirements`` of an item, adding a True to ``titled`` when the reading turns on the title."""
    found: list[Requirement] = []
    condition = conditions.condition_of(item)
    parts = [part.strip() for part in item.split(";") if part.strip()] if condition else []
    if len(parts) > 1:  # "Blueprint reading; able to lift 50 lbs": a skill and a condition
        return [r for part in parts for r in _read_item(part, importance, title, section, context, titled)]
    whole, item = item, conditions.without_conditions(item) if condition else item  # "18 years of age" is no years
    skills = sorted(_skills_in(item))
    years = False
    for clause in _year_clauses(item):
        if held := _years(clause, title, titled):
            years = True
            own = skills if clause == item else sorted(_skills_in(clause))
            count, subject = held
            if not subject and _IN_ALL.search(clause):
                own = []  # "such as marketing, design ... for a total of 20 years": examples
            found.append(
                Requirement(
                    kind="experience",
                    text=clause,
                    importance=_bracket_cue(item, clause) or _years_importance(clause, importance, section),
                    skills=own,
                    years=count,
                    subject=subject,
                )
            )
    # a degree named to turn it away asks none ("an LLB alone is not sufficient", "a master's degree alone will not
    # be considered"), as a credential so named asks none
    schooling = MASTERY.sub("", MS_PRODUCT.sub("", grades.without_refusals(_without_refused(item))))
    wanted = credentials.wanted_in(_without_years_as(_without_refused(item)), title, titled)
    if not _SCHOOLING.search(schooling):
        schooling = ""  # "Journeyman Plumber license (or Master)", "Master-level service": no master's degree
    schooling = _DEGREE_TAUGHT.sub(" ", schooling) if schooling else ""
    if anyfield := _any_field_degree(item):
        found.append(Requirement(kind="degree", text=item, importance=importance, subject=anyfield))
    elif _DEGREE_CONTEXT.search(schooling):
        # "BS or MS": the lowest degree named is the one that suffices
        named = [name for name, pattern in DEGREES if pattern.search(schooling)]
        if _unlevelled_degree(schooling, bool(named)):
            named.append("bachelor")  # "Degree in Accounting", "a tertiary qualification in social work"
        level = min(named, key=DEGREE_RANK.__getitem__) if named else None
        if level:
            area = re.search(r"\bin ([A-Z][\w ,&/]+?)(?:\bor\b|[.,;(]|$)", item)
            subject = f"{level} in {area.group(1).strip()}" if area else level
            found.append(Requirement(kind="degree", text=item, importance=importance, subject=subject))
    for want in wanted:
        found.append(
            Requirement(
                kind="certification",
                text=item,
                importance=_credential_importance(importance, item, want, section),
                subject=credentials.graded_name(want, item),
                credentials=list(want.ids),
                jurisdictions=list(want.jurisdictions),
                compact_ok=want.compact_ok,
            )
        )
    if not wanted and _certificate_asked(item):
        found.append(Requirement(kind="certification", text=item, importance=importance, skills=skills))
    if (
        LANGUAGE_CONTEXT.search(item)
        or (context and LANGUAGE_CONTEXT.search(context))
        or _CUED_LANGUAGES.search(item)
        or (section in ("required", "preferred") and _ONLY_LANGUAGES.fullmatch(item))
        or language_levels.on_a_scale(item)
    ):
        for language in _languages_in(item):
            asked = language_levels.level_beside(item, language.split(" or "), language)
            level = asked.label if asked else ""
            found.append(Requirement(kind="language", text=item, importance=importance, subject=language, level=level))
    if _asks_authorization(_status_words(item, wanted)):
        # work authorization is the filters' and the profile's business: shown, never a missing skill; a clearance
        # level asked is a credential above, so only a citizenship or eligibility clause beside it is authorization
        found.append(Requirement(kind="authorization", text=item, importance="required"))
    elif _LOCATION.search(item) and not years:
        found.append(Requirement(kind="location", text=item, importance=importance))
    if found and all(r.kind in ("authorization", "location") for r in found):
        # "Eligible to work in Canada; Excel proficiency": the status is shown, and the skill is still asked
        found.extend(_asked_beside_status(item, importance))
    tools = [s for s in skills if s not in GENERAL_SKILLS and not any(s.lower() in r.subject.lower() for r in found)]
    if (
        tools
        and not _alternatives(item, tools)
        and any(r.kind == "experience" for r in found)
        and not any(r.kind == "skill" for r in found)
    ):
        # "experience in Manhattan Associates WMS ... 2 years in a DC, and basic Excel": each product named beside
        # the years is asked for on its own, so lacking one is not half met by holding the other
        found.extend(
            Requirement(
                kind="skill",
                text=whole,
                importance=_clause_importance(item, tool, importance),
                skills=[tool],
                subject=tool,
            )
            for tool in tools
        )
    if years:
        found.extend(_asks_beside_years(item, importance, {s for r in found for s in r.skills}))
    found.extend(_asked_beside_a_plus(item, whole, importance, found))
    beside = [s for s in skills if s not in GENERAL_SKILLS]
    if beside and found and all(r.kind == "language" for r in found):
        # "Python; English required", "Excel, fluent Spanish": a language never replaces the tool named beside it
        # ("excellent written English communication" is how the language is asked: no skill of its own)
        found.append(Requirement(kind="skill", text=whole, importance=importance, skills=beside))
    if not found and (skills or (_is_skill_item(item) and (not condition or _experience_left(item)))):
        subject = item.split(":", 1)[0].strip() if ":" in item[:60] else ""
        found.append(Requirement(kind="skill", text=whole, importance=importance, skills=skills, subject=subject))
    if condition and not found:
        # a drug screen, own tools, a schedule: asked of a new hire, never shown by a resume; shown, not scored
        found.append(Requirement(kind="condition", text=whole, importance=importance, subject=condition.label))
    return [r.model_copy(update={"text": whole}) if r.text == item and item != whole else r for r in found]


# a language named with only a cue of how much it is wanted after it ("Spanish a plus", "French is an asset",
# "Mandarin, Punjabi or Tagalog an asset", "Cantonese preferred"): the names and the cue are all the clause says, so it
# asks the language; "Swedish massage a plus" names a technique (a word between the name and the cue). At most 30
# more names before the cue (bound on absurd input: a list of thousands of names was read once from each)
_CUED_LANGUAGES = re.compile(
    rf"(?:^|[:;,(]\s*|\.\s+|\s[-–—]\s+)(?:(?:and\s+)?(?:knowledge\s+of|some|conversational|basic|working)\s+)?"
    rf"(?-i:{LANGUAGE.pattern})(?:\s*(?:,|/|\bor\b|\band\b|&)\s*(?-i:{LANGUAGE.pattern})){{0,30}}\s+"
    r"(?:(?:skills?|speakers?|speaking)\s+)?(?:(?:is|are|would\s+be|will\s+be)\s+)?(?:(?:also|highly|strongly|"
    r"definitely|considered)\s+)*(?:an?\s+(?:(?:definite|strong|real|great|distinct|additional)\s+)?(?:plus|asset|"
    r"advantage|bonus)|preferred|desirable|desired|advantageous|welcome|beneficial|helpful|required|essential|"
    r"mandatory|a\s+must)\b",
    re.I,
)


def _asked_beside_a_plus(item: str, whole: str, importance: Importance, found: list[Requirement]) -> list[Requirement]:
    """Return the skill an item asks outside a bracket that names a credential as a plus of its own.

    "Hands-on Anaplan model building (Model Builder certification a plus, not required)": the certification is a plus
    and the tool work outside the bracket is still asked; read as the certification alone, the item asked nothing
    of one who never used the tool.
    """
    plus_only = all(r.kind == "certification" and r.importance == "preferred" for r in found)
    if importance != "required" or not found or not plus_only:
        return []
    outside = _BRACKET.sub(lambda b: " " if _own_cue(b) else b.group(0), item)
    if outside == item or credentials.wanted_in(outside) or _CERT.search(outside):
        return []
    skills = sorted(_skills_in(outside))
    if not (skills or products.named_products(outside).asked or _is_skill_item(outside)):
        return []
    return [Requirement(kind="skill", text=whole, importance="required", skills=skills)]


def _asks_authorization(text: str) -> bool:
    """Return whether an item's words ask about the right to work (``_AUTH``).

    A sponsor of another kind is no such ask: "most of our sponsor trials run on Rave", "industry-sponsored
    clinical trials", "we sponsor certifications". Where "sponsor" is the only word of status, the item asks it only
    when the right-to-work reader finds a statement in it (``authorization.read_statement``).
    """
    found = [m.group(0) for m in _AUTH.finditer(text)]
    if not found:
        return False
    if not all(_SPONSOR_WORD.fullmatch(word) for word in found):
        return True
    return read_statement(text) is not None


_SPONSOR_WORD = re.compile(r"sponsor\w*", re.I)
_STATUS_CLAUSE = re.compile(r";\s*|(?<=[.!?])\s+|\s[-–—]\s")


def _asked_beside_status(item: str, importance: Importance) -> list[Requirement]:
    """Return the skill an item asks in its clauses that ask no status or place ("Eligible to work in Canada; Excel").

    An authorization or a location reading never replaces a skill or a product the same item names in a clause of
    its own; an item that is all status ("Must be a U.S. citizen and able to obtain a clearance") asks no skill.
    """
    rest = [
        c
        for c in _STATUS_CLAUSE.split(item)
        if c.strip() and not _AUTH.search(c) and not _LOCATION.search(c) and not conditions.condition_of(c)
    ]
    if not rest or len(rest) == len(_STATUS_CLAUSE.split(item)):
        return []
    text = "; ".join(c.strip() for c in rest)
    skills = sorted(_skills_in(text))
    if not skills and not (_REQUIREMENT_CUE.search(text) and _is_skill_item(text)):
        return []
    return [Requirement(kind="skill", text=text, importance=importance, skills=skills)]


# a degree or diploma asked of any field: "Diploma / Degree in any field", "Graduate in any discipline", "any
# bachelor's degree", "a degree or diploma in any subject" (bounded gap: linear on a long run of words)
_ANY_FIELD = re.compile(
    r"\b(?:diplomas?|degrees?|graduates?|bachelor'?s?)\b[^.;]{0,40}?\bin\s+any\s+(?:field|discipline|subject|stream|"
    r"area|speciali[sz]ation|branch)|\bany\s+(?:(?:bachelor'?s?|undergraduate|recogni[sz]ed|tertiary)\s+)?"
    r"(?:diploma|degree|graduate)\b",
    re.I,
)


def _any_field_degree(item: str) -> str:
    """Return the level a degree or diploma asked of any field names, the lowest one: '' when none is so asked.

    The field is left open, so the level alone is asked and no skill ("in any discipline" is no subject both a
    qualified and an unqualified resume lack). Where a diploma is one of the levels named it is the lowest: in
    India, Singapore, Malaysia, Kenya, South Africa and Australia a diploma is a post-secondary course (polytechnic,
    TAFE, college) below a bachelor's, so "diploma" is asked and any diploma or degree meets it; a school-leaving
    diploma ("high school diploma") is no such diploma. "Graduate" alone is a degree holder: a bachelor's.
    """
    found = _ANY_FIELD.search(item)
    if not found:
        return ""
    if post_secondary_diploma(item):
        return "diploma"
    named = [name for name, pattern in DEGREES if pattern.search(item)]
    return min(named, key=DEGREE_RANK.__getitem__) if named else "bachelor"


def _unlevelled_degree(schooling: str, levelled: bool) -> bool:
    """Return whether a line asks a degree without naming its level, which then reads as a bachelor's.

    The degrees named with a level ("Master's degree in X", "a postgraduate qualification") are no unlevelled one.
    A degree offered as the alternative to something else ("Diploma or degree in X", "vocational training or a
    degree") asks no degree: the other will do, and no level ranks it. Beside a level ("A degree or postgraduate
    qualification") it is the lower alternative.
    """
    rest = schooling
    for _, pattern in DEGREES:
        rest = re.sub(rf"(?:{pattern.pattern})(?:\s+(?:degree|qualification)s?)?", " ", rest, flags=pattern.flags)
    found = _UNLEVELLED_DEGREE.search(rest)
    if not found:
        return False
    if levelled:
        # "A degree or postgraduate qualification": the lower alternative; "Master of X or related degree" names
        # another field at the same level
        return bool(_PLAIN_DEGREE.search(rest))
    return not _DEGREE_ALTERNATIVE.search(rest)


_PLAIN_DEGREE = re.compile(
    r"^\W*(?:an?\s+)?degree\b(?!\s+of\b)|\b(?:university|undergraduate|first|honou?rs|tertiary)\s+(?:degree|qualification)",
    re.I,
)
# a degree given as one of alternatives: "diploma or degree", "degree or diploma", "training or a degree"; not years
# offered instead ("Degree or equivalent work experience": the degree is asked, and the years meet it, coverage.py)
_DEGREE_ALTERNATIVE = re.compile(
    rf"(?:\bor|/)\s*(?:an?\s+)?(?:[\w-]+\s+)?degree\b|\bdegree\s*(?:\bor\b|/)(?!\s*{EXPERIENCE_OFFERED})",
    re.I,
)


# a listed item that is only languages' names ("Spanish", "French or German" under "Nice to have"): languages asked
_ONLY_LANGUAGES = re.compile(
    rf"\W*(?-i:{LANGUAGE.pattern})(?:\s*(?:,|/|\bor\b|\band\b|&)\s*(?-i:{LANGUAGE.pattern}))*\W*", re.I
)


def _languages_in(item: str) -> list[str]:
    """Return the languages an item asks, each once, leaving out a name that names a people or place there.

    Alternatives are one ask, their names joined by " or " ("Spanish or Portuguese", "Mandarin, Punjabi or
    Tagalog"): a speaker of one meets it. Names listed with "and" or a slash ("English/French") are each asked.
    """
    text = _VARIETY_OF_CHINESE.sub(r"\1", item)  # "Mandarin Chinese" is one language (Mandarin)
    found = [m for m in LANGUAGE.finditer(text) if not _PEOPLE_AFTER.match(text, m.end())]
    other = _ANY_OTHER_LANGUAGE.search(text)
    if other and _ENDS_A_LIST.search(text[max(0, other.start() - 12) : other.start()]):
        spoken = [m for m in found if m.end() <= other.start()]
        if not (spoken and _LISTED.fullmatch(text, spoken[-1].end(), other.start())):
            other = None  # "Python, Go or other languages": more of the list's kind, which is no spoken language
    if other:
        # "A second language (French, Mandarin, Hindi, Spanish) is an asset": the names are examples, any one will
        # do, and so will a language they leave out
        examples = _LANGUAGE_EXAMPLES.match(text, other.end())
        end = examples.end() if examples else other.end()
        found = [m for m in found if not other.start() <= m.start() < end]
        before = [m for m in found if m.end() <= other.start()]
        if before and _OR_ANY.fullmatch(text, before[-1].end(), other.start()):
            found.remove(before[-1])  # "Spanish or another language": either, so any language
    runs: list[list[str]] = []
    last_or: list[bool] = []
    previous: re.Match[str] | None = None
    for m in found:
        between = text[previous.end() : m.start()] if previous else ""
        if previous and _LISTED.fullmatch(between):
            runs[-1].append(m.group(1))
            last_or[-1] = bool(_OR.search(between))
        else:
            runs.append([m.group(1)])
            last_or.append(False)
        previous = m
    asks: list[str] = [SECOND_LANGUAGE] if other else []
    for run, either in zip(runs, last_or, strict=True):
        names = list(dict.fromkeys(run))
        asks.extend([" or ".join(names)] if either and len(names) > 1 else names)
    return list(dict.fromkeys(asks))


_LISTED = re.compile(r"\s*(?:,\s*)?(?:(?:and/or|or|and)\s+)?", re.I)
# a language besides the one the posting is written in, any of them (session 20): "a second language", "another EU
# language", "an additional European language", "other languages an asset"
_ANY_OTHER_LANGUAGE = re.compile(
    # not a subject taught: "English as a Second Language (ESL) endorsement", "French as a second language"
    r"(?<!\bas\s)\b(?:a\s+second|another|an?\s+additional|an?\s+other|other|further)\s+(?:(?:EU|European|foreign|community|"
    r"official|Asian)\s+)?languages?\b",
    re.I,
)
_OR_ANY = re.compile(r"\s*(?:,\s*)?(?:or|/)\s*", re.I)
# a list's last joiner before "other languages" ("Java, C# or", "SQL and")
_ENDS_A_LIST = re.compile(r"(?:,|\b(?:or|and)\b)\s*$", re.I)
_LANGUAGE_EXAMPLES = re.compile(
    r"\s*(?:\([^()]{0,120}\)|(?:,\s*)?(?:such as|e\.g\.|eg|like|including)\s[^.;()]{0,120})", re.I
)
_OR = re.compile(r"\bor\b", re.I)


def _status_words(item: str, wanted: list[credentials.Wanted]) -> str:
    """Return the words of an item that may ask for the right to work, without what is asked as something else.

    A clearance the vocabulary knows ("NV1", "Secret (Level II)", "SC cleared") is a credential compared with the
    resume, so its "security clearance" is no authorization ask; "Citizenship" inside a body's name ("College of
    Immigration and Citizenship Consultants") asks nothing either.
    """
    return without_bodies(_CLEARANCE.sub(" ", item) if wanted else OTHER_CLEARANCE.sub(" ", item))


def _alternatives(item: str, products: list[str]) -> bool:
    """Return whether two of the products are offered as alternatives: "Epic or Cerner", "Epic/Cerner"."""
    lowered = item.lower()
    spans = sorted((i, i + len(p)) for p in products if (i := lowered.find(p.lower())) >= 0)
    between = [lowered[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    return any(re.fullmatch(r"\s*(?:,\s*)?(?:or|/|either)\s*", gap) for gap in between)


# a clause that asks for an ability or knowledge: "the ability to read schematics", "and experience with PLCs"
_ASK_CLAUSE = re.compile(
    r"^(?:and\s+|or\s+|plus\s+)?(?:(?:the|an?|strong|solid|good|sound|working|basic|demonstrated|proven|hands-on|"
    r"practical)\s+)*"
    r"(?:ability|able|experience|knowledge|proficiency|familiarity|understanding|expertise)\b",
    re.I,
)
# (a comma inside brackets lists examples of one ask: "alignment systems (Rotalign, Fixturlaser or equivalent)")
_CLAUSE_SPLIT = re.compile(
    r",\s*(?![^()]*\))|;\s*|(?<!\s)\s+and\s+(?=(?:the\s+|an?\s+)?(?:ability|experience|knowledge)\b)", re.I
)


def _clause_importance(item: str, word: str, importance: Importance) -> Importance:
    """Return how the clause of ``item`` naming ``word`` asks for it: its own "a plus"/"preferred", else the item's."""
    clause = next((c for c in _CLAUSE_SPLIT.split(item) if word.lower() in c.lower()), "")
    return "preferred" if PREFERRED_CUE.search(clause) else importance


def _asks_beside_years(item: str, importance: Importance, named: set[str]) -> list[Requirement]:
    """Return the other asks of a sentence that asks for years, one skill each.

    "at least five years of industrial maintenance experience, the ability to read electrical schematics, and
    experience with PLCs" asks for three things; only the first is years. A clause counts when it starts with
    what is asked (ability, experience, knowledge, ...), holds no years and names no skill already read.
    """
    out = []
    for clause in (c.strip(" .") for c in _CLAUSE_SPLIT.split(item)):
        if len(clause.split()) < 3 or _YEARS_AT.search(clause) or not _ASK_CLAUSE.match(clause):
            continue
        skills = sorted(find_skills(clause))
        if skills and set(skills) <= named:
            continue
        text = re.sub(r"^(?:and|or|plus)\s+", "", clause, flags=re.I)
        own = "preferred" if PREFERRED_CUE.search(clause) else importance  # "knowledge of Excel is a plus"
        out.append(Requirement(kind="skill", text=text, importance=own, skills=skills))
    return out


FRAGMENT_WORDS = 8


def _fragment(item: str, period: bool = False) -> bool:
    """Return True for a short line that is no sentence ("BLS, ACLS", "1 yr acute care"): a terse posting's item.

    ``period``: the item is one of a line's sentences, and a terse posting ends its fragments with a period too
    ("Conduit, MC, panels. Own tools.", "CDL-A. Hazmat. Clean MVR.").
    """
    ends = ("!", "?", ":") if period else (".", "!", "?", ":")
    return 0 < len(item.split()) <= FRAGMENT_WORDS and not item.endswith(ends)


_YEARS_CLAUSE = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five)(?:\s*\(\d{1,2}\))?\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)\b", re.I
)


def _asked(req: Requirement, sentence: str) -> bool:
    """Return whether a requirement read from a prose sentence (no requirements section) is asked for.

    Prose describes the company and the job as well as what it needs, so a skill item there must name a
    vocabulary skill, be a clause split from a sentence asking for years (its own text), or come from a sentence
    that says it is required ("Federal court e-filing experience is required").
    """
    if req.kind != "skill" or req.skills or req.text != sentence:
        return True
    return bool(_SAID_REQUIRED.search(sentence)) and _is_skill_item(sentence) and not PREFERRED_CUE.search(sentence)


# what a prose sentence says of a skill it asks for ("Federal court e-filing experience is required"), not "Must be 18+"
_SAID_REQUIRED = re.compile(r"\b(?:is|are)\s+(?:required|essential|mandatory)\b", re.I)


def _credential_importance(
    importance: Importance, item: str, want: credentials.Wanted, section: str = ""
) -> Importance:
    """Return how a credential an item names is asked for: its own "a plus", else the item's.

    "Texas RDH license, CPR, 1+ year of hygiene experience preferred": the cue in the clause of years is that
    clause's, not the licence's.
    """
    if want.optional:
        return "preferred"
    start = item.find(want.clause) if want.clause else -1
    if importance != "preferred" or _importance("required", item) != "preferred" or start < 0:
        return importance
    end = start + len(want.clause)
    cues = list(PREFERRED_CUE.finditer(item))
    # only when every cue comes after the credential's own clause, and that clause has none
    if PREFERRED_CUE.search(want.clause) or not cues or cues[0].start() <= end:
        return importance
    between = item[end : cues[0].start()]
    cue_clause = _CUE_CLAUSE_BREAK.split(between)[-1]
    # the cue closes a clause of years, or one naming another credential ("salesperson license - broker license
    # also welcome"), or a sentence or dashed clause of its own naming something else ("CPA licence. Big Four audit
    # experience is an advantage", "... - candidates already on the update service are preferred"): it is that
    # clause's
    other = section == "required" and (
        bool(_CREDENTIAL_NOUN.search(cue_clause)) or (bool(_OWN_SENTENCE.search(between)) and _names_own(cue_clause))
    )
    return "required" if _YEARS_CLAUSE.search(cue_clause) or other else importance


# a sentence or dashed clause of its own: a spaced dash, or a full stop before a capital (after any word, "CPA. Big
# Four": text/sentences.py's SENTENCE_END wants three small letters before the stop, so it is not reused here)
_OWN_SENTENCE = re.compile(r"\s[-–—]\s|\.\s+(?=[A-Z])")
# where an item's clause ends before a cue: a comma or semicolon, or where a sentence or dashed clause of its own starts
_CUE_CLAUSE_BREAK = re.compile(r"[,;]|" + _OWN_SENTENCE.pattern)


# the stems a preference's own clause uses around what it prefers ("Ability to obtain ... is an added advantage",
# "especially for applicants who already hold"): words of the preferring, naming nothing preferred
_PREFERRING_STEMS = frozenset({"abil", "obtain", "applicant", "add", "already", "especially", "particularly"})


def _names_own(clause: str) -> bool:
    """Return whether a clause before a preference cue names something of its own ("ICAN membership is an")."""
    return bool(key_terms(_HOW_MUCH.sub(" ", clause)) - _PREFERRING_STEMS)


_CREDENTIAL_NOUN = re.compile(r"\b(?:licen[cs]e|certificat\w*|credential|registration|endorsement)s?\b", re.I)


_EXPERIENCE_WORD = re.compile(r"\bexperience[ds]?\b", re.I)


def _experience_left(item: str) -> bool:
    """Return True when an item with its conditions blanked still asks for experience of something.

    Review r19c: "Night shift 7p-7a experience in ICU", "Experience scheduling 7a-7p shifts", "Cold storage warehouse
    experience working in -20 degree freezers": the hours or the cold are a condition, the experience beside them an
    ask; "Experience working in all weather" leaves nothing but the word, a condition.
    """
    if not _EXPERIENCE_WORD.search(item):
        return False
    return any(w not in STOP_WORDS for w in words(_EXPERIENCE_WORD.sub(" ", item)))


def _is_skill_item(item: str) -> bool:
    """Return True when a bullet in a requirements section names something to have (not a sentence of prose)."""
    content = [w for w in words(item) if w not in STOP_WORDS]
    return 0 < len(content) <= 40


_OFFER = re.compile(r"^\W*(?:we|the company)\s+(?:also\s+)?(?:offer|provide|pay|give|match|cover|reimburse)s?\b", re.I)
# a run of spaces or tabs inside a line reads as one space: no pattern then scans a long run again and again
_SPACE_RUN = re.compile(r"[^\S\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


# what every posting of an employer says of itself, asking nothing: an equal-opportunity statement ("Harris County is
# an Equal Opportunity Employer.", "EOE/M/F/D/V", "committed to employment equity", "does not discriminate")
_EQUAL_OPPORTUNITY = re.compile(
    r"\b(?:equal\s+(?:employment\s+)?opportunit(?:y|ies)(?:\s*/\s*affirmative\s+action)?\s+employer|EOE\b|"
    # "Truist is an EEO employer", "an EEO/AA employer"
    r"EEO(?:\s*/\s*AA\w*)?\s+employer|"
    r"affirmative\s+action\s+employer|(?:committed\s+to|practices|supports)\s+(?:employment\s+equity|equal\s+"
    r"(?:employment\s+)?opportunit\w+)|do(?:es)?\s+not\s+discriminate|without\s+regard\s+to\s+(?:race|age|sex|gender|"
    r"religion|color|national)|"
    # session 20: "We welcome applications from all sections of the community", "We value diversity and encourage
    # applications from ...", "invites applications from" (British, New Zealand and Australian public employers)
    r"(?:welcomes?|encourages?|invites?)\s+applications\s+from|"
    # an accessibility statement: "committed to an inclusive and accessible workplace", "accommodations are
    # available on request" (Canadian employers state it as US ones state EEO)
    r"committed\s+to\s+(?:an?\s+)?(?:inclusive|accessible|diverse|equality|diversity|inclusion|equity)\b|accommodations?\s+(?:are\s+|is\s+)?available\s+"
    r"(?:up)?on\s+request)",
    re.I,
)
# an Australian or New Zealand award's pay ("Award wages", "above-award rates"): pay the job gives, never a skill asked
# (read once here; the opening of a clause with it and a list of benefits both use it)
_AWARD_PAY = r"(?:above[- ])?award\s+(?:wages?|rates?)"
# what the job pays or gives: a clause that opens with pay or benefits ("Pay DOE, year-round employment, health
# insurance and paid time off.", "Benefits include medical, dental ...", "Competitive pay with sales incentives"), or
# an employer's name offering them ("Cargill offers competitive pay ... and paid time off")
_PAY_OPENING = re.compile(
    r"^\W*(?:(?:competitive|starting|base|hourly|annual|great|excellent|generous|full|comprehensive)\s+)?(?:pay|salary|wages?|"
    r"compensation|benefits?|perks|pay\s+range|salary\s+range|hourly\s+rate|rate\s+of\s+pay|"
    r"(?:sign[- ]?on|signing|retention|relocation)\s+bonus(?:es)?|"
    # session 19 (h19e): pay by its kind ("Union scale per the agreement", "Package: day rate ..."); an award's
    # pay, also said as paid ("Award wages apply", "Paid above award wages")
    r"(?:union|prevailing|day|hourly|weekly)\s+(?:rates?|scale|wages?)|(?:paid\s+)?" + _AWARD_PAY + r"|remuneration|"
    r"package(?=\s*:))\b"
    r"(?!\s+administration)"
    r"(?!\s*(?:and\s+\w+\s+)?(?:administration|analysis|experience|knowledge|software|systems?|processing|"
    r"enrollment|programs?\s+experience)\b)",
    re.I,
)
_PAY_BY = re.compile(r"\b(?:commensurate with|depend\w*\s+(?:on|upon)|based on)\s+(?:experience|qualifications)", re.I)
_NAMED_OFFER = re.compile(r"^\W*(?:[A-Z][\w&'.-]*\s+){1,5}(?:also\s+)?(?:offers|provides)\b")
# the benefits themselves, one list: what is covered ("dental"; "life", "health" say so only with "insurance" after
# them, being lines of an insurance licence too), and what can only be a benefit ("401k", "PTO", "pension")
_COVERED = r"medical|dental|vision|health|life|disability"
_COVER = r"insurance|coverage|benefits|plans?"
_ONLY_A_BENEFIT = (
    r"paid\s+(?:time\s+off|leave|holidays|vacation|sick)|\bPTO\b|40[13]\s*\(?[bk]\)?|retirement\s+(?:plan|savings|"
    r"contributions?)|pension|RRSP|superannuation|(?:employer|company)\s+match|tuition\s+(?:reimbursement|assistance)|"
    r"employee\s+discounts?|" + _AWARD_PAY + r"|shift\s+(?:penalties|loadings?|allowances?)|paid\s+training|"
    # pay terms and perks as Australian, British and New Zealand postings list them ("Award wages plus shift
    # penalties, paid training and free staff parking"): what is given, never asked
    r"free\s+(?:staff\s+)?(?:parking|meals?|uniforms?|gym\s+membership)|(?:staff|colleague)\s+discounts?"
)
_BENEFIT = re.compile(
    rf"\b(?:{_COVERED})\s+(?:{_COVER})|{_ONLY_A_BENEFIT}|\bDOE\b|competitive\s+(?:pay|salary|wages)", re.I
)


# what only an offer of pay says: an amount, "DOE", "commensurate with", "competitive", "include", a benefit; not a
# skill of the pay trade ("Compensation design and market pricing", "Wage garnishment processing") (review 13a)
# (an amount is under 22 characters, as in ``_PAY_AMOUNT``)
_PAID = re.compile(
    r"[$£€]|\b\d[\d,.]{0,20}\s*(?:k\b|/\s*(?:hr|hour|h|yr|year)\b|per\s+(?:hour|year|annum|week|month)\b)|"
    r"\b(?:DOE|DOQ|TBD|negotiable|commensurate|depend\w*\s+(?:on|upon)|based\s+on\s+(?:experience|qualifications)|"
    r"competitive|generous|excellent|attractive|package|range|includ\w+|eligib\w+|per|starting\s+(?:at|from)|up\s+to|"
    r"bonus\w*|incentives?|offered|provided|available|plus)\b|^\W*\w+(?:\s+\w+)?\s*(?::|\b(?:is|are|will)\b)",
    re.I,
)
_ASKS = re.compile(r"\b(?:must|required|requires?|need(?:s|ed)?)\b", re.I)
# session 19 (h19e): what the employer gives, written passively as the whole clause ("Company van, tools and phone
# provided.", "Uniform and PPE supplied by the company"); a clause asking something ("Experience with tools provided
# by the client") or going on after the verb is read as before
_GIVEN = re.compile(
    r"[^.;:!?]{1,80}?\s(?:is\s+|are\s+|will\s+be\s+)?(?:provided|supplied|furnished|funded|paid\s+for)"
    r"(?:\s+by\s+(?:us|the\s+(?:company|employer|firm|business)))?\W*",
    re.I,
)
# the one saying it: an employer's name, "we", "the company", "all qualified applicants" (not "Ensure the
# organization does not discriminate", a duty; not "Knowledge of EOE compliance", a skill)
_EEO_SPEAKER = re.compile(
    r"^\W*(?:(?i:we|it|they|our|the|this|all|qualified|applicants|candidates|employment)\b[^;]*|"
    r"(?:[A-Z0-9][\w&'.,-]*(?:\s+|/)(?:(?:of|and|&|for|the|de)\s+)*)*(?:(?:is|are)\b[^;]*|an?\s+)?)$"
)

# a noun after the phrase makes it a task's topic: "EOE compliance", "EOE reports", "employer statements"
_EEO_TOPIC = re.compile(
    r"\s*(?:compliance|statements?|reports?|reporting|requirements?|obligations?|programs?|plans?|polic(?:y|ies)|"
    r"regulations?|laws?|training|posters?|guidelines|audits?|investigations?|rules|data)\b",
    re.I,
)

# "committed to an inclusive ..." is the employer's statement only when the employer says it ("We are", "Acme is")
# or of its workplace ("Committed to an inclusive and accessible workplace"); else it asks the applicant's commitment
_COMMITTED_TO = re.compile(
    r"committed\s+to\s+(?:an?\s+)?(?:inclusive|accessible|diverse|equality|diversity|inclusion|equity)\b", re.I
)
_INCLUSION_SPEAKER = re.compile(
    r"^\W*(?:(?:we|our|it|they|the|this)\b|[^;]*\bwe(?:['’]re|\s+are)\s+(?:\w+\s+)?$|"
    r"[^;]*\b(?:is|are|has(?:\s+always)?\s+been)\s+(?:\w+\s+)?$)",
    re.I,
)
# what of the employer's is inclusive: its workplace, culture, hiring ("an inclusive, accessible and barrier-free
# workplace", "an inclusive recruitment process"); not a classroom or learners, which the applicant serves
# ("and" only as a word of its own: "and" inside a word or a hyphenated one gave a long word exponentially many
# readings; at most 20 words listed, more than an employer's longest string of adjectives, a bound on absurd input)
_INCLUSIVE_WORKPLACE = re.compile(
    r"(?:\s*(?:,|&|(?<![\w-])and\b)\s*[\w-]+){0,20}\s+(?:workplace|employer|workforce|work\s+environment|environment|culture|"
    r"(?:recruitment|recruiting|hiring|selection|application|employment)\s+(?:process(?:es)?|practices))\b",
    re.I,
)


def _equal_opportunity_statement(clause: str) -> bool:
    """Return whether a clause is an employer's equal-opportunity statement, not a requirement about one."""
    found = _EQUAL_OPPORTUNITY.search(clause)
    if not found:
        return False
    before = clause[: found.start()]
    if len(before) > 160 or _REQUIREMENT_CUE.search(before) or _ASKS.search(clause):
        return False
    if _EEO_TOPIC.match(clause, found.end()):
        return False  # "Prepare EOE reports", "equal opportunity employer statements": the phrase names a task
    if _COMMITTED_TO.match(found.group(0)):
        # "Committed to diverse learners" is a bullet asking the applicant's commitment
        return bool(_INCLUSION_SPEAKER.match(before) or _INCLUSIVE_WORKPLACE.match(clause, found.end()))
    return bool(_EEO_SPEAKER.match(before))


# what may stand in for the qualifications listed ("Or an equivalent combination of education and experience",
# "Such alternatives to the above qualifications as the Board may find appropriate"): it widens them, asks nothing
_SUBSTITUTES = re.compile(
    r"^\W*(?:or\s+)?(?:(?:an?|any|such|other|some)\s+)?(?:(?:equivalent|acceptable|comparable|suitable)\s+)?"
    r"(?:combinations?|alternatives?|substitut\w+)\s+(?:of\s+(?:relevant\s+)?(?:education|training|experience)\b|"
    r"(?:to|for)\s+the\s+(?:above|foregoing|listed|stated)\s+(?:qualifications|requirements)\b)|"
    # "Relevant experience may be substituted for the degree requirement"
    r"^\W*(?:(?:relevant|related|additional|qualifying|equivalent)\s+)?(?:work\s+)?experience\s+(?:may|can|will)\s+"
    r"(?:be\s+)?substitut\w+\s+(?:for|in\s+(?:lieu|place)\s+of)\b",
    re.I,
)
# what the combination must add up to: a degree or years named after these ask them ("equivalent to a bachelor's
# degree", "including 2 years of budget analysis"); after "in lieu of", "for", "instead of" they are what it replaces
_ADDS_UP_TO = re.compile(r"\b(?:equivalent\s+to|including|sufficient\s+to)\b", re.I)


def _substitute_only(clause: str) -> bool:
    """Return whether a clause only says what may stand in for the qualifications, asking nothing of its own.

    Not where it says what the combination must add up to: "Any combination of education and experience
    equivalent to a bachelor's degree in civil engineering" asks the bachelor's; "..., including 2 years of budget
    analysis" the years. The degree it replaces is no ask: "... may be considered in lieu of a bachelor's degree".
    """
    found = _SUBSTITUTES.match(clause)
    if not found:
        return False
    adds = _ADDS_UP_TO.search(clause, found.end())
    rest = clause[adds.end() :] if adds else ""
    return not (_DEGREE_CONTEXT.search(rest) or YEARS.search(rest))


# how the employer will answer applications asks nothing of the applicant: "We thank all applicants; only those
# selected for an interview will be contacted", "Only shortlisted candidates will be contacted". Only who is chosen
# is said, never what they hold: "only candidates with a valid Class A CDL will be contacted" asks for the CDL
_CHOSEN = r"(?:selected|short-?listed|successful|chosen|considered|qualified)"
_ONLY_CHOSEN = (
    rf"only\s+(?:those\s+)?(?:{_CHOSEN}\s+)?(?:(?:candidates|applicants)\s+)?(?:who\s+(?:are|have\s+been)\s+)?"
    rf"(?:{_CHOSEN}\s+)?(?:under\s+consideration\s+)?(?:(?:for|to)\s+(?:an?\s+)?(?:interviews?|further\s+"
    r"consideration|continue\s+in\s+the\s+process)\s+)?will\s+be\s+(?:contacted|notified|interviewed)\b"
)
# a cheap sign an item may hold a clause on how applications are answered ("Thank you for your interest. Only
# candidates selected for an interview will be contacted.")
_ANSWERING = re.compile(r"\b(?:thank|appreciate|only)\b", re.I)
# any words but those saying what the chosen hold ("applicants with a valid CDL", "candidates holding a CNO
# registration")
_NOT_HOLDING = r"(?:(?!\b(?:with|holding|who\s+(?:have|hold))\b)[^.;])*"
_HIRING_PROCESS = re.compile(
    r"^\W*(?:(?:(?:we|[A-Z][\w&'.-]*)\s+(?:would\s+like\s+to\s+)?)?(?:thanks?|appreciate)\s+(?:all|every|you\s+"
    rf"for)\b{_NOT_HOLDING}\b(?:applicants?|candidates?|applying|applications?|interest)\b{_NOT_HOLDING}"
    r"(?:\W*$|[,;:]?\s*(?:however|but)?,?\s*"
    + _ONLY_CHOSEN
    + r")|(?:(?:please\s+note|however|but)\s*,?\s*)?"
    + _ONLY_CHOSEN
    + r")",
    re.I,
)
# a list of benefits alone ("Medical/dental/vision, 401k w/ match, PTO from day one"): each part a benefit and at
# most how it is given ("Medical terminology, dental billing" are skills)
_BENEFIT_PART = re.compile(
    rf"^\W*(?:{_COVERED}|{_ONLY_A_BENEFIT}|holidays?|vacation)(?:\s+(?:{_COVER}|with\s+(?:an?\s+)?(?:employer\s+|"
    r"company\s+)?match(?:ing)?|match(?:ing)?|from\s+day\s+one|on\s+day\s+one))*\W*$",
    re.I,
)
# what no insurance licence's line of business is called: a part naming one makes the list benefits
_SURE_BENEFIT = re.compile(rf"\b(?:medical|dental|vision|disability|holidays?|vacation)\b|{_ONLY_A_BENEFIT}", re.I)
# "Life and Health", "Life/Health Insurance", "Life, Accident & Health": an insurance licence's lines of business,
# written life first as licences name them ("Health, life and disability" is how benefits are listed)
_INSURANCE_LINES = re.compile(r"^\W*life\W+(?:and\W+)?(?:(?:accident|sickness)\W+(?:and\W+)?)?health\b", re.I)


def _benefits_only(clause: str, credentials_heading: bool = False) -> bool:
    """Return whether a clause lists benefits and nothing else: two or more parts, each one of them.

    Under a heading of licences or certifications ("Required licenses:") it never does: "Life/Health Insurance"
    there is the licence's lines of business, as "Life and health" is anywhere unless a part is a benefit only
    ("dental", "401k"); "Medical, life" and "Health, life and disability" list benefits.
    """
    if credentials_heading:
        return False
    parts = [p for p in re.split(r"[,/;&]|\b(?:and|plus)\b", re.sub(r"\bw/\s*", "with ", clause)) if p.strip(" .")]
    if len(parts) < 2 or not all(_BENEFIT_PART.match(p) for p in parts):
        return False
    return not _INSURANCE_LINES.match(clause) or any(_SURE_BENEFIT.search(p) for p in parts)


# the words that head a posting's parts ("Education", "License, Certification, Registration", "Knowledge, Skills and
# Abilities"): a listed item of these alone is a heading a job board flattened into the list, naming nothing asked
_SECTION_WORDS = frozenset(
    """education educational experience training license licence licenses licences licensure certification
    certifications certificate certificates registration registrations credential credentials qualification
    qualifications requirement requirements skill skills knowledge abilities ability competencies other additional
    special minimum preferred required desired desirable necessary essential physical demands working conditions
    and or""".split()
)
# what a form says in a field left empty: "N/A", "None", "Not applicable", "TBD"
_NOTHING = re.compile(r"^\W*(?:n\s*/\s*a|n\.a\.?|none|not\s+applicable|tbd|nil)\W*$", re.I)


def _heading_or_empty(clause: str) -> bool:
    """Return whether a listed clause is a flattened heading ("Education") or an empty field ("N/A")."""
    if _NOTHING.match(clause):
        return True
    found = re.findall(r"[A-Za-z]+", clause.replace("&", " and "))
    return bool(found) and not re.search(r"\d", clause) and all(w.lower() in _SECTION_WORDS for w in found)


# how to apply asks nothing a resume shows: "To apply, send your resume and photos of recent jobs", "Apply with CV,
# covering letter and two referees", "Applications include a CV and two references", "Interested candidates should
# email ..."
_APPLYING = re.compile(
    # "To apply, send ..." (not "To apply you need a Paramedic License", which asks it)
    r"^\W*(?:(?:to|how\s+to)\s+apply\s*[,:]?\s*(?:please\s+)?(?:send|submit|email|e-mail|forward|upload|visit|click|go|"
    r"complete|fill|contact|call|include|attach|use)\b|(?:please\s+)?apply\s+(?:now|today|online|here|via|through|by|with|at|using|on)\b|"
    r"(?:please\s+)?(?:send|submit|email|e-mail|forward|upload)\s+(?:us\s+|in\s+)?(?:(?:your|a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:cv|résumé|resume|application|cover(?:ing)?\s+letter)s?\b|"
    r"applications?\s+(?:should|must|will|to|close|closes|include|including|consist|are\s+(?:due|accepted|reviewed|"
    r"invited|welcome))\b|"
    # "Interested and qualified candidates should send ...": two such words joined name the same readers
    r"(?:interested|suitable|qualified)(?:\s+(?:and|&)\s+(?:interested|suitable|qualified))?\s+"
    r"(?:candidates|applicants|persons|parties|individuals)\s+(?:should|please|"
    r"may|are\s+invited|can|are\s+encouraged)\s+(?:to\s+)?(?:apply|send|submit|email|forward|contact)\b)",
    re.I,
)
# what the job pays, given as an amount with its range or rate ("$38-$44/hr plus site allowances", "$85,000-$100,000
# + super, company vehicle"); not "budgets of $1M" (no range or rate) nor a clause that asks something besides
# a currency: its sign, or its ISO 4217 code as postings outside the US write pay ("GBP 30-36k", "EUR 45,000",
# "NZD 95k") (session 20); an amount is under 22 characters (bound on absurd input, since a run of thousands of
# digits was read to its end from each digit)
_MONEY = r"(?:[$£€]|\b(?:GBP|EUR|USD|AUD|NZD|CAD|CHF|SGD|HKD|INR|ZAR|AED|SEK|NOK|DKK|JPY|CNY|MYR)(?=\s?\d))"
# "k" after its own spaces, once (``\s*(?:k\s*)?``, not ``\s*k?\s*``): two runs of spaces side by side split a long
# run every way, quadratic on a digit before 20,000 spaces
_PAY_AMOUNT = re.compile(
    rf"{_MONEY}\s?\d[\d,.]{{0,20}}\s*(?:k\s*)?(?:[-–]|to)\s*{_MONEY}?\s?\d[\d,.]{{0,20}}+(?!\s*(?:m|mm|bn|b|million|billion)\b)|"
    rf"{_MONEY}\s?\d[\d,.]{{0,20}}\s*(?:k\s*)?(?:/\s*|per\s+|an?\s+)(?:hr|hour|h|yr|year|annum|week|wk|month|day)\b|"
    r"\b\d[\d,.]{0,20}\s*(?:k\s*)?(?:[-–]\s*\d[\d,.]{0,20}\s*(?:k\s*)?)?(?:p\.a\.|per\s+annum)|"
    # pay as Indian postings state it, in lakhs a year ("CTC: 9-12 LPA", "6.5 lakhs per annum"), with no sign
    # (lakhs alone may be a budget: only with "per annum" are they pay)
    r"\b\d[\d.]{0,6}\s*(?:(?:[-–]|to)\s*\d[\d.]{0,6}\s*)?(?:LPA\b|(?:lakhs?|lacs?)\s+(?:per\s+annum|p\.\s?a\.))",
    re.I,
)
# the employer's commitment ("Rangitoto College is committed to Te Tiriti o Waitangi", "We are proud to ..."): about
# the employer, asking nothing
_EMPLOYER_COMMITMENT = re.compile(
    r"^\W*(?:we(?:'re|\s+are)|our\s+(?:[\w-]+\s+){0,2}?(?:is|are)|(?-i:(?:The\s+)?(?:[A-Z][\w&'.-]*\s+){1,6})(?:is|are))\s+"
    r"(?:(?:deeply|fully|strongly|also)\s+)?(?:committed|dedicated|proud)\s+to\b",
    re.I,
)

# the employer's own history ("Kauri Boatbuilders has been building launches in Northland for 60 years", "We have
# been serving Cape Town families since 1987"): its years are the firm's, asking nothing of the hire; not who is
# sought ("Candidates have been ...", "The successful applicant has been ...")
_EMPLOYER_HISTORY = re.compile(
    r"^\W*(?!(?:the\s+)?(?:ideal|successful|right|preferred|selected|candidates?|applicants?|you|hires?|individuals?)\b)"
    r"(?:we(?:'ve|\s+have)|(?-i:(?:The\s+)?(?:(?:[A-Z][\w&'.-]*|&)\s+){1,6})(?:has|have))\s+been\s+[a-z]+ing\b",
    re.I,
)
# a firm's history states its age ("for 25+ years", "over 60 years"); a minimum is asked of the hire ("Chefs have been
# running a section for at least 2 years")
_A_MINIMUM = re.compile(r"\b(?:" + _FLOOR + r"|a\s+minimum|no\s+fewer\s+than|or\s+more)\b", re.I)


# session 20: a welcome to a group of people, the whole clause ("People with lived experience of disability are strongly
# encouraged to apply", "Graduates are encouraged to apply"): the employer's invitation, asking nothing of the hire
_WELCOMED = re.compile(r"^[^;]{0,160}?\b(?:are|is)\s+(?:\w+\s+)?encouraged\s+to\s+apply\b\W*$", re.I)
# what a welcomed group holds or has done, a preference in the welcome's words ("Nurses with ICU experience are
# encouraged to apply", "Candidates with a current CSCS card", "Applicants who speak Samoan"); not who they are
# ("people with lived experience of disability", "Aboriginal and Torres Strait Islander people")
_HELD_BY_THE_WELCOMED = re.compile(
    r"(?<!lived\s)\bexperience\b|\b(?:qualifi\w*|certif\w*|licen[cs]\w*|registered|registration|degree|diploma|"
    r"card|ticket|speak\w*|fluent|bilingual)\b",
    re.I,
)


def _welcome_only(clause: str) -> bool:
    """Return whether a clause welcomes a group to apply, asking nothing of what they hold (session 20)."""
    if not _WELCOMED.match(clause) or _ASKS.search(clause):
        return False
    return not (_HELD_BY_THE_WELCOMED.search(clause) or _CERT.search(clause) or _languages_in(clause))


def _says_nothing_asked(clause: str, credentials_heading: bool = False) -> bool:
    """Return whether a clause is the employer's boilerplate: equal opportunity, pay, benefits or substitutes.

    A substitute says what may stand in for the qualifications listed; it asks nothing of its own. How the employer
    will answer applications ("only those selected for an interview will be contacted") asks nothing either, nor a
    heading listed as an item or an empty field's "N/A" (``_heading_or_empty``).
    """
    if (
        _heading_or_empty(clause)
        or (_APPLYING.match(clause) and not credentials.wanted_in(clause))
        or _EMPLOYER_COMMITMENT.match(clause)
        or (_EMPLOYER_HISTORY.match(clause) and not _ASKS.search(clause) and not _A_MINIMUM.search(clause))
        or _all_pay(clause)  # "GBP 30-36k depending on experience": pay by experience asks for none
        or _equal_opportunity_statement(clause)
        or _welcome_only(clause)
        or _substitute_only(clause)
        or _HIRING_PROCESS.match(clause)
        or _benefits_only(clause, credentials_heading)
        or (_GIVEN.fullmatch(clause) and not (_REQUIREMENT_CUE.search(clause) or _ASKS.search(clause)))
    ):
        return True
    if _PAY_OPENING.match(clause) and not re.match(r"\W*pay\s+(?:\w+\s+)?attention\b", clause, re.I):
        # "Pay commensurate with experience" asks nothing; "Benefits administration experience" is a skill
        rest = _PAY_BY.sub(" ", clause)
        return bool(_PAID.search(clause) or _BENEFIT.search(clause)) and not (
            _REQUIREMENT_CUE.search(rest) or _ASKS.search(rest)
        )
    return bool(_NAMED_OFFER.match(clause) and _BENEFIT.search(clause))


def _all_pay(clause: str) -> bool:
    """Return whether a clause states what the job pays, an amount with its range or rate, and asks nothing besides."""
    if not _PAY_AMOUNT.search(clause):
        return False
    return not (_REQUIREMENT_CUE.search(_PAY_BY.sub(" ", clause)) or _ASKS.search(clause))


@lru_cache(maxsize=16384)
def _without_offers(item: str, credentials_heading: bool = False) -> str:
    """Return item without its clauses saying what the employer gives ("We provide paid CDL training").

    Only the offer's clause (up to a ";" or a sentence's end) goes: "We provide paid CDL training; you must have a
    clean MVR" still asks for the clean record. An item that is all offer comes back empty. The employer's
    boilerplate goes the same way: an equal-opportunity statement, what the job pays and its benefits, how it will
    answer applications (``credentials_heading``: the item is listed under licences, which no benefit is).
    """
    # only an item that opens with an offer is read for its clauses: _OFFER's "^" holds at the item's start alone
    # (trying it after each ";" and sentence end, as this did, never matched there; it was ~4 % of extraction)
    if (
        not _OFFER.match(item)
        and not _says_nothing_asked(item, credentials_heading)
        and not _EQUAL_OPPORTUNITY.search(item)
        and not _ANSWERING.search(item)
    ):
        return item
    if _all_pay(item):
        return ""  # "GBP 30-36k depending on experience, ... 28 days' holiday incl. bank holidays": one offer
    kept = [
        clause
        for clause in _INLINE_ITEMS.split(item)
        if clause.strip() and not _OFFER.match(clause) and not _says_nothing_asked(clause, credentials_heading)
    ]
    return "; ".join(c.strip().rstrip(";") for c in kept)


THIN_POSTING_WORDS = 40
LOW_CONFIDENCE = 0.4  # a score's confidence below 0.6 is shown as "low confidence" by every face


def extract_requirements(title: str, text: str) -> PostingRequirements:
    """Return the requirements a posting states, with a confidence and notes when extraction is unsure."""
    notes: list[str] = []
    confidence = 1.0
    text = unwrapped(without_instructions(_SPACE_RUN.sub(" ", text)))
    if len(text.strip()) < 40:
        return PostingRequirements(confidence=0.2, notes=["the posting has no description to read requirements from"])
    if found := language.foreign_language(text):
        confidence = 0.3
        notes.append(
            f"the posting is in {found.name} (language identifier: {found.probability:.2f}); the matcher reads "
            "English, so requirements may be missed"
        )
    requirements: list[Requirement] = []
    section_items = _sections(text)
    has_sections = any(section.kind in ("required", "preferred") for section in section_items)
    headline = next((line.strip() for line in text.splitlines() if line.strip()), "")  # the title again: no item
    for kind, items, under_credentials, offers, insists in section_items:
        for item in items:
            if item == headline and _title_again(headline, title) and not credentials.wanted_in(headline, title):
                continue  # "Centre Manager - Hamilton East (licensed for 75 children)": the title, not an ask
            item = _without_offers(item, under_credentials)
            if not item:
                continue  # "We offer a night differential and tuition support.": what the employer gives
            if kind in ("required", "preferred"):
                for part, importance in _by_importance(kind, item):
                    read = _item_requirements(part, importance, title, kind, context=item)
                    requirements.extend(r.model_copy(update={"insisted": True}) if insists else r for r in read)
            elif (
                (not has_sections or kind == "unknown")
                and (not offers or _ASKED_OF_THE_HIRE.match(item))
                and len(item) < 400
                and (
                    _REQUIREMENT_CUE.search(item)
                    or (not has_sections and item != headline and _fragment(item, period=True))
                )
            ):
                # prose without a requirements section: keep sentences that state a need, and the fragments of a
                # terse posting made of lines ("BLS, ACLS", "Cerner or Epic"), which name what they ask; not the
                # clauses naming the employer's or colleagues' credentials (``_not_the_hires``)
                asked = [r for r in _item_requirements(item, _importance(kind, item), title) if _asked(r, item)]
                requirements.extend(_only_the_hires(asked, item, title))
    requirements = _add_unlisted_languages(requirements, section_items, title)
    requirements = _add_unlisted_credentials(requirements, section_items)
    requirements = _add_unlisted_skills(requirements, title, text)
    requirements = _dedupe(requirements)[:MAX_REQUIREMENTS]
    words = len(text.split())
    # a terse posting of short lines ("CDL-A", "2 yrs OTR", "clean MVR") is a list, bulleted or not
    listed = sum(1 for line in text.splitlines() if BULLET.match(line) or _fragment(line.strip()))
    if words < THIN_POSTING_WORDS and len(requirements) < 2 and listed < 3:  # a title and a line: too little
        confidence = min(confidence, LOW_CONFIDENCE)
        notes.append(f"the posting says too little ({words} words, no list of requirements) to score with confidence")
    elif not requirements:
        confidence = min(confidence, 0.5)
        notes.append("no requirements found in the posting; the score leans on text similarity")
    overall = [r.years for r in requirements if r.kind == "experience" and not r.subject and r.years]
    return PostingRequirements(
        requirements=requirements,
        years_overall=max(overall) if overall else None,
        confidence=confidence,
        notes=notes,
    )


def _title_again(headline: str, title: str) -> bool:
    """Return whether a posting's first line is its title again: a short line, no sentence, sharing the title's words.

    A posting's page often repeats the title, with a place or the unit's size, above the description; a cue word in
    it ("licensed for 75 children", "Experienced Electrician") asks for nothing.
    """
    if not title or len(headline.split()) > 14 or headline.endswith((".", "!", "?", ":")) or BULLET.match(headline):
        return False
    if REQUIRED_CUE.search(headline) or PREFERRED_CUE.search(headline):
        return False
    own = set(key_terms(title))
    return bool(own) and len(own & set(key_terms(headline))) >= min(2, len(own))


def _add_unlisted_languages(
    requirements: list[Requirement], section_items: list[Section], title: str
) -> list[Requirement]:
    """Add the languages a posting's prose says are required outside its lists (session 20).

    "Welsh language skills are essential for this post.", "The post holder must be fluent in Irish." in a summary
    or an "about the role" paragraph ask the language as a listed item would; a language named without such a word
    ("Applications may be submitted in Welsh") asks none.
    """
    have = {r.subject for r in requirements if r.kind == "language"}
    extra: list[Requirement] = []
    for section in section_items:
        if section.kind in ("required", "preferred") or section.offers:
            continue
        for item in section.items:
            if len(item) > 300 or not (REQUIRED_CUE.search(item) and LANGUAGE.search(item)):
                continue
            for req in _item_requirements(item, "required", title):
                if req.kind == "language" and req.subject not in have:
                    have.add(req.subject)
                    extra.append(req)
    return requirements + extra


def _add_unlisted_credentials(requirements: list[Requirement], section_items: list[Section]) -> list[Requirement]:
    """Add the credentials the posting names in prose outside its requirement lists ("holds a current RN license").

    A licence or certificate a posting names is asked for only where a word of holding or asking says so (holds,
    current, valid, required, "be registered", ...; ``_HOLDS_CUE``), unless the sentence says it is a plus. The
    credential's own noun is no cue: "Preparation for the dog licence test" is a duty. A section of what the employer
    offers asks none ("paid training, including a National Certificate in ..."), nor a clause naming the employer's
    or colleagues' credentials or the one the hire may work toward (``_not_the_hires``).
    """
    # one ask per credential and place: "an Alberta collector licence and a BC collector licence" are two
    have = {(tuple(r.credentials), tuple(r.jurisdictions)) for r in requirements if r.credentials}
    extra = []
    for section in section_items:
        if section.kind in ("required", "preferred"):
            continue
        for raw in section.items:
            item = _without_offers(raw)
            if section.offers and not _ASKED_OF_THE_HIRE.match(item):
                continue
            kept = _not_the_hires(item)
            # a list under a heading of licences or certifications asks what it names, cue or none
            if len(item) > 400 or not (section.credentials or _HOLDS_CUE.search(kept)):
                continue
            wanted = credentials.wanted_in(_without_years_as(conditions.without_conditions(item)))
            if wanted and kept != item:
                held = {w.ids for w in credentials.wanted_in(_without_years_as(conditions.without_conditions(kept)))}
                wanted = [w for w in wanted if w.ids in held]
            for want in wanted:
                place = want.jurisdictions
                if any(ids == want.ids and (where == place or not place) for ids, where in have):
                    continue
                have.add((want.ids, want.jurisdictions))
                extra.append(
                    Requirement(
                        kind="certification",
                        text=raw,
                        importance="preferred" if want.optional else _importance("required", item),
                        subject=credentials.name_of(list(want.ids)),
                        credentials=list(want.ids),
                        jurisdictions=list(want.jurisdictions),
                        compact_ok=want.compact_ok,
                    )
                )
    return requirements + extra


# what says a credential named in prose is the hire's: a word of holding or asking, or the hire being it ("be
# registered with", "you are a licensed ...", "candidates who hold"); never the credential's own noun or adjective
_HOLDS_CUE = re.compile(
    r"\b(?:hold\w*|current(?:ly)?|active|valid|required|requires?|must|need\w*|possess\w*|eligib\w*|preferred|"
    r"a plus|bonus|ideally|desir\w*|"
    # the hire sought as a holder: "is hiring a full-time Registered Optician", "seeking a licensed plumber"
    r"(?:seek\w*|looking\s+for|hiring|recruiting|searching\s+for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:licen[cs]ed|registered|certified|chartered|accredited)|"
    r"(?:be|being|become|you(?:'re|\s+are)|who\s+(?:is|are))\s+(?:an?\s+|fully\s+|currently\s+|already\s+)*"
    r"(?:licen[cs]ed|registered|certified|chartered|admitted|accredited|credentialed)|"
    r"(?:candidates?|applicants?|you)\s+(?:\w+\s+){0,2}?(?:with|have|has))\b",
    re.I,
)
# clauses of prose naming credentials that are not the hire's: the employer's ("We are a licensed Class A removalist",
# "Acme Electrical is a registered master contractor"), colleagues' ("work alongside our Registered Auditors", "join
# a team of licensed electricians") and the one the hire may work toward ("a clear path toward registration",
# "support toward your chartership", "training, including a National Certificate in ..."). The hire's own ("join
# our team as a Registered Nurse", "we are seeking a licensed electrician") stays.
_CLAUSE_OPENING = r"^\W*(?:(?:and|but|while|where|with|plus)\s+)?"
_EMPLOYER_CLAUSE = re.compile(
    _CLAUSE_OPENING + r"(?:we(?:'re|\s+are|\s+have\s+been|\s+hold|\s+operate\s+as)|"
    r"our\s+(?!(?:ideal|successful|preferred|new|next)\b)(?:[\w&'-]+\s+){0,3}?(?:is|are|holds?|has\s+been)|"
    r"the\s+(?:company|firm|practice|clinic|group|business|organi[sz]ation)\s+(?:is|holds?|has\s+been)|"
    # a name ("Acme Electrical is a registered contractor"), not the hire's role ("Registered Nurses are needed")
    r"(?-i:(?!(?:You|The|This|An?|Candidates?|Applicants?)\b)(?:[A-Z][\w&'.-]*\s+){1,6})(?:is|has\s+been))\s+"
    r"(?!(?:\w+\s+)?(?:seek\w*|looking|hiring|recruiting|searching|running|expanding|growing|responsible|needed|"
    r"required|wanted|sought|expected|invited|encouraged|welcome|preferred|desired|desirable|essential|mandatory|"
    r"necessary|helpful|advantageous|an?\s+(?:plus|asset|advantage|must|requirement))\b)",
    re.I,
)
_COLLEAGUES_CLAUSE = re.compile(
    _CLAUSE_OPENING + r"(?:you(?:'ll|\s+will)\s+)?(?:work\w*|join\w*|partner\w*|collaborat\w*|learn\w*|train\w*|"
    r"support\w*|assist\w*|report\w*)\s+(?:closely\s+|directly\s+)?(?:(?:alongside|with|beside|under|from|to)\s+)?"
    r"(?:our\b|an?\s+(?:\w+\s+)?(?:team|group|crew|network)\s+of\b|experienced\b|senior\b)",
    re.I,
)
_AS_THE_HIRE = re.compile(r"\bas\s+(?:an?|our|the)\b", re.I)
# the applicants named inside a clause about the employer ("Acme is running an intake for dealers who are already
# licensed in Victoria"): what they hold is asked
_HOLDERS_NAMED = re.compile(
    r"\bwho\s+(?:are|is|hold|holds|have|has|possess)\b|\b(?:candidates?|applicants?|those|anyone)\s+(?:with|holding)\b",
    re.I,
)
_TOWARD_CLAUSE = re.compile(
    r"\b(?:path(?:way)?s?|route|progression|journey|support|sponsorship|funding|assistance|opportunit(?:y|ies)|"
    r"chance)\b[^.;,]{0,30}?\b(?:to(?:wards?)?|for|into)\s+(?:\w+\s+){0,3}?"
    r"(?:registration|licen[cs]\w*|certification|chartership|qualification|accreditation|admission)\b|"
    r"\b(?:training|study|studies|help)\s+(?:\w+\s+){0,2}?towards?\s+(?:\w+\s+){0,3}?"
    r"(?:registration|licen[cs]\w*|certification|chartership|qualification|accreditation|admission)\b|"
    r"\bopportunit(?:y|ies)\s+to\s+(?:gain|obtain|earn|achieve|complete|pursue|work\s+toward\w*)\b|"
    r"\b(?:training|courses?|study)\s*,?\s+(?:including|such\s+as|e\.g\.)",
    re.I,
)
_PROSE_CLAUSE = re.compile(r"(,\s*(?:and\s+)?|;\s*|(?<=[.!?])\s+|\s+[-–—]\s+)")


def _toward(before: str, clause: str) -> bool:
    """Return whether a clause names a credential the hire may work toward or is given (``_TOWARD_CLAUSE``).

    ``before``: the end of the clause before it, which may say what a bare "including X" is ("training, including").
    """
    joined = before + clause
    return any(m.end() > len(before) for m in _TOWARD_CLAUSE.finditer(joined))


def _not_the_hires(item: str) -> str:
    """Return prose with its clauses naming credentials that are not the hire's blanked (``_EMPLOYER_CLAUSE``, ...).

    Read only outside the requirement lists: the employer's, colleagues' or a future credential is named there by
    the posting's story, while a list names what it asks. Blanked with spaces, so what is left keeps its place.
    """
    parts = _PROSE_CLAUSE.split(item)
    out: list[str] = []
    for i in range(0, len(parts), 2):
        clause = parts[i]
        others = (
            (_EMPLOYER_CLAUSE.match(clause) and not _HOLDERS_NAMED.search(clause))
            or (_COLLEAGUES_CLAUSE.match(clause) and not _AS_THE_HIRE.search(clause))
            or _toward(parts[i - 2][-30:] + parts[i - 1] if i else "", clause)
        )
        out.append((parts[i - 1] if i else "") + (" " * len(clause) if others else clause))
    return "".join(out)


def _only_the_hires(found: list[Requirement], item: str, title: str) -> list[Requirement]:
    """Return the requirements read from prose, less the credentials and status only its others' clauses name.

    What else the item asks is read from it whole; a credential or a right to work counts only where it is also
    read with the employer's, colleagues' and future credentials blanked (``_not_the_hires``), so the blanking never
    adds a credential the whole item does not ask.
    """
    kept = _not_the_hires(item)
    if kept == item or not any(r.kind in ("certification", "authorization") for r in found):
        return found
    held = {w.ids for w in credentials.wanted_in(_without_years_as(_without_refused(kept)), title)}
    out = []
    for req in found:
        ours = tuple(req.credentials) in held if req.credentials else bool(_CERT.search(kept))
        if req.kind == "certification" and not ours:
            continue
        if req.kind == "authorization" and not _asks_authorization(kept):
            continue
        out.append(req)
    return out


def _said_of_the_skills(text: str) -> str:
    """Return the posting's text without what names no skill of the hire's, for reading skills named in passing.

    A sentence that asks nothing (how to apply, pay, an equal-opportunity statement: ``_says_nothing_asked``) goes,
    so "Apply with a CV and two referees" asks no computer vision; and working "under supervision" or "w/
    supervision" is how the hire works, no skill of supervising (``_UNDER_SUPERVISION``).
    """
    lines = []
    for line in text.splitlines():
        if _ANY_NOTHING_CUE.search(line):
            line = " ".join(
                # "Apply now with your CV - a current CDL is required": the licence stays, the CV is what is sent
                _SENT_CV.sub(" ", s) if _APPLYING.match(s.strip(" \t-*•")) else s
                for s in _SENTENCE.split(line)
                if not _says_nothing_asked(s.strip(" \t-*•"))
            )
        lines.append(_UNDER_SUPERVISION.sub(" ", line))
    return "\n".join(lines)


_SENT_CV = re.compile(r"\bCVs?\b")


# a cheap sign a line may hold a sentence that asks nothing (``_says_nothing_asked``): only such lines are split
_ANY_NOTHING_CUE = re.compile(
    r"\bappl|\bsend\b|\bsubmit|\bemail|\bcommitted\b|\bdedicated\b|\bproud\b|[$£€]|\bp\.a\.|\bper\s+annum|"
    r"\bequal\b|\bEOE\b|\bEEO\b|discriminat|\bbenefit|\bpay\b|salary|\bwages?\b|compensation|\bperks\b|"
    r"\binterested\b|\bonly\b|\bthank",
    re.I,
)
# working under someone's supervision names how the hire works, not supervising others: "LPs w/ supervision", "under
# direct supervision", "with minimal supervision", "under the supervision of a licensed electrician"
_SUPERVISED_HOW = (
    r"(?:(?:the|direct|general|close|minimal|little|limited|indirect|appropriate|physician|medical|remote|no|some|"
    r"light|immediate|professional|regular|ongoing)\s+)"
)
_UNDER_SUPERVISION = re.compile(
    rf"\b(?:w/|with|without|requiring|needing)\s*{_SUPERVISED_HOW}*supervision\b|"
    rf"\bunder\s+(?:the\s+)?(?:(?!the\b){_SUPERVISED_HOW})+supervision\b|"
    r"\bunder\s+(?:the\s+)?supervision\s+(?:of|from|by)\s+(?:an?|the|our)\s+[\w-]+(?:\s+[\w-]+)?|"
    # "Under supervision, respond to ...": at a clause's start it is how the hire works; "each project under
    # supervision" is what the hire supervises
    r"(?:^|(?<=[,;:(.]\s)|(?<=[-•*]\s))under\s+supervision\b",
    re.I | re.M,
)


def _gives(line: str) -> bool:
    """Return whether a line says what the employer gives: under an inline offers heading, or all offer (session 20)."""
    head = line.split(":", 1)[0] if ":" in line[:40] else ""
    item = line.strip(" \t-*•")
    return bool(head and _OFFERS_HEADING.search(head)) or bool(_OFFER.match(item)) or not _without_offers(item)


def _add_unlisted_skills(requirements: list[Requirement], title: str, text: str) -> list[Requirement]:
    """Add vocabulary skills the posting names outside its requirement items, as preferred."""
    text = _said_of_the_skills(text)
    covered = {s for r in requirements for s in r.skills}
    conditions_shown = {r.text for r in requirements if r.kind == "condition"}
    extra = []
    for skill, spelled in skill_mentions(f"{title}\n{text}").items():
        if skill not in covered:
            named_in = [ln for ln in text.splitlines() if spelled in ln]
            lines = [ln for ln in named_in if not _gives(ln)]
            if named_in and not lines:
                continue  # "What we offer: ... a funded clinical supervision program": given, not asked
            # the first line naming it as a skill: not a word of a longer name ("Homeland Security ... (HSEEP)")
            named = next((ln for ln in lines if "(" not in ln or skill in _skills_in(ln)), None)
            if lines and named is None:
                continue
            line = (named or spelled).strip(" \t-*•")
            if line in conditions_shown:
                continue  # "Comfortable on call evenings": a condition of employment names it, not a skill to have
            extra.append(
                Requirement(kind="skill", text=line[:300], importance="preferred", skills=[skill], subject=skill)
            )
    return requirements + extra[:15]


def _dedupe(requirements: list[Requirement]) -> list[Requirement]:
    seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
    kept = []
    for req in requirements:
        key = (req.kind, req.text, req.subject, tuple(req.jurisdictions))  # one licence asked in two places: two
        if key not in seen:
            seen.add(key)
            kept.append(req)
    return kept


PARALLEL_FROM = 1_500  # postings: below this, starting worker interpreters costs more than it saves


def _extract_json(pairs: list[list[str]]) -> list[dict[str, Any]]:
    return [extract_requirements(title, text).model_dump(mode="json") for title, text in pairs]


def _extract_all(postings: dict[str, tuple[str, str]]) -> dict[str, PostingRequirements]:
    """Extract many postings' requirements, across CPUs when there are enough to pay for the workers.

    Extraction is pure Python, and the cold first ranking of a large search spends a third of its time here.
    """
    if len(postings) < PARALLEL_FROM:
        return {h: extract_requirements(*pair) for h, pair in postings.items()}
    pairs = [[title, text] for title, text in postings.values()]
    found = spread(pairs, _extract_json, __spec__.name if __spec__ else __name__, minimum=PARALLEL_FROM)
    return {h: PostingRequirements.model_validate(body) for h, body in zip(postings, found, strict=True)}


def _rules_version() -> str:
    """Return a hash of the extraction rules (this module, the skill vocabulary, the instruction patterns).

    A change to any of them invalidates the cache.
    """
    from careerpilot.domain import skills

    sources = (
        Path(__file__),
        Path(skills.__file__),
        Path(instructions.__file__),
        Path(credentials.__file__),
        Path(credential_phrases.__file__),
        Path(grades.__file__),
        grades.GRADES,
        Path(conditions.__file__),
        conditions.VOCABULARY,
        Path(language.__file__),
        Path(language_levels.__file__),
        language_levels.VOCABULARY,
        credentials.VOCABULARY,
        # where a licence is asked and held, and the grades beside its name
        Path(jurisdictions.__file__),
        jurisdictions.REGULATORS,
        Path(vocabulary_levels.__file__),
    )
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:16]


class RequirementsCache:
    """Extracted requirements by posting content hash: in process, and in SQLite so a new process skips extraction.

    Keys include a hash of the extraction rules, so editing the rules or the vocabulary re-extracts everything.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.version = _rules_version()
        self._memo: dict[str, PostingRequirements] = {}
        self._db: sqlite3.Connection | None = None
        self.extracted = 0
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS requirements (key TEXT PRIMARY KEY, body TEXT NOT NULL)")
        self._lock = threading.Lock()

    def get_many(self, postings: dict[str, tuple[str, str]]) -> dict[str, PostingRequirements]:
        """Return requirements for {content hash: (title, text)}, extracting (and storing) only unseen ones."""
        found = {h: self._memo[h] for h in postings if h in self._memo}
        unseen = [h for h in postings if h not in found]
        if unseen and self._db is not None:
            with self._lock:
                for start in range(0, len(unseen), 900):  # SQLite's bound-parameter limit
                    chunk = [f"{self.version}:{h}" for h in unseen[start : start + 900]]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(f"SELECT key, body FROM requirements WHERE key IN ({marks})", chunk)
                    for key, body in rows:
                        found[key.split(":", 1)[1]] = PostingRequirements.model_validate_json(body)
        fresh = _extract_all({h: postings[h] for h in unseen if h not in found})
        self.extracted += len(fresh)
        if fresh and self._db is not None:
            with self._lock, self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO requirements (key, body) VALUES (?, ?)",
                    [(f"{self.version}:{h}", r.model_dump_json()) for h, r in fresh.items()],
                )
        found.update(fresh)
        self._memo.update(found)
        return found


if __name__ == "__main__":  # a worker of _extract_all
    serve(_extract_json)

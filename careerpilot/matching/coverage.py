"""Requirement coverage: each extracted requirement checked against the resume evidence, with the proving line."""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache, partial

from careerpilot.domain.matching import PostingRequirements, Requirement, RequirementCheck, Status
from careerpilot.domain.skills import GENERAL_SKILLS
from careerpilot.matching import credential_phrases as phrases
from careerpilot.matching import credentials
from careerpilot.matching.credential_phrases import grade_level, level_meets
from careerpilot.matching.credentials import Wanted, graded, judge
from careerpilot.matching.degrees import (
    DEGREE_RANK,
    EXPERIENCE_OFFERED,
    degree_level,
    degrees_named,
    post_secondary_diploma,
)
from careerpilot.matching.either import met_by_alternative
from careerpilot.matching.evidence import JOB_HEADS, ResumeEvidence, Role, month_span, union_months
from careerpilot.matching.language_levels import Level, certified_level, level_beside, level_stated
from careerpilot.matching.occupations import (
    ABBREVIATIONS,
    MANAGEMENT_BEFORE_DISCIPLINE,
    Subject,
    conjunction_fields_at,
    expanded,
    kin_titled,
    kind_kin,
    names_rank,
    role_rung,
    second_in_command,
    seconds_in_charge,
    soft_words,
    subject_of,
)
from careerpilot.matching.products import (
    INSISTS,
    gives_examples,
    holds,
    kind_words,
    named_products,
    own_skills,
    product_line,
)
from careerpilot.matching.requirements import years_named
from careerpilot.matching.since import AS_A, kept_since
from careerpilot.matching.specialties import fit, specialty_note, specialty_words, with_place
from careerpilot.matching.spoken_languages import LANGUAGES, SECOND_LANGUAGE
from careerpilot.matching.standards import (
    Standard,
    alternative_groups,
    standard_line,
    standards_named,
    without_standards,
)
from careerpilot.matching.standards import holds as names_standard
from careerpilot.matching.title_parts import names_service, names_setting, own_lines, own_title
from careerpilot.text.sentences import same_word
from careerpilot.text.terms import FILLER, STOP_WORDS, key_terms, stem, words

# How much each kind of requirement weighs in coverage; location and authorization are the hard filters' job, and
# conditions of employment (a drug screen, own tools, a schedule) are shown but never scored (matching/conditions.py).
KIND_WEIGHT = {"skill": 1.0, "experience": 1.5, "degree": 0.6, "certification": 0.8, "language": 0.8}
PREFERRED_WEIGHT = 0.35
PROSE_SKILL_WEIGHT = 0.6  # a skill item naming no vocabulary skill ("ability to write clean code") is vaguer
PRIOR_WEIGHT, PRIOR = 1.5, 0.5  # few requirements say little: coverage is pulled toward 0.5 by this much weight
MET, PARTIAL = 0.75, 0.34
# A required licence or certification not held (or of a lower grade, another state, expired), a required language
# not spoken: the resume does not qualify, whatever else it shares with the posting, so the score is multiplied by
# this (docs/matching.md, "Decisive gaps").
KNOCKOUT = 0.8
KNOCK_KINDS = frozenset({"certification", "language"})  # the decisive gaps that multiply the score by KNOCKOUT
# Required years are short (a decisive gap, named first) when the resume clearly holds more than this under them.
# Two months: resume dates are written to the month at best (a start late in its month, an end early in its one, a
# resume last updated a month or two before it is read), and a screener reads 4 years 10 months as the "5+" asked.
YEARS_TOLERANCE = 2 / 12
# ... and they cap the score when half a year or more short ("5+ years" and 4.5 held; until session 12, only under
# 75 % of the years). Under it the shortfall is within what the matcher misreads of a role worded otherwise (a title
# it places on another ladder or a lower rung, a current role described only in the summary): with the cap at two
# months, four qualified resumes of the tuning sets, each 3-4 months short by such a reading, lost their shortlisting.
YEARS_CAP_BY = 0.5
# the years of full-time study a degree stands for (by DEGREE_RANK: associate, bachelor, master, doctorate), where a
# posting lets education make up experience ("or an equivalent combination of education and experience")
STUDY_YEARS = {2: 2.0, 3: 4.0, 4: 6.0, 5: 8.0}
# a required language not spoken comes before years short: more time in the work never brings the language, and
# years are a matter of degree a resume may word otherwise (session 19)
_DECISIVE_ORDER = {"certification": 0, "language": 1, "experience": 2, "degree": 3, "skill": 4}


YEARS_MET = 0.999  # years are met only in full (the credit is rounded to 3 places)


def _status(credit: float, met: float = MET) -> Status:
    return "met" if credit >= met else "partial" if credit >= PARTIAL else "missing"


def _term_credit(req: Requirement, evidence: ResumeEvidence, unheld: int = 0) -> tuple[float, str]:
    """Return the share of the requirement's key terms the resume has, and the line with most of them.

    ``unheld``: words more that the item asks and the resume does not hold (examples of a kind, none named).
    """
    wanted = key_terms(req.subject) if req.subject else set()
    wanted = wanted or key_terms(req.text)
    if not wanted:
        return 0.0, ""
    anywhere = sum(1 for w in wanted if evidence.forms(w)) / (len(wanted) + unheld)
    line, share = evidence.best_line(wanted)
    share *= len(wanted) / (len(wanted) + unheld)
    # a requirement whose words sit together on one resume line is better shown than one scattered over many
    return 0.6 * anywhere + 0.4 * share, line


def check_skill(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check a skill requirement by vocabulary skills (with synonyms) and, failing that, by its words."""
    held = [s for s in req.skills if s in evidence.skills]
    any_of = bool(re.search(r"\bor\b|/|\beither\b", req.text)) and len(req.skills) > 1
    # in "PLC troubleshooting w/ RSLogix 5000 / Studio 5000" the product is the choice; troubleshooting is no substitute
    choices = [s for s in req.skills if s not in GENERAL_SKILLS] if any_of else []
    if choices:
        vocab = 1.0 if any(s in evidence.skills for s in choices) else 0.0
    else:
        vocab = (1.0 if held else 0.0) if any_of else (len(held) / len(req.skills) if req.skills else 0.0)
    words, line = _term_credit(req, evidence)
    # a named skill is held or not; shared filler words ("production") must not stand in for it
    credit = max(vocab, 0.5 * words) if req.skills else words
    if held and (vocab >= words or not line):
        line = evidence.skills[held[0]]
    named = named_products(req.text)
    if named.asked or named.examples:
        credit, line = _product_credit(req, evidence, credit, line)
    asked = standards_named(req.text)
    if asked:
        credit, line = _standard_credit(req, evidence, credit, line, asked)
    return RequirementCheck(requirement=req, status=_status(credit), credit=round(credit, 3), evidence=line)


def _standard_credit(
    req: Requirement, evidence: ResumeEvidence, credit: float, line: str, asked: tuple[Standard, ...]
) -> tuple[float, str]:
    """Return a skill item's credit and line with the standards it names ("ISO 27001", "GDPR", ``standards.py``).

    A standard is knowledge held by naming it, with its number where the number names it: one of each group of
    alternatives meets the item ("SOC 2 or ISO 27001", "ITAR/EAR"; "GDPR/CCPA and SOC 2" asks SOC 2 too).
    Otherwise the item's other words count, each standard not named one word more the resume lacks: "ISO" of "ISO
    9001" holds no share of "ISO 27001". No cap: a resume may show a regulation's work in its own words.
    """
    held = [s for s in asked if names_standard(evidence.text, s)]
    groups = alternative_groups(req.text)
    groups_met = sum(any(s in held for s in group) for group in groups)
    if held and groups_met == len(groups):
        return max(credit, 1.0), standard_line(evidence.lines, held[0]) or line
    rest = req.model_copy(update={"text": without_standards(req.text), "subject": without_standards(req.subject)})
    unheld = len(groups) - groups_met
    words, rest_line = _term_credit(rest, evidence, unheld=unheld)
    share = groups_met / len(groups)
    vocab = [s for s in req.skills if s in evidence.skills]
    if vocab:
        words = max(words, len(vocab) / (len(req.skills) + unheld))
    if held and share >= words:
        # the share of groups held is the item's measure: the whole item's words (standards' names among them) are not
        return share, standard_line(evidence.lines, held[0])
    return min(credit, words), rest_line


# the most a skill item naming a product the vocabulary does not know gets by its other words when the resume never
# names the product: "loan origination system" does not stand in for Encompass (docs/matching.md, "Decisive gaps")
PRODUCT_ABSENT = 0.3


def _product_credit(req: Requirement, evidence: ResumeEvidence, credit: float, line: str) -> tuple[float, str]:
    """Return a skill item's credit and line with the products it names beyond the vocabulary (matching/products.py).

    Each product asked for counts like a vocabulary skill, held or not by its own name; one of alternatives ("memoQ
    or Trados") or of examples ("Rotalign, Fixturlaser or equivalent") meets the item. None held: examples leave the
    item to its words; asked products cap it at PRODUCT_ABSENT, a named tool missing (``named_tool_missing``).
    """
    named = named_products(req.text)
    shown = [
        spellings for spellings in (*named.asked, *named.examples) if any(holds(evidence.text, s) for s in spellings)
    ]
    # "SAP" of "SAP Ariba" names the product's maker: holding another SAP product holds no share of it
    own = own_skills(req.text, req.skills)
    if shown:
        if named.asked and not named.any_of and not set(named.asked) <= set(shown):
            vocab = [s for s in own if s in evidence.skills]
            share = (len(vocab) + len(shown)) / (len(own) + len(named.asked))
        else:
            share = 1.0
        if share > credit:
            credit, line = share, product_line(evidence.lines, shown[0][0]) or line
        return credit, line
    if named.asked:
        # a vocabulary skill of the item held still counts its share ("UKG Pro" held, a product beside it not)
        vocab = [s for s in own if s in evidence.skills]
        share = (1.0 if named.any_of else len(vocab) / (len(own) + len(named.asked))) if vocab else 0.0
        return min(credit, max(PRODUCT_ABSENT, share)), line
    if named.examples and not req.skills:
        # examples of a kind, none held: the kind's own words ask ("laser shaft alignment systems"), with the
        # examples one word more the resume lacks: "graphic" in a job title does not hold "graphic frameworks such as
        # OpenGL"
        kind = req.model_copy(update={"text": kind_words(req.text, named)})
        credit, line = _term_credit(kind, evidence, unheld=1)
    return credit, line


# Rungs below a trade's or profession's licensed or full grade: their years count only where the posting says so
_LOWER_RUNG = re.compile(
    r"\b(?:apprentice\w*|trainee|intern(?:ship)?|helper|aide|student|extern|pre-?apprentice|assistant)\b", re.I
)
_IN_CHARGE = re.compile(
    r"\b(?:supervis\w*|manag\w*|lead\w*|head|head(?:teacher|master|mistress)|chief|director|foreman|forewoman|"
    r"superintendent|sous|charge|"
    r"principal|partner|captain)\b",
    re.I,
)
_RUNGS_COUNT = re.compile(
    r"\b(?:counts?|combined|apprentice\w*|trainee|internship|any level|any capacity|"
    # "including time as an assistant manager", "including years as a deputy": the rung below admitted
    r"(?:including|incl\.?) (?:(?:time|years?|experience) )?(?:as )?an? "
    r"(?:apprentice|trainee|intern|assistant|helper|deputy|second))\b",
    re.I,
)
# overall years asked at a trade's full grade ("4-6 years at journey level", "3 years as a journeyman")
_AT_FULL_RUNG = re.compile(
    rf"(?:\bat\s+|{AS_A})(?:the\s+)?journey(?:man|person|worker)?(?:[- ]level)?\b|"
    r"\bjourney(?:man|person|worker)?[- ]level\b|\bpost-apprenticeship\b|"
    # "3 years after completing an apprenticeship": the full grade's years, as "post-apprenticeship"
    r"\b(?:after|following|since|upon)\s+(?:(?:completing|completion\s+of|finishing)\s+)?(?:an?\s+|the\s+|your\s+)?"
    r"apprenticeship\b",
    re.I,
)
# a subject that is only that grade ("post-apprenticeship", "journey-level"): overall years at it, no subject of its own
_FULL_RUNG_ONLY = re.compile(
    r"\s*(?:post-apprenticeship|journey(?:man|person|worker)?(?:[- ]level)?)(?:\s+(?:experience|exp|work))?\s*", re.I
)
# a title that IS an apprentice's (not one that trains or coordinates them: "Apprentice Coordinator")
_APPRENTICE_TITLE = re.compile(r"\b(?:pre-?)?apprentice\b|\btrainee\b|\bhelper\b", re.I)
_ABOVE_APPRENTICE = re.compile(
    r"\b(?:journey\w*|master|foreman|forewoman|supervisor|superintendent|lead|coordinator|trainer|instructor|"
    r"manager|director|teacher)\b",
    re.I,
)


def apprentice_title(title: str) -> bool:
    """Return whether a title is an apprentice's, trainee's or helper's ("Electrical Apprentice", "Plumber's Helper").

    "Journeyman Electrician / Apprentice Trainer", "Apprentice Coordinator" and "Journeyman Helper" name a grade above
    it; "Assistant Foreman" is no apprentice at all.
    """
    return bool(_APPRENTICE_TITLE.search(title)) and not _ABOVE_APPRENTICE.search(title)


_RUNGS_DENIED = re.compile(
    r"\b(?:not|never|no|n't)\b[^.;]{0,40}\b(?:count\w*|included|accepted|considered)\b|"
    r"\bno\s+(?:apprentices|trainees|interns|helpers|students)\b",
    re.I,
)
# MiniLM cosine of "<subject> experience" and a role's best line: at or under the first, the role is not about the
# subject (unrelated roles on dev and held-out: 0.10-0.38; a foot at 0.30 cost rjdb's MRR 0.993 -> 0.991); at or
# over the second, clearly about it; a role's weight ramps in between
YEARS_RAMP = (0.4, 0.6)
SIBLING_WEIGHT = 0.5  # the most a role whose title names another kind of the subject counts by meaning
OTHER_YEARS = 0.25  # the share at which experience in all makes up the years a subject lacks
# role index -> (best cosine of the subject with its lines, that line[, cosine with the mean of its lines' vectors])
RoleMeaning = dict[int, tuple[float, str] | tuple[float, str, float]]


def role_lines(role: Role) -> list[str]:
    """Return the lines that say what a role was about: its title line, summary and highlights.

    Another person named in a highlight by a title is not the role's ("deputising for the Master", "under the Head
    Chef's supervision", "reporting to the Store Manager"): ``_about`` and ``about_whole`` read the lines without
    that title (``without_others``; session 20).
    """
    return [role.line, *role.detail]


# a title after "the" that someone else holds: after a word of serving, assisting or reporting to them, capitalised
# as a title is, the whole title, and not a team's or a unit's name ("for the Finance team" keeps its words)
_ANOTHER_PERSON = re.compile(
    r"\b(?i:report(?:ed|ing|s)?\s+(?:directly\s+)?to|deputi[sz](?:ed|ing|e)\s+for|assist(?:ed|ing|s)?|"
    r"support(?:ed|ing|s)?|reliev(?:ed|ing|e)|under|second\s+to)\s+the\s+"
    r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*+(?!\s+[A-Z])"
    r"(?!\s+(?:team|department|unit|office|group|division|committee|board|function|project|programme|program|"
    r"account|budget|system|service|ward|clinic|practice)s?\b)(?:['’]s\b)?"
)


# no person's title: an organisation after "for the" is the employer or a client ("for the NHS Trust", "to the
# Council"), a unit in capitals is a team ("Supported the Senior Leadership Team"), and a law, agreement or scheme
# after "under the" is what the work was done under ("assessments under the Mental Health Act", "care under the
# Combined Dental Agreement"): its words say what the role was about
_NO_PERSON = re.compile(
    r"\b(?:[A-Z]{2,}|Trust|Council|Ministry|Department|Authority|Agency|Hospital|University|College|School|Company|"
    r"Group|Board|Court|Government|Service|Services|Bank|Fund|Foundation|Institute|Commission|"
    r"Team|Unit|Office|Committee|Division|Act|Agreement|Regulations?|Code|Scheme|Framework|Programme|Program|"
    r"Policy|Contract|Award|Standards?|Directive|Rules|Order|Convention|Treaty|Plan)\b"
)


@lru_cache(maxsize=8192)
def without_others(line: str) -> str:
    """Return a resume line without the titles of the people it names serving ("deputising for the Master")."""
    return _ANOTHER_PERSON.sub(lambda m: m.group(0) if _NO_PERSON.search(m.group(0)) else " ", line)


def _ordered(text: str) -> list[str]:
    """Return the key terms of text in order (stop words, filler and words with digits left out)."""
    kept = [stem(w) for w in words(text) if w not in STOP_WORDS and w not in FILLER and w.isalpha()]
    return list(dict.fromkeys(kept))


@lru_cache(maxsize=4096)
def line_terms(text: str) -> frozenset[str]:
    """Return a role line's key terms, abbreviations spelled out, with two-word compounds joined ("Pipe Line").

    Cached: the same resume's role lines are read again for every posting's years requirement (a cold ranking of
    10,000 postings spent ~6 % of its time here); a resume has tens of lines, so the cache holds many resumes.
    """
    spelled = expanded(text)
    found = key_terms(spelled)
    pairs = words(spelled)
    found.update(
        stem(a + b)
        for a, b in zip(pairs, pairs[1:], strict=False)
        if a.isalpha() and b.isalpha() and a not in STOP_WORDS and b not in STOP_WORDS
    )
    return frozenset(found)


def _alternatives(subject: str) -> list[str]:
    """Return a subject's alternatives ("HR generalist or HRBP", "software engineer/developer": two).

    An all-capitals posting's "ELECTRICIAN OR PLUMBER" is two as well: trades postings are often written in capitals;
    in mixed case a capital "OR" in its field's place is the operating room ("2 years of cardiac OR nursing": one).
    """
    shouted = subject.upper() == subject
    fields = frozenset() if shouted else conjunction_fields_at(subject)
    parts, start = [], 0
    for found in _OR_OR_SLASH.finditer(subject):
        if found.group("word") and found.start("word") in fields:
            continue
        parts.append(subject[start : found.start()])
        start = found.end()
    parts.append(subject[start:])
    return [a for a in parts if a.strip()]


_OR_OR_SLASH = re.compile(r"\s+(?P<word>or)\s+|/", re.I)
# a field word every sector uses: alone beside specific fields it is theirs ("audit, tax or advisory" is a firm's
# advisory practice), so an "HR Advisor" or "Support Worker" holds it only by the word
# ("operations" is no such word: an "Operational Excellence Lead" across plants and DCs is in operations, dev)
_GENERIC_FIELDS = frozenset(key_terms("advisory services service support administration consulting"))


def organisations_post(subject: str, role: Role) -> bool:
    """Return whether a title holds a generic field's words only as a uniformed service's post, its lines no such work.

    "Community Services Officer, Police" patrolling and writing citations holds "community services" in its name: a
    title naming a uniformed service after a comma (``names_service``: police, fire, ambulance...) is that service's
    post, and a subject headed by a generic field word (``_GENERIC_FIELDS``: services, support, administration...)
    says little else, so its words count only where a line of the role uses one of them; else the role counts by its
    lines' meaning. Any other organisation's post so named does the field's work ("Customer Service Representative,
    Telstra Corporation", "Administration Officer, NHS Trust", "Community Support Worker, Mental Health").
    """
    if not role.detail or not names_service(role.title):
        return False
    found = _alternatives(subject)
    if not found or not all((o := _ordered(a)) and o[-1] in _GENERIC_FIELDS for a in found):
        return False
    said = frozenset().union(*(line_terms(without_others(line)) for line in role.detail))
    return not any(_kind(w, said) for a in found for w in _ordered(a))


def word_alternatives(subject: str) -> list[str]:
    """Return the alternatives a role's words may meet: a generic field word alone beside specific ones is left out.

    "audit, tax or advisory": "advisory" names the firms' practice its siblings name, not every adviser's work, so an
    "HR Advisor" does not meet it by its title; a role of that practice counts by its lines (by meaning). A subject
    of generic words only ("operations or support") keeps them: nothing else says which.
    """
    found = _alternatives(subject)
    generic = [a for a in found if _ordered(a) and all(w in _GENERIC_FIELDS for w in _ordered(a))]
    return [a for a in found if a not in generic] if len(generic) < len(found) else found


# the endings of a worker's noun ("reporter", "machinist", "technician", "foreman", "RN")
_WORKER_ENDINGS = "er|or|ist|ian|man|men|person|nurse|aide|assistant|tech|clerk|chef|cook|rn|lpn"
# a worker's noun ending a subject (``_WORKER_END``'s, and "attendant", "agent", "executive"): the subject is a role
# ("conveyancing legal executive", "cooking line cook"), its first word a field
_WORKER_NOUN = re.compile(rf"(?:{_WORKER_ENDINGS}|ant|ent|ive)s?$", re.I)
# participles that say how, not what ("working with children", "providing care"): no activity of their own
_HOW_PARTICIPLES = frozenset("working providing delivering performing doing using supporting handling".split())


def _activity(reading: str) -> str:
    """Return the activity a subject opens with, a participle before its object ("officiating weddings"), stemmed.

    The object names the domain, the participle the work: a wedding planner's years are not "officiating weddings",
    a roofer's who repointed stacks not "sweeping chimneys". Such a subject is about a role only where the role shows
    the activity too (session 20).
    """
    first, _, rest = reading.strip().partition(" ")
    if not rest or len(rest.split()) > 3 or first in _HOW_PARTICIPLES or not re.fullmatch(r"[a-z]{3,}ing", first):
        return ""
    if _WORKER_NOUN.search(rest):
        return ""  # "conveyancing legal executive", "nursing assistant": a field before a worker, no activity
    ordered = _ordered(first)
    return ordered[0] if ordered else ""


def _does(activity: str, have: frozenset[str]) -> bool:
    """Return whether terms hold an activity's stem, a doubled last consonant undoubled too.

    A gerund doubles the verb's consonant ("setting", "planning", "cutting": stems "sett", "plann", "cutt") where the
    verb itself does not ("Set up and ran the mills", "Plan loads", "Cut stone"); too short a stem for ``same_word``.
    """
    if _kind(activity, have) or not _IRREGULAR.get(activity, frozenset()).isdisjoint(have):
        return True
    return len(activity) > 3 and activity[-1] == activity[-2] and activity[-1] not in "aeiou" and activity[:-1] in have


# the stems of the irregular past and the noun that show an activity's gerund ("leading" by "Led a team of 12",
# "selling" by "Sold" or "Sales", "running a kitchen" by "Ran the pass"), as resumes write them
_IRREGULAR = {
    "lead": frozenset({"led"}),
    "sell": frozenset({"sold", "sale"}),
    "build": frozenset({"built"}),
    "runn": frozenset({"ran", "run"}),
    "teach": frozenset({"taught"}),
    "fight": frozenset({"fought"}),
    "driv": frozenset({"drov"}),
    "writ": frozenset({"wrot"}),
    "buy": frozenset({"bought"}),
    "mak": frozenset({"made"}),
    "keep": frozenset({"kept"}),
    "hold": frozenset({"held"}),
    "feed": frozenset({"fed"}),
}


def _share(reading: str, have: frozenset[str]) -> tuple[float, list[str]]:
    """Return the share of a subject reading's words that terms hold, and the words held.

    A hyphenated compound is one word of the share ("high-volume bartending": two, not three), held in the part of
    its words held ("heavy-duty" half by "Heavy Equipment").
    """
    wanted = _ordered(reading)
    held = [w for w in wanted if _kind(w, have)]
    groups = [g for g in dict.fromkeys(tuple(_ordered(t)) for t in reading.split()) if g]
    hit = sum(sum(w in held for w in g) / len(g) for g in groups) / len(groups) if groups else 0.0
    return hit, held


def _specified(reading: str, title: str) -> bool:
    """Return whether a title that holds a subject's head word names the subject, not another kind of its head.

    "Machine Learning Engineer" and "ML Engineer" hold a word of the kind "machine learning engineering" asks; a title
    naming no kind ("Engineer II", "Roofing Technician" for "commercial flat roofing") leaves it to the role's lines;
    "Frontend Engineer" and "Software Engineer" name another kind: the head word alone names every kind. Words that
    describe without narrowing (``soft_words``: "certified") say no kind, nor do ranks and generic worker nouns.
    """
    wanted = _ordered(reading)
    kinds = [w for w in wanted[:-1] if w not in soft_words()]
    if not kinds:
        return True
    spelled = title_spelled(reading, title)
    if any(_kind(w, line_terms(spelled)) for w in kinds):
        return True
    # "NLP Engineer" names machine learning engineering by a branch of it (``kin_titled``), but "AI Sales Engineer"
    # names sales: the kin's words say the subject's kind, the title's other words must name no other
    kin = {w for name in kin_titled(reading, spelled) for w in _ordered(name)}
    own = [w for w in _ordered(expanded(spelled)) if not _kind(w, {wanted[-1]}) and w not in kin]
    return all(_says_no_kind(w) for w in own)


# a title's words of charge or grade ("Engineering Manager", "Roofing Foreman", "Journeyman Roofer", "Founding
# Engineer"): a rung or a post, not a kind of the work
_CHARGE_OR_GRADE_TERMS = frozenset(
    key_terms(
        "manager director supervisor foreman forewoman superintendent charge journeyman journeyperson journeyworker "
        "founding distinguished"
    )
)


def _says_no_kind(term: str) -> bool:
    """Return whether a title's word says no kind of its head: a rank, a grade, a generic worker, a soft word.

    An abbreviation ``expanded`` spells ("RN" of "RN II") is read by its words.
    """
    return (
        term in _RANK
        or term in _CHARGE_OR_GRADE_TERMS
        or term in _GENERIC_WORKER_TERMS
        or term in soft_words()
        or term in ABBREVIATIONS
    )


@lru_cache(maxsize=8192)
def title_spelled(subject: str, title: str) -> str:
    """Return a title with each capital abbreviation of the subject's consecutive words spelled out as them.

    "ML Engineer" read for "machine learning engineering" is "machine learning Engineer", "QA Lead" for "quality
    assurance" is "quality assurance Lead", and an abbreviation fused to a word is one too ("MLOps Engineer":
    "machine learning Ops Engineer"); ``spelled_for`` is the other way round (the subject's abbreviation). A word
    fused of the subject's words is parted (``_parted``). A capital stop word ("Portland, OR") spells nothing.
    """
    raw = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", subject) if w.lower() not in _SMALL_WORDS]
    title = _parted(raw, title)
    for short in dict.fromkeys([*_ACRONYM.findall(title), *_CAPITAL_PREFIX.findall(title)]):
        if short.lower() in STOP_WORDS or short.lower() in ABBREVIATIONS:
            continue  # "OR", "IT" are a field only in a field's place, "HR" is spelled by ``expanded``
        size = len(short)
        run = next(
            (
                raw[i : i + size]
                for i in range(len(raw) - size + 1)
                if "".join(w[0] for w in raw[i : i + size]).upper() == short
            ),
            None,
        )
        if run:
            spelled = partial(_spelled_at, spelled=" ".join(run))
            title = re.sub(rf"\b{short}(?:\b|(?=[A-Z][a-z]))", spelled, title)
    return title


# an abbreviation fused to the word after it ("MLOps", "DevSecOps" has none: "Dev" is no capital run)
_CAPITAL_PREFIX = re.compile(r"\b([A-Z]{2,5})(?=[A-Z][a-z])")
_FUSED_WORD = re.compile(r"\b[A-Za-z]{5,20}\b")


def _spelled_at(found: re.Match[str], spelled: str) -> str:
    """Return an abbreviation's words, parted from a word it is fused to ("ML" of "MLOps": "machine learning ")."""
    rest = found.string[found.end() : found.end() + 1]
    return f"{spelled} " if rest.isalpha() else spelled


def _parted(subject_words: list[str], title: str) -> str:
    """Return a title with each word fused of two or three of the subject's consecutive words parted into them.

    "Fullstack Developer" read for "full-stack development" is "full stack Developer", "Backend Engineer" for "back
    end development" is "back end Engineer": one word written joined or apart.
    """
    parts = [p for w in subject_words for p in w.split("-") if p]
    joined = {
        "".join(parts[i : i + n]).lower(): " ".join(parts[i : i + n]) for n in (2, 3) for i in range(len(parts) - n + 1)
    }
    return _FUSED_WORD.sub(lambda m: joined.get(m.group(0).lower(), m.group(0)), title)


def _about(subject: str, role: Role, *, traded: bool = False) -> tuple[float, str]:
    """Return the share of the subject's words a role's title, summary or highlights hold, and the best line.

    "HR generalist or HRBP" is either; a line counts only when it holds the subject's head word (its last, as in
    "external audit" -> audit) or all its words, so "HR Coordinator" is not "HR generalist"; the title, besides,
    only when it holds a word saying which kind of the head it is (``_specified``: "Frontend Engineer" holds the head
    of "machine learning engineering" and none of its kind).
    """
    best, line = 0.0, ""
    # the title line's own words, not its employer's ("Nurse, Kerr Solicitors" is no solicitor), save for a setting
    # (``traded``: a title completed by its employer's trade on purpose, ``employer_trade``)
    own = role_lines(role) if traded else own_lines(subject, role.title, role_lines(role))
    for alternative in word_alternatives(subject):
        for index, text in enumerate(own):
            # an abbreviation is spelled by the title's capitals, or by a line that gives it in parentheses
            spelled = spelled_for(alternative, role.title if index == 0 else text)
            if index and spelled != alternative and not any(f"({a})" in text for a in _ACRONYM.findall(alternative)):
                spelled = alternative
            for reading in dict.fromkeys((alternative, expanded(alternative), spelled)):
                wanted = _ordered(reading)
                if not wanted:
                    continue
                have = line_terms(title_spelled(reading, text) if index == 0 else without_others(text))
                if index == 0:
                    have |= _compound_named(wanted, have, role) | compound_front(wanted, text)
                head = wanted[-1]
                hit, held = _share(reading, have)
                if hit < 1.0 and head not in held and not (index == 0 and field_worker(reading, held, text)):
                    hit = min(hit, 0.49)
                if (act := _activity(reading)) and not _does(act, have):
                    hit = min(hit, 0.49)  # "Planned 60+ weddings" is no "officiating weddings"
                if hit > best:
                    best, line = hit, text
    return best, line


def _compound_named(wanted: list[str], have: frozenset[str], role: Role) -> frozenset[str]:
    """Return the subject's closed compounds a title names by their last part, the first part in the role's lines.

    A "Mason" who cuts and dresses limestone is a stonemason, a "Fitter" running pipe a pipefitter: the title is the
    compound's generic worker, and the lines name what it works (as a word or a word's end: "limestone" for
    "stone"). Parts of four and three letters at least ("Man" of "fireman" is no title of it).
    """
    found: set[str] = set()
    said: set[str] | None = None  # the lines' words, read once and only for a compound the title ends
    for word in wanted:
        if word in have or len(word) < 8:
            continue
        for part in have:
            first = word[: -len(part)]
            if len(part) < 4 or len(first) < 3 or not word.endswith(part):
                continue
            said = said if said is not None else {w for line in role.detail for w in words(line)}
            if any(w.endswith(first) for w in said):
                found.add(word)
    return frozenset(found)


def compound_front(wanted: list[str], title: str) -> frozenset[str]:
    """Return the subject's words a title's closed compound holds first, a worker noun after it.

    "Wildland Firefighter" holds "fire" of "wildland fire" ("fire" + "fighter"); with the employer's words no longer
    read ("at Rural Metro Fire"), the compound is where the title says it; only where the title then holds every
    word of the subject ("Volunteer Firefighter" names no kind of fire). A part of three letters at least.
    """
    found = frozenset(
        s
        for w in words(title)
        for s in wanted
        if len(s) >= 3 and w.startswith(s) and len(w) - len(s) >= 4 and _WORKER_NOUN.search(w[len(s) :])
    )
    # only where it completes the subject: a "Volunteer Firefighter" names no kind of fire
    have = line_terms(title) | found
    return found if found and all(_kind(w, have) for w in wanted) else frozenset()


def about_whole(subject: str, role: Role) -> tuple[float, bool, str]:
    """Return the share of the subject's words a role's whole text holds, whether its title names it, a line.

    A role says what it was about across its lines: "Hydrologist" over "Ran the flood model each spring" and "Issued
    river level forecasts" is flood forecasting although no one line holds both words. The share is read from the
    union of the title line's, summary's and highlights' words (``line_terms``), a hyphenated compound one word as in
    ``_about``; without the subject's head word (its last) it is under half. The title names the subject when it
    holds its head and a word of its kind (``_specified``: "Frontend Engineer" names no machine learning
    engineering). The line returned holds the most of them (the evidence). ``_years_in`` counts a role clearly about
    the subject by it only where the role's lines are also close to the subject by meaning.
    """
    # the title, not its line's employer ("Staff Accountant at Olin Corporation" says nothing of corporate work)
    lines = own_lines(subject, role.title, [role.title or role.line, *role.detail])
    best, titled, line = 0.0, False, ""
    for alternative in word_alternatives(subject):
        for reading in dict.fromkeys((alternative, expanded(alternative), spelled_for(alternative, role.title))):
            wanted = _ordered(reading)
            if not wanted:
                continue
            read_lines = [title_spelled(reading, lines[0]), *map(without_others, lines[1:])]
            have = frozenset().union(*(line_terms(t) for t in read_lines)) | compound_front(wanted, read_lines[0])
            head = wanted[-1]
            hit, held = _share(reading, have)
            if head not in held or ((act := _activity(reading)) and not _does(act, have)):
                hit = min(hit, 0.49)
            titled = titled or (_kind(head, line_terms(read_lines[0])) and _specified(reading, role.title))
            if hit > best:
                counts = [sum(_kind(w, line_terms(t)) for w in held) for t in read_lines]
                best, line = hit, lines[max(range(len(lines)), key=lambda i: counts[i])]
    return best, titled, line


# a subject's last word naming work done rather than who does it ("sterile processing", "wind turbine maintenance")
_ACTIVITY_HEAD = re.compile(
    r"[a-z]{3,}ing|maintenance|repair|repairs|installation|service|services|operations|support|care|therapy|"
    r"sales|production|assembly|inspection|construction|reprocessing",
    re.I,
)
# a title's last word naming a worker of whatever field the words before it name ("Central Sterile Technician")
_GENERIC_WORKER = frozenset(
    "technician tech specialist worker operator associate analyst coordinator representative attendant agent".split()
)
_GENERIC_WORKER_TERMS = frozenset(key_terms(" ".join(_GENERIC_WORKER)))
_TITLE_RANK = re.compile(r"^(?:i{1,3}|iv|v|[1-4]|lead|senior|sr|junior|jr|trainee)$", re.I)


def field_worker(subject: str, held: list[str], title: str) -> bool:
    """Return whether a title names the subject's field and a generic worker of it, the work itself left unsaid.

    "Central Sterile Technician" for "sterile processing", "Wind Turbine Technician I" for "wind turbine
    maintenance", "Patient Care Technician" for "patient care": the subject's last word names the work
    (``_ACTIVITY_HEAD``), the title holds every other word of it and ends in a generic worker
    (``_GENERIC_WORKER``), so it is that field's worker. "Personal Banker" for "personal training" ends in
    another trade, "HR Coordinator" for "HR generalist" lacks the role asked (no work named).

    The field's words must be the worker noun's own modifiers: a word between them and the noun names other work
    of the field ("Medical Billing Specialist" is no medical coding, "Software Sales Representative" no software
    support), and a word before them may only qualify the field ("Central"), never name work (``_ACTIVITY_HEAD``).
    """
    raw = [w for w in words(subject) if w.isalpha()]
    wanted = _ordered(subject)
    if len(wanted) < 2 or not raw or not _ACTIVITY_HEAD.fullmatch(raw[-1]) or not all(w in held for w in wanted[:-1]):
        return False
    part = _TITLE_PARTS.split(re.split(r"\s+at\s+", title, maxsplit=1)[0])[0]
    ends = [w for w in re.findall(r"[A-Za-z0-9]+", part) if not _TITLE_RANK.match(w)]
    if not ends or ends[-1].lower() not in _GENERIC_WORKER:
        return False
    return _field_before_worker(wanted, ends[:-1])


def _field_before_worker(wanted: list[str], before: list[str]) -> bool:
    """Return whether a title's words before its worker noun end in the field's words, any before them no work.

    The subject's own work word may stand there too ("Patient Care Associate" for "patient care").
    """
    field, head = wanted[:-1], wanted[-1]
    terms = [_ordered(w) for w in before]
    if terms and terms[-1] and (terms[-1][0] == head or same_word(terms[-1][0], head)):
        terms, before = terms[:-1], before[:-1]
    size = len(field)
    last = [t[0] for t in terms if t][-size:]
    if len(last) < size or not all(any(w == f or same_word(w, f) for f in field) for w in last):
        return False
    lead = [w for w, t in zip(before, terms, strict=False) if t][:-size]
    return not any(_ACTIVITY_HEAD.fullmatch(w.lower()) for w in lead)


# a capitalised abbreviation in a subject ("licensed PTA", "5 years as a NMT") that the vocabulary does not spell out
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_SMALL_WORDS = frozenset({"of", "and", "the", "in", "for", "to"})


@lru_cache(maxsize=8192)
def spelled_for(subject: str, text: str) -> str:
    """Return subject with each abbreviation a run of text's capitalised words abbreviates spelled out as them.

    "licensed PTA" read against "Physical Therapist Assistant, Home Care" is "licensed Physical Therapist
    Assistant": the initials of consecutive capitalised words (small words left out) are the abbreviation, or of any
    words where the text gives the abbreviation in parentheses ("emergency medical responder (EMR)"); running text
    spells nothing ("Delivered packages on time" is no OT). Callers pass a role's title, or a line only where it
    holds the abbreviation in parentheses (``_spelled_in``). An abbreviation the text does not spell stays as it is;
    those of ``ABBREVIATIONS`` are spelled by ``expanded``.
    """
    for short in dict.fromkeys(_ACRONYM.findall(subject)):
        if short.lower() in ABBREVIATIONS:
            continue
        given = f"({short})" in text
        found = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if w.lower() not in _SMALL_WORDS]
        size = len(short)
        for i in range(len(found) - size + 1):
            run = found[i : i + size]
            if (
                "".join(w[0] for w in run).upper() == short
                and all(len(w) > 1 for w in run)
                and (given or (all(w[0].isupper() for w in run) and size > 2 and not _ranked(run)))
            ):
                subject = re.sub(rf"\b{short}\b", " ".join(run), subject)
                break
    return subject


def _ranked(run: list[str]) -> bool:
    """Return whether a run of title words holds a seniority word ("Senior Quality Lead" spells no SQL)."""
    return any(key_terms(w) & _SENIORITY for w in run)


_SENIORITY = frozenset(key_terms("senior sr junior jr lead staff principal chief head"))


# rank words a title carries whatever its occupation ("Senior Title Examiner", "Staff Nurse II")
_RANK = frozenset(
    key_terms(
        "senior sr junior jr lead staff principal chief head associate assistant trainee apprentice volunteer "
        "certified licensed registered full-time part-time per diem i ii iii iv level"
    )
)


# the parts of a title ("Maintenance Mechanic - Millwright", "Firefighter / EMT", "Secretary, Legal")
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|[/,;()]")


def _kind(word: str, words: set[str] | frozenset[str]) -> bool:
    return any(word == w or same_word(word, w) for w in words)


# "as a Welder", and a title without its article ("3 years as Executive Housekeeper")
_AS_TITLE = re.compile(rf"(?i:{AS_A})|\bas\s+(?=[A-Z])")


# a word naming a field of work before a title's head word ("Radiologic", "Medical", "Mechanical", "Automotive"),
# and those of that form that name none ("Technical Support Representative", "General Mechanic")
_FIELD_WORD = re.compile(r"[a-z]{3,}(?:ic|ical|al|ar|ary|ive)", re.I)
_NO_FIELD_WORDS = frozenset(
    "clinical technical professional general digital virtual national regional local global internal external special "
    "operational functional practical additional central executive administrative primary secondary".split()
)


# a noun naming a discipline by its form ("Radiography", "Pharmacy", "Cardiology", "Dentistry", "Avionics")
_DISCIPLINE = re.compile(r"[a-z]{3,}(?:ology|graphy|acy|ics|istry|iatry|etry)", re.I)


def sibling_title(subject: str, title: str) -> bool:
    """Return whether a title names the subject's head word with another field of it ("Medical Secretary").

    "legal secretary" and "Medical Secretary", "nuclear medicine technologist" and "Radiologic Technologist": the
    title holds none of the words that say which kind, and in the part of it holding the subject's last word a word
    naming a field of work (an adjective: "Radiologic", "Medical", "Mechanical") stands before it. A title whose
    word before the head names a kind within the subject's field or a setting ("Backend Engineer", "Java Developer"
    for a software engineer, "Fleet Mechanic" for a diesel mechanic, "Call Center Representative") is no sibling:
    nothing tells it is another field, and qualified resumes are worded so. A part of its own ("Maintenance Mechanic
    - Millwright") or the word leading the title ("Service Technician" for "residential service") is no other kind.
    ``_years_in`` reads it only for years "as a <title>" of an occupation the vocabulary does not know
    (``_as_title``), where it keeps the title from counting by half its words and a line of it from counting more
    than SIBLING_WEIGHT by meaning.
    """
    found = []
    parts = [p for p in _TITLE_PARTS.split(title) if p.strip()]
    have = set(_ordered(expanded(title))) - _RANK
    for alternative in _alternatives(subject):
        wanted = _ordered(spelled_for(expanded(alternative), title))
        if len(wanted) < 2 or not _kind(wanted[-1], have) or any(_kind(k, have) for k in wanted[:-1]):
            found.append(False)
            continue
        if not any(
            _FIELD_WORD.fullmatch(w) and w.lower() not in _NO_FIELD_WORDS for w in words(expanded(alternative))[:-1]
        ):
            # the subject's own kind is no field either ("front desk receptionist", "fitness trainer", "civil
            # engineer"): a title naming a field of the head word may be the same work ("Veterinary Receptionist")
            found.append(False)
            continue
        part = next((p for p in parts if _kind(wanted[-1], set(_ordered(expanded(p))))), "")
        raw = [w for w in words(expanded(part)) if w.isalpha()]
        head = next((i for i, w in enumerate(raw) if _kind(wanted[-1], {stem(w)})), 0)
        # a generic worker ("technician", "specialist") is of whatever field the word before it names: a noun
        # naming a discipline does too ("Pharmacy Technician" for "anaesthetic technician"), not one naming a kind
        # of the same work, a grade or a maker ("Scrub", "Plaster", "Process", "Master", "Toyota" Technician)
        generic = wanted[-1] in _GENERIC_WORKER_TERMS
        found.append(
            any(
                (_FIELD_WORD.fullmatch(w) or (generic and _DISCIPLINE.fullmatch(w)))
                and w.lower() not in _NO_FIELD_WORDS
                and stem(w) not in _RANK
                and not _kind(stem(w), set(wanted))
                for w in raw[:head]
            )
        )
    return bool(found) and all(found)


# words that may follow a worker noun in its own title ("Housekeeper II", "Trader of Record"): no worker of their own
_AFTER_WORKER = re.compile(r"^(?:i{1,3}|iv|v|[0-9]+|of|at|in|for|de|and)$", re.I)


def another_worker(subject: str, title: str) -> bool:
    """Return whether a title holds a worker subject's head word only as a field of another worker noun.

    "Housekeeping Supervisor" for "executive housekeeper", "Trade Support Analyst" for "sales trader": the subject's
    last word stands before the title's own head noun, naming the field that worker is in; the title is the
    supervisor's or the analyst's job. "Housekeeper II", "Senior Sales Trader, APAC" hold it as their head.
    """
    if not _names_worker(subject):
        return False
    found = []
    for alternative in _alternatives(subject):
        wanted = _ordered(spelled_for(expanded(alternative), title))
        part = next((p for p in _TITLE_PARTS.split(title) if wanted and _kind(wanted[-1], set(_ordered(p)))), "")
        raw = [w for w in words(expanded(part)) if w.isalnum()]
        at = next((i for i, w in enumerate(raw) if wanted and _kind(wanted[-1], {stem(w)})), None)
        if at is None:
            found.append(False)
            continue
        after = list(itertools.takewhile(lambda w: not _AFTER_WORKER.match(w), raw[at + 1 :]))
        # the words after must end in a worker noun of their own: a desk, a market or an employer after it ("Trader
        # Cash Equities", "Housekeeper Marriott", "Supervisor Nursing Services") leave the subject's noun the head
        found.append(bool(after) and not all(stem(w) in _RANK for w in after) and _is_worker_noun(after[-1]))
    return bool(found) and all(found)


def _is_worker_noun(word: str) -> bool:
    """Return whether a title's word names a worker ("Supervisor", "Analyst", "Director"), not a desk or a place."""
    return word.lower() in JOB_HEADS or bool(_WORKER_END.search(word))


def _as_title(req: Requirement) -> bool:
    """Return whether an item asks its years "as a <subject>" (the words after "as a" are the subject's).

    "5 years of experience as a nuclear medicine technologist" does; "5 years of diesel repair, including 2 as a
    lead" and "3 years of maintenance, ideally as a technician" do not: the "as a" is of another part of the item.
    """
    wanted = set(_ordered(req.subject))
    for found in _AS_TITLE.finditer(req.text):
        window = re.split(r"[.,;:()]", req.text[found.end() :], maxsplit=1)[0].split()[: len(req.subject.split()) + 2]
        if wanted and wanted <= set(_ordered(" ".join(window))):
            return True
    return False


UNSHOWN = "unshown"  # a role of the subject's occupation whose lines do not show the subject's specialty


def _by_title_family(req: Requirement, role: Role, titles: list[str]) -> bool | str | None:
    """Return whether a role counts toward the subject by its title's occupation (None: the title is not of it).

    The title must be of the subject's occupation (data/occupations.yaml) at the rung asked or above, or below it
    where the posting admits lower rungs; the subject's words the occupation does not explain ("flatbed" in "OTR
    flatbed", "supervising") must show in the role's title, summary or highlights; where they do not, the role is
    UNSHOWN: only the meaning of its lines may count it (a Structural Welder's years are not pipeline welding's by
    the word "welder", but "tie-ins on transmission lines" may be).
    """
    verdict: bool | str | None = None
    for subject in _occupation_subjects(req.subject):
        rung = role_rung(subject, own_title(role.title), titles)
        if rung is None:
            continue
        if rung < subject.rung and not _admits_lower(req):
            verdict = False
            continue
        shown = set().union(*(line_terms(line) for line in role_lines(role)))
        if all(any(w == h or same_word(w, h) for h in shown) or _kin_shown(w, role) for w in subject.leftover):
            return True
        verdict = UNSHOWN if verdict is None else verdict
    return verdict


def _kin_shown(word: str, role: Role) -> bool:
    """Return whether a role's lines name a kind of a subject's word by its own name ("Ballet" for "dance")."""
    return any(
        re.search(rf"\b{re.escape(name)}\b", line, re.I)
        for kind, names in kind_kin()
        if kind == word or same_word(stem(kind), word)
        for name in names
        for line in role_lines(role)
    )


def _occupation_subjects(subject: str) -> list[Subject]:
    """Return the occupations (with rung) the subject's alternatives name ("Sous Chef or Chef de Cuisine": two)."""
    found = [subject_of(a.strip()) for a in word_alternatives(subject)]
    return [s for s in found if s is not None]


def _admits_lower(req: Requirement) -> bool:
    """Return whether the posting lets years in a lower rung count ("apprenticeship counts", not "EMT years do not").

    "post-apprenticeship" names the apprenticeship to leave it out.
    """
    text = _APPRENTICESHIP_DONE.sub(" ", req.text)
    return bool(_RUNGS_COUNT.search(text)) and not _RUNGS_DENIED.search(text)


# the apprenticeship named as what the years come after: "post-apprenticeship", "after completing an apprenticeship"
_APPRENTICESHIP_DONE = re.compile(
    r"\bpost-apprenticeship\b|\b(?:after|following|since|upon)\s+(?:(?:completing|completion\s+of|finishing)\s+)?"
    r"(?:the\s+|an?\s+|your\s+)?apprenticeship\b",
    re.I,
)


def _lower_rung(req: Requirement, role: Role) -> bool:
    """Return whether a role is a lower rung the requirement does not name or admit.

    An apprentice, intern or helper for the licensed grade; a role without charge of others for years
    "supervising", "managing" or "leading" (a Security Officer's years are not a supervisor's).
    """
    if _admits_lower(req):
        return False
    # "licensed PTA" spelled by the title "Physical Therapist Assistant" names the assistant rung itself; an
    # "Assistant Manager" or "Assistant Director" is a rank of charge, below the subject only where it asks that charge
    # "Assistant Manager, Restructuring", "Associate Director": a rank of charge, not a helper's post, where the
    # subject asks no charge
    title = _seconds_read(req.subject, role.title)
    if _works_at(req.subject):
        # years of a kind of work ("immigration file preparation", "patient care", "store management"), no worker's
        # grade: an assistant, aide or second in command does the work; an apprentice, trainee or student learns it
        title = second_in_command().sub(" ", _HELPING.sub(" ", title))
    if _below(title) and not _below(spelled_for(req.subject, role.title)):
        return True
    return bool(_IN_CHARGE.search(_FIELD_MANAGEMENT.sub(" ", req.subject))) and not _IN_CHARGE.search(role.title)


def _seconds_read(subject: str, title: str) -> str:
    """Return a title with the second-in-command words blanked where the subject does not ask the rank above them.

    Where the subject asks no charge, "Deputy Manager, Restructuring" is a rank of charge, no helper's post; where it
    asks charge of others and names no rank ("people management", "team leadership"), a deputy has that charge, and
    an assistant or associate is the rung below as ever ("Associate Product Manager"); where it names the rank ("as a
    store manager"), a "Deputy Store Manager" is the rung below.
    """
    if not _IN_CHARGE.search(subject):
        return second_in_command().sub(" ", title)
    if not names_rank(subject):
        return second_in_command().sub(
            lambda m: " " if seconds_in_charge().fullmatch(m.group(0)) else m.group(0), title
        )
    return title


def _below(title: str) -> bool:
    """Return whether a title names a rung below a grade: an apprentice's, helper's, or a second in command's.

    "Deputy Store Manager", "Vice Principal", "Assistant Branch Manager" are the rung below the rank they name.
    """
    return bool(_LOWER_RUNG.search(title) or second_in_command().search(title))


_HELPING = re.compile(r"\b(?:assistant|aide)\b", re.I)
_WORKER_END = re.compile(rf"(?:{_WORKER_ENDINGS})s?$", re.I)


def _names_worker(subject: str) -> bool:
    """Return whether every alternative of a years subject ends in a worker noun ("court reporter", "RN")."""
    return all(
        (last := [w for w in words(expanded(a)) if w.isalpha()]) and bool(_WORKER_END.search(last[-1]))
        for a in _alternatives(subject)
    )


def _works_at(subject: str) -> bool:
    """Return whether a years subject names work done (its last word a field or an activity), no worker or grade.

    "immigration file preparation", "patient care", "formal insolvency" name work; "immigration paralegal", "RN",
    "journeyman electrician" a worker, whose assistant is a rung below (and so do subjects of a known ladder).
    """
    if not subject or _occupation_subjects(subject):
        return False
    return all(
        (last := [w for w in words(expanded(a)) if w.isalpha()]) and not _WORKER_END.search(last[-1])
        for a in _alternatives(subject)
    )  # not merely "not _names_worker": no alternative may name a worker


# "cash management", "case management", "project management": a field of work named "management", done at every
# rung (a Treasury Analyst does cash management); "senior management", "people management" ask for charge of others
_FIELD_MANAGEMENT = re.compile(
    r"\b(?!(?:senior|middle|upper|executive|general|people|team|staff|line|personnel|store|unit|department|"
    r"practice|office|branch|shift|crew)\b)[a-z][\w-]+\s+management\b"
    # and "management accounting": the discipline is the field (a Cost Accountant does it), no charge asked
    rf"|{MANAGEMENT_BEFORE_DISCIPLINE.pattern}",
    re.I,
)


@dataclass(frozen=True)
class YearsShown:
    """The years a resume shows in a subject: each role weighted by how clearly it is about it (held, line, how)."""

    held: float  # years, each month at the highest weight among the roles active in it (overlaps once)
    clear: float  # years in the roles clearly about the subject (weight 1: a rule, or meaning at YEARS_RAMP's top)
    clearly: bool  # some role is clearly about the subject (dated or not)
    line: str  # the line of the role most about the subject (for years in a skill, the line using it)
    by_meaning: bool  # some role was credited by meaning
    sure: float = 0.0  # of ``clear``, the years not read from a role titled otherwise (for years asked as a role)
    by_whole: bool = False  # some role is clearly about the subject only by its whole text (``about_whole``)


def short_of(held: float, years: float, *, far: bool = False) -> bool:
    """Return whether held years are short of those asked: more than YEARS_TOLERANCE (two months) under them.

    A posting's minimum is a line, drawn to the month: "5+ years" is met by 4 years 10 months (the rounding of
    dates) and not by 4 years 9 months. ``far``: YEARS_CAP_BY (half a year) or more under them, the shortfall
    that caps the score.
    """
    return years - held >= YEARS_CAP_BY - 1e-9 if far else years - held > YEARS_TOLERANCE + 1e-9


# what a posting accepts instead of the years: education with experience ("or an equivalent combination of education
# and experience", "a combination of experience and schooling", "or equivalent training"), or bare "or equivalent";
# "a combination of experience and certifications" offers no education
_EQUIVALENT_MIX = re.compile(
    r"\bcombination\s+of\s+(?:[\w'-]+,?\s+){0,5}?(?:education|training|schooling|coursework|study)\b|"
    r"\bor\s+(?:an?\s+)?equivalent\s+(?:education|training|schooling)\b",
    re.I,
)
# "or equivalent", "or a comparable role": not the equivalent of a language, a credential or a degree, which is
# theirs and not the years' ("or comparable language", "or equivalent certification")
_OR_EQUIVALENT = re.compile(
    r"\bor\s+(?:an?\s+)?(?:equivalent|comparable)\b(?!\s+(?:languages?|fluency|proficiency|certifi\w*|licen[cs]\w*|"
    r"degrees?|diplomas?|credentials?|designations?|qualifications?|GED|accreditation|registration)\b)",
    re.I,
)
_YEARS_WORD = re.compile(r"\b(?:years?|yrs?)\b", re.I)
# an "or equivalent" after one of these is the degree's or the credential's, not the years'
_OTHER_ASK = re.compile(r"\b(?:degree|diploma|bachelor\w*|master'?s|certifi\w*|licen[cs]\w*|GED)\b", re.I)
# the field of study an item names ("a degree in accounting or finance", "coursework in hydrology")
_FIELD = re.compile(
    r"\b(?:degree|diploma|bachelor'?s?|master'?s?|associate'?s?|major|coursework|studies)\s+(?:\w+\s+)?in\s+"
    r"(?P<f>[^,;.()]+)",
    re.I,
)
# the words of a degree's line that name no field ("Bachelor of Arts", "State University")
_NO_FIELD = frozenset(
    key_terms(
        "bachelor bachelors master masters associate associates doctor doctorate doctoral degree diploma science "
        "sciences arts art applied university college institute school state community technical academy graduate "
        "undergraduate program honors cum laude magna summa"
    )
)


def equivalent_offered(text: str) -> str:
    """Return what a years item accepts instead of its years: "education", "experience" or "" (nothing).

    "5 years of accounting or an equivalent combination of education and experience" accepts education;
    "4+ years as a Lodging Manager or equivalent role" other experience like it; in "5 years of experience and a
    bachelor's degree or equivalent" the equivalent is the degree's, and the years have none; "or equivalent
    certification", "or comparable language" are the credential's and the language's.
    """
    if _EQUIVALENT_MIX.search(text):
        return "education"
    years = _YEARS_WORD.search(text)
    for found in _OR_EQUIVALENT.finditer(text):
        if years and found.start() > years.end() and not _OTHER_ASK.search(text, years.end(), found.start()):
            return "experience"
    return ""


def study_years(req: Requirement, evidence: ResumeEvidence) -> float:
    """Return the years of study the resume's degrees make up toward a years item: those of its field only.

    A degree counts when its field (study type and area) shares a key word with the item's subject or with a field
    of study the item names ("5 years of nursing": a BSN does, a BA in History does not), at STUDY_YEARS by level.
    """
    wanted = key_terms(req.subject) if req.subject else set()
    for found in _FIELD.finditer(req.text):
        wanted |= key_terms(found.group("f"))
    wanted -= _NO_FIELD
    best = 0.0
    for line in evidence.education:
        field = key_terms(line) - _NO_FIELD
        if any(w == f or same_word(w, f) for w in wanted for f in field):
            best = max(best, STUDY_YEARS.get(degree_level(line), 0.0))
    return best


def equivalent_met(req: Requirement, evidence: ResumeEvidence, held: float) -> bool:
    """Return whether a years item's accepted equivalent is plausibly met, so its years are no decisive gap.

    Other experience: the years in roles clearly about or close to the subject (``held``, weighted) reach the
    minimum. Education: so do those years with the resume's post-secondary study in the item's field, year for year
    (``study_years``), less the degree the item asks for alongside the years ("Bachelor's and 4 years, or an
    equivalent combination": the bachelor's is asked as well, so it makes up none of the four years).
    """
    offered = equivalent_offered(req.text)
    years = req.years or 0.0
    if not offered or not years:
        return False
    if offered == "education":
        study = study_years(req, evidence) - STUDY_YEARS.get(degree_level(req.text), 0.0)
        held += max(0.0, study)
    return not short_of(held, years)


def years_weight(similarity: float) -> float:
    """Return how much a role counts toward a subject (0-1) from the cosine of its best line and the subject."""
    low, high = YEARS_RAMP
    return min(1.0, max(0.0, (similarity - low) / (high - low)))


def weighted_months(weighted: list[tuple[Role, float]]) -> float:
    """Return the months the roles cover, each month counted once at the highest weight among the roles in it.

    With every weight 1 this is ``evidence.union_months`` (the union of the intervals, end months included).
    """
    spans = [(*month_span(r.start, r.end), w) for r, w in weighted if r.start and r.end and w > 0]
    cuts = sorted({m for s, e, _ in spans for m in (s, e)})
    total = 0.0
    for a, b in zip(cuts, cuts[1:], strict=False):
        total += (b - a) * max((w for s, e, w in spans if s <= a and e >= b), default=0.0)
    return total


def _years_in(req: Requirement, evidence: ResumeEvidence, meaning: RoleMeaning | None = None) -> YearsShown | None:
    """Return the years the resume shows in a role or skill, each role weighted by how much it is about it.

    A role counts fully when its title holds half the subject's words, when its summary or a highlight holds them
    all, when it uses every named skill or when its title is of the subject's occupation (a title family rule);
    otherwise, with ``meaning`` (cosines from the semantic stage), by ``years_weight`` of its best line's cosine
    with the subject. A lower rung (apprentice for journeyman) counts only where the posting admits it. None:
    no role counts at all.
    """
    subject, skills = req.subject, req.skills
    # years asked "as a <title>" of an occupation the vocabulary does not know: a sibling title is another job
    as_title = bool(subject) and _as_title(req) and not _occupation_subjects(subject)
    chosen: list[tuple[Role, str, float]] = []
    # for years asked as a role: roles clear only because a line names the role asked, their own title another's
    named_only: list[Role] = []
    as_role = _as_role(req)
    by_meaning = by_whole = False
    for index, role in enumerate(evidence.roles):
        if subject and (other_specialty(with_place(subject, req.text), role) or lower_grade(req.text, role.title)):
            continue
        family = _by_title_family(req, role, evidence.titles) if subject else None
        if family == UNSHOWN and specialty_shown(subject, role, with_place(subject, req.text)):
            family = True
        read = (meaning or {}).get(index, (0.0, ""))
        similarity, similar = read[0], read[1]
        # the role's whole text by meaning: its best line, or all its lines together (the mean of their vectors)
        whole_similarity = max(similarity, read[2]) if len(read) > 2 else similarity
        if family is True:
            chosen.append((role, role.line, 1.0))
            continue
        if family is False or (subject and _lower_rung(req, role)):
            continue
        if family == UNSHOWN:
            if years_weight(similarity) > 0:
                chosen.append((role, similar, years_weight(similarity)))
                by_meaning = True
            continue
        # the title's own words (not the employer's: "Firefighter at Rural Metro Fire" is no "wildland fire"), and
        # not a sibling title ("Medical Secretary" for "legal secretary")
        title = role.title if names_setting(subject) else own_title(role.title)
        title_hit, _ = _about(subject, Role(title=title, line=title)) if subject else (0.0, "")
        sibling = (
            as_title
            and title_hit < 0.999
            and (sibling_title(subject, role.title) or another_worker(subject, role.title))
        )
        posted = organisations_post(subject, role) if subject else False
        if sibling or posted:
            title_hit = 0.0
        elif 0 < title_hit < 0.5 and (trade := employer_trade(role.line)):
            # "Account Executive, Corporate Insurance at Bintang Insurance Brokers": the firm's trade is the role's
            traded = f"{title} {trade}"
            title_hit = max(title_hit, _about(subject, Role(title=traded, line=traded), traded=True)[0])
        text_hit, text_line = _about(subject, role) if subject and not posted else (0.0, "")
        detail = " ".join(role.detail)
        skill_hit = bool(skills) and all(s.lower() in (role.title + " " + detail).lower() for s in skills)
        # the role's whole text: over half the subject's words with its head, or the head in its title, and lines
        # close to the subject by meaning (``about_whole``); half is too little where the head is generic ("clients")
        whole_hit, titled, whole_line = about_whole(subject, role) if subject and meaning else (0.0, False, "")
        # years as a worker ("stenographic reporter") are shown by the title: a line naming the worker names others
        # ("Edited transcripts for four reporters"); years of work by the lines that do it
        whole = (
            years_weight(whole_similarity) > 0
            and not (sibling or posted)
            and (titled or (whole_hit > 0.5 and not _names_worker(subject)))
        )
        if title_hit >= 0.5 or text_hit >= 0.999 or skill_hit or whole:
            if as_role and not skill_hit and not _title_names_subject(req, role):
                named_only.append(role)
            if title_hit >= 0.5:
                shown = role.line
            elif text_hit >= 0.999:
                shown = text_line
            else:
                shown = whole_line or similar
            chosen.append((role, shown, 1.0))
            if not (title_hit >= 0.5 or text_hit >= 0.999 or skill_hit):
                by_meaning = True
                # clear by the whole text only (its best line at the ramp's top was clear before)
                by_whole = by_whole or (years_weight(similarity) < 1.0 or sibling)
        elif years_weight(similarity) > 0:
            # a sibling title's role ("Radiologic Technologist" for nuclear medicine) is at most close to the
            # subject, whatever a line of it says ("Cross-trained in the nuclear medicine department")
            weight = years_weight(similarity)
            if weight >= 1.0 and sibling:
                weight = SIBLING_WEIGHT
            chosen.append((role, similar, weight))
            by_meaning = True
    if not chosen:
        return None
    # for years in a skill, the line that uses the skill proves more than the job title
    proof = next(
        (d for r, _, _ in chosen for d in r.detail if any(s.lower() in d.lower() for s in skills)),
        max(chosen, key=lambda c: c[2])[1],
    )
    held = weighted_months([(r, w) for r, _, w in chosen]) / 12
    clear = [r for r, _, w in chosen if w >= 1.0]
    clear_years = union_months(clear) / 12
    sure = union_months([r for r in clear if not any(r is n for n in named_only)]) / 12 if named_only else clear_years
    return YearsShown(held, clear_years, bool(clear), proof, by_meaning, sure, by_whole)


# a licence's class or a plant's grade ("Class A tractor-trailer", "Grade III operator", "(Class B)" in a title), with
# the others it admits ("Class A or B CDL", "Class A or Class B"); a school's grade range ("Grade 4-6") is none
_GRADE_VALUE = r"(?:[A-D]|IV|I{1,3}|[1-5])\b"
_GRADE_NAMED = re.compile(
    rf"\b(?P<kind>class|grade)\s+(?P<value>{_GRADE_VALUE})"
    rf"(?P<more>(?:\s*(?:,|/|\bor\b|\band/or\b)\s*(?:(?:class|grade)\s+)?{_GRADE_VALUE})*)(?!\s*[-–]\s*\d)",
    re.I,
)
# the words saying a class is a vehicle licence's (counting down: Class A over B, driving Class 1 over Class 3) or a
# water or wastewater plant operator's (its numbers counting up, like a grade: a Class IV water operator over a Class
# III; its letters down, as a licence's). "distribution" and "collection" are a plant's only beside a system or an
# operator ("a Class 2 distribution operator"), not a trucker's ("Class A experience in food distribution"). A boiler
# operator's or stationary engineer's class counts down (1st Class above 2nd), as a licence's does: no plant word
_DRIVING_WORDS = r"cdl|drivers?|driving|tractor|trailer|trucks?|trucking|bus|buses|vehicles?"
_PLANT_WORDS = (
    r"plants?|water|wastewater|treatment|wtp|wwtp|sewer|potable|lift\s+stations?|operator\s+certification|"
    r"(?:distribution|collection)\s+(?:systems?|operators?)"
)
_BOILER_WORDS = r"boilers?|stationary\s+engineers?"
_DRIVING_WORD = re.compile(rf"\b(?:{_DRIVING_WORDS})\b", re.I)
_PLANT_WORD = re.compile(rf"\b(?:{_PLANT_WORDS})\b", re.I)
# the words saying a class or grade is a licence's or a plant's, not a school's ("Grade 4 classroom", "Grade 2 Teacher")
_LICENCE_WORD = re.compile(
    rf"\b(?:licen[cs]e[ds]?|permits?|operators?|commercial|distribution|collection|{_DRIVING_WORDS}|{_PLANT_WORDS}|"
    rf"{_BOILER_WORDS})\b",
    re.I,
)


_CLAUSE_END = re.compile(r";|\.\s")


def _beside(text: str, found: re.Match[str]) -> str:
    """Return the few words of its clause around a class or grade ``_GRADE_NAMED`` found: they say whose it is."""
    before, after = _CLAUSE_END.split(text[: found.start()])[-1], _CLAUSE_END.split(text[found.end() :])[0]
    return " ".join(before.split()[-3:] + after.split()[:4])


def _plant_vote(words: str) -> bool | None:
    """Return whether words say a plant's class (True) or a vehicle licence's (False); None when both or neither."""
    driving, plant = bool(_DRIVING_WORD.search(words)), bool(_PLANT_WORD.search(words))
    return plant if driving != plant else None


def _plant_classes(text: str) -> bool | None:
    """Return whether a years item's classes are a plant operator's rather than a vehicle licence's (None: unsaid).

    "3 years as a Class III water operator": a plant's; "2 years of Class A tractor-trailer driving": a licence's.
    The words beside a class decide, else the item's; driving and plant words both or neither say nothing.
    """
    near = [_beside(text, f) for f in _GRADE_NAMED.finditer(text) if f["kind"].lower() == "class"]
    return next((vote for said in (*near, text) if (vote := _plant_vote(said)) is not None), None)


def _licence_grades(text: str, kind: str, *, beside_word: bool = True, plant: bool = False) -> list[tuple[str, int]]:
    """Return the levels of the classes or grades of one kind text names (next to a licence or plant word).

    ``plant``: a class is a plant operator's (``grade_level``).
    """
    levels = []
    for found in _GRADE_NAMED.finditer(text):
        if found["kind"].lower() != kind:
            continue
        if beside_word and not _LICENCE_WORD.search(_beside(text, found)):
            continue
        more = re.findall(rf"(?:^|[\s,/])(?:(?:class|grade)\s+)?({_GRADE_VALUE})", found["more"] or "", re.I)
        levels += [grade_level(kind, v, plant=plant) for v in (found["value"], *more)]
    return levels


def lower_grade(text: str, title: str) -> bool:
    """Return whether a role's title names a lower class or grade of the kind the years item asks for.

    "2 years of Class A tractor-trailer driving": a "Route Driver (Class B)" or a "Delivery Associate - Class B" drove
    on the lower licence (a licence's class ranks down: A over B, Class 1 over Class 3); "3 years as a Grade III
    operator": a "Grade II Operator" ran a lower plant (a grade ranks up, and so does a plant's class: "3 years as a
    Class III water operator" finds a "Class II Operator" lower, a "Class IV Operator" not; ``_plant_classes``). The
    ask is the lowest the text admits ("Class A or B CDL": B is enough). A grade counts only beside a licence or plant
    word, in the item and the title (a "Grade 4 classroom" is a school's, a "Grade 2 Teacher" teaches). A title's
    class counts as it stands, its own words saying whose it is ("Class A CDL Driver": a licence's; "Class A Water
    Operator": a plant's, whose letters count down, A at the top), else the item's; the item's class counts beside a
    licence or plant word, or as it stands where the title says whose it is ("2 years Class A experience; LTL
    preferred" for a "Class B Driver"). Only levels of one kind compare: a title naming none of the item's kind, or
    the one asked or a higher one, is not lower.
    """
    title_plant = _plant_vote(title)
    said = _plant_classes(text)
    plant = said if said is not None else bool(title_plant)
    for kind in ("class", "grade"):
        asked = _licence_grades(text, kind, beside_word=kind == "grade" or title_plant is None, plant=plant)
        held = _licence_grades(
            title, kind, beside_word=kind == "grade", plant=plant if title_plant is None else title_plant
        )
        if any(h[0] == a[0] for h in held for a in asked) and not any(level_meets(h, a) for h in held for a in asked):
            return True
    return False


def other_specialty(subject: str, role: Role) -> bool:
    """Return whether a role's lines name only other values of a specialty the subject asks for.

    "Journeyman Electrician, Residential" for "commercial or industrial" years, "Wastewater Treatment Plant
    Operator" for "surface water", adult and geriatric rehab for pediatric therapy: other work, not counted
    (matching/specialties.py). A role naming no value of the slot counts as before.
    """
    found = fit(subject, role_lines(role))
    return found is not None and found.verdict == "other"


def specialty_shown(subject: str, role: Role, asked: str) -> bool:
    """Return whether a role of the subject's occupation shows the words it lacked as a specialty in other words.

    "commercial" in "commercial HVAC" is a value of the building sector; "rooftop units on office buildings" names
    it too (matching/specialties.py), so an "HVAC Technician" role with that line counts as clearly as one whose
    lines say "commercial". Only where every word the occupation leaves over is a specialty word of the subject.
    """
    found = fit(asked, role_lines(role))
    if found is None or found.verdict != "shown":
        return False
    specialty = specialty_words(asked)
    return all(
        any(w == h or same_word(w, h) for h in specialty) for s in _occupation_subjects(subject) for w in s.leftover
    )


def _no_role_years(req: Requirement, note: str, total: float = 0.0, equivalent: bool = False) -> RequirementCheck:
    """Return a years check no role of which counts, said so in the note.

    None about the subject (``total``: the resume's years in all make up a little, ``years_credit``), or none left
    at all (every role before the credential, or an apprentice's: ``total`` 0). ``equivalent``: the posting's
    accepted equivalent is plausibly met (``equivalent_met``).
    """
    years = req.years or 0.0
    credit = years_credit(0.0, years, total)
    return RequirementCheck(
        requirement=req,
        status=_status(credit, YEARS_MET),
        credit=round(credit, 3),
        years_held=0.0,
        months_held=0.0,
        years_basis="none",
        short_in_all=bool(years) and short_of(total, years),
        months_in_all=round(total * 12, 3),
        equivalent_met=equivalent,
        note=note,
    )


def check_years(req: Requirement, evidence: ResumeEvidence, meaning: RoleMeaning | None = None) -> RequirementCheck:
    """Check an experience requirement (``check_experience``) from the credential it names, saying what decided.

    Years "after the MSW" count from the MSW's date (matching/since.py). The note gains the line that shows the
    subject's specialty and the roles not counted for naming another ("pediatric shown: 'Home visits for infants
    and toddlers'; not counted, pediatric asked: OT, Skilled Nursing (adult: 'Adult and geriatric rehab')").
    """
    if req.subject and _FULL_RUNG_ONLY.fullmatch(req.subject):
        # "5 years of post-apprenticeship experience": overall years at the full grade, the item kept as asked
        check = check_years(req.model_copy(update={"subject": ""}), evidence, meaning)
        # the years of the roles at the full grade are shown by their titles: short years are a gap as any
        # subject's roles clearly about it are (years_short reads the basis of an item with a subject)
        basis = "clear" if check.months_held else check.years_basis
        return check.model_copy(update={"requirement": req, "years_basis": basis})
    counted, since, kept = kept_since(req.text, evidence)
    if meaning is not None and since:
        meaning = {new: meaning[old] for new, old in enumerate(kept) if old in meaning}
    if since and evidence.roles and not counted.roles:
        # every role ended before the credential: none of the years asked, shown clearly (no unknown)
        return _no_role_years(req, f"no role after the credential; {since}")
    if not req.subject and _AT_FULL_RUNG.search(req.text) and not _admits_lower(req):
        # "4-6 years at journey level": the years of roles at the trade's full grade, not its apprenticeship's
        full = [r for r in counted.roles if not apprentice_title(r.title)]
        if counted.roles and not full:
            note = f"0 of {req.years or 0.0:g} years: every role is an apprentice's, trainee's or helper's"
            return _no_role_years(req, note)
        counted = dataclasses.replace(counted, roles=full)
    check = check_experience(req, counted, meaning)
    asked = with_place(req.subject, req.text)
    # the roles counted (from the credential on): a role the cut left out is no role of the note
    fits = [(r.title, f) for r in counted.roles if asked and (f := fit(asked, role_lines(r)))]
    extra = [n for n in (since, specialty_note(asked, fits) if fits else "") if n]
    if not extra:
        return check
    return check.model_copy(update={"note": "; ".join([check.note, *extra] if check.note else extra)})


def years_credit(held: float, years: float, total: float) -> float:
    """Return the credit of held years in a subject against those asked, other experience making up a little.

    The years the subject lacks are made up at OTHER_YEARS by the resume's experience in all (so two resumes that
    show no role clearly about the subject still order by how much of it they show, and the credit rises with each
    month). Used where no role is clearly about the subject; years shown clearly keep their plain share.
    """
    if not years:
        return 1.0
    share = min(1.0, held / years)
    return share + OTHER_YEARS * min(1.0, total / years) * (1.0 - share)


def _as_role(req: Requirement) -> bool:
    """Return whether a years item asks them as a role ("5 years as a Java Applications Programmer")."""
    first = req.subject.split()[0] if req.subject else ""
    return bool(first) and bool(
        re.search(rf"\b(?:as|in the (?:role|position) of)\s+(?:an?\s+|the\s+)?{re.escape(first)}", req.text, re.I)
    )


# an employer named by its trade's workers ("Bintang Insurance Brokers", "Hollis Quantity Surveyors", "Kerr
# Auctioneers"): the last word of the line after "at", before its dates, a plural agent noun
_EMPLOYER_TRADE = re.compile(
    r"\bat\s+(?:[A-Z&][\w&'.-]*\s+){1,6}?([A-Z][a-z]{2,}(?:ers|ors|ists|eers))\s*(?:\(|[-–,|]|$)"
)


def employer_trade(line: str) -> str:
    """Return the trade an employer's name says it is of ("Brokers" of "Bintang Insurance Brokers"), or "".

    Read only for a title already sharing a word with the subject (``_years_in``): a nurse at a firm of solicitors
    is no solicitor, an account executive in corporate insurance at a broker does broking.
    """
    found = _EMPLOYER_TRADE.search(line[:300])
    return found.group(1) if found else ""


def _title_names_subject(req: Requirement, role: Role) -> bool:
    """Return whether a role's own title (not the rest of its line, nor its highlights) holds half the subject's words.

    "served as an E-Commerce Application Admin for the duration of 2010-2014. And ... five ... years ... as a JAVA
    APPLICATIONS PROGRAMMER": the line names the programmer role, the title is the admin's, and so are the dates.
    """
    if _about(req.subject, Role(title=role.title, line=role.title))[0] >= 0.5:
        return True
    # "Mason" over lines of limestone names a stonemason by its title (``_compound_named``), its dates the mason's
    wanted = _ordered(req.subject)
    return bool(wanted) and wanted[-1] in _compound_named(wanted, line_terms(role.title), role)


# the words a credential's name adds to its holder's occupation ("Certified Registered Nurse Anesthetist" is a nurse
# anesthetist holding the credential): roles are titled by the occupation
_CREDENTIAL_WORDS = re.compile(r"^(?:(?:certified|registered|licen[cs]ed|chartered|accredited)\s+)+", re.I)


def _credential_spelled(req: Requirement, evidence: ResumeEvidence) -> Requirement:
    """Return the item with an abbreviation of its subject spelled by the resume's credentials, as the occupation.

    "3+ yrs CRNA experience" beside a certificate "Certified Registered Nurse Anesthetist" asks years as a nurse
    anesthetist: the credential's words spell the abbreviation (``spelled_for``), and roles are titled by the
    occupation without them ("Nurse Anesthetist, sole provider"). Only a subject that is the abbreviation alone; a
    credential the resume holds by its initials alone ("CPA, Texas") is read by the vocabulary's name of it
    (``_held_credentials_occupation``); an abbreviation of neither stays as it is.
    """
    subject = req.subject.strip()
    if not _ACRONYM.fullmatch(subject):
        return req
    if subject.lower() not in ABBREVIATIONS:
        for line in evidence.certifications:
            spelled = spelled_for(subject, line)
            occupation = _CREDENTIAL_WORDS.sub("", spelled)
            if spelled != subject and len(occupation.split()) >= 2:
                return req.model_copy(update={"subject": occupation.lower()})
    return _held_credentials_occupation(req, evidence)


def _held_credentials_occupation(req: Requirement, evidence: ResumeEvidence) -> Requirement:
    """Return the item with a held credential's initials ("5 years CPA experience") read as its holder's occupation.

    Years asked by a credential's initials are years practising as its holder: a resume holding that credential
    (however it writes it: "CPA, Texas") shows them in roles titled by the occupation the credential's name says,
    without its credential words and by its head noun ("Certified Public Accountant": accountant; "Professional
    Engineer": engineer). A resume that does not hold it keeps the initials, which no role of it is titled by.
    """
    known = str(ABBREVIATIONS.get(req.subject.strip().lower(), "")).split()
    if known and _WORKER_NOUN.search(known[-1]):
        return req  # "RN": already read as its worker ("registered nurse"), with the place after it ("RN in the ICU")
    vocab = credentials.vocabulary()
    named = {m.id for m in vocab.find(req.subject) if m.spelled == req.subject.strip()}
    held = next((h.id for h in evidence.credentials if h.id in named and not h.pending and not h.expired), "")
    if not held:
        return req
    name = _CREDENTIAL_WORDS.sub("", _BRACKETED.sub("", vocab.credentials[held].name)).strip()
    words = name.split()
    if not words or not _WORKER_NOUN.search(words[-1]):
        return req  # a name that says no holder ("Certificate of Clinical Competence"): no occupation to read
    # the whole occupation, or its head noun alone: "Senior Accountant" practises as a certified public accountant
    occupation = name.lower() if len(words) == 1 else f"{name.lower()} or {words[-1].lower()}"
    return req.model_copy(update={"subject": occupation})


_BRACKETED = re.compile(r"\([^()]{0,40}\)")


def check_experience(
    req: Requirement, evidence: ResumeEvidence, meaning: RoleMeaning | None = None
) -> RequirementCheck:
    """Compare years asked for with years held, overall or in the named role or skill (by words or meaning).

    The credit comes from the weighted years (every role at its weight, ``years_credit``). Whether the years are
    short, a decisive gap (``years_short``), is said only on what the resume shows clearly: with a role clearly
    about the subject (by a rule, or by meaning at the top of YEARS_RAMP), ``years_held`` is the years of such
    roles, and roles only close to it add credit but do not lift the gap (a resume that names the subject where it
    means it tells which roles are about it: "Loaded trailers in the mill warehouse" beside two short driving
    jobs is not tractor-trailer years). With none, ``years_held``
    is the weighted years and the note says "no role clearly about": scored, never a decisive gap unless the years
    in all are short, since a qualified resume that words every role otherwise cannot be told from an unqualified
    one (docs/matching.md, "Years by meaning").
    """
    years = req.years or 0.0
    if not evidence.roles:
        return RequirementCheck(requirement=req, status="unknown", credit=0.3, note="no dated roles in the resume")
    total = evidence.total_years
    req = _credential_spelled(req, evidence)
    what = req.subject or ", ".join(req.skills)
    if not what:
        held, line = total, evidence.roles[0].line
        credit = min(1.0, held / years) if years else 1.0
        return RequirementCheck(
            requirement=req,
            status=_status(credit, YEARS_MET),
            credit=round(credit, 3),
            evidence=line,
            years_held=round(held, 1),
            months_held=round(held * 12, 3),
            equivalent_met=equivalent_met(req, evidence, held),
            note=f"{held:.1f} of {years:g} years",
        )
    shown = _years_in(req, evidence, meaning)
    # short in all as a role would be (more than two months under the years asked); how far, years_short reads
    short_in_all = bool(years) and short_of(total, years)
    in_all = " (short in all)" if short_in_all else ""
    if shown is None:
        return _no_role_years(req, f"no role as {what} found{in_all}", total, equivalent_met(req, evidence, 0.0))
    how = " (roles about it by meaning)" if shown.by_meaning else ""
    if not shown.clearly:
        credit = years_credit(shown.held, years, total)
        note = f"no role clearly about {what}; {shown.held:.1f} of {years:g} years in roles close to it by meaning"
        return RequirementCheck(
            requirement=req,
            status=_status(credit, YEARS_MET),
            credit=round(credit, 3),
            evidence=shown.line,
            years_held=round(shown.held, 1),
            months_held=round(shown.held * 12, 3),
            years_basis="close",
            short_in_all=short_in_all,
            months_in_all=round(total * 12, 3),
            equivalent_met=equivalent_met(req, evidence, shown.held),
            note=note + in_all,
        )
    # years "as a Java Applications Programmer" read from a role titled otherwise whose line names that title (a
    # promotion, an earlier post folded into the line, "five years ... as a X" in prose): the dates are the other
    # role's, so the years are named short but do not cap the score (years_short)
    sure = shown.sure >= shown.clear - 1e-9
    if shown.by_whole and years and not short_of(shown.held, years, far=True):
        # a role read clearly by its whole text beside roles close to it that make up the years: named, not capped
        # (a "Transport Office Manager" deputising for the fleet's manager, then its manager worded otherwise)
        sure = False
    # shown clearly, the years speak for themselves: other experience makes up nothing (rjdb's MRR fell 0.993 ->
    # 0.991 when it did, lifting resumes a few years short)
    credit = min(1.0, shown.held / years) if years else 1.0
    status = _status(credit, YEARS_MET)
    note = f"{shown.clear:.1f} of {years:g} years{how}"
    if shown.held - shown.clear >= 0.05:
        note = f"{shown.clear:.1f} of {years:g} years clearly about it, {shown.held:.1f} with roles close to it"
        if years and short_of(shown.clear, years):
            status = "partial"  # the roles close to it make up the credit, not what the resume clearly shows
    return RequirementCheck(
        requirement=req,
        status=status,
        credit=round(credit, 3),
        evidence=shown.line,
        years_held=round(shown.clear, 1),
        months_held=round(shown.clear * 12, 3),
        years_basis="clear",
        years_sure=sure,
        equivalent_met=equivalent_met(req, evidence, shown.held),
        note=note,
    )


# the credit of a high-school requirement a resume neither shows nor rules out (no diploma, degree or credential)
HIGH_SCHOOL_UNKNOWN = 0.5


# a lower degree written after a higher one stands in for it only with what it adds ("associate degree with 4 years
# of experience may substitute", "will consider a bachelor's with 2 years"): the higher one is asked
_STANDS_IN = re.compile(
    r"\bsubstitut\w*|\bconsider\w*|\bin\s+(?:lieu|place)\s+of\b|\bwith\b[^;.]*\b(?:years?|yrs?|experience)\b", re.I
)
# the higher degree only wished for ("preferred", "a plus"), or the lower one enough ("acceptable", "minimum"):
# the lower one is asked
_HIGHER_WISHED = re.compile(
    r"^\W*(?:[\w']+\s+){0,6}?(?:is\s+)?(?:preferred|desired|desirable|a\s+plus|an\s+asset|ideal)\b", re.I
)
_LOWER_ENOUGH = re.compile(r"^\W*(?:[\w']+\s+){0,6}?(?:is\s+)?(?:acceptable|accepted|minimum|required)\b", re.I)
_WISHED_BEFORE = re.compile(r"\b(?:preferred|desired|a\s+plus)\s*:\s*$", re.I)


# "associate degree considered with experience": experience of no stated length, a month of it at least
SOME_EXPERIENCE = 1 / 12


# experience offered instead of the degree itself: "or equivalent (work) experience" (EXPERIENCE_OFFERED), "or an
# (acceptable) combination of education and experience", "or 4 years' relevant experience in lieu of a degree",
# "experience may be substituted for the degree" (bounded gaps: linear)
_EXPERIENCE_INSTEAD = re.compile(
    rf"\bor\s+{EXPERIENCE_OFFERED}|\bor\s+(?:an?\s+|any\s+)?(?:(?:equivalent|acceptable|comparable|suitable|"
    r"appropriate)\s+)?combination\s+of\s+(?:(?:relevant\s+)?(?:education|training|schooling|experience)\W{0,3}"
    r"(?:and\s+|or\s+)?){2,3}|\bexperience\s+(?:(?:may|can|will|could)\s+(?:also\s+)?be\s+(?:considered|accepted)\s+)?"
    r"(?:in\s+(?:lieu|place)\s+of|instead\s+of)\s+(?:an?\s+|the\s+)?(?:[\w']+\s+){0,2}(?:degree|education)\b|"
    r"\bexperience\s+(?:may|can|will|could)\s+(?:also\s+)?(?:be\s+substituted|substitute)\s+for\s+(?:an?\s+|the\s+)?"
    r"(?:[\w']+\s+){0,2}(?:degree|education)\b",
    re.I,
)
# the years of work that stand in for a degree where the item states none: the years its full-time study takes
# (an associate's 2, a bachelor's 4, a master's 2 more), as US employers and federal qualification standards count
# a year of study against a year of experience; a doctorate is never so met
EQUIVALENT_YEARS = {DEGREE_RANK["associate"]: 2.0, DEGREE_RANK["bachelor"]: 4.0, DEGREE_RANK["master"]: 6.0}


@dataclass(frozen=True)
class DegreeAsk:
    """The degree an item asks, and what stands in for it.

    ``instead``: a lower degree with years of experience (rank, years); ``experience``: years of experience with no
    degree at all ("or equivalent experience"), None when the item accepts none.
    """

    rank: int
    instead: tuple[int, float] | None = None
    experience: float | None = None


def _asked_degree(req: Requirement) -> DegreeAsk:
    """Return the degree a requirement asks for (a bachelor's when it names none).

    The reader names the level first in the subject ("associate", "bachelor in Interior Design"): that name is the
    level, as "Associate degree or higher" asks an associate's ("associate" alone is no degree in a resume's words).
    A higher degree written before it is asked instead only where the lower one is its substitute
    (``_lower_stands_in``): "Bachelor's degree; associate degree with 4 years of experience may substitute".
    """
    named = DEGREE_RANK.get((req.subject or "").split(" in ", 1)[0])
    written = degrees_named(req.text)
    if named and written and written[0][1] > named:
        at = next((where for where, rank in written if rank == named), None)
        if at is not None and _lower_stands_in(req.text, written[0][0], at):
            years = years_named(req.text[at:])
            if years is None:
                years = SOME_EXPERIENCE if re.search(r"\bexperience\b", req.text[at:], re.I) else 0.0
            return DegreeAsk(written[0][1], (named, years), _experience_instead(req.text, written[0][1]))
    rank = named or degree_level(req.subject or req.text) or DEGREE_RANK["bachelor"]
    return DegreeAsk(rank, experience=_experience_instead(req.text, rank))


def _experience_instead(text: str, rank: int) -> float | None:
    """Return the years of experience an item accepts instead of its degree, None when it accepts none.

    The years written in the clause that offers them ("or 4 years' relevant experience in lieu of a degree"), else
    the degree's own length in years of work (``EQUIVALENT_YEARS``: "Bachelor's degree or equivalent experience"
    asks 4).
    """
    found = _EXPERIENCE_INSTEAD.search(text)
    if found is None or rank not in EQUIVALENT_YEARS:
        return None
    offered = text.rfind(" or ", 0, found.start() + 1)
    stated = years_named(text[max(offered, 0) : found.end()])
    return stated if stated else EQUIVALENT_YEARS[rank]


def _lower_stands_in(text: str, higher: int, lower: int) -> bool:
    """Return whether the lower degree named at ``lower`` only substitutes for the higher one named at ``higher``.

    It must say what it stands in with or that it does ("with 2 years of experience", "may substitute", "will
    consider", "considered with experience"). Never where the two are alternatives ("or", "/" anywhere in the
    item), the higher one only wished for ("Bachelor's degree preferred, associate degree required", "Preferred:
    Bachelor's degree") or the lower one enough ("associate degree acceptable", "associate degree minimum").
    """
    if re.search(r"\bor\b|/", text, re.I) or _WISHED_BEFORE.search(text[:higher]):
        return False
    if _HIGHER_WISHED.match(text[higher:lower]) or _LOWER_ENOUGH.match(text[lower:]):
        return False
    return bool(_STANDS_IN.search(text, higher + 1))


def check_degree(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Compare the degree level asked for with the highest one held."""
    if req.subject == "diploma":
        return _check_diploma(req, evidence)
    ask = _asked_degree(req)
    wanted = ask.rank
    if not evidence.degree_level and wanted <= DEGREE_RANK["high school"]:
        # a resume rarely states a high-school diploma: a licence or certification held (which asks for one) meets
        # it; with none it is unknown, shown but never a decisive gap (a higher degree meets it below)
        held = next((h for h in evidence.credentials if not h.pending and not h.expired), None)
        if held is not None:
            return RequirementCheck(
                requirement=req, status="met", credit=1.0, evidence=held.line, note="implied by a credential held"
            )
        return RequirementCheck(
            requirement=req, status="unknown", credit=HIGH_SCHOOL_UNKNOWN, note="a resume rarely states high school"
        )
    if evidence.degree_level < wanted and ask.experience is not None and evidence.total_years >= ask.experience:
        years = round(evidence.total_years, 1)
        note = f"no degree at the level asked; {years:g} years of experience, which the posting accepts instead"
        return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=_degree_line(evidence), note=note)
    if not evidence.degree_level:
        return RequirementCheck(requirement=req, status="missing", credit=0.0, note="no degree in the resume")
    credit, note = (1.0 if evidence.degree_level >= wanted else 0.5), ""
    if credit < 1.0 and ask.instead and _stands_in(ask.instead, evidence):
        credit, note = 1.0, "a lower degree with the years of experience that substitute for it"
    line = _degree_line(evidence)
    return RequirementCheck(requirement=req, status=_status(credit), credit=credit, evidence=line, note=note)


def _degree_line(evidence: ResumeEvidence) -> str:
    """Return the resume's education line at its highest degree's level (the one that meets an ask), or ''."""
    return next((e for e in evidence.education if degree_level(e) == evidence.degree_level), "")


def _check_diploma(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Compare a diploma of any field (the lowest post-secondary level, ``_any_field_degree``) with what is held.

    Any degree above high school meets it, and so does a diploma the education lines name that is no school's.
    """
    if evidence.degree_level > DEGREE_RANK["high school"]:
        line = _degree_line(evidence)
        return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=line)
    line = next((e for e in evidence.education if post_secondary_diploma(e)), "")
    if line:
        return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=line)
    return RequirementCheck(requirement=req, status="missing", credit=0.0, note="no diploma or degree in the resume")


def _stands_in(instead: tuple[int, float], evidence: ResumeEvidence) -> bool:
    """Return whether a resume holds the substitute degree and the years of experience it comes with."""
    rank, years = instead
    return evidence.degree_level >= rank and evidence.total_years >= years


def check_listed(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check a certification or language against the resume's own list, then its words."""
    if req.kind == "language" and req.subject == SECOND_LANGUAGE:
        # "another EU language": any language the resume lists besides English
        other = next(
            (
                f"{lang} {fluency}"
                for lang, fluency in evidence.languages.items()
                if "english" not in spoken_names(lang)
            ),
            "",
        )
        return RequirementCheck(
            requirement=req, status="met" if other else "missing", credit=1.0 if other else 0.0, evidence=other
        )
    if req.kind == "language" and req.subject:
        either = req.subject.lower().split(" or ")  # "Spanish or Portuguese": alternatives, one will do
        held = [
            (language, fluency)
            for language, fluency in evidence.languages.items()
            if any(name in spoken_names(language) for name in either)
        ]
        if held or any(certified_level(evidence.certifications, _family(name)) for name in either):
            return _language_level_check(req, held, evidence)
        if "english" in either and evidence.text.isascii():
            return RequirementCheck(requirement=req, status="met", credit=0.8, note="resume written in English")
        return RequirementCheck(requirement=req, status="missing", credit=0.0)
    if req.credentials:
        return check_credential(req, evidence)
    pool = evidence.certifications or []
    wanted = key_terms(req.text) - {"certif", "certifi", "certification", "certified", "licens"}
    for cert in pool:
        if wanted & key_terms(cert):
            return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=cert)
    credit, line = _term_credit(req, evidence)
    return RequirementCheck(requirement=req, status=_status(credit * 0.8), credit=round(credit * 0.8, 3), evidence=line)


def _language_level_check(req: Requirement, held: list[tuple[str, str]], evidence: ResumeEvidence) -> RequirementCheck:
    """Check a language the resume holds (listed, or shown by a certificate) against the level asked, if any.

    Met unless both levels are known and the resume's is lower ("Welsh asked at Level 4; resume holds Level 2"):
    then missing, with a little credit when one step short. A language listed with no level meets any level, as
    before levels were read. The resume's level is its best: the fluency stated, or a certificate ("DELF B2").
    """
    language = req.subject.split(" or ")[0]
    asked = level_stated(req.level, language) if req.level else None
    best: tuple[Level, str] | None = None
    line = f"{held[0][0]} {held[0][1]}".strip() if held else ""
    for name, fluency in held:
        names = spoken_names(name)
        level = level_beside(fluency, names, language) or level_stated(fluency, language)
        cert = certified_level(evidence.certifications, _family(name))
        for found, shown in ((level, f"{name} {fluency}".strip()), cert or (None, "")):
            if found is not None and (best is None or found.rank > best[0].rank):
                best = (found, shown)
    if not held:
        certified = (certified_level(evidence.certifications, _family(n)) for n in req.subject.split(" or "))
        best = next(filter(None, certified), None)
    if best is not None:
        line = best[1]
    if asked is None or best is None or best[0].rank >= asked.rank:
        return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=line)
    note = f"{req.subject} asked at {asked.describe(best[0])}; resume holds {best[0].describe(asked)}"
    credit = 0.25 if asked.rank - best[0].rank == 1 else 0.0  # under PARTIAL: a decisive gap still
    return RequirementCheck(requirement=req, status=_status(credit), credit=credit, evidence=line, note=note)


def _family(language: str) -> str:
    """Return the language a certificate certifies for a name ("Mandarin" -> "chinese": HSK certifies Chinese)."""
    names = spoken_names(language)
    return next((family for variety, family in _VARIETIES.items() if variety in names), min(names))


# Varieties a resume may name instead of their language, and the language a posting may name for them
_VARIETIES = {"mandarin": "chinese", "cantonese": "chinese", "brazilian portuguese": "portuguese"}


def spoken_names(language: str) -> set[str]:
    """Return the lower-case names a resume's language answers to.

    "American Sign Language (ASL)" is American Sign Language (the abbreviation in brackets is no other language);
    "Mandarin Chinese", "Chinese (Mandarin)" and "Mandarin" are Mandarin, and a posting asking for Chinese accepts it.
    """
    text = language.lower()
    bare = re.sub(r"\s*\(.*?\)", "", text).strip()
    names = {bare}
    for variety, family in _VARIETIES.items():
        if re.search(rf"\b{variety}\b", text):
            names |= {variety, family}
    return names


# a qualification a school awards, which a resume's education names as it names a degree
_SCHOOL_AWARD = re.compile(r"\b(?:diplomas?|certificates?|qualifications?|awards?|NVQ|HND|HNC)\b", re.I)


def _listed(req: Requirement, evidence: ResumeEvidence) -> list[str]:
    """Return the resume's lines that list credentials: its certificates, and its education for a qualification.

    Education counts where every credential asked is a qualification outside the vocabulary, not a licence or a
    registration: "Diploma of Financial Planning (RG146 compliant)" in the education section holds the diploma a
    posting asks, as a certificates section would; a licence is never held by schooling ("Certificate III in
    Plumbing" is no plumbing licence).
    """
    names = [phrases.parse(i)[0] for i in req.credentials]
    schooling = bool(names) and all(
        phrases.is_phrase_id(i) and _SCHOOL_AWARD.search(n) and not phrases.asks_licence(n)
        for i, n in zip(req.credentials, names, strict=True)
    )
    return [*evidence.certifications, *evidence.education] if schooling else evidence.certifications


def check_credential(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check a vocabulary credential: the same one or a higher one of its family, in an accepted place, current.

    Never by words or meaning: CCNA does not meet CCNP, an LPN licence does not meet RN, a Texas licence is asked
    for a Texas posting (unless the posting accepts any state, or a compact licence the resume holds).
    """
    wanted = Wanted(
        ids=tuple(req.credentials),
        jurisdictions=tuple(req.jurisdictions),
        compact_ok=req.compact_ok,
        place_implied=req.place_implied,
    )
    wanted = graded(wanted, req.text)  # "a full driver licence - learner or restricted licences are not accepted"
    verdict = judge(wanted, evidence.credentials, evidence.home, evidence.lines, _listed(req, evidence))
    credit, note = verdict.credit, verdict.note
    asked, held = language_pair(req.text), language_pair(verdict.line)
    if credit and asked and held and not _same_pair(asked, held):
        # a translator's certificate is per language pair and direction: French into English is not Spanish into it
        credit, note = (
            0.0,
            f"certified {held[0]} {held[2]} {held[1]}; the posting asks {asked[0]} {asked[2]} {asked[1]}",
        )
    return RequirementCheck(requirement=req, status=_status(credit), credit=credit, evidence=verdict.line, note=note)


_LANGUAGE_NAMES = "|".join(sorted(LANGUAGES, key=len, reverse=True))
_PAIR = re.compile(
    rf"\b(?P<a>{_LANGUAGE_NAMES})\s*(?P<how>(?:in)?to|>|→|<>|<->|-|/)\s*(?P<b>{_LANGUAGE_NAMES})\b", re.I
)


def language_pair(text: str) -> tuple[str, str, str] | None:
    """Return the language pair a text names, and how: "into" or "and" (both directions), or None.

    "Spanish into English" and "Spanish>English" name a direction; "Spanish-English" and "Spanish/English" do not.
    """
    found = _PAIR.search(text)
    if found is None:
        return None
    how = "into" if found.group("how").lower() in ("into", "to", ">", "→") else "and"
    return found.group("a").title(), found.group("b").title(), how


def _same_pair(asked: tuple[str, str, str], held: tuple[str, str, str]) -> bool:
    """Return whether a held pair covers the one asked: the same direction, or the same two languages either way."""
    if "and" in (asked[2], held[2]):
        return {asked[0], asked[1]} == {held[0], held[1]}
    return asked[:2] == held[:2]


def check(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check one requirement against the resume."""
    if req.kind == "skill":
        return check_skill(req, evidence)
    if req.kind == "experience":
        return check_years(req, evidence)
    if req.kind == "degree":
        return check_degree(req, evidence)
    if req.kind in ("certification", "language"):
        return check_listed(req, evidence)
    if req.kind == "condition":
        lower = _lower_check_held(req, evidence)
        if lower is not None:
            return lower
        note = f"a condition of employment ({req.subject}): shown, not scored"
        return RequirementCheck(requirement=req, status="unknown", credit=0.0, note=note)
    return RequirementCheck(requirement=req, status="unknown", credit=0.0, note="checked against your filters")


# the employer's own check at hire, which no certificate the applicant holds replaces or falls short of
_EMPLOYERS_CHECK = re.compile(
    r"\b(?:subject\s+to|will\s+be\s+(?:carried\s+out|undertaken|processed|requested|completed|applied\s+for)|"
    r"undergo|we\s+will\s+(?:apply|process|pay|fund|arrange|request)|conditional\s+(?:up)?on|on\s+your\s+behalf|"
    r"(?:paid\s+for|funded)\s+by|at\s+(?:our|no)\s+cost|free\s+of\s+charge)\b",
    re.I,
)


def _lower_check_held(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck | None:
    """Return a certification gap for a levelled check asked as a condition that the resume holds only lower.

    "Enhanced DBS check required" stays a condition (shown, not scored) for a resume that does not name one or names
    the level asked; one naming only a "Basic DBS certificate" holds a lower level of what is asked, a gap named as a
    credential's. Not where the employer runs the check itself ("This post is subject to an enhanced DBS check").
    """
    if _EMPLOYERS_CHECK.search(req.text):
        return None
    vocab = credentials.vocabulary()
    # a family of checks the employer runs at hire (data/credentials.yaml `checked_at_hire`), by level: "Enhanced DBS
    # (including children's barred list) - a condition of the job; we accept a current certificate" is a condition,
    # and a resume holding only a Basic DBS certificate holds a lower level of it
    asked = [m.id for m in vocab.find(req.text) if vocab.credentials[m.id].checked_at_hire]
    if not asked:
        return None
    as_credential = req.model_copy(update={"kind": "certification", "credentials": asked[:1]})
    checked = check_credential(as_credential, evidence)
    if checked.credit > 0 or not checked.evidence or "does not meet" not in checked.note:
        return None
    return checked


def requirement_weights(requirements: list[Requirement]) -> list[float]:
    """Return how much each requirement weighs in coverage (by kind, required or preferred, named or prose)."""
    named = any(r.skills for r in requirements if r.kind == "skill")
    prose_weight = PROSE_SKILL_WEIGHT / 2 if named else PROSE_SKILL_WEIGHT
    weights = []
    for req in requirements:
        weight = KIND_WEIGHT.get(req.kind, 0.0)
        if req.importance == "preferred":
            weight *= PREFERRED_WEIGHT
        if req.kind == "skill" and not req.skills:
            weight *= prose_weight
        weights.append(weight)
    return weights


def weighted_share(weights: list[float], credits: list[float]) -> float:
    """Return the weighted share of credit (0-1), pulled toward PRIOR when there is little to weigh."""
    total = sum(weights)
    got = sum(w * c for w, c in zip(weights, credits, strict=True))
    return (got + PRIOR_WEIGHT * PRIOR) / (total + PRIOR_WEIGHT)


def coverage(
    requirements: PostingRequirements,
    evidence: ResumeEvidence,
    memo: dict[tuple[object, ...], RequirementCheck] | None = None,
) -> tuple[float, list[RequirementCheck]]:
    """Return the weighted share of requirements met (0-1) and one check per requirement.

    ``memo``: checks already made against this same evidence, by requirement (a ranking passes one for all its
    postings: an employer's lines recur across its postings, and each check of them against one resume is the same).
    Checks are never changed in place, so one serves every posting with an equal requirement.
    """
    if memo is None:
        checks = [check(req, evidence) for req in requirements.requirements]
    else:
        checks = []
        own: set[tuple[object, ...]] = set()
        for req in requirements.requirements:
            key = requirement_key(req)
            found = memo.get(key) if key not in own else None  # one check object per item of a posting
            if found is None:
                found = check(req, evidence)
                memo.setdefault(key, found)
            own.add(key)
            checks.append(found)
    checks = met_by_alternative(checks)  # "Cert IV, or a tertiary qualification": either meets the item
    weights = requirement_weights(requirements.requirements)
    return weighted_share(weights, [c.credit for c in checks]), checks


def requirement_key(req: Requirement) -> tuple[object, ...]:
    """Return a requirement's fields as a hashable key (lists as tuples): equal requirements, equal keys."""
    return tuple((name, tuple(value) if isinstance(value, list) else value) for name, value in req.__dict__.items())


def decisive_gaps(checks: list[RequirementCheck]) -> list[RequirementCheck]:
    """Return the required items whose lack alone disqualifies, most decisive first (licence, language, years).

    A gap that caps the score comes before one that does not (years 3-5 months short, a tool named in passing),
    and years short only by meaning after the rest (``_short_by_meaning``): the first reason names what
    disqualifies, not what only lowers the score.
    """
    found = []
    for check in checks:
        req = check.requirement
        if req.importance != "required":
            continue
        if (
            (req.kind == "certification" and req.credentials and check.credit < 0.5)
            or (req.kind == "language" and check.status == "missing")
            or years_short(check)
            or (req.kind == "degree" and check.credit < 1.0 and check.status != "unknown")
            or named_tool_missing(check)
        ):
            found.append(check)
    return sorted(found, key=lambda c: (not caps_score(c), _short_by_meaning(c), _DECISIVE_ORDER[c.requirement.kind]))


def _short_by_meaning(check: RequirementCheck) -> bool:
    """Return whether a years gap rests on roles only close to the subject by meaning, their weights summed.

    Named, but after a gap the resume shows by its words ("missing: Workday"): a resume wording its roles otherwise
    is short by this reading without being short (years_short). No role about it at all, by words or meaning, is
    named in its kind's place.
    """
    return check.requirement.kind == "experience" and check.years_basis == "close" and not check.short_in_all


def caps_score(check: RequirementCheck) -> bool:
    """Return whether a decisive gap keeps the score under the shortlist threshold.

    Every kind does, except a named tool the item does not itself insist on ("must", "required", "essential",
    "from day one", "no system training", ``products.INSISTS``) nor its heading does ("Must have:", ``insisted``): a
    product named in passing in a prose item ("knowledge of HQL and SQL", "Excel in research") is named first but
    left to coverage, and so is one a heading insists on but the item names only as an example ("Essential: CAD
    packages such as AutoCAD": the kind is insisted on, and a resume in another CAD package has it),
    since resumes written for a job often show such a product in other words (rjdb's MRR: 0.996 -> 0.983 when
    every named tool capped). Years cap when half a year or more short (``years_short(far=True)``, YEARS_CAP_BY; until
    session 12, under 75 %, so a resume 4.1 years into "5+ years" stayed shortlisted); a shortfall of 3-5 months is
    named first and left to coverage.
    """
    if check.requirement.kind == "experience":
        return years_short(check, far=True)
    req = check.requirement
    return req.kind != "skill" or (req.insisted and not gives_examples(req.text)) or bool(INSISTS.search(req.text))


def named_tool_missing(check: RequirementCheck) -> bool:
    """Return whether a skill item naming one or two products (Epic, Relativity, TIG welding) lacks them all.

    A named tool is held or not: a resume line close in meaning ("e-discovery review") does not stand in for it.
    """
    req = check.requirement
    if req.kind != "skill" or check.credit >= 0.5:
        return False
    named = [s for s in req.skills if s not in GENERAL_SKILLS]  # "customer service skills" names no product
    if 0 < len(req.skills) <= 2 and named:
        return True
    # a product the vocabulary does not know, named by the posting's own capitals ("Encompass", "SoftPro Select")
    # (only where it names one: "communication and customer service skills with Excel and SAP" names four skills)
    products = named_products(req.text).asked
    return bool(products) and (len(products) + len(named) <= 2 or named_products(req.text).any_of)


def years_short(check: RequirementCheck, *, far: bool = False) -> bool:
    """Return whether a years check is a decisive gap: under the years asked, shown clearly enough to say so.

    Years (``req.years``: a range's lower bound, "3-5 years" asks 3) are short when the roles clearly about the
    subject hold more than YEARS_TOLERANCE under them (``short_of``; roles only close to it do not make them up), or
    when the resume's years in all are short by the same measure (``short_in_all``, ``months_in_all``); with no
    role clearly about the subject, never (check_experience says why); never where the resume plausibly has the
    equivalent the posting accepts instead (``equivalent_met``). ``far``:
    YEARS_CAP_BY or more under them (the gaps that cap the score, ``caps_score``). Whether the item is required
    is the caller's to ask.
    """
    req = check.requirement
    if req.kind != "experience" or not req.years or check.status == "unknown" or check.equivalent_met:
        return False
    held = check.months_held / 12 if check.months_held is not None else check.years_held or 0.0
    if not req.subject:
        return short_of(held, req.years, far=far)
    if check.short_in_all:
        # named from more than two months short, capping from half a year, as with a role that shows the years
        in_all = check.months_in_all / 12 if check.months_in_all is not None else 0.0
        return not far or short_of(in_all, req.years, far=True)
    if check.years_basis in ("close", "none"):
        # roles only close to it, or none about it: not shown short. Weighted years are no years of the subject
        # (one long role at weight 0.125 reads "1.0 year"), and naming them told a six-year sales associate she was
        # short of retail years (review rev15h); the meaning reading misses too often to say so to a user
        return False
    # only roles without dates (0 years read): not shown short
    if far and not check.years_sure:
        return False
    return 0 < held and short_of(held, req.years, far=far)

"""Credentials outside the vocabulary, recognised by the way postings name them.

No vocabulary lists every credential of every occupation, so a posting's "Certified Pool Operator (CPO)
certification", "pesticide applicator license", "NICET Level II certification" or "current TWIC card" is still
a credential: an entity with a name and maybe an abbreviation, met only by a resume line that names the same
(the abbreviation as a word, or every word of the name in one line), never by a line "close in meaning". Such a
credential has no family or ladder; only a trailing "Level/Grade/Class N" is ordered (a higher number meets a
lower one). Its id is ``~`` and its label ("~Certified Pool Operator (CPO)"), so it travels in a Requirement's
``credentials`` like a vocabulary id.

Ordinary skills are not credentials: company certifications (ISO, SOC 2, product listings), software licences
and "certification process" duties are left alone; and the words of a name ("Epic Ambulatory") count only in a
listed certificate or a line that says certified/certificate/licence/registered, so a skills list or a duty
("operated a reach truck") does not hold the credential.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import accumulate, islice
from pathlib import Path

from careerpilot.domain.skills import GENERAL_SKILLS, find_skills, skill_mentions
from careerpilot.matching.country_names import countries
from careerpilot.matching.degrees import degree_level
from careerpilot.matching.grades import names_certifying_vendor, pay_scales, tier
from careerpilot.matching.jurisdictions import country_initials, is_code, places, regulator_places
from careerpilot.text import yaml_data
from careerpilot.text.sentences import SENTENCE_END

VOCABULARY = Path(__file__).with_name("data") / "credentials.yaml"  # its ``frameworks``: qualification levels
WORK_TICKETS = Path(__file__).with_name("data") / "work_tickets.yaml"  # provenance in data/PROVENANCE.md
SCHEMES = Path(__file__).with_name("data") / "scheme_initials.yaml"  # initials that alone name a card or registration
PREFIX = "~"
# "Must be licensed in Texas": a licence asked for by its place alone (the posting's title says which licence)
PLACE_LICENCE = PREFIX + "licence to practise"

_NOUN = re.compile(
    r"(?<![\w-])(?P<noun>certifications?|certificates?|certified|licen[cs]es?|licensure|registrations?|"
    r"endorsements?|credentials?|permits?|cards?|designations?|fellowships?|(?-i:Badges?|Tickets?))(?![\w-])",
    re.I,
)
# "certified/licensed/registered <Name>", "certification in <Name>", "licensure as a <Name>"
_LEAD = re.compile(
    r"(?<![\w-])(?P<lead>certified|licensed|registered|(?:certification|certificate|licen[cs]e|licensure|"
    r"registration|credential|endorsement|fellowship|associateship)s?(?: (?:in|as an?|for|of))|"
    r"(?-i:[Qq]ualified as(?= [A-Z]))|(?-i:Chartered|Approved)(?= [A-Z]))\s+"
    r"(?:as an?\s+|in\s+|(?<=certified )(?:on|to operate)\s+(?:an?\s+|the\s+)?)?",
    re.I,
)
_TOKEN = re.compile(r"\((?P<abbr>[A-Za-z][\w+&/.-]{1,11})\)|[A-Za-z0-9][\w+&./'’-]*|[^\s\w]")
# words that end a name when walking away from the credential noun
_STOP = frozenset(
    """a an the of in with for to from by on at as and or nor but must should shall will would can may be is are was
    were has have had having hold holds holding held possess possesses possession obtain obtained obtaining maintain
    maintains maintaining keep keeps require requires required requiring need needs needed include includes
    including such plus also either both this that these those your our their his her its who which what when where
    within after before upon prior per via than then not no please we you they it preferred desired helpful bonus
    ideally ability able eligible willing willingness proof evidence copy accept accepts accepted
    provide provides provided offer offers offered help helps earn earns get gets pass passes complete completes
    take takes do does did show shows submit submits present presents verify verifies providing including managing
    ensuring performing conducting handling demonstrating using achieving obtaining earning acquiring carrying
    completing offering issuing issued granted awarded even so""".split()
)
# words cut from the edges of a name: they say how it is held, not which one it is
_QUALIFIER = frozenset(
    """valid current live active unrestricted unencumbered clear clean full good standing applicable appropriate
    relevant necessary required requisite corresponding equivalent any all state national nationally professional
    recognized recognised accredited approved industry official formal additional other one two following
    specific own new existing basic board out-of-state out-of-city out-of-country out-of-province in-state interstate
    earlier former previous older superseded legacy in-date""".split()
)
# what names a company's or a product's certification, a software licence or a duty, not a person's credential
_NOT_PERSONAL = frozenset(
    """iso soc pci hipaa gmp fda ul ce fcc fedramp cmmc hitrust nist sox gdpr ccpa itar ear organic kosher halal
    software product products site sites facility facilities building buildings vendor vendors supplier suppliers
    data user users volume subscription subscriptions enterprise content music export import source plate
    plates payroll mail payment payments quality compliance test tests testing process processes
    program programs project projects equipment device devices medical devices lab laboratory gift credit debit
    report access id badge identification sim rfid smart business birth marriage death insurance deposit""".split()
)
_AFTER_DUTY = re.compile(
    r"^\W{0,3}(?:process(?:es|ing)?|compacts?|audits?|compliance|requirements?|standards?|tracking|management|renewals?|"
    r"programs?|exams?|examinations?|courses?|classes|training|testing|documentation|paperwork|files?|records?|"
    r"fees?|numbers?|holders?|readers?|scanners?|design|submissions?|applications?|review|data|preparation|"
    # "the Physiotherapists Registration Board", "Licensing Authority": a body's name, which keeps the credential
    r"(?-i:Board|Council|Authority|Agency|Committee|Commission))\b",
    re.I,
)
_BEFORE_REACH = 120  # the characters before a mention read for a duty's verb (four words and the verb)
_BEFORE_DUTY = re.compile(
    r"\b(?:experience (?:with|in)|knowledge of|familiar(?:ity)? with|understanding of|support(?:ing)?|manag(?:e|ing)|"
    r"track(?:ing)?|process(?:ing)?|verif(?:y|ying)|issu(?:e|ing)|review(?:ing)?|ensur(?:e|ing)|assist(?:ing)? with|"
    r"coordinat(?:e|ing)|prepar(?:e|ing)|administer(?:ing)?|renew(?:ing|als?)?|audit(?:ing)?|sell(?:ing)?|"
    r"issu(?:e|ing|ance)|provid(?:e|es|ing)|perform(?:s|ing)?|conduct(?:s|ing)?|deliver(?:s|ing)?|offer(?:s|ing)?)"
    r"\s+(?:\S+\s+){0,4}$",
    re.I,
)
# a duty's verb written with a capital after a capitalised word is a word of a name: "Advanced Life Support
# certificate", "Basic Trauma Support provider card", "Network Support Certificate"; a duty is written in lower case
# or at the item's start ("Support renewals of staff certifications", "supporting licence renewals")
WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][\w'’-]*)\s+$")


def _duty_words_before(text: str, at: int) -> re.Match[str] | None:
    """Return the words right before ``at`` that make what follows a duty ("experience with ... certification")."""
    # read within a window: the whole text read again before every mention made a long text quadratic
    return _BEFORE_DUTY.search(text, max(0, at - _BEFORE_REACH), at)


def _duty_before(text: str, at: int) -> bool:
    """Return whether a duty's verb stands before the credential noun at ``at`` ("processing licence renewals")."""
    duty = _duty_words_before(text, at)
    if duty is None:
        return False
    verb = text[duty.start() :].split(maxsplit=1)[0]
    before = WORD_BEFORE.search(text[max(0, duty.start() - 40) : duty.start()])
    named = before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in _STOP
    return not (verb[:1].isupper() and named)


_ROLE_WORD = re.compile(
    r"(?:er|or|ist|ian|ant|ent|aide|nurse|agent|coder|tech|assistant|professional|specialist|technician|"
    r"practitioner|inspector|officer|guard|driver|therapist|counselor|counsellor|dietitian|hygienist|accountant|"
    r"examiner|broker|appraiser|adjuster|surveyor|architect|engineer|electrician|plumber|welder|interpreter|"
    r"translator|paralegal|pharmacist|educator|teacher|instructor|responder|dispatcher|operator|planner|manager)s?$",
    re.I,
)
# a name ending in one of these is a person's credential even when a word before it names a place or a thing
# ("Residential Building Inspector", "Hoisting Machine Operator", "Medical Device Technician")
_PERSON = re.compile(
    r"(?:inspector|operator|technician|technologist|mechanic|installer|examiner|officer|engineer|specialist|"
    r"professional|manager|auditor|coder|assistant|aide|nurse|therapist|reporter|driver|worker)s?"
)
# the person nouns after which a numeral is the holder's level ("Fire Inspector II", "Firefighter I/II", "Wastewater
# Operator 3"); a numeral after any other noun names a thing ("Title IX", "Section 8", "Windows 11", "Part 107",
# "Form I-9", "Phase 2") and is no level
_LEVELLED_PERSON = (
    r"inspector|operator|technician|technologist|mechanic|installer|examiner|officer|engineer|specialist|auditor|"
    r"coder|assistant|aide|nurse|therapist|driver|worker|firefighter|paramedic|dispatcher|telecommunicator|"
    r"investigator|instructor|teacher|educator|interpreter|translator|surveyor|appraiser|adjuster|plumber|"
    r"electrician|welder|fitter|pipefitter|machinist|carpenter|millwright|lineman|lineworker|analyst|accountant|"
    r"responder|counselor|counsellor|practitioner|planner|designer|estimator|coach|official|referee|judge|guard"
)
# a Roman numeral in capitals or one or two digits, or several joined ("I/II", "I & II"): the highest is held; a
# digit that counts time or people is no rung ("Operator 24/7", "Technician 1 of 3", "Driver 5 days a week")
_COUNTED = r"years?|yrs?|months?|weeks?|days?|nights?|shifts?|hours?|hrs?|minutes?|of\s+\d|students?|people|persons?"
_PERSON_NUMERAL = (
    r"(?-i:[IVX]{1,4})(?![\w-])|(?!24\s*/\s*7\b)\d{1,2}"
    rf"(?![\w%+-]|[.,]\d|\s*(?:\+|%|(?:{_COUNTED})\b))"
)
_LEVEL = re.compile(
    r"\b(?P<word>level|grade|class|tier|type|stage)\s+(?P<n>[IVX]{1,4}|\d{1,2})\b"
    # "RIBA Part 2", "HSE Part III": a part of a staged qualification; one digit, so "Part 107" or "Part 61" (FAA
    # rules) is no level
    r"|\b(?P<part>part)\s+(?P<pn2>I{1,3}|[1-3])(?![\w-])"
    r"|\b(?P<ord>[1-9](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)[\s-]+(?P<oword>class|grade)\b"
    # "NVQ 3", "SVQ 2": the UK's vocational qualifications written with their level's number alone (RQF level)
    r"|(?<![\w-])(?-i:NVQ|SVQ)\s+(?P<vq>[1-5])(?![\w.,%+-])"
    rf"|\b(?:{_LEVELLED_PERSON})\s+(?P<pn>(?:{_PERSON_NUMERAL})(?:\s*(?:/|&|,|\band\b)\s*(?:{_PERSON_NUMERAL}))*)",
    re.I,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# where a smaller number is the higher level: "1st Class" above "2nd Class" (stationary and power engineers, FCC
# radiotelephone operators) and "Type 1" above "Type 2" (NWCG incident qualifications: FFT1 above FFT2, ICT3 above
# ICT4); "Level 4", "Grade IV" and "Class IV" (water and wastewater operators) count up; a class read beside a licence
# word in a years item ("licence class", ``grade_level``) counts down: a Class A CDL above a B, Class 1 above Class 3;
# so do a plant operator's letters ("lettered plant class": Texas TCEQ D < C < B < A, Florida C < B < A)
_DESCENDING = frozenset(
    {"ordinal class", "ordinal grade", "type", "licence class", "lettered plant class", "sea grade", "sea class"}
)
# words that place a credential on its own family's ladder when the vocabulary does not know the family: the same
# name with a lower word is a lower level ("Associate Emergency Manager" for "Certified Emergency Manager", a
# "Limited" licence for a "General" one, a "Provisional" practising certificate for a "Full" one); with a higher
# word a higher one ("Master Esthetician" over "Esthetician"). The plain name is the middle (0).
RANKS = {
    **dict.fromkeys(
        """apprentice apprenticeship trainee intern internship student associate provisional provisionally interim
        limited temporary restricted conditional basic junior""".split(),
        -1,
    ),
    **dict.fromkeys("journeyman journeyperson journeyworker journey full fully general standard".split(), 0),
    **dict.fromkeys("master senior advanced expert fellow chartered".split(), 1),
}
# words a resume line uses for a credential it holds (a one-word name needs one of them, or a listed certificate)
_HELD_CUE = re.compile(
    r"\b(?:certifi\w*|certificate|licen[cs]\w*|registered|registration|endorse\w*|credential\w*|permit|card|"
    r"designation|accredited|qualified|commission\w*)\b",
    re.I,
)
_GENERIC_WORDS = frozenset(
    """certified certification certifications certificate certificates licensed license licence licenses licences
    licensure registered registration endorsement endorsements credential credentials permit permits card cards
    designation designations holder""".split()
)
STOP_WORDS = _STOP
QUALIFIERS = _QUALIFIER
MAX_NAME_WORDS = 6
# a name ending in one of these says where a licence is held, not which licence it is
_PLACE_KINDS = frozenset(
    "jurisdiction jurisdictions state states province provinces territory territories country countries".split()
)
MAX_LOWER_WORDS = 3


@dataclass(frozen=True)
class Named:
    """A credential a posting names outside the vocabulary: its name, abbreviation and where it was read."""

    name: str
    abbreviation: str
    start: int
    end: int

    @property
    def id(self) -> str:
        """Return the id that carries this credential in a Requirement ("~Certified Pool Operator (CPO)")."""
        return PREFIX + label(self.name, self.abbreviation)


def label(name: str, abbreviation: str) -> str:
    """Return "Name (ABBR)", "Name" or "ABBR"."""
    # a word of the name ("CPR" in "CPR certification"), not letters inside one ("RI" in "Intermediate Rigging")
    if name and abbreviation and not re.search(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", name, re.I):
        return f"{name} ({abbreviation})"
    return name or abbreviation


def is_phrase_id(credential_id: str) -> bool:
    """Return whether an id is a credential recognised by its phrasing (not a vocabulary id)."""
    return credential_id.startswith(PREFIX)


def parse(credential_id: str) -> tuple[str, str]:
    """Return (name, abbreviation) of a phrase id."""
    text = credential_id[len(PREFIX) :]
    found = re.fullmatch(r"(?P<name>.+?) \((?P<abbr>[^()]+)\)", text)
    if found:
        return found.group("name"), found.group("abbr")
    return (text, text) if is_abbreviation(text) else (text, "")


def display(credential_id: str) -> str:
    """Return how a phrase id is shown: the name with its abbreviation, and "certification" when neither says so."""
    text = credential_id[len(PREFIX) :]
    name, _ = parse(credential_id)
    if not {w.lower() for w in re.findall(r"[\w']+", name)} & _GENERIC_WORDS and not _framework_level(name):
        return f"{text} certification"  # "Diploma of Early Childhood Education" says what it is
    return text


def is_abbreviation(token: str) -> bool:
    """Return whether a token reads as a credential abbreviation: CPO, CPhT, NICET, CHI-Spanish's CHI, A+."""
    core = token.strip("()")
    letters = [c for c in core if c.isalpha()]
    if core in _SHOUTED:
        return False
    return 2 <= len(core) <= 10 and len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def find(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[list[Named]]:
    """Return the credentials a posting item names outside the vocabulary, in order; "X or Y" is one group.

    ``taken`` are spans the vocabulary already read: a phrase overlapping one is the vocabulary's.
    """
    found: list[list[Named]] = []
    for named in [
        *_by_membership(text),
        *_by_framework(text),
        *_by_qualification(text),
        *_by_role_qualification(text),
        # before the noun reader: "IPAF and PASMA cards" is two schemes' cards, not one "PASMA cards"
        *scheme_initials(text),
        *_by_noun(text),
        *_by_lead(text),
        *_by_registry(text),
        *_by_shape(text),
    ]:
        if any(named[0].start < end and start < named[-1].end for start, end in taken):
            continue
        if any(n.start < g[-1].end and g[0].start < n.end for g in found for n in named):
            continue
        found.append(named)
    return [_alternatives(text, g, taken) for g in sorted(found, key=lambda g: g[0].start)]


# a part of "A/B" that names something of its own: a word or initials of two or more letters, no Roman numeral
# ("HVAC/R" is one name, "Level I/II" one level)
_SLASH_PART = re.compile(r"(?!(?:[IVX]{1,4}|\d{1,2})$)[A-Za-z][\w+&.-]+")
# the run of a name written before "/" or "or" and the name after it ("IATA DGR / 49 CFR hazmat certification",
# "ACI Concrete Flatwork Finisher or Advanced Concrete Flatwork Finisher certification")
_RUN_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?P<run>(?:[A-Z0-9][\w+&.'’-]*\s+){0,5}[A-Z0-9][\w+&.'’-]*)\s*(?:/|\bor\b)\s*$"
)
# "Professional certification as a clinical research coordinator required: ACRP CCRC or SOCRA CCRP": a generic ask
# followed by the names that meet it
_NAMES_AFTER = re.compile(r"\s*(?:(?:\((?:required|preferred|essential|mandatory)\)|(?:is\s+)?(?:required|preferred|"
                          r"essential|mandatory))\s*)?(?::|\s[-–—])\s*", re.I)  # fmt: skip
_LISTED_NAME = re.compile(
    r"(?P<run>(?:[A-Z][\w+&.-]*\s+){0,3}[A-Z][\w+&.-]*)(?P<sep>\s*(?:,\s*(?:or\s+)?|/|\bor\b)\s*)?"
)


def _alternatives(text: str, group: list[Named], taken: Sequence[tuple[int, int]]) -> list[Named]:
    """Return a group with the alternatives its one name is written with, all meeting the ask (any of them).

    A posting joins names the vocabulary does not know as it joins known ones (``credentials._slash_alternatives``:
    a slash is "either" unless the pair complements, which names outside the vocabulary cannot be shown to do):
    "ECS/CSCS card" is an ECS card or a CSCS card; "IATA DGR / 49 CFR hazmat certification" and "ACI Finisher or
    Advanced ACI Finisher certification" name two; and a generic ask followed by names after ":" is met by the
    names ("certification as a clinical research coordinator required: ACRP CCRC or SOCRA CCRP").
    """
    if len(group) != 1:
        return group
    named = group[0]
    after = _names_after(text, named, taken)
    if after:
        return after
    short = _short_form_before(text, named)
    if short is not None:
        return [short, named]
    words = named.name.split()
    split = [
        i
        for i, w in enumerate(words)
        if w.count("/") == 1 and all(_SLASH_PART.fullmatch(p) for p in w.split("/")) and not _one_slashed_name(words, i)
    ]
    if len(split) == 1 and not named.abbreviation:
        i = split[0]
        return [
            Named(" ".join([*words[:i], part, *words[i + 1 :]]), "", named.start, named.end)
            for part in words[i].split("/")
        ]
    before = _RUN_BEFORE.search(text[max(0, named.start - 80) : named.start])
    if before is None or not named.name[:1].isupper() and not named.name[:1].isdigit():
        return group  # "HVAC or electrical trade certification": a common name after "or" is read as before
    start = named.start - (len(text[max(0, named.start - 80) : named.start]) - before.start("run"))
    if any(start < end and s < named.start for s, end in taken):
        return group
    run = before.group("run").split()
    while run and run[0].lower() in _STOP | _QUALIFIER:
        run.pop(0)
    if not run or places(" ".join(run)) or degree_level(" ".join(run)) or {w.lower() for w in run} & _NOT_PERSONAL:
        return group  # "Texas or Oklahoma applicator licence": places; "Bachelor's Degree or ...": a degree
    rest = words
    if rest and rest[0].lower() in RANKS:
        rest = rest[1:]  # "Level 1 or Advanced Level 1 Rigger": the plain one shares the rest of the name
    if rest[: len(run)] == run:
        alternative = " ".join(rest)
    elif _telling(run) and not all(_LEVEL_WORD.fullmatch(w) or w.isdigit() for w in run):
        alternative = " ".join(run)
    else:
        return group
    while alternative.split() and alternative.split()[-1].lower() in _GENERIC_WORDS:
        alternative = alternative.rsplit(" ", 1)[0]
    if not alternative or alternative.lower() == named.name.lower():
        return group
    return [Named(alternative, "", start, named.end), named]


# "the DipPFS (CII Level 4 Diploma in Regulated Financial Planning)", "a BCSW (Bachelor of Community Social Work)":
# initials written right before a bracket that holds the whole name are the name's short form, which holders write
_SHORT_BEFORE = re.compile(r"(?<![\w+&/.-])([A-Za-z][\w+&.-]{1,11})\s*\(\s*$")


def _short_form_before(text: str, named: Named) -> Named | None:
    """Return the initials a name is written after, its bracket holding the name alone ("DipPFS (<name>)"), if any."""
    before = _SHORT_BEFORE.search(text, max(0, named.start - 16), named.start)
    if before is None or named.abbreviation or not re.match(r"\s*\)", text[named.end :]):
        return None
    short = before.group(1)
    # the bracket's shape says it is a short form, so initials in mixed case count ("DipPFS", "PgCert")
    capitals = sum(c.isupper() for c in short)
    if not (is_abbreviation(short) or (capitals >= 2 and not short[1:].islower())):
        return None
    if is_code(short) or short.lower() in _NOT_PERSONAL or short in _SHOUTED:
        return None
    # the initials must spell the name, or begin with a word of it ("DipPFS": "Diploma"): a country, an issuer or a
    # ward before the bracket ("NZ (practising certificate)", "an SIA (Door Supervisor licence)") is none
    begun = re.match(r"[A-Z][a-z]{2,}", short)
    if not abbreviates(short, named.name) and not (
        begun and any(w.lower().startswith(begun.group(0).lower()) for w in named.name.split())
    ):
        return None
    return Named("", short, before.start(1), before.end(1))


def _one_slashed_name(words: list[str], i: int) -> bool:
    """Return whether ``words[i]``, written "A/B", is one name, never a choice between two.

    A skill's name ("TCP/IP", "CI/CD", "PL/SQL"), or the joint issuers of one numbered standard ("AS/NZS 3000").
    """
    if i + 1 < len(words) and words[i + 1][:1].isdigit():
        return True
    return any(spelled.lower() == words[i].lower() for spelled in skill_mentions(words[i]).values())


def _names_after(text: str, named: Named, taken: Sequence[tuple[int, int]]) -> list[Named]:
    """Return the names listed after a generic ask's ":" ("...coordinator required: ACRP CCRC or SOCRA CCRP")."""
    lead = _NAMES_AFTER.match(text, named.end)
    if lead is None or not re.search(r"\b(?:as an?|in)\b", text[named.start : named.end]):
        return []
    out: list[Named] = []
    at = lead.end()
    while at < len(text):
        listed = _LISTED_NAME.match(text, at)
        if listed is None:
            break
        run = listed.group("run").split()
        if any(s < listed.end("run") and listed.start("run") < e for s, e in taken):
            return []  # the vocabulary reads these names itself
        if all(is_abbreviation(w) for w in run):
            out.append(Named("", run[-1], listed.start("run"), listed.end("run")))  # "ACRP CCRC": ACRP's CCRC
        elif _telling(run):
            out.append(Named(" ".join(run), "", listed.start("run"), listed.end("run")))
        if not listed.group("sep"):
            break
        at = listed.end()
    return out


_LISTED_ABBR = re.compile(r"(?<![\w+&/.-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9+-]*)(?![\w+&.-]|/\w)")
# abbreviations postings list beside credentials that are records, rules or tools, not credentials
_WORKPLACE_ABBREVIATIONS = frozenset(
    """MVR OTR PPE DOT ADA FMLA EEO EHR EMR POS ERP WMS CRM HR IT US USA UK EU ASAP FAQ ID SSN DOB OT PT FT PRN
    LTC ICU ER OR ED QA QC SOP SOPS KPI KPIS""".split()
)
# words a posting writes in capitals for emphasis ("REQUIRED before first shift", "NOT enough"): no abbreviations
_SHOUTED = frozenset(
    """REQUIRED REQUIRES PREFERRED MUST ONLY NOT NO ANY ALL AND OR WITH PLUS MANDATORY ESSENTIAL NEEDED ACTIVE VALID
    CURRENT ENOUGH NOTE NEW HIRE PRIOR BEFORE AFTER START ALSO""".split()
)
_ISSUED_BY = re.compile(r"\b(?:from|by|through|via|with)\s+(?:the\s+)?$", re.I)
_SEPARATOR = r"(?:,|/|\+|&|;|\band\b|\bor\b|\band/or\b)"
# separators and short brackets, in any order: one way to read each gap ("and/or" is "and", "/", "or"; the spaces
# around each), since a pattern that could split a gap many ways took exponential time on a long run of them
_LIST_GAP = re.compile(r"^\s*(?:(?:[,/+&;]|\band\b|\bor\b|\([^()]{0,20}\))\s*)+$")


def listed_with(text: str, known: list[tuple[int, int]]) -> list[Named]:
    """Return the abbreviations listed with vocabulary credentials ("ACLS, PALS, TNCC" -> TNCC), as credentials.

    An unknown abbreviation in a list of credentials is one too; only list separators (, / + & and or) count, so an
    issuer written before its credential ("AHA BLS") is not read as one, nor a degree's initials listed before one
    ("BSc, P.Eng designation", "MBA, CFA charter": a degree, no credential).
    """
    spans = sorted(known)
    inside = _inside(spans)
    candidates = list(
        islice(
            (
                (m.start(), m.end(), m.group(1))
                for m in _LISTED_ABBR.finditer(text)
                if is_abbreviation(m.group(1))
                and not inside(m.start())
                and not is_code(m.group(1))
                and m.group(1).lower() not in _NOT_PERSONAL
                and m.group(1).upper() not in _WORKPLACE_ABBREVIATIONS
                and not find_skills(m.group(1))
                and not degree_level(m.group(1))
                and not _ISSUED_BY.search(text[max(0, m.start() - 12) : m.start()])  # "CHI-Spanish from CCHI"
            ),
            LISTED_MAX,
        )
    )
    found: list[Named] = []
    taken: set[int] = set()
    ends, starts = sorted(e for _, e in spans), sorted(s for s, _ in spans)
    changed = True
    while changed:
        changed = False
        for start, end, abbr in candidates:
            if start in taken:
                continue
            if _gap_to(text, ends, start, before=True) or _gap_to(text, starts, end, before=False):
                found.append(Named("", abbr, start, end))
                taken.add(start)
                insort(ends, end)
                insort(starts, start)
                changed = True
    return sorted(found, key=lambda n: n.start)


# bounds on absurd input: a list names fewer than 200 unknown abbreviations, and the gap between two of its items
# (separators and a short bracket: ", (AHA) and/or ") is under 60 characters; reading every pair of names in a text
# naming thousands took seconds
LISTED_MAX = 200
LIST_GAP_MAX = 60


def _gap_to(text: str, edges: list[int], at: int, *, before: bool) -> bool:
    """Return whether a list gap joins ``at`` to a name's edge (sorted ``edges``: ends before it, starts after)."""
    if before:
        near = edges[bisect_left(edges, at - LIST_GAP_MAX) : bisect_right(edges, at)]
        return any(_LIST_GAP.match(text[e:at]) for e in near)
    near = edges[bisect_left(edges, at) : bisect_right(edges, at + LIST_GAP_MAX)]
    return any(_LIST_GAP.match(text[at:s]) for s in near)


def _inside(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Return a test of whether a position is inside one of these spans (sorted by start), without reading them all.

    A span holds the position when it starts at or before it and ends after it: the furthest end among the spans
    starting at or before it says (a text naming thousands of credentials made the test of each against all slow).
    """
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def inside(position: int) -> bool:
        k = bisect_right(starts, position)
        return k > 0 and reach[k - 1] > position

    return inside


# how far before a credential's noun its name and the words that make it a duty are read: a walk takes a few words
# (``MAX_NAME_WORDS`` and a bracket), a duty's cue four words more; reading the whole text before every noun made a
# text of thousands of them ("license in license in ...", 20,000 characters) take minutes
NAME_REACH = 400


def _by_noun(text: str) -> list[list[Named]]:
    """Read "<Name> certification/licence/permit/card/..." (and "<Name> certified")."""
    out = []
    for noun in _NOUN.finditer(text):
        word = noun.group("noun").lower()
        if _AFTER_DUTY.match(text[noun.end() : noun.end() + NAME_REACH]) or _duty_before(text, noun.start()):
            continue
        if word == "certified" and re.match(r"\s+(?:[A-Z]|in\b|as\b)", text[noun.end() :]):
            continue  # "AWS Certified Solutions Architect", "certified in CPR": read from the other side
        if word.startswith(("badge", "ticket")) and _work_ticket(text, noun.start()):
            continue  # "raise a Jira ticket", "Zendesk tickets", "support ticket": work handled, not held
        if word.startswith("card") and _CARD_AS_THING.match(text, noun.end()):
            continue  # "white card models", "Produce white card mounts", "card readers": a thing made or used, not held
        names = _walk_left(text, noun.start())
        if not names:
            continue
        right = _lead_name(text, noun.end())
        if right is not None and len(names) == 1:
            # "NICET Level II certification in Fire Alarm Systems", "educator certificate in Mathematics"
            name, abbreviation, end = right
            named = names[0]
            full = f"{named.name} {noun.group('noun')} {text[noun.end() :].split()[0]} {name}".strip()
            out.append([Named(full, named.abbreviation or abbreviation, named.start, end)])
            continue
        if word.startswith(("card", "badge", "ticket")) and not any(
            n.abbreviation or n.name[:1].isupper() for n in names
        ):
            continue  # "credit card", "report card": a card is a credential only when it has a proper name
        end = noun.end()
        one = names[0] if len(names) == 1 and not names[0].abbreviation and names[0].name else None
        if one is not None and one.name.split()[0].lower() in _GRADE_NAMES:
            # "A General Licence issued by the Condominium Management Regulatory Authority of Ontario (CMRAO)",
            # "a full practising certificate", "General registration with AHPRA": the grade word qualifies the
            # noun, which is part of the name; a grade word alone names no licence, so its issuer's abbreviation
            # tells which
            issuer = _ISSUER_ABBR.match(text, end) if " " not in one.name else None
            grade = f"{one.name} {noun.group('noun')}"
            names = [Named(grade, (issuer.group(1) or issuer.group(2)) if issuer else "", one.start, end)]
        elif one is not None and word.startswith(("badge", "ticket")) and one.name[:1].isupper():
            names = [Named(f"{one.name} {noun.group('noun')}", "", one.start, end)]  # "London Blue Badge"
        elif one is not None and " " not in one.name and word.startswith("card") and one.name[:1].isupper():
            names = [Named(f"{one.name} {noun.group('noun')}", "", one.start, end)]  # "Blue Card"
        elif noun.group("noun") == "Certified" and len(names) == 1:
            names = [Named(f"{names[0].name} Certified", names[0].abbreviation, names[0].start, end)]
        trailing = _TRAILING_ABBR.match(text, end)
        if trailing and len(names) == 1 and not names[0].abbreviation and is_abbreviation(trailing.group(1)):
            # "Kennel Attendant Certified (KAC)", "hyperbaric certification (CHT)"
            names = [Named(names[0].name, trailing.group(1), names[0].start, trailing.end())]
            end = trailing.end()
        names, end = _level_after(text, names, end)
        out.append([Named(n.name, n.abbreviation, n.start, end) for n in names])
    return out


# what a card written before a noun is: the material of a model or a mount, a payment card's machine or game's
# card: no one's credential (review r24c)
_CARD_AS_THING = re.compile(
    r"[\s-]+(?:models?|modell?ing|stock|mounts?|mounting|boards?|sheets?|paper|cut-?outs?|readers?|payments?|"
    r"machines?|terminals?|games?|tricks?|sorts?|sorting)\b",
    re.I,
)
_TICKET_REACH = 40  # the characters before a ticket read for what it is about
# what may stand between a verb and the ticket it handles: "raise a ticket", "close all open tickets"
_TICKET_JOINERS = frozenset("a an the and or all any every new open your their our its".split())


# a ticket's grade by its shape: "P1", "L2", "T3", "Sev1", "S2", a roman numeral ("Tier II")
_TICKET_GRADE_SHAPE = re.compile(r"(?:p|l|t|s|sev)\d|[ivx]{1,4}", re.I)


@cache
def _ticketing() -> tuple[frozenset[str], frozenset[str]]:
    """Return the words a work ticket is named after (systems, subjects) and the verbs of handling one, lower case."""
    data = yaml_data.safe_load(WORK_TICKETS.read_text(encoding="utf-8"))
    named = frozenset(w.lower() for w in (*data["systems"], *data["words"]))
    return named, frozenset(w.lower() for w in data["verbs"])


@cache
def _ticket_grades() -> frozenset[str]:
    """Return the words of a ticket's tier, level or priority ("tier", "priority"), lower case."""
    data = yaml_data.safe_load(WORK_TICKETS.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["grades"])


def _grades_a_ticket(word: str) -> bool:
    """Return whether a word grades a ticket: "Tier", "Priority", "P1", "L2", "II"."""
    return word.lower() in _ticket_grades() or bool(_TICKET_GRADE_SHAPE.fullmatch(word))


def _work_ticket(text: str, at: int) -> bool:
    """Return whether the ticket or badge whose noun starts at ``at`` is work handled, not a credential held.

    Named after a software product or what it is about ("Jira ticket", "Zendesk tickets", "support ticket",
    "ServiceNow incident tickets"), or handled by a verb up to two words before ("raise a ticket", "Resolve ...
    Tickets"). A "Forklift Ticket" or an "SIA Badge" is named after the work or the body it licenses.
    """
    words = re.findall(r"[A-Za-z][\w-]*", text[max(0, at - _TICKET_REACH) : at])[-3:]
    if not words:
        return False
    named, verbs = _ticketing()
    if _names_a_ticket(words[-1], named):
        return True
    # the verb governs the ticket when only articles, joiners, verbs, a ticket's grade and what names a ticket stand
    # between them: "raise a Jira ticket", "Log and Track Tickets", "Resolve Tier 2 Tickets"; not "SIA Close
    # Protection Badge", "PADI Open Water Ticket"
    for i, word in enumerate(words):
        between = words[i + 1 :]
        if word.lower() in verbs and all(
            w.lower() in _TICKET_JOINERS or w.lower() in verbs or _grades_a_ticket(w) or _names_a_ticket(w, named)
            for w in between
        ):
            return True
    return False


def _names_a_ticket(word: str, named: frozenset[str]) -> bool:
    """Return whether a word names a work ticket: its subject or system, or a software product ("Zendesk")."""
    product = bool(find_skills(word) - GENERAL_SKILLS) or bool(re.search(r"[a-z][A-Z]", word))
    return word.lower() in named or product


# "National Driver Certification at Level 3", "Rigging certificate - Level 2", "Operator Certification (Grade III)":
# the level written after the credential's noun is the level of the name before it; it ends the clause, or the next
# words are another item's ("Fall Protection certification, Grade 12 education", "- Level 1 First Aid also required")
_LEVEL_AFTER = re.compile(
    r"\s*(?:(?:at|,|:|-|–|—)\s*)?\(?(?P<level>(?i:level|grade|tier)\s+(?:[IVX]{1,4}|\d{1,2}))(?![\w+])"
    r"(?!\s*[-–—/]\s*\d)(?=\s*(?:$|[).,;:(]|\s[-–—]\s|(?i:or|and)\s+(?:above|higher|equivalent)\b|"
    r"(?i:required|preferred|minimum|essential|desirable)\b))\)?"
)


def _level_after(text: str, names: list[Named], end: int) -> tuple[list[Named], int]:
    """Return a single name with the level written right after its noun taken in, and where it now ends."""
    after = _LEVEL_AFTER.match(text, end)
    if after is None or len(names) != 1 or level(names[0].name) is not None:
        return names, end
    named = names[0]
    return [Named(f"{named.name} {after.group('level')}", named.abbreviation, named.start, after.end())], after.end()


# the body a member belongs to: "in good standing of/with the Law Society of Ontario (LSO)"
_BODY = re.compile(
    r"(?:\s+in\s+good\s+standing)?\s+(?:of|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z]{2,8}(?![\w'’&.-])|[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’&.-]*){1,7})"
    r"(?:\s*\((?P<abbr>[A-Z][A-Za-z&-]{1,10})\))?"
)
# words that name a grade of a licence ("General Licence", "Limited Licence"), not which licence it is: the rank
# words, and two grades whose order differs between issuers (an "Initial" teaching licence comes before a
# "Provisional" one in some states and is the first of two in others; a "Permanent" one may be the full or the
# lifetime grade), so they name a grade without ranking it
_GRADE_NAMES = frozenset(RANKS) | {"initial", "permanent"}
_ISSUER_ABBR = re.compile(
    r"\s+(?:issued\s+|granted\s+)?(?:by|from|through|with)\s+(?:the\s+)?(?:[A-Z][^()\n;]{2,90}?\(([A-Z][A-Za-z&-]{1,10})\)|"
    r"([A-Z][A-Z&-]{1,9})\b)"
)
_TRAILING_ABBR = re.compile(r"\s*\(([A-Za-z][\w+&/.-]{1,11})\)")


def _walk_left(text: str, stop: int) -> list[Named]:
    """Return the name(s) written right before position ``stop``: one, or two joined by "or" or "/"."""
    tokens = list(_TOKEN.finditer(text, max(0, stop - NAME_REACH), stop))
    expanded = _expansion_before(tokens)
    if expanded is not None:
        return [expanded]
    taken: list[re.Match[str]] = []
    abbreviation = ""
    alternatives: list[Named] = []
    i = len(tokens) - 1
    while i >= 0 and len(taken) < MAX_NAME_WORDS:
        token = tokens[i]
        value = token.group(0)
        if token.group("abbr"):
            # "NIH Stroke Scale (NIHSS) certification", "Information Assurance Technical (IAT) Level 3 certificate",
            # "Residential Building Inspector (B1) certification": a grade code in brackets names it too
            abbr = token.group("abbr")
            if abbreviation or not (is_abbreviation(abbr) or (not taken and _GRADE_CODE.fullmatch(abbr))):
                break
            abbreviation = token.group("abbr")
            i -= 1
            continue
        telling = [t for t in taken if t.group(0).lower() not in _QUALIFIER | _GENERIC_WORDS]
        if value.lower() == "or" and len(telling) == 1 and taken[0] is telling[0] and not abbreviation:
            # "CPO or AFO certification", "ASHA CCC-A or ABA board certification": an abbreviation before "or" is a
            # name of its own
            first = _named(taken, abbreviation)
            previous = tokens[i - 1] if i > 0 else None
            if first and previous and not previous.group("abbr") and is_abbreviation(previous.group(0)):
                alternatives.append(first)
                taken = [previous]
            break
        if not value[0].isalnum() or (value.lower() in _STOP and not _inside_a_name(tokens, i, taken)):
            break
        taken.insert(0, token)
        i -= 1
    if abbreviation and taken and not alternatives:
        # "Associate of the Society of Actuaries (ASA)": the name runs on across "of the" until the abbreviation
        # spells it (Schwartz and Hearst, 2003)
        longer = _spelled_leftward(tokens, i, taken, abbreviation)
        if longer is not None:
            return [longer]
    named = _named(taken, abbreviation)
    return [n for n in (named, *alternatives) if n]


# words that join a sentence and never stand inside a capitalised name
_FUNCTION = frozenset("a an the of in with for to from by on at as and or nor but not no be is are".split())


def _inside_a_name(tokens: list[re.Match[str]], i: int, taken: list[re.Match[str]]) -> bool:
    """Return whether a capitalised verb stands inside a capitalised name ("SOLAS Safe Pass card": "Pass").

    Its neighbours are capitalised too; a sentence's own verb ("Must Pass", "Hold ...") is written at its start.
    """
    value = tokens[i].group(0)
    if not value[:1].isupper() or value.lower() in _FUNCTION or (taken and not taken[0].group(0)[:1].isupper()):
        return False
    before = tokens[i - 1].group(0) if i > 0 else ""
    return before[:1].isupper() and before.lower() not in _STOP | _QUALIFIER or is_abbreviation(before)


# a grade or class code written in brackets after a credential's name ("(B1)", "(T3)", "(1A)")
_GRADE_CODE = re.compile(r"[A-Z]{1,2}-?\d{1,2}[A-Z]?|\d[A-Z]")
_JOINERS = frozenset("of the and for in &".split())


def _spelled_leftward(
    tokens: list[re.Match[str]], i: int, taken: list[re.Match[str]], abbreviation: str
) -> Named | None:
    """Return the name an abbreviation spells when it runs left of the walk's stop word ("Associate of the ...")."""
    if abbreviates(abbreviation, " ".join(t.group(0) for t in taken)):
        return None
    longer = list(taken)
    while i >= 0 and len(longer) < MAX_NAME_WORDS + 3:
        value = tokens[i].group(0)
        if tokens[i].group("abbr") or not value[0].isalnum():
            return None
        longer.insert(0, tokens[i])
        i -= 1
        if value.lower() in _JOINERS:
            continue
        name = " ".join(t.group(0) for t in longer)
        if abbreviates(abbreviation, name) and value[:1].lower() == abbreviation[:1].lower():
            if value[:1].isupper() and value.lower() not in _STOP | _QUALIFIER:
                return Named(name, abbreviation, longer[0].start(), longer[-1].end())
            return None
        if value.lower() in _STOP:
            return None
    return None


def _expansion_before(tokens: list[re.Match[str]]) -> Named | None:
    """Return "CPAT (Candidate Physical Ability Test)" before a credential noun: the abbreviation, then its name.

    The bracket holds the name only when the abbreviation before it spells it (Schwartz and Hearst, 2003).
    """
    if len(tokens) < 4 or tokens[-1].group(0) != ")":
        return None
    opening = next((j for j in range(len(tokens) - 2, max(-1, len(tokens) - 3 - MAX_NAME_WORDS), -1)
                    if tokens[j].group(0) == "("), None)  # fmt: skip
    if opening is None or opening < 1:
        return None
    inner = tokens[opening + 1 : -1]
    abbreviation = tokens[opening - 1].group(0)
    if not inner or not all(t.group(0)[0].isalnum() for t in inner) or not is_abbreviation(abbreviation):
        return None
    name = " ".join(t.group(0) for t in inner)
    things = {abbreviation.lower(), *(t.group(0).lower() for t in inner)} & _NOT_PERSONAL - {"test", "tests"}
    if not abbreviates(abbreviation, name) or things:
        return None
    return Named(name, abbreviation, tokens[opening - 1].start(), tokens[-1].end())


def _spelled_from_first(words: list[re.Match[str]], abbreviation: str) -> bool:
    """Return whether the abbreviation spells the name from its first word on, and not without it.

    "Nationally Certified School Psychologist (NCSP)": "Nationally" is the name's own word, not how it is held, so
    a resume's "School Psychologist endorsement" does not hold it.
    """
    if not abbreviation or len(words) < 2 or not words[0].group(0)[:1].isupper():
        return False
    if words[0].group(0)[:1].lower() != abbreviation[:1].lower():
        return False
    whole = " ".join(w.group(0) for w in words)
    return abbreviates(abbreviation, whole) and not abbreviates(abbreviation, whole.split(" ", 1)[1])


def _named(taken: list[re.Match[str]], abbreviation: str) -> Named | None:
    """Return the name the tokens spell, qualifiers and places cut, or None when nothing telling is left."""
    words = list(taken)
    while words:
        # "New Jersey elementary", "Texas educator", "current VA": the place is the jurisdiction, not the name
        place = places(" ".join(w.group(0) for w in words[:3]))
        count = len(place[0].split()) if place else 0
        if count and " ".join(w.group(0) for w in words[:count]).lower() == place[0].lower():
            words = words[count:]
        elif (
            (
                (words[0].group(0).lower().strip("'’s") in _QUALIFIER and words[0].group(0).lower() not in RANKS)
                or is_code(words[0].group(0))
                or country_initials(words[0].group(0))  # "NZ teacher registration": where it is held
                # "Irish Teaching Council": a country's adjective opening a regulator's name is where it is held
                or (
                    words[0].group(0).lower() in countries().codes
                    and regulator_places(" ".join(w.group(0) for w in words[:4]))
                )
            )
            and not (
                # "New Zealand", "New Brunswick": a capital "New" before a capital starts a proper name
                words[0].group(0) == "New" and len(words) > 1 and words[1].group(0)[:1].isupper()
            )
            # "Board Certified Music Therapist": a board's certification is a stage of its own (``_BOARD_CERTIFIED``)
            and not _BOARD_CERTIFIED.match(" ".join(w.group(0) for w in words[:2]))
            and not _spelled_from_first(words, abbreviation)
        ):  # "full" and "basic" stay: they say the credential's level ("a full practising certificate")
            words.pop(0)
        else:
            break
    while words and words[-1].group(0).lower() in _GENERIC_WORDS | _QUALIFIER:
        last = words[-1].group(0)
        if abbreviation and last[:1].isupper() and abbreviation[-1:].lower() == last[:1].lower() and len(words) > 1:
            break  # "Certified Meeting Professional (CMP)": the abbreviation spells the word, which is the name's
        words.pop()
    if not words:
        return Named("", abbreviation, 0, 0) if abbreviation else None
    if abbreviation:
        # "Department of Buildings Hoisting Machine Operator (HMO)": the words the abbreviation spells are the
        # name; the words before them are its issuer
        for k in range(1, len(words)):
            suffix = " ".join(w.group(0) for w in words[k:])
            if words[k].group(0)[:1].lower() == abbreviation[:1].lower() and abbreviates(abbreviation, suffix):
                words = words[k:]
                break
    values = [w.group(0).rstrip(".,") for w in words]
    # possessive and plural cut at the end only ("software" is not "oftware")
    lowered = {re.sub(r"(?:['’]s|['’]|s)$", "", v.lower()) for v in values} | {v.lower() for v in values}
    # "Building Inspector"; "Coating Inspector Program (CIP) Level 2": a programme certifying a person
    personal = len(values) > 1 and (
        bool(_PERSON.fullmatch(values[-1].lower())) or _person_programme(values, abbreviation) or _graded_person(values)
    )
    if (lowered & _NOT_PERSONAL and not personal) or all(v.lower() in _GENERIC_WORDS | _QUALIFIER for v in values):
        return None
    lower = [v for v in values if v[:1].islower()]
    if lower and (len(lower) > MAX_LOWER_WORDS or lower[-1] in _STOP):
        return None
    if not _telling(values):
        return None
    return Named(" ".join(values), abbreviation, words[0].start(), words[-1].end())


_PROGRAMME = frozenset("program programs programme programmes scheme".split())


# the words of a firm's or a product's compliance, whose levels are the firm's ("PCI Level 1 service provider")
_COMPLIANCE = frozenset("iso soc pci hipaa gmp fda ul ce fcc fedramp cmmc hitrust nist sox gdpr ccpa itar ear".split())


def _graded_person(values: list[str]) -> bool:
    """Return whether a name's numbered level makes it a person's grade ("General Insurance Level 2", "Grade 1").

    A licence issued in numbered levels names its field, then the level ("Mortgage Agent Level 1", "Insurance
    Level 2", "Property Management Grade 2"); a level leading the name grades the thing instead, a firm's cover or a
    building's rating ("Level 2 public liability insurance", "Grade 3 building energy rating"), unless the name
    ends in the person (``_PERSON``: "Level 2 General Insurance Agent").
    """
    found = _LEVEL.search(" ".join(values))
    graded = found is not None and found.start() > 0 and (found.group("word") or "").lower() in {"level", "grade"}
    return graded and not {v.lower() for v in values} & _COMPLIANCE


def _person_programme(values: list[str], abbreviation: str) -> bool:
    """Return whether a name is a programme that certifies a person ("Coating Inspector Program (CIP) Level 2").

    A person's word before "Program/Programme/Scheme" names a certifying scheme only with a level beside it or
    initials of its own: "Medical Assistant Program certificate" is the school's programme the graduate finished,
    no credential of its own.
    """
    named = any(
        _PERSON.fullmatch(word.lower()) and after.lower() in _PROGRAMME
        for word, after in zip(values, values[1:], strict=False)
    )
    return named and (bool(abbreviation) or _LEVEL.search(" ".join(values)) is not None)


def _lead_name(text: str, at: int) -> tuple[str, str, int] | None:
    """Return (name, abbreviation, end) of the name right after "certification in/as/for/of" at ``at``, if any."""
    lead = re.match(r"\s+(?:in|as an?|as|for|of)\s+(?:the\s+(?=[A-Z]))?", text[at:], re.I)
    if not lead:
        return None
    return _name_after(text, at + lead.end(), loose=True)


def _name_after(text: str, at: int, loose: bool, field: bool = False) -> tuple[str, str, int] | None:
    """Return (name, abbreviation, end) of the name written from ``at`` on, or None when it names no credential.

    ``loose``: any words will do ("certification in Mathematics"); else a name needs capitals or a role word
    ("Certified Pool Operator", "licensed massage therapist"), so "certified payroll" is not one. ``field``: the
    name is a qualification's field ("Certificate III in Security Equipment"), where a thing's word names the trade.
    """
    taken: list[str] = []
    abbreviation = ""
    end = at
    for token in _TOKEN.finditer(text, at):  # lazily: the walk stops within a few words
        value = token.group(0)
        if token.group("abbr") and taken:
            if is_abbreviation(token.group("abbr")):
                abbreviation = token.group("abbr")
                end = token.end()
            break
        if not value[0].isalnum() or value.lower() in _STOP or len(taken) >= MAX_NAME_WORDS:
            break
        taken.append(value.rstrip(".,"))
        end = token.end()
    while taken and taken[-1].lower() in _GENERIC_WORDS | _QUALIFIER:
        last = taken[-1]
        if abbreviation and last[:1].isupper() and abbreviation[-1:].lower() == last[:1].lower() and len(taken) > 1:
            break  # "Certified Cost Professional (CCP)": the abbreviation spells the word, which is the name's
        taken.pop()
    while taken and taken[0].lower() in _QUALIFIER:
        taken.pop(0)
    # a thing's word before a holder's role names the holder ("marriage celebrant", "medical device technician")
    holder = len(taken) > 1 and bool(_ROLE_WORD.search(taken[-1]))
    if not taken or ({t.lower() for t in taken} & _NOT_PERSONAL and not field and not holder) or not _telling(taken):
        return None
    capital = all(t[:1].isupper() or is_abbreviation(t) or t[:1].isdigit() for t in taken)
    if not (loose or capital or _ROLE_WORD.search(taken[-1])):
        return None
    if sum(t[:1].islower() for t in taken) > MAX_LOWER_WORDS:
        return None
    if places(" ".join(taken)) and len(taken) <= 2:
        return None  # "licensed in Texas" names a place, not a credential
    if taken[-1].lower().rstrip(".") in _PLACE_KINDS:
        return None  # "license in any U.S. jurisdiction", "licensure in the state": where, not which
    return " ".join(taken), abbreviation, end


_FIELD_WORD = re.compile(r"(?:ing|ogy|ics|ism|ist|er|or|ian|ant|ent|ion|ure|ry|al|at|age)s?$")


def _telling(words: list[str]) -> bool:
    """Return whether a name's words can tell one credential from another.

    A name needs a word that is not a level or a number ("Level 3", "4" are not names), and a name of one
    lower-case word must read as a field or a role ("welding", "phlebotomy", "dispatcher"), not as an adverb or a
    stray word of the sentence ("internally endorsements", "shake relevant certifications", "in safety").
    """
    content = [w for w in words if re.search(r"[A-Za-z]{2}", w) and not _LEVEL_WORD.fullmatch(w)]
    if not content:
        return False
    if len(words) == 1 and words[0][:1].islower():
        return bool(_FIELD_WORD.search(words[0].lower())) and words[0].lower() not in _WEAK_SINGLE
    return True


_LEVEL_WORD = re.compile(r"(?i:level|grade|class|tier|type|[IVX]{1,4})")
_WEAK_SINGLE = frozenset("safety other similar related relevant regular proper industry".split())


# the words of a job's seniority: after "Chartered" or "Approved" they make a job title ("Chartered Senior QS")
# (a trainee, an assistant or an apprentice is on the way to the designation; a manager of chartered staff is a job)
_SENIORITY = re.compile(
    r"\b(?:Senior|Junior|Lead|Principal|Head|Chief|Associate Director|Graduate|Trainee|Assistant|Apprentice(?:ship)?|"
    r"Intern|Team Leader|Worker)\b|(?<=\w )Manager\b"
)
# the first words after "Chartered" or "Approved" that name a body, a document or a place, never a person's title:
# "Chartered Institute of Building", "HSE Approved Code of Practice", "Approved Document B", "Approved Premises"
_CHARTERED_THING = frozenset(
    "institute institution society association college body code codes document documents premises".split()
)


def _by_lead(text: str) -> list[list[Named]]:
    """Read "Certified <Name>", "licensed <Name>", "registered <Name>", "certification in/as <Name>"."""
    out = [*_by_hyphened_lead(text)]
    for lead in _LEAD.finditer(text):
        if _duty_words_before(text, lead.start()):
            continue
        word = lead.group("lead")
        in_or_as = " " in word.strip()
        # "Qualified as Firefighter Type 1 (FFT1)": a qualification, read only as a proper name
        loose = in_or_as and not word.lower().startswith("qualified")
        at = lead.end()
        the = re.match(r"the\s+(?=[A-Z])", text[at:]) if word.lower().endswith(" of") else None
        found = _name_after(text, at + (the.end() if the else 0), loose=loose)  # "Fellowship of the Royal ..."
        if found is None:
            continue
        name, abbreviation, end = found
        start = lead.start()
        if word in ("Chartered", "Approved") and (
            _SENIORITY.search(name) or name.split()[0].lower() in _CHARTERED_THING
        ):
            continue  # "Chartered Senior QS", "Approved Lead Assessor": a job's title, its seniority says so
        if name.lower() in ("member", "members"):
            # "Certified member in good standing of the Ontario College of Teachers (OCT)": the credential is the
            # membership, named by the body; a member of nothing named is no credential
            body = _BODY.match(text, end)
            if body is None:
                continue
            # "Chartered Member of the CIPD": a rank word says which grade of membership, so an "Associate Member"
            # of the same body holds a lower one (``RANKS``)
            ranked = f"{word} {name} of {body.group('body')}" if word.lower() in RANKS else body.group("body")
            out.append([Named(ranked, body.group("abbr") or "", start, body.end())])
            continue
        if word[:1].isupper() and word.lower().endswith(" of"):
            name = f"{word} {name}"  # "Certificate of Clinical Competence", "Certificate of Eligibility"
        elif not in_or_as and word[:1].isupper():
            # "Certified Pool Operator": the capital says the word is part of the name, as is a capitalised
            # issuer before it ("AWS Certified Solutions Architect")
            before = list(_TOKEN.finditer(text, max(0, lead.start() - NAME_REACH), lead.start()))[-3:]
            issuer: list[re.Match[str]] = []
            for token in reversed(before):
                value = token.group(0)
                if not value[:1].isupper() or value.lower() in _STOP or places(value) or token.group("abbr"):
                    break
                issuer.insert(0, token)
            if issuer:
                start = issuer[0].start()
            name = " ".join([*(t.group(0) for t in issuer), word, name])
        out.append([Named(name, abbreviation, start, end)])
    return out


# the words saying a credential is held on a register or from an issuer
HOLDING = r"(?:registered|licensed|certified|accredited|approved)"
# "Commonwealth-registered marriage celebrant", "HCPC-registered radiographer", "Gas Safe-registered engineer": the
# register's or issuer's name hyphened to the holding word, then the holder's name
_HYPHENED_LEAD = re.compile(rf"(?<=[A-Za-z]-)(?P<lead>{HOLDING})\s+")


# a workplace a credential word describes: "in a licensed advice practice", "at a BRC-certified food plant", "at an
# Ofsted-registered nursery", "within a registered training organisation": where the work was, no credential of the
# hire's. Not after "for a": "looking for a licensed installer" asks the hire's licence
_WORKPLACE_BEFORE = re.compile(r"\b(?:in|at|within|from|across)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}[\w]*-?$", re.I)


def describes_workplace(text: str, at: int) -> bool:
    """Return whether the words right before ``at`` put what is written there in a workplace ("in a BRC-")."""
    return bool(_WORKPLACE_BEFORE.search(text[max(0, at - 50) : at]))


def _by_hyphened_lead(text: str) -> list[list[Named]]:
    """Read "<Issuer>-registered <Name>": the name, held with the issuer's word written before the hyphen."""
    out = []
    for lead in _HYPHENED_LEAD.finditer(text):
        window = max(0, lead.start() - 40)
        issuer = re.search(r"(?<![\w'’])([A-Za-z][\w'’]*)-$", text[window : lead.start()])
        if issuer is None or not issuer.group(1)[:1].isupper() or len(issuer.group(1)) < 2:
            continue
        at = window + issuer.start()
        if _BEFORE_DUTY.search(text[max(0, at - 80) : at]) or describes_workplace(text, at):
            continue
        found = _name_after(text, lead.end(), loose=False)
        if found is None:
            continue
        name, abbreviation, end = found
        if " " not in name and _PERSON.fullmatch(name.lower()):
            continue  # "Gas Safe-registered engineer": a bare role says which register only with its issuer
        out.append([Named(name, abbreviation, at, end)])
    return out


# "Registered with the Immigration Advice Authority (formerly OISC) at Level 2", "Registration with the College of
# Midwives of Ontario in the General class", "Licensed by the College of ... as an RCIC-IRB", "Certified by the
# American Board of Radiology (ABR) in Therapeutic Medical Physics", "certified by CompTIA or Cisco": a credential named
# by the register that keeps it (a body's capitalised name, or its initials), then what is held there
_REGISTRY = re.compile(
    r"(?<![\w-])(?P<lead>(?i:registered|registration|licensed|licensure|certified|certification|accredited|"
    r"accreditation)|(?:on|in)\s+the\s+Register\s+of\s+(?:[A-Z][\w'’-]*\s+){1,4}(?i:maintained|kept|held|administered))"
    r"\s+(?i:with|by|through)\s+(?:the\s+)?"
    r"(?P<body>(?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:of|for|and|&)\s+(?:(?<=of )the\s+)?)?[A-Z][\w'’&.-]*){0,9})"
    r"(?:\s*\((?P<former>(?i:formerly|previously|now)\s+)?(?P<abbr>[A-Z][A-Za-z&-]{1,9})\))?"
    r"(?P<others>(?:\s*(?:,|/|\bor\b)\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})*)"
)
# what the register holds the person as, after the body: a level, a class, a field or a name ("as a Clinical Scientist")
_REGISTERED_AS = re.compile(
    r"(?:\s*,)?\s*(?:(?:at|to)\s+(?P<level>(?i:level|grade|tier)\s+(?:[IVX]{1,4}|\d{1,2}))"
    r"|in\s+the\s+(?P<class>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?P<kind>class|category|register|division)"
    r"|as\s+(?:an?\s+)?(?P<as>[A-Za-z][\w'’&/-]*(?:\s+[A-Za-z][\w'’&/-]*){0,3})"
    r"|in\s+(?P<field>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    # "in the scope of practice for clinical dental technology", "in the general scope", "in the nursing division":
    # the part of the register held, which a registration in another part of it does not meet
    r"|in\s+the\s+(?:(?P<part>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+(?:scope|division|part\s+of\s+the\s+register)\b"
    r"|scope\s+of\s+practice\s+(?:for|of)\s+(?P<scope>[a-z][\w-]*(?:\s+(?!and\b|or\b|with\b)[a-z][\w-]*){0,3})))"
)
# a certification's tier written after the name it is held as: "- Professional", "(Associate)", "at Professional level"
_TIER_ASKED = re.compile(
    r"\s*(?:[-–—:]\s*|\(\s*|at\s+(?:the\s+)?)(?P<tier>[A-Z][a-z]+)(?:\s+(?i:level|tier))?\)?(?![\w-])"
)


def _tier_asked(text: str, held: re.Match[str], words: int) -> re.Match[str] | None:
    """Return the certification tier written after the first ``words`` words held "as" ("- Professional"), if any."""
    kept = re.match(rf"\S+(?:\s+\S+){{{words - 1}}}", held.group("as"))
    tiered = _TIER_ASKED.match(text, held.start("as") + kept.end()) if kept else None
    return tiered if tiered and tier(tiered.group("tier")) is not None else None


_REGISTER_STOP = frozenset("or and with in at for to from who which that where when".split())
# the bodies that keep a register: a college or society, and a regulator ("Immigration Advice Authority")
_REGISTER_KIND = re.compile(
    r"\b(?:College|Association|Institute|Institution|Society|Order|Council|Chamber|Academy|Registry|Authority|Board|"
    r"Commission|Commissioner|Agency|Registrar)\b"
)


def _by_registry(text: str) -> list[list[Named]]:
    """Read a credential named by its register: "registered with <Body> (ABBR) at Level 2 / as a <Name>".

    The body is the issuer, which a resume may leave out ("HCPC-registered Clinical Scientist", "IAA Level 2"): what
    is held there ("as a Clinical Scientist", "in Therapeutic Medical Physics", "in the General class", a level) is the
    name, with the body's initials as its abbreviation where nothing else names it. Several bodies joined by "or"
    ("certified by CompTIA or Cisco") are alternatives.
    """
    out: list[list[Named]] = []
    for found in _REGISTRY.finditer(text):
        if _duty_words_before(text, found.start()):
            continue
        body = found.group("body").strip()
        words = body.split()
        while words and words[-1].lower() in _STOP:
            words.pop()
        body = " ".join(words)
        own = [w for w in words if w.lower() not in _PLACE_KINDS | _JOINERS and not _REGISTER_KIND.fullmatch(w)]
        if not own or places(" ".join(own)) and len(places(" ".join(own))[0].split()) >= len(own):
            continue  # "registered with the State of Texas", "with the State Board": where, not which
        if body.lower() in _NOT_PERSONAL:
            continue
        abbr = "" if found.group("former") else found.group("abbr") or ""
        if not abbr and is_abbreviation(body):
            abbr, body = body, ""
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if not abbr and len(initials) >= 3 and _REGISTER_KIND.search(body):
            abbr = initials  # "the Immigration Advice Authority": IAA, as resumes write it
        end = found.end() - len(found.group("others"))
        held = _REGISTERED_AS.match(text, end)
        if held and held.group("as"):
            cut = next((i for i, w in enumerate(held.group("as").split()) if w.lower() in _REGISTER_STOP), None)
            name_words = held.group("as").split()[:cut]
            name = " ".join(name_words).rstrip(".,")
            if name and is_abbreviation(name.split()[0]) and len(name_words) == 1:
                out.append([Named("", name, found.start(), held.end())])  # "as an RCIC-IRB"
                continue
            personal = bool(name_words) and bool(_PERSON.fullmatch(name_words[-1].lower().rstrip(".,")))
            things = {w.lower() for w in name_words} & _NOT_PERSONAL
            if name and _telling(name_words) and (personal or not things) and _ROLE_WORD.search(name_words[-1]):
                # "as a Clinical Scientist"; "as a Solutions Architect - Professional": the tier is the name's
                tiered = _tier_asked(text, held, len(name_words))
                if tiered is not None:
                    out.append([Named(f"{name} {tiered.group('tier')}", "", found.start(), tiered.end())])
                    continue
                out.append([Named(name, "", found.start(), held.end())])
                continue
        part = (held.group("part") or held.group("scope")) if held else None
        if held is not None and part and _telling(part.split()):
            # "in the general scope": a grade word alone names the body's grade, not a credential of its own
            graded_only = all(w.lower() in _GRADE_NAMES for w in part.split())
            name = f"{body} {part.strip()}" if graded_only and body else part.strip()
            out.append([Named(name, abbr if graded_only else "", found.start(), held.end())])
            continue
        if held and held.group("field"):
            field = held.group("field").strip()
            if not places(field):
                out.append([Named(field, "", found.start(), held.end())])
                continue
        level_ = ""
        if held and held.group("level"):
            level_ = held.group("level")
            end = held.end()
        elif held and held.group("class"):
            level_ = f"{held.group('class')} {held.group('kind')}"
            end = held.end()
        if not _REGISTER_KIND.search(body) and not abbr and not level_:
            # "certified by CompTIA or Cisco": the issuers' own names, each an alternative; one registers with a
            # website or a service too ("Registered with GitHub"), so only a body that certifies names a credential
            if not found.group("lead").lower().startswith(("certifi", "accredit")):
                continue
            end = found.end()
            listed = re.sub(r"^the\s+", "", text[found.start("body") : end])
            names = [re.sub(r"^the\s+", "", n.strip()) for n in re.split(r"\s*(?:,|/|\bor\b)\s*", listed)]
            if all(n[:1].isupper() and len(n.split()) <= 3 for n in names if n) and body[:1].isupper():
                out.append([Named(n, "", found.start(), end) for n in names if n])
            continue
        if not _REGISTER_KIND.search(body) and not abbr:
            continue
        name = body if not level_ else (f"{abbr} {level_}" if abbr else f"{body} {level_}")
        out.append([Named(name, abbr if name != abbr else "", found.start(), end)])
    return out


# a credential written with no credential word at an item's start: a capitalised name ending in its initials
# ("Transport Manager CPC (Road Haulage)", "Safe Pass"), or initials with a level ("IAA Level 2", "IAA (OISC) Level 2")
_SHAPE = re.compile(
    r"^[\W\d]{0,3}(?:(?i:valid|current|live|active|full|a|an|the|passed)\s+)*"
    r"(?:(?P<name>(?:[A-Z][a-z][\w'’-]*\s+){1,4})(?![IVX]{1,4}\b)(?P<initials>[A-Z]{2,6}(?:-[A-Z]{1,4})?)(?![\w+&/-])"
    r"|(?P<abbr>[A-Z][A-Za-z]{1,5}[A-Z](?:-[A-Z]{1,4})?)(?:\s*\((?:(?i:formerly)\s+)?[A-Z][A-Za-z]{1,8}\))?\s+"
    # an examination's parts are its papers or modules ("CACS Paper 1", "CISI Module 2"): what is passed is named
    r"(?P<level>(?i:level|grade|tier|paper|module)\s+(?:[IVX]{1,4}|\d{1,2}))(?![\w+]))"
)


# what may follow a credential named by its shape: the item's end, a bracket or a stop, or a word of holding or asking
# ("Driver CPC card required"); a line's own words after it say it is work, not a credential ("Backend Engineer API
# design experience", "Site Reliability Engineer SLO ownership")
_SHAPE_TAIL = re.compile(
    r"\s*(?:$|[(,;.:/–—-]|(?i:or|and|qualified|certified|registered|holder|card|certificate|licen[cs]e|ticket|"
    r"badge|accreditation|registration|membership|status|qualification|required|essential|mandatory|preferred|"
    r"desirable|desired|needed|a\s+must|is\s+a\s+must|an?\s+(?:plus|advantage|asset))\b)"
)
# a class of a credential written by its issuer's or scheme's initials, the class's name and its own code at an
# item's start: "HRWL Intermediate Rigging (RI)", "GWO Basic Safety Training (BST)", "RYA Coastal Skipper (CS)"
_CLASS_SHAPE = re.compile(
    r"^[\W\d]{0,3}(?:(?i:valid|current|live|active|full|a|an|the)\s+)*(?P<scheme>[A-Z]{2,6})\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,3})\s*\((?P<code>[A-Z]{2,5})\)"
)
_HOLDER_INITIALS = re.compile(r"\s*(?:(?i:qualified|certified|registered|member|holder)\s*)?\(([A-Z][A-Za-z]{1,8})\)")


def _by_shape(text: str) -> list[list[Named]]:
    """Read a credential that names itself without a credential word, by its shape, at the item's start.

    A person's role in capitals followed by initials ("Transport Manager CPC"), or initials with a level ("IAA
    Level 2"); a product ("Microsoft SQL", "Oracle ERP") is no credential: its initials name a skill the vocabulary
    knows, or its words are no person's role.
    """
    classed = _class_shape(text)
    if classed:
        return [classed]
    found = _SHAPE.match(text)
    if found is None or not _SHAPE_TAIL.match(text, found.end()):
        return []
    if found.group("abbr"):
        abbr = found.group("abbr")
        if not is_abbreviation(abbr) or find_skills(abbr) or abbr.upper() in _WORKPLACE_ABBREVIATIONS:
            return []
        name = f"{abbr} {found.group('level')}"
        shape = Named(name, "", found.start("abbr"), found.end())
        # "AAT Level 4 qualified (MAAT)": the member's initials in brackets name it too, an alternative
        other = _HOLDER_INITIALS.match(text, found.end())
        if other and is_abbreviation(other.group(1)) and other.group(1) != abbr:
            return [[shape, Named("", other.group(1), other.start(1), other.end())]]
        return [[shape]]
    words = found.group("name").split()
    initials = found.group("initials")
    if not _PERSON.fullmatch(words[-1].lower()) or find_skills(initials) or initials in _SHOUTED:
        return []
    if initials.upper() in _WORKPLACE_ABBREVIATIONS or initials.lower() in _NOT_PERSONAL:
        return []
    return [[Named(" ".join([*words, initials]), "", found.start("name"), found.end())]]


# a scheme's initials alone, where the item says the applicant holds or is asked for the credential: at the item's
# start (after a label of asking, ``_SCHEME_LABEL``) or its semicolon, after "must hold/be", "holder of" there or
# after the applicant named anywhere ("you", "candidates", "who"),
# never after someone else ("Ensure contractors hold CSCS" is a duty over others' cards); then words naming what is
# held ("registered", "card holder"), an "or equivalent"/"or eligible", and the item's end, a stop or a word of asking
# ("CSCS essential", "Must hold NEBOSH", "SIA licensed", "NEBOSH or equivalent", "CSCS is essential"). A word or a
# bracket after them is a role the vocabulary reads ("HCPC registered Paramedic", "an SIA (Door Supervisor licence)")
# or a topic ("SIA compliance"): no ask here
_SCHEME_HOLDING = (
    r"(?i:(?:must|should|will|to|need\s+to)\s+(?:hold|have|possess|be)|holders?\s+of|hold|holds|holding)\s+"
)
# a label that asks what follows it: "Essential: SSSTS or SMSTS", "Tickets required: IPAF, PASMA"; not one naming
# what the firm has or gives ("Our accreditations: IPAF", "Training provided: IPAF")
_SCHEME_LABEL = (
    r"(?:(?:[A-Za-z'’]+\s+){0,2}(?i:essential|desirable|required|requirements?|preferred|mandatory|needed|tickets?|"
    r"cards?|qualifications?|certifications?|certificates?|registrations?)"
    r"(?:\s+(?i:essential|desirable|required|preferred|needed))?\s*:\s*)"
)
_SCHEME_LEAD = (
    rf"(?:(?:^[\W\d]{{0,3}}{_SCHEME_LABEL}?|(?<=;)\s*)(?:(?i:ideally|preferably)\s+)?(?:{_SCHEME_HOLDING})?"
    rf"|\b(?i:you|candidates?|applicants?|post-?holders?|the\s+successful\s+(?:candidate|applicant)|who)\s+{_SCHEME_HOLDING})"
    r"(?:(?i:an?|the|valid|current|live|active|full|in-date)\s+){0,3}"
)
_SCHEME_TAIL = (
    r"(?:\s+(?i:registered|registration|licensed|licen[cs]e|certified|certificate|qualified|trained|cards?|holder|PIN)){0,2}"
    # "GMC registered with a licence to practise": the register's licence is the register's ask
    r"(?:\s+(?i:with\s+(?:an?\s+)?(?:full\s+)?licen[cs]e\s+to\s+practi[sc]e))?"
    r"(?:\s*\(?(?i:or\s+(?:equivalent|similar|eligible(?:\s+to\s+register)?))\)?)?"
    r"\s*(?=$|[,;.:)/]|\(?(?:(?i:is|are)\s+)?(?i:holder|essential|required|mandatory|needed|a\s+must|preferred|desirable|"
    r"advantageous|an?\s+(?:plus|advantage|asset))\b)"
)


# what joins schemes' initials written together: "NMC or HCPC registered", "IPAF/PASMA", "SSSTS, SMSTS or CSCS"
# name alternatives; "IPAF and PASMA", "CSCS, IPAF & PASMA" ask each
_SCHEME_JOIN = r"\s*(?:/|,|&|\band/or\b|\bor\b|\band\b)\s*(?:(?i:an?|the)\s+)?"
_SCHEME_EITHER = re.compile(r"/|\bor\b")


@cache
def _schemes() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Named]]:
    """Return the pattern of schemes' initials in a holding context, that of one of them, and each one's noun form.

    The noun form ("SIA licence", "CSCS card") is read by the noun reader, so "CSCS essential" and "CSCS card
    essential" ask the same credential.
    """
    nouns = yaml_data.safe_load(SCHEMES.read_text(encoding="utf-8"))
    one = rf"(?:{'|'.join(re.escape(i) for i in sorted(nouns, key=len, reverse=True))})(?![\w-])"
    # at most six named together: a run of thousands ("CSCS, CSCS, ...") made thousands of asks, each then compared
    # with every other
    # the run is read whole or not at all: "ECS/CSCS card and a driving licence" is no "ECS" ask cut before its "/"
    whole = rf"(?!{_SCHEME_JOIN}{one})"
    pattern = re.compile(rf"{_SCHEME_LEAD}(?P<initials>{one}(?:{_SCHEME_JOIN}{one}){{0,5}}){whole}{_SCHEME_TAIL}", re.M)
    named = {i: group[0] for i, noun in nouns.items() for group in _by_noun(f"{i} {noun}")[:1]}
    return pattern, re.compile(one), named


def scheme_initials(text: str) -> list[list[Named]]:
    """Read schemes' initials alone as the credentials their noun forms name ("Must hold NEBOSH").

    Initials written together are one ask of alternatives where "or" or "/" joins them ("NMC or HCPC registered":
    either register), else each is its own ask ("IPAF and PASMA").
    """
    pattern, one, named = _schemes()
    out = []
    for found in pattern.finditer(text):
        run, at = found.group("initials"), found.start("initials")
        each_one = list(one.finditer(run))
        # each spans its own initials, the last the words after them too ("registered", "essential")
        ends = [at + each.end() for each in each_one[:-1]] + [found.end()]
        forms = [
            Named(form.name, form.abbreviation, at + each.start(), end)
            for each, end in zip(each_one, ends, strict=True)
            if (form := named.get(each.group())) is not None
        ]
        if _SCHEME_EITHER.search(run):
            out.append(forms)
        else:
            out.extend([form] for form in forms)
    return [group for group in out if group]


def _class_shape(text: str) -> list[Named]:
    """Read "HRWL Intermediate Rigging (RI)" at an item's start: a class its code abbreviates, met by the code.

    The code must spell the class's name (Schwartz and Hearst, 2003), and neither may be a skill the vocabulary
    knows ("AWS Elastic Compute Cloud (EC2)" names a product).
    """
    found = _CLASS_SHAPE.match(text)
    if found is None or not _SHAPE_TAIL.match(text, found.end()):
        return []
    name, code = found.group("name"), found.group("code")
    if not (is_abbreviation(code) and abbreviates(code, name)) or find_skills(f"{found.group('scheme')} {name}"):
        return []
    if find_skills(code) or code in _SHOUTED or code.upper() in _WORKPLACE_ABBREVIATIONS:
        return []
    return [Named(name, code, found.start("name"), found.end())]


# "Certified member in good standing of the Ontario College of Teachers (OCT)", "Chartered Member of the Chartered
# Institute of Personnel and Development (CIPD)": membership of a regulatory or professional body is its credential
_MEMBERSHIP = re.compile(
    r"(?:^[\W\d]*|\b(?:be|is|are|being|become|hold)\s+(?:an?\s+)?|(?<![\w-]))"
    r"(?:(?i:certified|registered|licensed|full|active|current|chartered|professional)\s+)?"
    r"(?i:member(?:ship)?)\s+(?:(?:in good standing|in good standing with|in good standing of)\s+)?(?:of|with)\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|in|&|[A-Z][\w'’&.-]*)){1,9})"
    r"(?:\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\))?"
)
# the words that say a body regulates or certifies its members (a college or a society, not an employer)
_BODY_KIND = re.compile(
    r"\b(?:College|Association|Institute|Institution|Society|Order|Council|Chamber|Academy|Registry)\b"
)
_MEMBERSHIP_LEAD = re.compile(
    r"(?:^[\W\d]*|\b(?:be|is|are|being|become|hold)\s+(?:an?\s+)?)$|(?i:certified|registered|licensed|full|"
    r"active|current|chartered|professional)\s+$"
)


def _by_membership(text: str) -> list[list[Named]]:
    """Read "(certified) member (in good standing) of the <Body> (ABBR)" where the body is a college or society.

    Only where the item asks for it: at the item's start, after "be/hold a", or after a word that says it is held
    ("certified member"); "a proud member of the ... Association" is about the employer.
    """
    out = []
    for found in _MEMBERSHIP.finditer(text):
        body = found.group("body")
        while body.split()[-1].lower() in _STOP:
            body = body.rsplit(" ", 1)[0]
        if not _BODY_KIND.search(body):
            continue
        member = text.lower().find("member", found.start())
        if not _MEMBERSHIP_LEAD.search(text[:member]):
            continue
        out.append([Named(body, found.group("abbr") or "", found.start(), found.end())])
    return out


# "Diploma of Early Childhood Education and Care", "Certificate IV in Training and Assessment": a qualification of a
# framework whose names say their level (``frameworks`` in data/credentials.yaml), in a field with a proper name
_FRAMEWORK_NAME = re.compile(
    r"(?<![\w-])(?P<type>(?i:cert(?:ificate|\.)?)\s+(?:I{1,3}|IV|[1-4])|(?i:advanced|graduate)\s+(?i:diploma)|"
    r"Graduate\s+Certificate|Diploma)\s+(?:of|in)\s+",
)


# "Level 3 NVQ Diploma in ...", "NVQ Level 2 Certificate in ...", "CIPS Level 4 Diploma in ...": a level number
# written before a qualification's name (the UK's RQF and SCQF, and awarding bodies that name their levels) is its
# level; one capitalised abbreviation (a qualification type or an awarding body) may stand on either side of it
_LEVEL_BEFORE = re.compile(
    r"(?:(?<![\w-])[A-Z][A-Za-z&]{1,9}\s+)?(?<![\w-])(?P<level>(?i:level)\s+(?:\d{1,2}|[IVX]{1,4}))\s+"
    r"(?:[A-Z][A-Z&]{1,9}\s+)?$"
)


# "Level 4 Certificate in Advice Practice", "Level 3 Award in Education and Training", "NVQ Level 3 in Professional
# Cookery": a level written before a certificate, an award or no type at all, then the field; how the UK's RQF and
# SCQF, Ireland's NFQ and New Zealand's NZQCF name their qualifications. The level makes it a qualification's name:
# a bare "Certificate in ..." is no framework's, and "Level 2 building" names no field after "in/of". Without a
# certificate or award the level must be followed by "in" and not placed by "on/at/to/from": "Level 12 of Deloitte
# House" and "on Level 5 in Collins Place" are floors, "paid at Level 5 in Schedule B" a pay point
_LEVELLED_AWARD = re.compile(
    r"(?<![\w-])(?P<type>(?:(?:[A-Z][A-Z&]{1,9}\s+)?(?i:level)\s+(?:\d{1,2}|[IVX]{1,4})|(?:NVQ|SVQ)\s+[1-5])"
    r"(?:\s+[A-Z][A-Z&]{1,9})?"
    r"(?:(?:\s+(?:Higher|Extended|National|Foundation))?\s+(?:Certificate|Award)(?=\s+(?:of|in)\s)|(?=\s+in\s)))"
    r"\s+(?:of|in)\s+"
)
# a word placing a level as a floor or a pay point, read right before an untyped "Level N in ..."
_PLACED_LEVEL = re.compile(r"\b(?:on|at|to|from)\s+(?:[A-Z][A-Z&]{1,9}\s+)?$", re.I)


def _by_framework(text: str) -> list[list[Named]]:
    """Read "<Certificate III|Diploma|Advanced Diploma> of/in <Field>": a qualification named with its level.

    A "Level N" written before it ("Level 3 NVQ Diploma in Barbering") is the level that orders it: the name then
    keeps it, so "Level 2 NVQ Diploma in Barbering" is a lower level of the same qualification.
    """
    out = []
    for found in [*_FRAMEWORK_NAME.finditer(text), *_LEVELLED_AWARD.finditer(text)]:
        after = _name_after(text, found.end(), loose=False, field=True)
        if after is None:
            continue
        name, abbreviation, end = after
        untyped = found.re is _LEVELLED_AWARD and not found.group("type").rstrip().endswith(("Certificate", "Award"))
        if untyped and _PLACED_LEVEL.search(text[max(0, found.start() - 16) : found.start()]):
            continue
        # a certificate or award written out is a qualification whatever precedes it ("Salary: ... Level 5
        # Certificate in Leadership"); only a bare "Level N in" may be a pay point
        if untyped and _pay_point(text, found.start(), found.group("type")):
            continue
        if not abbreviation:
            name, abbreviation, end = _field_joined(text, name, end)
        kind = " ".join(found.group("type").split())
        start = found.start()
        before = _LEVEL_BEFORE.search(text[max(0, start - 40) : start])
        if before is not None:
            start -= len(text[max(0, start - 40) : start]) - before.start()
            kind = " ".join(text[start : found.start()].split()) + " " + kind
        prefix = f"{kind} {found.group(0)[len(found.group('type')) :].strip()}"
        group = [Named(f"{prefix} {name}", abbreviation, start, end)]
        either = _EITHER_FIELD.match(text, end)
        if either is not None and (other := _name_after(text, either.end(), loose=False, field=True)) is not None:
            field, short, stop = other if other[1] else _field_joined(text, other[0], other[2])
            group.append(Named(f"{prefix} {field}", short, start, stop))  # either field meets the ask
        out.append(group)
    return out


# a position's pay classification written before a level ("Classification: HEO Level 7 in ...", "paid at"):
# no qualification; nor is a level whose scheme is a pay scale (``pay_scales`` in data/grades.yaml)
_PAY_CUE = re.compile(
    r"\b(?:classification|classified|pay\s+(?:grade|band|scale|level|point)|salary|remuneration|paid|appointed)\b"
    r"[^.;\n]{0,20}$",
    re.I,
)


def _pay_point(text: str, start: int, kind: str) -> bool:
    """Return whether a "<scheme> Level N" at ``start`` is a position's pay classification, not a qualification."""
    scheme = kind.split()[0]
    return scheme in pay_scales() or bool(_PAY_CUE.search(text[max(0, start - 40) : start]))


# "NVQ Level 3 in Electrical Installation or Fire & Security Systems": the level in either field
_EITHER_FIELD = re.compile(r"\s+or\s+(?=[A-Z][a-z])")


# "National Pool Lifeguard Qualification (NPLQ)", "Professional Qualification in Probation (PQiP)": a named
# qualification (how UK and Irish awarding bodies name many licences to practise) is a credential; a section heading
# ("Minimum Qualifications", "Essential qualification:") is not: it needs its abbreviation, a field after "in", or
# three capitalised words of its own
_QUALIFICATION = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|&)\s+)?){1,6}Qualification(?![\w-])"
    r"(?P<field>\s+in\s+[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3})?)"
    r"(?:\s*\((?P<abbr>[A-Za-z][\w+&-]{1,10})\))?"
)
# "HSE Surface Supplied diving qualification", "RYA Day Skipper qualification", "SIA Door Supervisor qualification": a
# qualification in lower case whose name an awarding body's initials lead, then capitalised words of its own (at
# most one lower-case word before the noun) is named too; "a relevant qualification" is not
_ISSUER_QUALIFICATION = re.compile(
    r"(?<![\w-])(?P<name>(?-i:[A-Z]{2,6})\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}"
    r"(?:\s+[a-z][a-z-]+)?)\s+qualification(?![\w-])"
)
_NOT_QUALIFICATION = frozenset("the a an minimum essential desirable required preferred key your our".split())
# words of degree wording or a heading, never of a qualification's own name: "Relevant Tertiary Qualification in
# Computer Science", "Bachelor Degree Qualification in IT", "Desired Skills And Experience Qualification"
_DEGREE_WORDING = frozenset(
    "tertiary educational academic degree bachelor bachelors bachelor's relevant recognised recognized equivalent "
    "experience skills years or and".split()
)


def _by_qualification(text: str) -> list[list[Named]]:
    """Read "<Capitalised Name> Qualification (ABBR)" and "<Name> Qualification in <Field>"."""
    out = []
    for found in _QUALIFICATION.finditer(text):
        words = found.group("name").split()
        while words and words[0].lower() in _NOT_QUALIFICATION | _QUALIFIER - {"professional", "national"}:
            words.pop(0)
        if any(w.lower() in _DEGREE_WORDING for w in words):
            continue
        abbr = found.group("abbr") or ""
        if abbr and not (is_abbreviation(abbr) and abbreviates(abbr, " ".join(words))):
            abbr = ""
        own = [w for w in words if w[:1].isupper() and w != "Qualification"]
        if not own or not (abbr or found.group("field") or len(own) >= 3):
            continue
        start = found.start() + found.group(0).find(words[0])
        end = found.end() if abbr else found.end("name")
        out.append([Named(" ".join(words), abbr, start, end)])
    for found in _ISSUER_QUALIFICATION.finditer(text):
        words = found.group("name").split()
        if not is_abbreviation(words[0]) or {w.lower() for w in words} & (_DEGREE_WORDING | _NOT_PERSONAL | _STOP):
            continue
        out.append([Named(found.group("name"), "", found.start("name"), found.end("name"))])
    return out


_ROLE_QUALIFICATION = re.compile(r"(?<![\w-])qualification(?![\w-])")


def _by_role_qualification(text: str) -> list[list[Named]]:
    """Read "<role> qualification at Level N" and "Level N <role> qualification" ("pool plant operator", "assessor").

    A lower-case "qualification" names a credential only with a person's role before it and a level beside it:
    "relevant qualifications" or "a teaching qualification" name none.
    """
    out = []
    for noun in _ROLE_QUALIFICATION.finditer(text):
        names = _walk_left(text, noun.start())
        if len(names) != 1 or not names[0].name:
            continue
        last = names[0].name.split()[-1].lower()
        if not (_PERSON.fullmatch(last) or _ROLE_WORD.search(last)):
            continue
        named, end = _level_after(text, names, noun.end())
        if level(named[0].name) is None:
            continue
        out.append([Named(named[0].name, named[0].abbreviation, named[0].start, end)])
    return out


def _field_joined(text: str, name: str, end: int) -> tuple[str, str, int]:
    """Return a framework field's name run on across "and" ("Training and Assessment", "Education and Care").

    Not when what follows "and" is a credential of its own: a framework name ("and Certificate IV in ..."), an
    abbreviation or a lower-case word ("and RSA certificate", "and current AHPRA registration"), a name that ends
    in a credential noun or names a person ("and Registered Nurse").
    """
    joined = re.match(r"\s+(?:and|&)\s+(?=[A-Z][a-z])", text[end:])
    if not joined:
        return name, "", end
    at = end + joined.end()
    if _FRAMEWORK_NAME.match(text, at) or any(p.match(text, at) for _, _, p in _frameworks()) or _LEAD.match(text, at):
        return name, "", end
    rest = _name_after(text, at, loose=False)
    if rest is None:
        return name, "", end
    more, abbreviation, stop = rest
    words = more.split()
    if (
        _NOUN.search(text, at, stop)
        or any(not w[:1].isupper() or is_abbreviation(w) for w in words)
        or _PERSON.fullmatch(words[-1].lower())
        or len(name.split()) + 1 + len(words) > MAX_NAME_WORDS + 1
    ):
        return name, "", end
    return f"{name} and {more}", abbreviation, stop


@cache
def _frameworks() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """Return (framework, level, pattern) for every qualification name the vocabulary's frameworks list."""
    raw = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8")).get("frameworks") or {}
    return tuple(
        (framework, int(rung), re.compile(rf"\b{name[3:] if name.startswith('re:') else re.escape(name)}", re.I))
        for framework, spec in raw.items()
        for rung, names in spec["levels"].items()
        for name in names
    )


def _framework_level(text: str) -> tuple[str, int] | None:
    """Return the ("aqf", 5) of the highest framework qualification a text names ("Diploma of ..."), else None."""
    found = [(framework, rung) for framework, rung, pattern in _frameworks() if pattern.search(text)]
    return max(found, key=lambda f: f[1]) if found else None


# first words kept in a name for reasons of their own, never a word the resume must repeat: ranks (``RANKS``), a
# board's certification (``_BOARD_CERTIFIED``), a capital "New" of a place
_KEPT_FIRST = frozenset(RANKS) | {"board", "new"}


def content_words(name: str) -> list[str]:
    """Return a name's telling words, lower case: generic credential words, qualifiers and places left out."""
    raw = re.findall(r"[A-Za-z0-9][\w+&.'’-]*[\w+]|[A-Za-z0-9+]", name)
    words = [w.lower() for w in raw]
    out = [w for w in words if w not in _GENERIC_WORDS and w not in _QUALIFIER and w not in _STOP]
    if len(raw) > 1 and out and raw[-1][:1].isupper() and words[-1] in _QUALIFIER - _GENERIC_WORDS:
        out.append(words[-1])  # "Certified Meeting Professional": a capitalised last word the reader kept is its own
    if len(raw) > 1 and out and raw[0][:1].isupper() and words[0] in _QUALIFIER - _GENERIC_WORDS - _KEPT_FIRST:
        out.insert(0, words[0])  # "Nationally Certified School Psychologist": so is a first (``_spelled_from_first``)
    return out


def level(text: str) -> tuple[str, int] | None:
    """Return the level a credential's name states, or None.

    "NICET Level II": ("level", 2); "2nd Class": ("ordinal class", 2); "Firefighter Type 1": ("type", 1); with no
    such word, the level of a qualification framework its name says ("Certificate III in ...": ("aqf", 3),
    "Diploma of ...": ("aqf", 5); ``frameworks`` in data/credentials.yaml). A resume line may name several
    credentials, so its level is read near the name it holds (``_level_near``), not with this.
    """
    found = _LEVEL.search(text)
    return _read_level(found) if found else _framework_level(text)


def _read_level(found: re.Match[str]) -> tuple[str, int]:
    """Return the (kind, number) a ``_LEVEL`` match spells."""
    if found.group("ord"):
        n = found.group("ord").lower()
        return f"ordinal {found.group('oword').lower()}", int(n[0]) if n[0].isdigit() else _ORDINAL.get(n, 0)
    if found.group("pn"):
        # "Fire Inspector II" is the holder at rung 2 of a ladder "Level II" or "Grade II" may write; "I/II" holds the
        # higher
        return "rung", max(_number(n) for n in re.findall(r"[IVXivx]{1,4}|\d{1,2}", found.group("pn")))
    if found.group("part"):
        return "part", _number(found.group("pn2"))
    if found.group("vq"):
        return "level", int(found.group("vq"))
    word = found.group("word").lower()
    if word in ("grade", "class") and _SEAFARER.search(found.string, max(0, found.start() - 30), found.end() + 30):
        return f"sea {word}", _number(found.group("n"))  # counts down: Grade 1 above Grade 2 (``_SEAFARER``)
    return word, _number(found.group("n"))


# a seafarer's certificate of competency, whose grades and classes count down: AMSA's Marine Order 505 (Australia,
# Certificates of competency) orders Coxswain Grade 2 below Grade 1, Marine Engine Driver Grade 3 below 2 below 1,
# and Engineer Class 3 below 2 below 1; the UK MCA's Engineer Officer Class 1 (chief engineer) is above Class 2
# (general knowledge of both schemes); read within a few words of the grade
_SEAFARER = re.compile(
    r"\b(?:coxswain|engine\s+driver|marine\s+engineer|engineer\s+officer|(?:near|off)[\s-]coastal)\b", re.I
)


def grade_level(kind: str, value: str, *, plant: bool = False) -> tuple[str, int]:
    """Return the level of a licence's class or a plant's grade named in a years item or a title (``level_meets``).

    "Class A" or "Class 1": ("licence class", 1), counting down (a Class A CDL above a B, driving Class 1 above Class
    3); "Grade III": ("grade", 3), counting up. With ``plant`` a class is a plant operator's: its numbers count up
    like a grade ("Class III water operator": ("plant class", 3)), its letters down, A at the top ("Class B water
    operator": ("lettered plant class", 2)). A class's letters count from A.
    """
    kind = kind.lower()
    if kind == "class" and plant:
        lettered = len(value) == 1 and value.isalpha() and value.lower() not in _ROMAN  # "Class I" is a numeral
        kind = "lettered plant class" if lettered else "plant class"
    elif kind == "class":
        kind = "licence class"
    return kind, _number(value)


def _number(value: str) -> int:
    """Return the number a level's value spells: digits, a Roman numeral ("III"), or a letter from A ("C": 3)."""
    value = value.lower()
    if value.isdigit():
        return int(value)
    if value in _ROMAN:
        return _ROMAN[value]
    return ord(value) - ord("a") + 1 if len(value) == 1 and value.isalpha() else 0


# the kinds that count up from 1 in the same steps as a person's numeral ("Operator III" is a "Class III" or "Grade
# III" operator)
_RUNG_KINDS = frozenset({"rung", "level", "grade", "tier", "class", "plant class"})


def same_ladder(a: str, b: str) -> bool:
    """Return whether two levels' kinds are on one ladder: the same word, or a person's numeral and a counting one."""
    return a == b or ("rung" in (a, b) and a in _RUNG_KINDS and b in _RUNG_KINDS)


def level_meets(held: tuple[str, int], asked: tuple[str, int]) -> bool:
    """Return whether a held level meets an asked one of the same kind: the same or higher, in the word's direction."""
    if not same_ladder(held[0], asked[0]):
        return False
    return held[1] <= asked[1] if held[0] in _DESCENDING else held[1] >= asked[1]


def _level_words(found: tuple[str, int]) -> set[str]:
    """Return the words that spell a level ("level", "2", "ii"; "class", "2nd", "second") to leave out of a name."""
    word, n = found
    if word in {framework for framework, _, _ in _frameworks()}:
        return {
            *("certificate cert cert. diploma advanced graduate degree".split()),
            *("i ii iii iv 1 2 3 4".split()),
        }
    if word.startswith("ordinal "):
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
        return {word.split()[1], f"{n}{suffix}", *(k for k, v in _ORDINAL.items() if v == n)}
    return {word.removeprefix("sea "), str(n), *(r for r, v in _ROMAN.items() if v == n)} - {"rung"}


def rank(words: Sequence[str]) -> int | None:
    """Return the rank words (``RANKS``) say of a credential: the highest one, or None when they say none."""
    found = [RANKS[w.lower()] for w in words if w.lower() in RANKS]
    return max(found) if found else None


# the clipped forms postings write for a holder's role ("LICENSED pest techs", "Certified Pharmacy Tech")
_CLIPPED = {"tech": ("technician", "technologist"), "techs": ("technician", "technologist")}


def same_word_on(line: str, wanted: Sequence[str], *, licence: bool = False) -> Callable[[str, str], bool]:
    """Return the word test a line's reading takes for a credential's words (``_same_word``, ``_fields_apart``).

    "Phlebotomy Certification - NHA" names the phlebotomist's credential; "Psychology degree" names no psychologist.
    ``licence``: the credential asked is a licence or registration (``asks_licence``).
    """
    have = [w.lower() for w in _WORD.findall(line)]
    return partial(_same_word, fields=_fields_apart(line, wanted, have, licence=licence))


# a line naming a credential noun names a credential, whose field word may name its practitioner's ("Phlebotomy
# Certification - NHA" is the phlebotomist certification); without one it names a degree, major or field of study
_CREDENTIAL_NOUN = re.compile(r"\b(?:certifi\w*|licen[cs]\w*|registration|registered)\b", re.I)
# a licence's or registration's nouns: a licence is named by its field only with one of them ("Physical Therapy
# License" holds the physical therapist's licence; a "Pharmacy Certificate" is a course's, no pharmacist's licence)
# ("licensure" is one); New Zealand's and Ontario's licence is a "practising certificate" or "certificate to practise"
_LICENCE_NOUN = re.compile(
    r"\b(?:licen[cs]\w*|registration|registered|practi[sc]ing\s+certificates?|certificates?\s+to\s+practi[sc]e)\b",
    re.I,
)


def credential_nouns(text: str) -> list[str]:
    """Return the credential nouns text names ("Certification", "License", "Registered", "Practising Certificate")."""
    return [f.group(0) for noun in (_LICENCE_NOUN, _CREDENTIAL_NOUN) for f in noun.finditer(text)]


def asks_licence(name: str) -> bool:
    """Return whether a credential's name asks a licence or registration ("Licensed Psychologist", "RPh licence")."""
    return bool(_LICENCE_NOUN.search(name))


def _fields_apart(line: str, wanted: Sequence[str], have: Sequence[str], *, licence: bool = False) -> bool:
    """Return whether a line's words (``have``) keep a field apart from its practitioner for a credential's words.

    Apart where the line writes the practitioner's own words ("Advanced Machining Diploma; Apprentice Machinist": the
    machinist is the apprentice, "Advanced" is the diploma's) or names no credential noun ("Psychology honours": a
    field of study); together only where a credential is named by its field ("Phlebotomy Certification - NHA"), and
    for a ``licence`` asked only by a licence's noun ("Physical Therapy License", not "Physical Therapy Certificate").
    Every reading of one line (is the name there, where, at which level and rank) takes the same decision.
    """
    if not (_LICENCE_NOUN if licence else _CREDENTIAL_NOUN).search(line):
        return True
    return all(any(_same_word(w, h, fields=True) for h in have) for w in wanted)


# the forms of one credential noun: a register's entry is a registration, and one on it is registered
_NOUN_FAMILY = {
    **dict.fromkeys("registration registrations registered register registrant".split(), "register"),
    **dict.fromkeys("licence license licences licenses licensed licensure".split(), "licence"),
    **dict.fromkeys("certification certifications certified".split(), "certified"),
    # "Tree Risk Assessment Qualification" is held by the "Tree Risk Assessment Qualified" (session 24, h24c)
    **dict.fromkeys("qualification qualifications qualified".split(), "qualified"),
}


def _same_word(a: str, b: str, *, fields: bool) -> bool:
    """Return whether two words are one ("dispatch"/"dispatcher", "operators"/"operator", "techs"/"technician").

    With ``fields``, a field is not its practitioner ("Athletic Therapy" is no "Athletic Therapist"); every caller
    says which it reads (``_fields_apart`` for a resume line's words).
    """
    if a == b:
        return True
    if _NOUN_FAMILY.get(a, a) == _NOUN_FAMILY.get(b, b):
        return True  # "registration as a podiatrist" and "Registered Podiatrist" say one thing
    if any(other.startswith(_CLIPPED.get(word, ("\0",))) for word, other in ((a, b), (b, a))):
        return True
    short, long = sorted((a, b), key=len)
    if long.endswith(("ment", "ments")) and not short.endswith(("ment", "ments")):
        return False  # "Emergency Management Institute" names no "Emergency Manager"
    if fields and long.endswith(("ist", "ists")) != short.endswith(("ist", "ists")):
        return False  # a field is not its practitioner: "Athletic Therapy" names no "Athletic Therapist"
    return len(short) >= 4 and long.startswith(short[: max(4, len(short) - 2)]) and len(long) - len(short) <= 3


def names_in(credential_id: str, line: str, listed: bool) -> tuple[int, int] | None:
    """Return where a resume line names a phrase credential (its abbreviation, or every word of its name), else None.

    A level the name states is met by the same or a higher level in the line ("Level III" for "Level II").
    The words of a name count only in a listed certificate or a line that says certified/licence/registered/...
    """
    if credential_id == PLACE_LICENCE:
        # any line saying a licence (or registration, certification) is held; its place decides
        return (0, len(line)) if _HELD_CUE.search(line) else None
    name, abbreviation = parse(credential_id)
    if abbreviation:
        found = re.search(rf"(?<![A-Za-z0-9]){re.escape(abbreviation)}(?![A-Za-z0-9+])", line)
        # an abbreviation that does not spell the name ("Medication Aide (HHSC)") is its issuer's, which the line
        # may name for another credential: then the name's words decide
        # an abbreviation with a digit spells its level ("FFT1", "ICT3"): naming it is holding that level
        level_ok = found is not None and (
            _level_ok(name, line, [found.span()], _name_words(name)) is True or any(c.isdigit() for c in abbreviation)
        )
        # "BOC certification (ATC)": a name that is itself an issuer's initialism leaves the bracket to name it
        # "Fellowship of Advance HE (FHEA)": an abbreviation opening with the name's own first letter is the name's,
        # though it spells the body's older name; an issuer's ("Medication Aide (HHSC)") starts otherwise
        spelled = (
            not name
            or name == abbreviation
            or abbreviates(abbreviation, name)
            or is_abbreviation(name)
            or abbreviation[:1].lower() == name[:1].lower()
        )
        # initials alone ("certified by AWS", "registered with the GMC": the body's) are held by a line saying so,
        # not by one using the body's services ("Deployed services on AWS")
        alone = not name or name == abbreviation
        said = not alone or listed or (found is not None and _holding_said(line, *found.span()))
        if found and level_ok and spelled and said:
            return found.span()
        if found and not said:
            return None  # the initials named with no holding said of them: its words are the initials, read here
    named = _named_at_any_level(name, line, listed)
    if named is None or _lower_level(name, line, named) is not False:
        return None
    first = min((line.lower().find(w) for w in named[0] if w in line.lower()), default=0)
    return max(first, 0), len(line)


# a registration or licence number right after a body's initials: "GMC 7123456", "NMC PIN: 12A3456E", "HCPC (PA12345)";
# never a year ("AWS 2019 - 2022": when the person worked there). An NMC PIN is two digits, a letter, four digits and
# a letter ("12A3456E")
_NUMBER_AFTER = re.compile(
    r"\s{0,2}[:#(]?\s{0,2}(?:(?:no|number|pin|reg)\.?\s{0,2}[:#]?\s{0,2})?"
    r"(?:\d\d[A-Z]\d{4}[A-Z]\b|(?!(?:19|20)\d\d(?!\d))[A-Z]{0,3}\d{4,})",
    re.I,
)
# a holding word said of the initials: right before them ("certified by AWS", "Member of the CIPD", "Professional
# registration: HCPC"), in the words right after them with no stop between, or after a colon or bracket opening
# them ("AWS Certified Developer", "HCPC registered", "GMC: full registration", "HCPC (registered)"), or the
# initials alone in a bracket or after a comma closing a title that holds ("Registered Nurse (NMC)", "Registered
# Paramedic, HCPC"); not of other work in the line ("TLS certificate rotation on AWS", "member of the platform team
# ... AWS", "Certified Kubernetes Administrator, AWS 2019 - 2022") nor a product ("AWS Certificate Manager")
_HOLDING_WORD = rf"(?:{_HELD_CUE.pattern}|\bmember(?:ship)?\b|\bfellow\b)"
_HOLDING_BEFORE = re.compile(
    rf"{_HOLDING_WORD}(?:\s+(?:(?:by|with|of|from|through|in|as)\s+)?(?:an?\s+|the\s+)?|\s*[:–—-]\s*)$", re.I
)
_HOLDING_AFTER = re.compile(rf"(?:\s*[:(–—]\s*|[\s-]+)(?:[\w+&]+[\s-]+){{0,3}}?{_HOLDING_WORD}(?!\s+manager\b)", re.I)
_HOLDING_TITLE_BEFORE = re.compile(rf"{_HOLDING_WORD}(?:\s+[\w'’-]+){{1,3}}\s*[,(]\s*$", re.I)
_TITLE_CLOSED = re.compile(r"\s*(?:[),;|]|$)")


def _holding_said(line: str, start: int, end: int) -> bool:
    """Return whether a line naming initials at ``line[start:end]`` says a credential is held: a holding word or number.

    "HCPC registered", "AWS Certified Developer", "Member of the CIPD", "GMC 7123456", "Registered Nurse (NMC)" hold;
    "Deployed services on AWS", "Liaised with the GMC" or "TLS certificate rotation on AWS" name the body only.
    """
    before = line[max(0, start - 60) : start]
    titled = _HOLDING_TITLE_BEFORE.search(before) and _TITLE_CLOSED.match(line, end)
    return bool(
        _HOLDING_BEFORE.search(before) or titled or _HOLDING_AFTER.match(line, end) or _NUMBER_AFTER.match(line, end)
    )


def lower_level_in(credential_id: str, line: str, listed: bool) -> bool:
    """Return whether a resume line names a phrase credential at a lower level or rank than the one asked.

    "3rd Class Engineer License" for a "2nd Class Engineer" licence, "Associate Emergency Manager (AEM)" for a
    "Certified Emergency Manager (CEM)", "Esthetician License" for a "Master Esthetician license".
    """
    if credential_id == PLACE_LICENCE:
        return False
    name, _ = parse(credential_id)
    found = _named_at_any_level(name, line, listed)
    return found is not None and _lower_level(name, line, found) is True


# a word of a resume line: "+" ends one ("C++", "A+") but joins two names as "&" does ("Lifeguarding+Water Safety
# Certification" names lifeguarding)
_LINE_WORD = re.compile(r"[A-Za-z0-9](?:[\w&.'’-]|\+(?![A-Za-z]))*(?:\w|\+(?![A-Za-z]))|[A-Za-z0-9+]")


def _named_at_any_level(name: str, line: str, listed: bool) -> tuple[list[str], list[str]] | None:
    """Return (the name's telling words, the line's words) when a line names a credential, its level left aside."""
    wanted = _name_words(name)
    if not wanted:
        return None
    have = [w.lower() for w in _LINE_WORD.findall(line)]
    initials = _initials(line)
    # "Athletic Therapy major" names a field, not "Athletic Therapist"; a "Psychology Certificate" no psychologist's
    # licence
    fields = _fields_apart(line, wanted, have, licence=asks_licence(name))
    if not all(any(_same_word(w, h, fields=fields) for h in have) or _spelled_out(w, initials) for w in wanted):
        return None
    if not listed and not _HELD_CUE.search(line):
        return None  # "Skills: Epic Ambulatory" or "operated a reach truck" uses the thing; it holds no credential
    if not listed and not any(
        _HELD_CUE.search(sentence) and _says_all(wanted, sentence, fields, initials)
        for sentence in SENTENCE_END.split(line)
    ):
        # "Support worker in employment services for five years. Valid driver's licence.": the licence is another
        # sentence's; the name's words and the word saying it is held must share one
        return None
    return wanted, have


def _says_all(wanted: list[str], sentence: str, fields: bool, initials: list[str]) -> bool:
    """Return whether one sentence says every word of a credential's name (or spells it out in initials)."""
    have = [w.lower() for w in _LINE_WORD.findall(sentence)]
    return all(any(_same_word(w, h, fields=fields) for h in have) or _spelled_out(w, initials) for w in wanted)


def _name_words(name: str) -> list[str]:
    """Return the words a resume line must say to name a credential: its telling words, its level's left out."""
    wanted = content_words(name) + _inner_generic(name)
    asked_level = level(name)
    if asked_level:
        drop = _level_words(asked_level)
        wanted = [w for w in wanted if w not in drop]
    named = [w for w in wanted if w not in RANKS]
    return named or wanted  # "General Licence": the rank word is all the name there is


# a board's certification is the stage above the registration or training its holder has first (a registered art
# therapist becomes board certified, a chaplain after clinical pastoral education, a physician after residency):
# "board" is dropped from a name as a qualifier, yet where it says the name is board-certified the line must too
_BOARD_CERTIFIED = re.compile(r"\bboard[\s-]{1,3}certifi", re.I)


def _says_initials(name: str, line: str) -> bool:
    """Return whether a line writes a name by its initials ("BCC" for "Board Certified Chaplain"), in capitals."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", " ", name))).upper()
    return len(initials) > 1 and re.search(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", line) is not None


def _lower_level(name: str, line: str, found: tuple[list[str], list[str]]) -> bool | None:
    """Return whether a line naming a credential's words holds it at a lower level or rank than ``name`` asks.

    True: lower; False: the same or higher; None: another credential of those words ("Residential Contractor" for
    "General Contractor": a middle rank word the line neither repeats nor outranks tells the two apart), or the
    asked level is stated nowhere near the name (unknown: neither held nor lower).
    """
    wanted, have = found
    level_held = _level_ok(name, line, _name_spans(wanted, line), wanted)
    if level_held is not True:
        return None if level_held is None else True  # no level stated: not shown held, nor shown lower
    if _BOARD_CERTIFIED.search(name) and not (_BOARD_CERTIFIED.search(line) or _says_initials(name, line)):
        return True  # "Registered Art Therapist" or "chaplain, preparing certification" for a "Board Certified" one
    if any(w in RANKS for w in wanted):
        return False  # the rank word is the name itself ("General Licence"): it was matched as a word
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][\w+&.'’-]*[\w+]|[A-Za-z0-9+]", name)]  # "full-time" is no rank
    asked_level = level(name)
    if asked_level:
        # "Advanced Diploma in ...": "advanced" spells the framework level, which ``_level_ok`` judged; no rank
        words = [w for w in words if w not in _level_words(asked_level)]
    asked = rank(words)
    fields = _fields_apart(line, wanted, have)
    held_tier = _tier_after(wanted, have, line, fields=fields)
    asked_tier = max((t for t in map(tier, words) if t is not None), default=None)
    if held_tier is not None and (asked is None or asked_tier is not None):
        # "Solutions Architect - Associate": a tier of the certification, not a lower rank of it; any tier meets an
        # ask naming none, and only the same or a higher tier an ask naming one ("- Professional")
        return asked_tier is not None and held_tier < asked_tier
    held = _held_rank(wanted, line, have, fields=fields, inner=asked is not None)
    if held is not None:
        return held < (asked or 0)
    if asked is None or asked < 0:
        return False  # the plain name meets an unranked or a lower-ranked ask
    if asked > 0:
        return True  # "Esthetician License" for a "Master Esthetician license"
    said = [w for w in words if w in RANKS]
    # a rank word is no field: "intern" is not an "internist"
    return False if all(any(_same_word(w, h, fields=True) for h in have) for w in said) else None


def _held_rank(wanted: list[str], line: str, have: list[str], *, fields: bool, inner: bool = True) -> int | None:
    """Return the rank a line gives the credential it names: a rank word right before its words, or right after it.

    "Associate Emergency Manager", "Tōmua | Provisional Practising Certificate", "Condominium Manager Licence -
    Limited": two words before the first of the name's words, or the word after its last (and the credential's
    noun); a rank word elsewhere in the line ("trained student nurses") is about something else.
    """
    places_ = [i for i, h in enumerate(have) if any(_same_word(w, h, fields=fields) for w in wanted)]
    if not places_:
        return None
    first, last = min(places_), max(places_)
    # and, where the ask names a rank, a rank word among the name's own words, up to where they have all been said
    # once ("CIPS Level 5 Advanced Diploma in Procurement and Supply"; not "mentored student inspectors" after the
    # name). An unranked ask is met by a name that carries its rank inside: the "FCC Restricted Radiotelephone
    # Operator Permit" is the radiotelephone operator permit a pilot is asked for.
    said = (
        max(next((i for i in places_ if _same_word(w, have[i], fields=fields)), first) for w in wanted)
        if inner
        else first
    )
    near = _attached_before(line, have, first) + [h for h in have[first:said] if h in RANKS]
    after = last + 1
    while after < len(have) and have[after] in _GENERIC_WORDS:
        after += 1
    near += have[after : after + 1] if _follows(line, last, after) else []
    return rank(near)


# what may set a rank word apart after a name and still say it of the name: a dash, colon, comma or an opening
# bracket ("Condominium Manager Licence - Limited", "Practising Certificate (Provisional)"); a closed bracket or a bar
# ends the name, and what follows is another field ("Member of the CIPD (Assoc CIPD) | Chartered Institute of ...")
_RANK_AFTER_GAP = re.compile(r"[\s\-–—:,(]*")


def _follows(line: str, last: int, after: int) -> bool:
    """Return whether the line's word ``after`` follows its word ``last`` with only a name's own separators between."""
    spans = [m.span() for m in _LINE_WORD.finditer(line)]
    if after >= len(spans):
        return False
    return all(
        _RANK_AFTER_GAP.fullmatch(line[a[1] : b[0]])
        for a, b in zip(spans[last:after], spans[last + 1 : after + 1], strict=True)
    )


# a line writing a certification's tier as one: set apart from the name ("- Associate", "(Professional)", ": Expert"),
# in a line saying it is certified ("Microsoft Certified: Azure Administrator Associate"), or after a name a vendor of
# tiered certifications gives ("Azure Data Engineer Associate"; data/grades.yaml); a "Physician Associate" is another
# role than a physician
_CERTIFIED = re.compile(r"\bcertifi", re.I)


def _tier_after(wanted: list[str], have: list[str], line: str, *, fields: bool) -> int | None:
    """Return the tier written right after a name's last word ("Solutions Architect - Associate"), else None."""
    places_ = [i for i, h in enumerate(have) if any(_same_word(w, h, fields=fields) for w in wanted)]
    if not places_:
        return None
    after = max(places_) + 1
    while after < len(have) and have[after] in _GENERIC_WORDS:
        after += 1
    if after >= len(have) or tier(have[after]) is None:
        return None
    apart = re.search(rf"[-–—(:,/]\s*{re.escape(have[after])}\b", line, re.I)
    vendor = names_certifying_vendor(have[:after])
    return tier(have[after]) if apart or vendor or _CERTIFIED.search(line) else None


def _attached_before(line: str, have: list[str], first: int) -> list[str]:
    """Return the two words before ``have[first]`` that are of its phrase: no punctuation between them and it.

    "Associate Emergency Manager" ranks the manager; in "SAP Certified Application Associate - SuccessFactors" the
    dash ends the credential's own name, and what follows is its subject, which "Associate" does not rank.
    """
    spans = [m.span() for m in _LINE_WORD.finditer(line)]  # ``have`` is these words, lower case
    attached: list[str] = []
    for i in range(first - 1, max(0, first - 2) - 1, -1):
        if i + 1 >= len(spans) or line[spans[i][1] : spans[i + 1][0]].strip():
            break
        attached.insert(0, have[i])
    return attached


def abbreviates(abbreviation: str, name: str) -> bool:
    """Return whether an abbreviation spells a name: its letters in order, the first one a word's first letter.

    The test of Schwartz and Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
    biomedical text"): "CPO" spells "Certified Pool Operator", "NIHSS" "NIH Stroke Scale"; "HHSC" does not spell
    "Medication Aide", so there it names the issuer.
    """
    letters = [c for c in abbreviation.lower() if c.isalnum()]
    text = name.lower()
    if not letters:
        return False
    at = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        letter = letters[i]
        while at >= 0 and (text[at] != letter or (i == 0 and at > 0 and text[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


_INITIALS_SKIP = frozenset("and of the for in & a an".split())


def _initials(line: str) -> list[str]:
    """Return the first letters of a line's runs of capitalised words ("Air Conditioning and Refrigeration": "acr")."""
    runs: list[str] = []
    current = ""
    for word in re.findall(r"[A-Za-z][\w'’-]*|&", line):
        if word.lower() in _INITIALS_SKIP and current:
            continue
        if word[:1].isupper():
            current += word[0].lower()
        else:
            if len(current) >= 2:
                runs.append(current)
            current = ""
    if len(current) >= 2:
        runs.append(current)
    return runs


def _spelled_out(word: str, initials: list[str]) -> bool:
    """Return whether a name's abbreviation ("acr") is spelled out in a line ("Air Conditioning and Refrigeration")."""
    return 2 <= len(word) <= 6 and word.isalpha() and any(word in run for run in initials)


def _inner_generic(name: str) -> list[str]:
    """Return the credential words inside a name ("ACR Certified Technician": "certified"): there they tell it apart.

    At a name's edges "certified" or "license" says it is a credential; between its other words it is part of the
    name ("Certified Technician" is not "Registered Technician").
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][\w+&.'’-]*[\w+]|[A-Za-z0-9+]", name)]
    telling = [i for i, w in enumerate(words) if w not in _GENERIC_WORDS and w not in _QUALIFIER and w not in _STOP]
    if len(telling) < 2:
        return []
    return [w for w in words[telling[0] + 1 : telling[-1]] if w in _GENERIC_WORDS and w != "holder"]


def _level_ok(name: str, line: str, spans: list[tuple[int, int]], words: list[str]) -> bool | None:
    """Return whether a line holds the level ``name`` asks where it names the credential (at one of ``spans``).

    None where the line states no level of that kind there: not shown held, yet not shown lower either.
    """
    asked = level(name)
    if asked is None:
        return True
    held = [found for span in spans if (found := _level_near(line, span, asked, words)) is not None]
    if not held:
        return None
    return any(level_meets(found, asked) for found in held)


_WORD = re.compile(r"[A-Za-z0-9][\w+&.'’-]*[\w+]|[A-Za-z0-9+]")
# what parts a resume line into the phrases of several credentials ("B.Eng (Hons); 3rd Class Power Engineer")
_SEGMENT_BREAK = re.compile(r"[;|•·\n]")
# words a level may be followed by and still be the level of a name near it ("Diploma level", "Class II licence")
# ("Level 2 Award": the UK's qualification of the smallest size, named by its level)
_FREE_AFTER = _GENERIC_WORDS | frozenset("level levels qualification qualifications award or and higher above".split())
_LEVEL_JOINERS = frozenset("of in the a an".split())


def _name_spans(wanted: list[str], line: str) -> list[tuple[int, int]]:
    """Return where a line names a credential's words: a span per segment (between ; | •) holding them all.

    With no segment holding them all, the span from the first of the words to the last.
    """
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(line)]
    fields = _fields_apart(line, wanted, [w for w, _, _ in words])
    cuts = [0, *(m.end() for m in _SEGMENT_BREAK.finditer(line)), len(line) + 1]
    spans: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [(w, s, e) for w, s, e in words if a <= s < b and any(_same_word(x, w, fields=fields) for x in wanted)]
        if inside and all(any(_same_word(x, w, fields=fields) for w, _, _ in inside) for x in wanted):
            spans.append((min(s for _, s, _ in inside), max(e for _, _, e in inside)))
    if spans:
        return spans
    inside = [(w, s, e) for w, s, e in words if any(_same_word(x, w, fields=fields) for x in wanted)]
    return [(min(s for _, s, _ in inside), max(e for _, _, e in inside))] if inside else [(0, len(line))]


def _level_near(line: str, span: tuple[int, int], asked: tuple[str, int], words: list[str]) -> tuple[str, int] | None:
    """Return the level of ``asked``'s kind a line states for the name it writes at ``span``, or None.

    Only a level in the name's segment counts, and not one that qualifies other words ("First Class Honours",
    "Bachelor of Arts" beside a "3rd Class Power Engineer" or a "Certificate IV in Community Services"): of the
    rest, one inside the name, else the nearest to it, and of two as near the one that meets the ask.
    """
    start, end = span
    a = max((m.end() for m in _SEGMENT_BREAK.finditer(line, 0, start)), default=0)
    after = _SEGMENT_BREAK.search(line, end)
    b = after.start() if after else len(line)
    mentions = [(m.start(), m.end(), _read_level(m)) for m in _LEVEL.finditer(line, a, b)]
    mentions += [(m.start(), m.end(), (fw, rung)) for fw, rung, p in _frameworks() for m in p.finditer(line, a, b)]
    best: tuple[tuple[int, bool], tuple[str, int]] | None = None
    for s, e, found in mentions:
        if not same_ladder(found[0], asked[0]):
            continue
        inside = s < end and start < e
        attached = e <= start and not line[e:start].strip() or s >= end and not line[end:s].strip()
        if not inside and not attached and _qualifies_other(line, e, b, words):
            continue
        distance = 0 if inside else start - e if e <= start else s - end
        key = (distance, not level_meets(found, asked))
        if best is None or key < best[0]:
            best = (key, found)
    return best[1] if best else None


def _qualifies_other(line: str, at: int, stop: int, words: list[str]) -> bool:
    """Return whether the level written up to ``at`` qualifies words other than the name's ("Class Honours")."""
    previous = at
    for m in _WORD.finditer(line, at, stop):
        if re.search(r"[^\s-]", line[previous : m.start()]):
            return False  # punctuation first: the level stands alone ("Power Engineer, 3rd Class,")
        word = m.group(0).lower()
        if word in _LEVEL_JOINERS:
            previous = m.end()
            continue
        same = same_word_on(line, words)
        if word in _FREE_AFTER or any(same(x, word) for x in words):
            return False
        return not _holder_follows(line, m.start(), stop)
    return False


_HOLDER = re.compile(rf"(?:{_LEVELLED_PERSON})s?", re.I)
MAX_HOLDER_WORDS = 3


def _holder_follows(line: str, at: int, stop: int) -> bool:
    """Return whether the words from ``at`` name the holder's occupation ("Level 3 Ski Instructor").

    A person noun within a few words and before any punctuation ("Class A Truck Driver"): the level before them is
    the holder's.
    """
    previous = at
    for count, m in enumerate(_WORD.finditer(line, at, stop)):
        if count >= MAX_HOLDER_WORDS or re.search(r"[^\s-]", line[previous : m.start()]):
            return False
        if _HOLDER.fullmatch(m.group(0)):
            return True
        previous = m.end()
    return False

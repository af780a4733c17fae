"""Where a credential is valid: the states, provinces and countries a posting item or a resume line names.

"Licensed in Texas", "RN, TX #123456", "a current Colorado license", "Washington State", "licensed to practice in
Ontario" name a place; "licensed in any state", "or eligible for licensure", "reciprocity" and a compact/multistate
licence accept any. A two-letter code counts only where it reads as a place ("RN, TX", "(TX)", "in TX", "TX RN",
"TX-licensed", "TX #12345"), so "IN PERSON", "OR" and "ME" in prose stay words; not before a word it forms another
initialism with ("CT technologist", "MS Project") nor before how a licence is held ("NB valid driver licence").
"""

from __future__ import annotations

import re
from functools import cache

from careerpilot.matching.country_names import COUNTRIES, countries, country_codes
from careerpilot.text import yaml_data

REGULATORS = COUNTRIES.with_name("regulators.yaml")
NATIONAL_CERTIFIERS = COUNTRIES.with_name("national_certifiers.yaml")

_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia", "PR": "Puerto Rico",
}  # fmt: skip
_PROVINCES = {
    "ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta", "MB": "Manitoba",
    "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick", "NL": "Newfoundland and Labrador",
    "PE": "Prince Edward Island",
}  # fmt: skip
# Australia's states and territories (their regulators license lawyers, builders, electricians, security and
# collection agents state by state). "WA", "SA", "NT" and "ACT" are left out as codes: "WA" is Washington's, the
# others are ordinary initials ("SA" a company, "ACT" a test); their names are read.
_AU_STATES = {
    "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "TAS": "Tasmania",
}  # fmt: skip
_AU_NAMED = ("South Australia", "Western Australia", "Northern Territory", "Australian Capital Territory")
_CODES = {**_STATES, **_PROVINCES, **_AU_STATES}
# other spellings of a place, read as the place: "Québec", "D.C.", "Washington State"
_ALIASES = {
    "Québec": "Quebec", "Washington D.C.": "District of Columbia", "Washington, D.C.": "District of Columbia",
    "Newfoundland": "Newfoundland and Labrador", "PEI": "Prince Edward Island", "B.C.": "British Columbia",
    # Australian states' adjectives name their regulators ("Victorian Gambling and Casino Control Commission")
    "Victorian": "Victoria", "Tasmanian": "Tasmania",
}  # fmt: skip
_OTHER_PLACES = ("England and Wales", "Scotland", "Northern Ireland", "Ireland")
_PLACE_NAMES = sorted(
    [*_STATES.values(), *_PROVINCES.values(), *_AU_STATES.values(), *_AU_NAMED, *_ALIASES, *_OTHER_PLACES],
    key=len,
    reverse=True,
)
# "Victoria, BC" is British Columbia's capital, not the Australian state; "Victoria General Hospital", "Royal
# Victoria Infirmary", "Victoria Street" are names of other things (a nurse's employer in Halifax or Newcastle)
_NOT_THE_STATE = {"Victoria": r"(?!,? (?:BC\b|B\.C\.|British Columbia\b))(?! [A-Z][a-z])"}
_PLACE = re.compile(r"\b(" + "|".join(re.escape(p) + _NOT_THE_STATE.get(p, "") for p in _PLACE_NAMES) + r")(?![\w])")
# a code before a word it forms another initialism with names no place: "CT technologist" (computed tomography),
# "MS Project" (Microsoft), "PR work permit" (permanent residence), "PE teacher" (physical education), "ID card"
_INITIALISM_AFTER = {
    "CT": r"technologists?|technicians?|techs?|scans?|scanners?|imaging|radiograph\w*",
    "MS": r"project|office|word|excel|access|dynamics|teams|sql|windows|azure|exchange|outlook|visio|sharepoint",
    "PR": r"work|cards?|status|visas?|holders?|pathway|residen\w*",
    "PE": r"teachers?|teaching|instructors?|coach\w*|licen[cs]\w*|exams?|stamps?|seals?",
    "ID": r"cards?|badges?|checks?",
}
_CODE_ALT = "|".join(
    code + (rf"(?![ -](?i:{_INITIALISM_AFTER[code]})\b)" if code in _INITIALISM_AFTER else "") for code in _CODES
)
# how a licence is held ("valid", "current") comes before its place ("a valid NSW driver licence"): a code before
# such a word is a note ("NB valid driver licence": nota bene) or another initialism, not the place
_HELD = r"(?!(?:valid|current|active|full|clean|clear|live|unrestricted|unencumbered)\b)"
# a code after ", " "(" "in " "- " "/ " or "licensed in the state of "; not before ".x" (a domain or "A.M.")
_CODE = re.compile(r"(?:(?<=, )|(?<=\()|(?<=\bin )|(?<=- )|(?<=/ ))(" + _CODE_ALT + r")\b(?!\.\w)(?!-\d)")
_CODE_BEFORE = re.compile(
    r"\b(" + _CODE_ALT + r")(?=[- ](?:licen[cs]\w*|state\b|board\b|RN\b|LPN\b|LVN\b|CPA\b|PE\b|bar\b|"
    r"or (?:compact|multi-?state)|registration|registered|certified|certification|certificate|commissioned|permit|"
    r"practi[sc]ing\b|#\s?\d|no\.\s?\d))"
    # a code, one or two lower-case words, then a licence's noun ("BC collector licence", "NSW practising
    # certificate", "TX real estate license"); not the codes that are English words in capitals ("OR", "IN", "ME")
    r"|\b(?!(?:OR|IN|ME|ON)\b)(" + _CODE_ALT + r")(?= (?:" + _HELD + r"[a-z]+ ){1,2}(?:licen[cs]e|registration|permit|"
    r"certificate)s?\b)"
)
# a code closing a regulator's or society's name ("College of Health and Care Professionals of BC", "Law Society of
# BC"), or the end of one a reader cut ("Care Professionals of BC"): a capitalised word, "of", the code, then no more
# of a name; not a bank's, a university's or a degree's ("Bank of NS", "University of WA", "Master of PA Studies"),
# nor the codes that are English words in capitals
_CODE_OF_BODY = re.compile(
    r"\b(?!(?:Bank|University|Master|Bachelor|Doctor|Associate)\b)[A-Z][a-z]{1,30} of (?!(?:OR|IN|ME|ON)\b)("
    + _CODE_ALT
    + r")\b(?![.'’-]\w| [A-Z])"
)
# a place is open where any is accepted; not where another state's holder is sent elsewhere ("officers certified only
# in another state must apply under the out-of-state posting"), nor where "eligible" is for reactivation or renewal
# or ends a line a reader cut
_ANY_PLACE = re.compile(
    r"\b(?:any (?:U\.?S\.? |US |American |Canadian )?(?:state|jurisdiction|province)|all (?:50 )?states|"
    r"one of the (?:50 )?states|(?<!\bonly )in (?:another|a) (?:U\.?S\.? )?state|(?:or|and/or) (?:be )?eligible|"
    r"eligib\w+ (?:for|to obtain|to apply)(?= \w)(?! (?:reactivation|reinstatement|renewal|rehire)\b)|"
    r"(?:able|ability|willing|willingness) to obtain|obtain(?:ed)? within|"
    r"reciprocity|by endorsement|or equivalent|or comparable|transferr?able|"
    r"(?:at least one|one or more) (?:U\.?S\.? |US |American |Canadian )?(?:state|jurisdiction|province)s?)\b",
    re.I,
)
# "(interstate shotfirer licences recognised)", "out-of-province licences will be considered": another place's
# licence is taken as this place's (Australia's mutual recognition between states); the clause asks nothing itself
# the place said before the licence ("interstate licences") or after it ("licences from other provinces"), and
# "holders" for the licence ("interstate licence holders welcome")
_ELSEWHERE_ACCEPTED = re.compile(
    r"\b(?:(?:interstate|out-of-(?:state|province)|other (?:states?|provinces?)['’]?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:licen[cs]es?|registrations?|certificates?|permits?)(?:\s+holders)?"
    r"|(?:licen[cs]es?|registrations?|certificates?|permits?)(?:\s+holders)?\s+(?:issued\s+)?(?:from|in|by)\s+"
    r"(?:an)?other\s+(?:states?|provinces?|territor(?:y|ies)|jurisdictions?))"
    r"\s+(?:are\s+|will\s+be\s+|also\s+)?(?:mutually\s+)?(?:recogni[sz]ed|accepted|considered|welcome)\b",
    re.I,
)
_COMPACT = re.compile(r"\b(?:compact|multi-?state|NLC|eNLC)\b", re.I)
# "California is not a Nurse Licensure Compact state", "compact licenses are not accepted": no compact licence
_NO_COMPACT = re.compile(
    r"\b(?:not (?:a |an |part of (?:the )?|in (?:the )?|a member of (?:the )?|a participant in (?:the )?)?"
    r"(?:\w+ ){0,3}(?:compact|multi-?state|NLC|eNLC)|non-?compact|"
    r"(?:compact|multi-?state)(?: \w+){0,3} (?:is|are|will) not (?:accepted|valid|recognized|recognised|honou?red)|"
    r"(?:does|do)(?: not|n't) (?:participate|belong) in the (?:\w+ ){0,3}compact)\b",
    re.I,
)


# a code that is a credential's initials, not a place: in brackets after the words it spells ("Professional Engineer
# (PE)", "Chartered Accountant (CA)", "Physician Assistant (PA)"), before the country of the body that grants it ("CA
# (SA)", "CA ANZ"), before "designation" or listed after another designation ("CPA, CA or CMA designation", "CPA (CA,
# CMA or CGA)": Canada's legacy titles; not "San Diego, CA, CPA or CMA"), or a Chartered Accountant's or Professional
# Engineer's initials followed by more post-nominals ending the line ("Jane Doe, CA, CPA") unless a place's words
# lead to it ("Based in Irvine, CA, CPA"). A code after a credential ending the line stays where it is held ("RN,
# TX", "CPA, CA"), and "Jane Doe, CA" alone reads as "Santa Rosa, CA" does
_POST_NOMINAL = r"(?:CPA|CMA|CGA|CFA|CIA|CISA|ACCA|FCCA|ACA|FCA|CIMA|ACMA|FCMA|CGMA|MBA|PhD|P\.?Eng\.?|PMP|FEC|LEED AP)"
_POST_NOMINALS_AFTER = re.compile(rf"(?:,\s*{_POST_NOMINAL}(?![\w.])){{1,4}}(?=\s*(?:$|[;|]))", re.M)
_GRANTED_IN = re.compile(r"\s?\((?:SA|ANZ|Aus|NZ|ICAI|ICAEW|ICAS)\)| ANZ\b")
# "CA designation"; after a designation, "CA or CMA", "CA, CMA or CGA": more of them listed with "or"/"and"
_DESIGNATION_NAMED = re.compile(r"\s+designations?\b")
_DESIGNATIONS_AFTER = re.compile(rf"(?:\s*,\s*{_POST_NOMINAL})*\s*(?:,\s*)?(?:or|and|&)\s+{_POST_NOMINAL}(?![\w.])")
_DESIGNATION_BEFORE = re.compile(rf"\b{_POST_NOMINAL}\s*[,(/]\s*$")
_PLACE_LEAD = re.compile(r"\b(?i:in|at|near|from|based|located)\s+[^,;|()]{1,40},\s*$")
_POST_NOMINAL_CODES = frozenset({"CA", "PE"})


def _spelled_before(text: str, start: int, code: str) -> bool:
    """Return whether a bracketed code at ``start`` abbreviates the words right before it ("Engineer (PE)")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[max(0, start - 60) : start])[-len(code) :]
    return len(words) == len(code) and "".join(w[0] for w in words).upper() == code


def _credential_initials(text: str, found: re.Match[str]) -> bool:
    """Return whether a place's code read at ``found`` is a credential's initials instead ("Engineer (PE)")."""
    code, start = found.group(1), found.start(1)
    if text[start - 1 : start] == "(" and _spelled_before(text, start - 1, code):
        return True
    if code not in _POST_NOMINAL_CODES:
        return False
    end, before = found.end(1), text[max(0, start - 60) : start]
    if _GRANTED_IN.match(text, end) or _DESIGNATION_NAMED.match(text, end):
        return True
    if _DESIGNATION_BEFORE.search(before) and _DESIGNATIONS_AFTER.match(text, end):
        return True
    return bool(_POST_NOMINALS_AFTER.match(text, end)) and not _PLACE_LEAD.search(before)


def places(text: str) -> tuple[str, ...]:
    """Return the states, provinces or countries a line names ("licensed in Texas", "RN, TX" -> ("Texas",))."""
    named = list(places_by_name(text))
    named += [_CODES[m.group(1)] for m in _CODE.finditer(text) if not _credential_initials(text, m)]
    named += [_CODES[m.group(1) or m.group(2)] for m in _CODE_BEFORE.finditer(text)]
    named += [_CODES[m.group(1)] for m in _CODE_OF_BODY.finditer(text)]
    return tuple(dict.fromkeys(named))


def places_by_name(text: str) -> tuple[str, ...]:
    """Return the states and provinces a text names in full ("Sacramento, California"), never by a code.

    Prose is read so: "CA qualified" (a Chartered Accountant) and "PA-C" name no state there.
    """
    return tuple(dict.fromkeys(_ALIASES.get(m.group(1), m.group(1)) for m in _PLACE.finditer(text)))


def licence_places(text: str) -> tuple[str, ...]:
    """Return where a licence's line says it is held: the places it names, then its regulators' places.

    A regulator is a place only where a licence is read ("CA(SA) registered with SAICA" is still a name elsewhere).
    """
    return tuple(dict.fromkeys([*places(text), *regulator_places(text)]))


def regulator_places(text: str) -> list[str]:
    """Return the places of the regulators a text names ("HCPC registered" -> ["United Kingdom"]).

    A body that registers in one place only says where a licence is held as a place's name does
    (``data/regulators.yaml``): an AHPRA registration is no HCPC one, a P.Eng. with EGBC no PEO licence.
    """
    pattern, place_of = _regulators()
    return [place_of[m.group().lower()] for m in pattern.finditer(text) if not _body_as_party(text, m.start(), m.end())]


# a body named as an organisation worked with, not one registering the holder: "a PEO" (a professional employer
# organisation), "PEO clients", "OIQ and OIIQ inspectors", "BSIS-approved school", "ICAI-listed firms", "presenting
# to ICAI", "clients include HCPC"; a registration word after it keeps it ("an HCPC registered paramedic")
_PARTY_AFTER = re.compile(
    r"(?:\s*(?:,|and|&|or|/)\s*[A-Z][\w-]{1,12}){0,3}[\s-]+(?:approved|accredited|listed|recogni[sz]ed|clients?|"
    r"customers?|members|inspectors?|partners?|firms?|compan(?:y|ies)|staff|audits?|employees|payroll)\b",
    re.I,
)
_PARTY_BEFORE = re.compile(r"\b(?:a|an|for|to|at|include[sd]?|including|such as|like)\s+$", re.I)
_REGISTERING_AFTER = re.compile(r"\s*(?:-\s*)?(?:regist|licen|member\b|membership|certif|number|no\b|PIN\b|card)", re.I)


def _body_as_party(text: str, start: int, end: int) -> bool:
    """Return whether a regulator's name at ``text[start:end]`` names an organisation worked with or for."""
    if _PARTY_AFTER.match(text, end):
        return True
    return bool(_PARTY_BEFORE.search(text, max(0, start - 12), start)) and not _REGISTERING_AFTER.match(text, end)


@cache
def _regulators() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return the pattern of the regulators' names and each name (lower-cased) to its place."""
    data = yaml_data.safe_load(REGULATORS.read_text(encoding="utf-8"))
    place_of = {name.lower(): place for place, names in data.items() for name in names}
    # initials in capitals only ("SRA", not "sra"); longest first, so a body's full name wins over a shorter one
    ordered = sorted({n for names in data.values() for n in names}, key=len, reverse=True)
    alternation = "|".join(f"(?-i:{re.escape(n)})" if n.replace("-", "").isupper() else re.escape(n) for n in ordered)
    return re.compile(rf"(?<![\w.-])(?:{alternation})(?![\w-])", re.I), place_of


def countries_of(named: tuple[str, ...]) -> set[str]:
    """Return the countries places are in, by name ("Ontario" -> {"Canada"}, "Scotland" -> {"United Kingdom"})."""
    vocab = countries()
    codes = {c for p in named for c in [*country_codes(p), country_of(p)] if c}
    return {vocab.labels[c] for c in codes if c in vocab.labels and c not in vocab.members}


def country_of(place: str) -> str | None:
    """Return the country code of a state or province name ("Texas" -> "US", "Ontario" -> "CA"), else None."""
    if place in _STATES.values():
        return "US"
    if place in _AU_STATES.values() or place in _AU_NAMED:
        return "AU"
    return "CA" if place in _PROVINCES.values() else None


def place_named(text: str) -> str | None:
    """Return the place a text is the whole name or code of ("NSW", "Queensland"), else None ("IN", "OR": words)."""
    text = text.strip()
    if text in _CODES and text not in ("OR", "IN", "ME", "ON"):
        return _CODES[text]
    found = _PLACE.fullmatch(text)
    return _ALIASES.get(found.group(1), found.group(1)) if found else None


# in an address Australia's other codes are its states' ("Perth WA 6000"); in prose they are other words
_AU_ADDRESS_CODES = {
    "WA": "Western Australia", "SA": "South Australia", "NT": "Northern Territory",
    "ACT": "Australian Capital Territory",
}  # fmt: skip


def address_place(text: str, country: str | None = None) -> str | None:
    """Return the state or province an address part is the code or name of ("OR", "VIC", "Victoria"), else None.

    In an address a code is a code ("Portland, OR" is Oregon, where "OR" in prose is a word), read in the address's
    country when it is known ("Perth, WA" in Australia is Western Australia, not Washington).
    """
    text = text.strip(" ().")
    if country == "AU" and text in _AU_ADDRESS_CODES:
        return _AU_ADDRESS_CODES[text]
    found = _CODES.get(text) or place_named(text)
    return found if found and country in (None, country_of(found)) else None


def is_code(token: str) -> bool:
    """Return whether a token is a state's or province's two-letter code ("VA", "ON")."""
    return token in _CODES


# a certification one national body grants, valid in every state ("nationally certified", "NBCOT certification")
NATIONAL = re.compile(r"\b(?:national(?:ly)?|federal(?:ly)?|international)\b", re.I)


def nationally_issued(text: str) -> bool:
    """Return whether a text says its credential is national ("NCCA-accredited", "ARRT registered", "nationally").

    Its place is no state's: a posting's location says nothing of where it is held (``data/national_certifiers.yaml``).
    """
    return bool(NATIONAL.search(text) or _national_certifiers().search(text))


@cache
def _national_certifiers() -> re.Pattern[str]:
    """Return the pattern of the national certifying bodies' names (initials in capitals only)."""
    names = sorted(yaml_data.safe_load(NATIONAL_CERTIFIERS.read_text(encoding="utf-8")), key=len, reverse=True)
    alternation = "|".join(f"(?-i:{re.escape(n)})" if n.replace("-", "").isupper() else re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.-])(?:{alternation})(?!\w)", re.I)  # "NCCA-accredited"


# a school's name, where a resume says its holder trained ("Oregon State University", "University of Arizona",
# "Phoenix Regional Police Academy"); not a regulator's ("College of Nurses of Ontario" is a college of a profession)
_SCHOOL_WORD = r"(?:[A-Z][\w&'.-]*|&|and|of|the)"
_SCHOOL = re.compile(
    rf"(?:(?<![\w&'.-]){_SCHOOL_WORD}\s+){{0,6}}"
    r"(?:University|(?:Community|Technical|Junior|State|Career) College|Polytechnic|Academy|School)"
    rf"\b(?:\s+(?:of|at|for|in)(?:\s+{_SCHOOL_WORD}){{1,5}})?"
)


def without_schools(text: str) -> str:
    """Return a resume line with the schools it names blanked: where one trained is not where one is licensed."""
    return _SCHOOL.sub(" ", text)


def accepts_any(text: str) -> bool:
    """Return whether a posting item accepts a licence from any place ("any state", "eligible", "reciprocity")."""
    return bool(_ANY_PLACE.search(text) or _ELSEWHERE_ACCEPTED.search(text))


def elsewhere_accepted(text: str) -> list[tuple[int, int]]:
    """Return where a text says another place's licence is accepted ("interstate licences recognised")."""
    return [found.span() for found in _ELSEWHERE_ACCEPTED.finditer(text)]


def compact(text: str) -> bool:
    """Return whether a text names a compact (multistate) licence (not where it says none is accepted)."""
    return bool(_COMPACT.search(text)) and not _NO_COMPACT.search(text)


def countries_named(text: str) -> tuple[str, ...]:
    """Return the countries a licence's words name, as places ("NZ teacher registration" -> ("New Zealand",)).

    A country's name anywhere ("Teaching Council of Aotearoa New Zealand"), or its initials the country vocabulary
    writes in capitals (NZ, UK, EU: ``data/countries.yaml``) right before a licence's words ("UK driving licence").
    """
    vocab = countries()
    codes = [*country_codes(text)]
    codes += [vocab.codes[m.group(1).lower()] for m in _initials_before().finditer(text)]
    return tuple(dict.fromkeys(vocab.labels[c] for c in codes))


def where_held(text: str) -> tuple[str, ...]:
    """Return every place a held licence's line names, with the countries and unions its places are in.

    "Early Childhood Teacher registration, Victorian Institute of Teaching" -> ("Victoria", "Australia"): a
    licence from an Australian state is no New Zealand licence; "CILT Ireland" -> ("Ireland", "European Union", ...).
    """
    vocab = countries()
    named = [*licence_places(text), *countries_named(text)]
    codes = [c for p in named for c in [*country_codes(p), country_of(p)] if c]
    codes += [group for c in list(codes) for group, members in vocab.members.items() if c in members]
    return tuple(dict.fromkeys([*named, *(vocab.labels[c] for c in codes if c in vocab.labels)]))


@cache
def _initials_before() -> re.Pattern[str]:
    """Return the pattern of a country's capital initials right before a licence's words ("NZ teacher registration").

    The initials are those ``data/countries.yaml`` spells in capitals (UK, NZ, U.S., EU), never bare ISO codes:
    "IT security certificate" and "NO licence needed" name no country.
    """
    data = yaml_data.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    spellings = {
        spelling
        for body in [*data["countries"].values(), *data["groups"].values()]
        for spelling in [*body["names"], *body["demonyms"]]
        if spelling.replace(".", "").isupper() and len(spelling.replace(".", "")) <= 3
    }
    initials = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])({initials})(?= (?:[a-z]+ ){{0,2}}(?:licen[cs]e|registration|permit|certificate|"
        r"practising certificate)s?\b)"
    )


def country_initials(token: str) -> bool:
    """Return whether a token is a country's initials as ``data/countries.yaml`` spells them ("NZ", "UK")."""
    return bool(_initials_before().match(token + " licence"))


def as_asked(held: tuple[str, ...], asked: tuple[str, ...]) -> tuple[str, ...]:
    """Return the places of a held licence at the level a posting asks: a country counts only where one is asked.

    "Registered Nurse, Australia" says nothing of which state when a posting asks for Queensland (unstated, not
    another place); it says where when a posting asks for an Australian registration.
    """
    labels = set(countries().labels.values())
    if any(a in labels for a in asked):
        return held
    return tuple(h for h in held if h not in labels)


def country_label(code: str | None) -> tuple[str, ...]:
    """Return the name of the country with an ISO code ("NZ" -> ("New Zealand",)), or () for none or an unknown one."""
    label = countries().labels.get((code or "").upper())
    return (label,) if label else ()

"""Work authorization: what a posting asks (countries, sponsorship, citizenship, clearance) against the profile.

"Must be authorized to work in the United States", "right to work in the UK", "eligible to work in Canada": the
posting asks for authorization in a country (any one of those named). "We are unable to sponsor", "visa
sponsorship is not available now or in the future", "without sponsorship": it refuses sponsorship; "sponsorship
available" offers it. "US citizenship required", "Australian citizen or permanent resident": it asks for more
than authorization (a visa or permit holder may work there and still not qualify), and a profile holds no
citizenship, so that part is unknown unless the profile says the person needs sponsorship there (then they are
neither a citizen nor a permanent resident of it). A security clearance is noted, never judged.

Postings are written by strangers: everything here is bounded regular expressions over short windows (no nested
repetition), and the countries are data (``data/countries.yaml``), not code per country, as are the word lists that
tell a statement from other text (``data/authorization.yaml``: other things sponsored, people served, clearances).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from careerpilot.domain.matching import FilterResult, Status
from careerpilot.matching.country_names import countries, country_codes
from careerpilot.matching.layout import unwrapped
from careerpilot.text import yaml_data

WORDS = Path(__file__).with_name("data") / "authorization.yaml"  # word lists (provenance in data/PROVENANCE.md)
Requires = Literal["authorization", "residence", "citizenship"]
Outcome = Literal["met", "unknown", "excluded"]
UNKNOWN = "unknown: "  # the reason of a passed filter that could not be judged starts with this
WINDOW = 160  # characters either side of a cue read in an over-long segment (one-line postings)
LONG_SEGMENT = 400
MAX_CUES = 40  # cues read per posting: a posting repeating "visa" 10,000 times is read 40 times

_WORD = r"[\w-]+\s+"
_LISTS = yaml_data.safe_load(WORDS.read_text(encoding="utf-8"))


# a clearance of another sense is no security clearance: a check or a permit ("medical clearance required", "police
# clearance certificate", "customs clearance") asks nothing of the right to work and is on no clearance ladder
OTHER_CLEARANCE = re.compile(
    r"\b(?:medical|customs|police|tax|fitness|dental|health|psychological|travel|site|environmental) clearances?\b",
    re.I,
)
# "Citizen" inside a body's capitalised name is no status asked: "College of Immigration and Citizenship Consultants",
# "U.S. Citizenship and Immigration Services", "Immigration, Refugees and Citizenship Canada"
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|of|and|for|the|on|&)"
_NAME = re.compile(rf"\b[A-Z][\w'’.&-]*(?:\s+{_NAME_WORD})*")
_BODY = re.compile(
    r"College|Council|Department|Ministry|Minister|Board|Services?|Office|Commission|Agency|Institute|Tribunal|"
    r"Court|Association|Society|Canada"
)
_CITIZEN_IN_NAME = re.compile(r"\bCitizen\w*")


def without_bodies(text: str) -> str:
    """Return the text without the names of bodies that hold the word "Citizen" (regulators, departments, services).

    A run of capitalised words (joined by "of", "and", "for", "the") that opens or closes with a College, Council,
    Department, Ministry, Board or Services is an organisation, and its "Citizenship" asks nothing of the hire.
    "Canadian Citizenship" names no body, and neither does "a Canadian Citizen and Department of National Defence
    clearance" (the run neither opens nor closes with a body's noun), so both still ask.
    """

    def blank(name: re.Match[str]) -> str:
        words = [w for w in name.group(0).split() if w not in ("The", "the")]
        while words and not words[-1][0].isupper():
            words.pop()  # "College of ... Consultants as": trailing joining words are no part of the name
        named = len(words) > 1 and (_BODY.fullmatch(words[0]) or _BODY.fullmatch(words[-1]))
        return " " if named and _CITIZEN_IN_NAME.search(name.group(0)) else name.group(0)

    return _NAME.sub(blank, text) if "Citizen" in text else text


def _any(key: str, *keys: str) -> str:
    """Return a word list of ``data/authorization.yaml`` as a regex alternation (its entries are fragments)."""
    entries = _LISTS[key]
    for inner in keys:
        entries = entries[inner]
    return "|".join(entries)


_CUE = re.compile(
    r"\b(?:sponsor\w*|authori[sz]\w*|citizen\w*|right[- ]to[- ]work|right to (?:live and )?work|work rights|"
    r"(?:eligib\w*|entitled|permitted|allowed) to (?:legally |lawfully )?work|legally|lawfully|permission to work|"
    r"work permits?|permanent residen\w*|green cards?|visas?|H-?1B|clearance|U\.?S\.? persons?|"
    r"employment eligibility|eligib\w* for employment|indefinite leave to remain|settled status)\b",
    re.I,
)
# what every cue above contains, lower-cased: a posting holding none of these is skipped without a regex
_CUE_WORDS = (
    "sponsor", "authori", "citizen", "right to", "right-to", "work rights", "entitled", "permitted", "allowed",
    "legally", "lawfully", "work permit", "residen", "green card", "visa", "h-1b", "h1b", "clearance", "s person",
    "s. person", "eligib", "permission", "leave to remain", "settled status",
)  # fmt: skip
_AUTHORIZATION = re.compile(
    r"\b(?:authori[sz](?:ed|ation) (?:to work|for employment)|work(?:ing)? authori[sz]ation|"
    r"employment authori[sz]ation|"
    # "the right to work remotely" and "able to work in a team" are no authorization
    r"(?:right[- ]to[- ]work|right to (?:live and )?work)"
    r"(?! (?:remotely|from|flexibl\w*|anywhere|part[- ]time|hybrid)\b)|"
    r"work rights|(?:eligib\w*|entitled|permitted|allowed) to (?:legally |lawfully )?work\b|"
    r"(?:legally|lawfully) (?:(?:able|authori[sz]ed|eligible|entitled|permitted|allowed) )?(?:to )?work\b|"
    r"permission to work|work permits?|employment eligibility|"
    r"eligib\w* for employment|(?:work|employment|valid|H-?1B|TN|E-?3|L-?1|O-?1|skilled|immigrant) visas?|"
    r"visas? (?:sponsor\w*|status|holders?|transfer\w*))\b",
    re.I,
)
_CITIZENSHIP = re.compile(r"\b(?:citizen(?:s|ship)?|passport holders?|U\.?S\.? persons?)\b", re.I)
_RESIDENCE = re.compile(
    r"\b(?:permanent residen(?:t|ts|ce|cy)|green card(?: holders?)?|lawful permanent|indefinite leave to remain|"
    r"settled status)\b",
    re.I,
)
# "digital citizenship", "citizenship-test preparation", "senior citizens": no one's status
_NOT_STATUS = re.compile(
    rf"\b(?:{_any('not_status', 'before_citizen')}) citizen\w*|"
    rf"\bcitizen\w*[- ](?:{_any('not_status', 'after_citizen')})\b",
    re.I,
)
_STATUS_WORD = (
    r"(?:citizen\w*|nationals?|nationality|passport holders?|U\.?S\.? persons?|permanent residen\w*|green cards?|"
    r"lawful permanent|indefinite leave to remain|settled status)"
)
# a status asked next to the asking word: "must be a U.S. citizen", "citizenship is required", "only UK nationals",
# "Australian citizens or permanent residents only", "only U.S. citizens will be considered"; a status anywhere
# else in a sentence that holds "must" ("you must prepare green card applications") asks nothing
_TOKEN = r"[\w'/-]+(?:\.[\w'/-]+)*[.,]?\s+"  # a word ("U.S.", "citizens,") and the space after it
_ASKED = re.compile(
    r"\b(?:must\s+(?:already\s+)?(?:be|hold|have|possess)|(?:required|needs?) to (?:be|hold|have)|requires?|"
    rf"requirement|only|open (?:only )?to|limited to|restricted to|reserved for)[:\s]+(?:{_TOKEN}){{0,5}}?"
    rf"{_STATUS_WORD}|\b{_STATUS_WORD}[.,]?\s+(?:{_TOKEN}){{0,4}}?(?:(?:is|are)\s+)?"
    r"(?:required|mandatory|essential|only|a must|a requirement|(?:will|may|can) (?:only )?(?:be considered|apply))\b",
    re.I,
)
# "assist Canadian citizens with passport renewals", "prepare green card and citizenship applications": the people
# served or the cases handled, not the one hired
_SERVING = re.compile(rf"\b(?:{_any('serving')})\b", re.I)
_HANDLED = re.compile(rf"\bnaturali[sz]ation\b|{_STATUS_WORD}\s+(?:{_any('handled')})\b", re.I)
# "citizenship preferred", "sponsorship is not needed", "however, exceptional candidates may be considered":
# a wish, a welcome or an exception, never a refusal or a status asked
_SOFTENED = re.compile(
    r"\b(?:prefer(?:red|able|ence)|a plus|an advantage|desir(?:ed|able)|nice to have|ideally|welcome\w*|"
    # "however" qualifies a refusal only when what follows offers or considers something
    r"however\b(?=[^.!?]{0,100}?\b(?:sponsor|consider|exception|case[- ]by|welcome))|"
    r"encourag\w*|invited|"
    r"(?:may|might|could) (?:still )?be considered|case[- ]by[- ]case|exceptions?|needed)\b",
    re.I,
)
SHORT_STATUS = 12  # words: a bullet fragment naming a country's citizenship ("U.S. citizenship;") asks for it
# "a US citizen or otherwise authorized to work", "citizens, permanent residents or visa holders": authorization
_OR_AUTHORIZED = re.compile(
    r"\b(?:or|and/or)\s+(?:[\w,/-]+\s+){0,4}?(?:authori[sz](?:ed|ation)|eligible|entitled|permitted|right to work|"
    r"work (?:permit|visa)|visa holders?|(?:hold|have|having|possess)(?:ing|s)? (?:an? )?valid)|"
    r"(?:,|\band)\s+(?:[\w/-]+\s+){0,3}?(?:visa|work permit|EAD|TN|H-?1B|L-?1|O-?1|E-?3) holders?\b",
    re.I,
)
# "proof of eligibility, such as a passport or green card": documents that show authorization, not a status asked
_DOCUMENTS = re.compile(r"\b(?:such as|e\.g\.|for example|I-9|E-Verify|identity and)\b", re.I)
_NOT_REQUIRED = re.compile(
    r"\b(?:citizen(?:ship)?|residen\w*|sponsorship)\s+(?:is |are )?not (?:required|necessary|needed|a requirement)",
    re.I,
)
# equal-opportunity boilerplate lists "citizenship status" among what hiring ignores: no requirement
_EEO = re.compile(
    r"\b(?:without regard|regardless|irrespective|discriminat\w*|equal (?:employment )?opportunit\w*|"
    r"consideration for employment|protected (?:veteran|class|status)|national origin)\b",
    re.I,
)
_CLEARANCE = re.compile(
    r"\b(?:security clearance|clearance (?:is )?required|"
    rf"(?:{_any('clearance_names')}|obtain (?:and maintain )?an?) clearance)\b",
    re.I,
)
_NEGATION = r"(?:not|unable to|cannot|can't|can ?not|won't|don't|doesn't|no longer)"
_NO_SPONSOR = re.compile(
    "|".join(
        (
            rf"\b{_NEGATION}\s+(?:be\s+)?(?:able\s+to\s+)?(?:currently\s+|presently\s+|now\s+)?sponsor",
            rf"\b{_NEGATION}\s+(?:be\s+)?(?:able\s+to\s+)?(?:currently\s+|presently\s+)?"
            rf"(?:offer|provide|support|consider|pursue|assist with|take over|transfer)\w*\s+(?:{_WORD}){{0,3}}?"
            r"sponsorships?\b",
            rf"\bno\s+(?:{_WORD}){{0,2}}?sponsorships?\b",
            rf"\bsponsorships?\s+(?:{_WORD}){{0,4}}?(?:is|are|will|can|shall)\s+not\s+(?:be\s+)?"
            r"(?:available|offered|provided|possible|supported|considered|an option|granted)",
            r"\bsponsorships?\s*(?:[:–-]\s*)?(?:is\s+)?(?:unavailable|not available|none|no)\b",
            r"(?<!\bor )\bwithout\s+[^.;!?\n]{0,50}?\bsponsorship",
            rf"\b(?:not|never)\s+(?:now\s+or\s+in\s+the\s+future\s+)?(?:require|need)\w*\s+(?:{_WORD}){{0,3}}?sponsorship",
            rf"\b(?:require|need)\w*\s+(?:{_WORD}){{0,3}}?sponsorship[^.;!?\n]{{0,60}}?\b"
            r"(?:not\s+(?:be\s+)?(?:considered|eligible)|ineligible)",
            rf"\b(?:not\s+|in)eligible\s+for\s+(?:{_WORD}){{0,3}}?sponsorship",
        )
    ),
    re.I,
)
_SPONSORS = re.compile(
    "|".join(
        (
            r"\bsponsorships?\s+(?:is\s+|are\s+|may\s+be\s+|can\s+be\s+|will\s+be\s+)?"
            r"(?:available|offered|provided|possible|considered|supported)",
            rf"\b(?:we|will|can|able to|happy to|willing to|open to)\s+(?:{_WORD}){{0,2}}?sponsor(?:ing|s)?\b",
            rf"\b(?:offers?|provides?|including|includes?)\s+(?:{_WORD}){{0,4}}?sponsorship",
            rf"\b(?:welcome|consider|encourage)\w*\s+(?:{_WORD}){{0,4}}?(?:require|need)\w*\s+(?:{_WORD}){{0,2}}?"
            r"sponsorship",
            r"\bsponsorship\s*[:–-]\s*(?:yes|available)\b",
        )
    ),
    re.I,
)
_SPONSOR = re.compile(r"\bsponsor", re.I)
_EITHER_WAY = re.compile(r"\bwith or without\s+(?:[\w-]+\s+){0,2}?sponsorship", re.I)
# the words of sponsorship, authorization and status, read before the rest ("eligible", "legally")
_STRONG_CUE = re.compile(
    r"\b(?:sponsor|authori[sz]|citizen|visa|H-?1B|right[- ]to[- ]work|right to (?:live and )?work|work rights|"
    r"work permit|permanent residen|green card|clearance)",
    re.I,
)
# a sentence about sponsoring someone's right to work, not a tuition, an event or a benefits plan
_WORK_CONTEXT = re.compile(
    r"\b(?:visas?|immigration|H-?1B|work permits?|green cards?|employment[- ]based|authori[sz]\w*|eligib\w*|"
    r"citizen\w*|residen\w*|right to work|work rights)\b",
    re.I,
)
_OTHER_SPONSORED = re.compile(rf"\b(?:{_any('other_sponsored')})\b", re.I)
# segments: lines and sentences; "U.S. citizen" is not two sentences
_SEGMENT = re.compile(
    r"\n|(?<=[.!?;])(?<![A-Z]\.[A-Z]\.)\s+(?!\s|(?i:however|but|although|though|except|unless|that said)\b)"
)


def profile_codes(entries: Sequence[str]) -> frozenset[str]:
    """Return the codes of the countries a profile lists ("USA", "United Kingdom", "EU"); unknown ones upper-cased."""
    vocabulary = countries()
    return frozenset(vocabulary.codes.get(e.strip().lower(), e.strip().upper()) for e in entries if e.strip())


def held_codes(authorized: Sequence[str]) -> frozenset[str]:
    """Return the codes a profile may work in without sponsorship: those listed and the members of groups listed."""
    listed = profile_codes(authorized)
    return listed | {m for c in listed for m in countries().members.get(c, ())}


def sponsorship_needed(code: str, authorized: Sequence[str], needs_sponsorship: bool) -> bool | None:
    """Return whether the profile needs sponsorship to work in a country; None when the profile does not say.

    Listed (or in a listed group): no. Not listed, while the profile lists other countries and says it needs
    sponsorship: yes. Nothing listed, or a group only some of whose members are listed: the profile does not say.
    The filter (``judge``) and the application answers both follow this rule, so they never contradict.
    """
    listed = profile_codes(authorized)
    if code in held_codes(authorized):
        return False
    if not listed or countries().members.get(code, frozenset()) & listed:
        return None
    return True if needs_sponsorship else None


def label(codes: Iterable[str]) -> str:
    """Return codes as display names joined by 'or' ("the United States or Canada")."""
    labels = countries().labels
    names = [labels.get(c, c) for c in codes]
    names = [f"the {n}" if n.startswith(("United", "European", "Netherlands")) else n for n in names]
    return " or ".join(names)


@dataclass(frozen=True)
class AuthorizationAsk:
    """What a posting says about the right to work: where, whether it sponsors, and how much status it asks."""

    countries: tuple[str, ...] = ()  # codes; any one of them will do
    sponsors: bool | None = None  # True offers sponsorship, False refuses it, None does not say (or says both)
    requires: Requires = "authorization"
    clearance: bool = False
    work: bool = True  # it asks about the right to work (False: it only asks for a security clearance)
    statements: tuple[str, ...] = field(default=(), compare=False)  # the posting's own words
    entertains: bool = False  # some statement offers, welcomes or excepts sponsorship: a refusal is in doubt
    allows: bool = False  # some statement accepts authorization besides a status: a status asked is in doubt


_STRICTNESS = {"authorization": 0, "residence": 1, "citizenship": 2}


def _sponsorship(text: str, softened: bool) -> tuple[bool | None, bool]:
    """Return what a sentence says of sponsorship (False refuses, True offers, None neither) and if it entertains it.

    A refusal only when nothing in the sentence offers, welcomes or excepts ("we do not sponsor H-1B, but we can
    sponsor TN"; "candidates who do not require sponsorship are preferred"): then it says nothing, and entertains it.
    """
    if not _SPONSOR.search(text) or (_OTHER_SPONSORED.search(text) and not _WORK_CONTEXT.search(text)):
        return None, False
    rest = _NO_SPONSOR.sub(" ", text)  # "we can't offer sponsorship" holds no offer
    refused, offered = rest != text, bool(_SPONSORS.search(rest))
    if refused and (offered or softened):
        return None, True
    if refused:
        return False, False
    return (True, True) if offered else (None, bool(_EITHER_WAY.search(text)))


def read_statement(text: str) -> AuthorizationAsk | None:
    """Read one sentence or bullet; None when it says nothing about the right to work."""
    eeo = bool(_EEO.search(text))
    asks = bool(_AUTHORIZATION.search(text)) and not eeo
    named = country_codes(text)
    plain = _NOT_STATUS.sub(" ", without_bodies(text))
    softened = bool(_SOFTENED.search(plain))
    status = not eeo and not _NOT_REQUIRED.search(text) and not _DOCUMENTS.search(text)
    status = status and not _HANDLED.search(plain)
    # the people served are named after the serving word ("we only serve U.S. citizens"); "must be a U.S. citizen
    # to support our clients" still asks
    asked = _ASKED.search(plain)
    fragment = bool(named) and len(plain.split()) <= SHORT_STATUS and not _SERVING.search(plain)
    status = status and bool((asked and not _SERVING.search(plain, 0, asked.end())) or fragment)
    citizenship = status and bool(_CITIZENSHIP.search(plain) or countries().nationals.search(plain))
    residence = status and bool(_RESIDENCE.search(plain))
    other = bool(_OR_AUTHORIZED.search(text))
    # "U.S. citizenship preferred", "a US citizen or otherwise authorized": authorization other than a status will do
    allows = (citizenship or residence) and (softened or other)
    citizenship, residence = citizenship and not allows, residence and not allows
    clearance = bool(_CLEARANCE.search(OTHER_CLEARANCE.sub(" ", text))) and not eeo
    sponsors, entertains = _sponsorship(text, softened)
    if not (asks or citizenship or residence or clearance or allows or entertains or sponsors is not None):
        return None
    requires: Requires = "residence" if residence else "citizenship" if citizenship else "authorization"
    work = asks or citizenship or residence or allows or entertains or sponsors is not None
    # whoever may sponsor asks for no status either, nor one who welcomes "visa holders with an EAD"
    allows = allows or entertains or (asks and softened and sponsors is None)
    return AuthorizationAsk(named, sponsors, requires, clearance, work, (text.strip(),), entertains, allows)


def _segments(text: str) -> list[str]:
    """Return the sentences and lines holding a cue; an over-long one (a one-line posting) as windows round its cues.

    At most MAX_CUES are read, those naming sponsorship, authorization or a status first (a benefits section full of
    "eligible" and "legally" must not use them up before the sponsorship line), then the rest, in the posting's order.
    """
    strong: list[tuple[int, str]] = []
    weak: list[tuple[int, str]] = []
    for segment in _SEGMENT.split(text):
        if len(segment) <= LONG_SEGMENT:
            pieces = [segment] if _CUE.search(segment) else []
        else:
            pieces = [segment[max(0, c.start() - WINDOW) : c.end() + WINDOW] for c in _CUE.finditer(segment)]
        for piece in pieces:
            (strong if _STRONG_CUE.search(piece) else weak).append((len(strong) + len(weak), piece))
            if len(strong) >= MAX_CUES:
                return [p for _, p in strong]
    return [p for _, p in sorted(strong + weak[: MAX_CUES - len(strong)])]


def read_posting(text: str) -> AuthorizationAsk | None:
    """Read a posting's text; None when it says nothing about the right to work.

    A refusal stands only when no statement of the posting entertains sponsorship, and a citizenship or residence
    asked for only when none allows other authorization: one misread sentence must not exclude a posting.
    """
    lowered = text.lower()
    if not any(word in lowered for word in _CUE_WORDS) or not _CUE.search(text):
        return None
    asks = [a for a in map(read_statement, _segments(unwrapped(text))) if a is not None]
    if not asks:
        return None
    offers = {a.sponsors for a in asks if a.sponsors is not None}
    entertains = any(a.entertains for a in asks)
    allows = any(a.allows for a in asks)
    return AuthorizationAsk(
        countries=tuple(dict.fromkeys(c for a in asks for c in a.countries)),
        sponsors=None if len(offers) != 1 or (entertains and offers == {False}) else offers.pop(),
        requires="authorization" if allows else max((a.requires for a in asks), key=_STRICTNESS.__getitem__),
        clearance=any(a.clearance for a in asks),
        work=any(a.work for a in asks),
        statements=tuple(dict.fromkeys(s for a in asks for s in a.statements)),
        entertains=entertains,
        allows=allows,
    )


@dataclass(frozen=True)
class Verdict:
    """The posting's ask against the profile: met, unknown (shown, never excluded) or excluded, and why."""

    outcome: Outcome
    reason: str


def _asked(ask: AuthorizationAsk, place: str) -> str:
    where = f" in {place}" if place else ""
    if ask.requires == "citizenship":
        return f"citizenship of {place}" if place else "citizenship"
    if ask.requires == "residence":
        return f"citizenship or permanent residence{where}"
    return f"authorization to work{where}"


def judge(
    ask: AuthorizationAsk, authorized: Sequence[str], needs_sponsorship: bool, located: Sequence[str] = ()
) -> Verdict:
    """Compare a posting's ask with the profile's countries (work without sponsorship) and need of sponsorship.

    ``located`` are the codes of the countries the job is in, read when the posting names none ("we do not
    sponsor"). Only a need of sponsorship the posting refuses (or a citizenship or residence asked for, which
    sponsorship does not give) excludes, in a country the profile does not list while it lists some; whatever the
    profile leaves unsaid (no country listed, none the job is in) is unknown.
    """
    if not ask.work:
        return Verdict("unknown", f"{UNKNOWN}the posting asks for a security clearance (not checked)")
    vocabulary = countries()
    listed = profile_codes(authorized)
    asked = ask.countries or tuple(located)
    place = label(asked)
    held = [c for c in asked if c in held_codes(authorized)]
    partly = [c for c in asked if vocabulary.members.get(c, frozenset()) & listed]
    clearance = "; it asks for a security clearance (not checked)" if ask.clearance else ""
    more = "more than work authorization; the profile does not state citizenship"
    if held:
        if ask.requires == "authorization":
            return Verdict("met", f"authorized to work in {label(held)} (profile){clearance}")
        return Verdict("unknown", f"{UNKNOWN}the posting asks for {_asked(ask, label(held))}, {more}{clearance}")
    need = f"needs sponsorship{f' for {place}' if place else ''}"
    if needs_sponsorship and ask.sponsors and ask.requires == "authorization" and not partly:
        return Verdict("met", f"{need}; the posting offers sponsorship{clearance}")
    # needing sponsorship is about the countries the profile does not list: with none listed, it says nothing
    if needs_sponsorship and listed and asked and not partly:
        if ask.sponsors is False:
            return Verdict("excluded", f"{need}; the posting says it does not sponsor")
        if ask.requires != "authorization":
            status = _asked(ask, place)
            return Verdict("excluded", f"{need}; the posting asks for {status}, which sponsorship does not give")
        return Verdict("unknown", f"{UNKNOWN}{need}; the posting does not say whether it sponsors{clearance}")
    said = {False: "; it does not sponsor", True: "; it offers sponsorship", None: ""}[ask.sponsors]
    what = f"the posting asks for {_asked(ask, place)}{said}{clearance}"
    if not listed and not needs_sponsorship:
        return Verdict("unknown", f"{UNKNOWN}{what}; check the profile (work_authorization, needs_sponsorship)")
    yours = label(sorted(listed)) or "no country"
    return Verdict("unknown", f"{UNKNOWN}{what}; the profile lists {yours}: check the profile")


def status_of(result: FilterResult) -> Status:
    """Return how an authorization filter result shows on the posting's authorization items."""
    if not result.passed:
        return "missing"
    return "unknown" if result.reason.startswith(UNKNOWN) else "met"

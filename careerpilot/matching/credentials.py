"""Credentials as entities: certifications, licences, endorsements, registrations and clearances.

A credential is an identity with a family, a place in its family's order, an issuer and, for licences issued per
state, a jurisdiction; it is never a skill "close in meaning". The vocabulary is data (``data/credentials.yaml``,
see its PROVENANCE.md); this module reads it, finds credentials in posting items and resume lines (full names and
abbreviations are one entity), and decides whether what a resume holds satisfies what a posting asks for: the same
credential or one above it in the family's declared order, in an accepted jurisdiction, not expired, not merely
being worked toward.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from itertools import accumulate
from pathlib import Path

from careerpilot.matching import credential_phrases as phrases
from careerpilot.matching import grades, vocabulary_levels
from careerpilot.matching.country_names import countries
from careerpilot.matching.jurisdictions import (
    NATIONAL,
    accepts_any,
    as_asked,
    compact,
    countries_named,
    countries_of,
    elsewhere_accepted,
    licence_places,
    place_named,
    places,
    regulator_places,
    where_held,
    without_schools,
)
from careerpilot.text import yaml_data
from careerpilot.text.lexical import background
from careerpilot.text.sentences import EXAMPLE_CUE_WORDS
from careerpilot.text.terms import STOP_WORDS, stem

VOCABULARY = Path(__file__).with_name("data") / "credentials.yaml"

# what a resume line says is not held (yet): "pursuing the CCNP", "CPA candidate", "PMP (expected 2027)"
_NOT_HELD = re.compile(
    r"\b(?:pursuing|working (?:toward|towards|on)|studying for|preparing for|in progress|enrolled in|expected|"
    r"planned|will sit|sitting for|eligible (?:for|to sit)|candidate|in training|"
    r"application (?:submitted|lodged|made|under review))\b",
    re.I,
)
# words that say a credential is not held yet only when said of it: "GMC registration applied for", "RN license
# pending board approval", "awaiting NMC PIN"; not of the work ("pending claims", "patients awaiting surgery")
_AWAITED = re.compile(r"\b(?:applied for|applying for|pending|awaiting)\b", re.I)
# a credential's noun right after such a word says it of a credential ("awaiting registration", "pending licensure")
_AWAITED_NOUN = re.compile(r"\s*(?:the\s+|my\s+|an?\s+|full\s+)?(?:registration|licen[cs]\w*|certifi\w*|pin\b)", re.I)
# what may stand between a credential and a word said of it: its nouns, its state, punctuation ("RN license:
# pending", "CPA (pending)", "GMC registration applied for"); "RN, triaged patients awaiting results" says it of others
_BESIDE_CREDENTIAL = re.compile(
    r"(?:[\s()\[\]\-–—,:/]|\b(?:the|my|an?|full|active|state|licen[cs]\w*|registration|certifi\w*|pin|number|no|"
    r"status|is|currently|still|being|application)\b)*",
    re.I,
)
# what follows such a word when it is said of a credential: nothing more, or a decision on it
_AWAITED_OF = re.compile(
    r"\s*(?:$|[()\[\]\-–—,;.:]|(?:the\s+|my\s+|an?\s+|full\s+)?(?:registration|licen[cs]\w*|certifi\w*|pin\b|"
    r"approval|board|results?|review|issuance|verification|renewal|endorsement|final\b))",
    re.I,
)
# "Uniform CPA Examination: 2 of 4 sections passed" is on the way to a licence, not the licence (CFA levels are exams)
_EXAM = re.compile(r"\b(?:exam(?:ination)?s?|sections? passed|of (?:4|four) sections)\b", re.I)
_LAPSED = re.compile(r"\b(?:expired|lapsed|inactive|revoked|suspended)\b", re.I)
_MONTH = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_EXPIRY = re.compile(
    r"\b(?:exp(?:ires?|ired|iration|iring)?\.?|valid (?:through|thru|until|to)|good through|renew(?:al)? due)\s*:?\s*"
    r"(?:(?P<m1>\d{1,2})/(?P<y1>(?:19|20)\d{2})|(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})|"
    r"(?P<mn>[A-Za-z]{3})[a-z]*\.?,?\s+(?P<y3>(?:19|20)\d{2})|(?P<y4>(?:19|20)\d{2}))",
    re.I,
)
# "Series 7 and 66", "EPA 608 Type I and II", "CFA Level I, II": each number gets its head back
_SERIES = re.compile(
    r"(?P<head>Series|(?:EPA\s+)?(?:Section\s+)?608\s+Type|CFA\s+Level)[\s-]+(?P<first>I{1,3}|\d{1,2})\b"
    r"(?P<rest>(?:\s*(?:,|and|&|/|or|\+)\s*(?:Series\s+|Type\s+|Level\s+)?(?:I{1,3}|\d{1,2})\b(?!\s*(?:years?|yrs?|\+)))+)",
    re.I,
)
# "endorsements H, N, T", "Endorsements: H/N/T", "H, N and T endorsements", "W and T endorsements": letters of
# licence endorsements (a CDL's; New Zealand's F, R, W, D), two or more, the word before them or after
_LETTERS = re.compile(
    r"\b[Ee]ndorsements?:?\s+((?:[DFHNPRSTWX]\s*(?:,|/|&|and)\s*){1,9}[DFHNPRSTWX])\b(?![\w-])"
    r"|(?<![\w&-])((?:[DFHNPRSTWX]\s*(?:,|/|&|and)\s*){1,9}[DFHNPRSTWX])\s+[Ee]ndorsements\b"
)
# beside New Zealand's own letters (F forklift, R roller, W wheels, D dangerous goods), "T" is tracks, not doubles
_NZ_LETTERS = re.compile(r"\b[DFRW]\b")
_LETTER_NAMES = {"T": "T (tracks)"}
# a letter that names something else by its letter ("Grade P", "Plan B", "Vitamin D", "Type T") or ends a word
# ("manager's endorsement") is no licence endorsement's letter
_LETTER_OWNER = re.compile(
    r"(?:\b(?:grade|plan|type|vitamin|level|tier|band|schedule|section|part|option|category|form|unit|hepatitis|"
    r"appendix|exhibit|block|zone|wing|ward)\s+|\w['’])$",
    re.I,
)
_LETTER_ENDORSEMENT = re.compile(r"[A-Za-z]\s+endorsement", re.I)
_SERIES_ITEM = re.compile(r"(\s*(?:,|and|&|/|or|\+)\s*)(?:Series\s+|Type\s+|Level\s+)?(I{1,3}|\d{1,2})\b", re.I)
# "(or the earlier Certificate III in ...)": a superseded name of the same qualification is an alternative
_ANY_OF = re.compile(
    r"^[\s,(/)]*(?:or|either|or an?|or the|and/or)(?:\s+(?:earlier|former|previous|older|superseded|legacy))?"
    r"[\s,()]*$",
    re.I,
)
# "RN/LPN", "CPR/First Aid": alternatives or both, as ``_slash_alternatives`` reads them
_BARE_SLASH = re.compile(r"^\s*/\s*$")
_OPTIONAL = re.compile(
    r"^[^.;,(]{0,12}?(?:\b(?:is |are |would be )?(?:a plus|preferred|nice to have|a bonus|desired|helpful|even better|"
    r"an? (?:advantage|asset)|advantageous|a (?:big|huge|definite|strong) plus|"
    r"(?:candidates |holders )?(?:are )?(?:welcome|encouraged to apply))\b)",
    re.I,
)
# "(a pharmacy assistant registration is not sufficient)", "a Registered Technician card is NOT enough": the posting
# names a credential to say it does not qualify
_INSUFFICIENT = re.compile(
    r"^\s*(?:\([^)]{0,20}\)\s*)?(?:(?:cards?|certificates?|certifications?|licen[cs]es?|registrations?|permits?|"
    r"credentials?|designations?)\s+)?(?:\([^)]{0,20}\)\s*)?(?:alone\s+|by itself\s+|on (?:its|their) own\s+)?"
    r"(?:(?:is|are|will be|would be|does|do)\s+)?(?:not|n't|never)\s+(?:sufficient|enough|accepted|acceptable|"
    r"adequate|qualifying|considered|a substitute|qualify|suffice|count|meet|satisfy|fulfil+)\b"
    # "holders of a Limited Licence will not be considered", "a standard esthetician license cannot perform these"
    r"|^\s*(?:holders\s+)?(?:will|would|shall|can|could|may)(?:\s+not|n't|not)\s+(?:be\s+(?:considered|accepted|"
    r"eligible)|perform|practi[cs]e|substitute|qualify)\b",
    re.I,
)
# "Applicants without a current CPA license will not be considered", "who do not hold a valid CDL-A are not
# eligible": the applicants lacking it are turned away, so the credential is asked (review 13a)
_LACKING_BEFORE = re.compile(
    r"\b(?:without|lack\w*|(?:do|does|did)\s*(?:not|n't)\s+(?:hold|have|possess|carry)|(?:who|that)\s+(?:are|is)\s+"
    r"not)\s+(?:(?:a|an|the|any|current(?:ly)?|valid|active|unrestricted|full)\s+)*$",
    re.I,
)
# a record the hire must be free of, "no" right before its name ("no SP30 or DR10 endorsements", "no IN10 offences
# on your licence"): an absence asked, nothing to hold. "no less than a Class 2" has words between: that one is asked
_ABSENT_BEFORE = re.compile(r"(?<![\w'’-])no\s+$", re.I)
# "CompTIA Network+ (or higher, e.g. CCNA)": the examples of "or higher" are alternatives
_OR_HIGHER = re.compile(
    r"^[\s,(]*or (?:higher|above|better|equivalent|a higher (?:\w+ )?(?:level|grade|certification|credential))"
    r"[\s,;:]*(?:e\.\s?g\.|i\.\s?e\.|such as|like|including|incl\.)?[\s,:]*$",
    re.I,
)
# "Series 65 (or Series 66 together with Series 7)": an alternative made of two credentials held together
_TOGETHER = re.compile(
    r"^\s*(?:together with|along with|combined with|in addition to|with|plus|\+|and|&)\s*(?:an?\s+|the\s+)?$", re.I
)
ALL_OF = " + "  # joins the ids of an alternative whose credentials are all needed ("series_66 + series_7")
_CASED_MAX = 6  # an alias written without lower case and at most this long is matched case-sensitively


@dataclass(frozen=True)
class Credential:
    """One credential of the vocabulary."""

    id: str
    name: str
    family: str
    kind: str
    issuer: str
    occupation: str
    jurisdictional: bool
    compact: bool
    aliases: tuple[str, ...]
    covers: frozenset[str]  # every credential id this one satisfies (itself, lower rungs, declared covers)
    rank: int | None  # place on the family's ladder, lowest 0 (None: off the ladder)
    by_exam: bool = False  # held by passing an exam ("Series 65 Examination", "CFA Level II"): "exam" is no cue
    equivalents: tuple[str, ...] = ()  # credentials held together that meet this one ("series_66 + series_7")
    complementary: str = ""  # a group of credentials employers ask together, each its own ask ("CPR/First Aid")
    checked_at_hire: bool = False  # a check the employer runs at hire that a resume may hold already (DBS)
    profession: str = ""  # what its holder qualifies as: one profession's bodies listed together are alternatives


@dataclass(frozen=True)
class Mention:
    """A credential named in a text: its id and the words that named it."""

    id: str
    spelled: str
    start: int
    end: int


@dataclass(frozen=True)
class Held:
    """A credential a resume line names, as the line states it."""

    id: str
    line: str
    jurisdictions: tuple[str, ...] = ()
    compact: bool = False
    expired: str = ""  # the expiry the line states, when it is past (or "lapsed")
    pending: bool = False  # being worked toward, not held


@dataclass
class Vocabulary:
    """Credentials by id, and the patterns that find them.

    Trying ~450 aliases at every position of every posting is slow, so each credential's aliases are one pattern
    tried only when the text holds that pattern's anchor (its most telling word, or a stem of it): a lookup of the
    text's words in an index from anchor to credentials decides which few patterns run.
    """

    credentials: dict[str, Credential]
    patterns: dict[str, re.Pattern[str]]  # credential id -> its aliases as one pattern
    anchors: dict[str, frozenset[str]]  # credential id -> words (or stems) one of which the text must hold
    context: dict[str, re.Pattern[str]] = field(default_factory=dict)  # id -> words an ambiguous alias needs
    # anchor -> the places (in ``patterns``' order) of the credentials it anchors; checking each credential's
    # anchors against the text's words was a quarter of requirement extraction
    _by_anchor: dict[str, tuple[int, ...]] = field(init=False, repr=False)
    _unanchored: frozenset[int] = field(init=False, repr=False)  # credentials with no anchor: always tried
    _ids: tuple[str, ...] = field(init=False, repr=False)  # ``patterns``' keys, in order

    def __post_init__(self) -> None:
        self._ids = tuple(self.patterns)
        by_anchor: dict[str, list[int]] = {}
        for place, cid in enumerate(self._ids):
            for anchor in self.anchors[cid]:
                by_anchor.setdefault(anchor, []).append(place)
        self._by_anchor = {anchor: tuple(places) for anchor, places in by_anchor.items()}
        self._unanchored = frozenset(place for place, cid in enumerate(self._ids) if not self.anchors[cid])

    def _candidates(self, present: set[str]) -> list[str]:
        """Return the ids whose patterns may match a text holding the words (and stems) ``present``, in order."""
        places = set(self._unanchored)
        for anchor in self._by_anchor.keys() & present:
            places.update(self._by_anchor[anchor])
        return [self._ids[place] for place in sorted(places)]

    def satisfies(self, held: str, wanted: str) -> bool:
        """Return whether holding ``held`` meets a requirement for ``wanted`` (same, higher rung or covered)."""
        found = self.credentials.get(held)
        return found is not None and wanted in found.covers

    def family_of(self, credential_id: str) -> str:
        """Return the family of a credential id."""
        return self.credentials[credential_id].family

    def _ambiguous(self, credential_id: str, spelled: str) -> bool:
        """Return whether a match may name something else: a short initialism ("CMA") or words without the name's.

        "Professional License" names Virginia's teaching licence only where the text is about teaching, while
        "Professional Teaching License" and "EMT certification" say what they are themselves.
        """
        if spelled.isupper() and len(spelled) <= 4:
            return True
        if not spelled.isupper() and _INITIALISM.search(spelled):  # "EMT certification"; not "PROFESSIONAL LICENSE"
            return False
        said = {w[:6] for w in _TOKEN.findall(spelled.lower())}
        return _rarest(self.credentials[credential_id].name)[:6] not in said

    def find(self, text: str, context: str = "") -> list[Mention]:
        """Return the credentials a text names, in order (full names and abbreviations alike).

        An initialism shared by credentials of other occupations ("NRP": the National Registry Paramedic, the
        Neonatal Resuscitation Program) is read in context: the words its credential needs (``context`` in the
        vocabulary) in the text or in the document around it (``context``: a posting's title, a whole resume),
        or a credential noun right after it ("EMT (Basic) certification"); and an expansion in brackets that it
        spells without the credential's own name ("NRP (Neonatal Resuscitation Program)") says it is another.
        """
        return self.find_expanded(expand_series(text), context)

    def find_expanded(self, text: str, context: str = "", consulted: list[str] | None = None) -> list[Mention]:
        """Return the credentials a text already written out by ``expand_series`` names (see ``find``).

        ``consulted``, when given, gets the id of each credential whose reading turned on ``context``.
        """
        tokens = set(_TOKEN.findall(text.lower()))
        present = tokens | {t[:k] for t in tokens if len(t) > 4 for k in (4, 5, 6)}
        # each mention with how its reading was confirmed: 2 by the text's own words, 1 by the document, 0 by none
        found: list[tuple[Mention, int]] = []
        for cid in self._candidates(present):
            needs = self.context.get(cid)
            heard = _Heard(needs, text, context, cid, consulted) if needs is not None else None
            for match in self.patterns[cid].finditer(text):
                start, end = _own_span(match)
                spelled = text[start:end]
                if _spelled_as_other(spelled, text, end, self.credentials[cid].name):
                    continue
                if _LETTER_ENDORSEMENT.match(spelled) and _LETTER_OWNER.search(text, max(0, start - 12), start):
                    continue  # "Grade P endorsement", "Vitamin D endorsement", "manager's endorsement"
                if heard is None or not self._ambiguous(cid, spelled):
                    found.append((Mention(cid, spelled, start, end), 0))
                elif heard.in_text:
                    found.append((Mention(cid, spelled, start, end), 2))
                elif heard.in_context:
                    # (before the word written before the initials: "Remote CPC", "Travel CST" in a coder's or a
                    # surgical technologist's posting say how the work is done, not another credential's name)
                    found.append((Mention(cid, spelled, start, end), 1))
                elif _named_with_other(text, start, self.credentials[cid].name):
                    continue  # "Driver CPC card", "Transport Manager CPC": another credential of those initials
                elif _NOUN_AFTER.match(text, end):
                    found.append((Mention(cid, spelled, start, end), 0))
        # one span names one credential: the longest match wins ("CompTIA Security+" over "Security+"), then the
        # one its own line confirms, then the one the document does: "NRP Provider (American Academy of Pediatrics)"
        # is the neonatal card in a nurse's resume that also names a fire service or a rescue, not the paramedic's
        found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start), -f[1]))
        kept: list[Mention] = []
        for mention, _ in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept


def _own_span(match: re.Match[str]) -> tuple[int, int]:
    """Return where a match names its credential: the alias's ``own`` group where it marks one, else the whole match.

    "categories B, C1 and D1": the words before a listed category only say it is one, so each category of the list
    is its own mention and the longest-match rule keeps them all, not only the one that reaches furthest.
    """
    own = match.groupdict().get("own")
    return match.span("own") if own else match.span()


@dataclass
class _Heard:
    """Whether a text, then the document around it, holds the words an ambiguous credential needs.

    Each is searched once per credential, when a mention first asks, not once per mention: the answer is the same
    for every mention, and a text of 2,000 of them ("Driver CPC " * 2000) searched itself 2,000 times (6 CPU s).
    """

    needs: re.Pattern[str]
    text: str
    context: str
    credential_id: str
    consulted: list[str] | None

    @cached_property
    def in_text(self) -> bool:
        return bool(self.needs.search(self.text))

    @cached_property
    def in_context(self) -> bool:
        """Return whether the document around the text holds the words (noting in ``consulted`` that it was asked)."""
        if self.consulted is not None:
            self.consulted.append(self.credential_id)
        return bool(self.context and self.needs.search(self.context))


# a credential noun right after an initialism, maybe past a bracket: "EMT (Basic) certification", "NRP card"
_NOUN_AFTER = re.compile(r"\s*(?:\([^()]{0,25}\)\s*)?(?:certifi|licen[cs]|registration|card\b)", re.I)
_EXPANSION = re.compile(r"\s*\(([A-Za-z][^()]{3,60})\)")


def _named_with_other(text: str, start: int, name: str) -> bool:
    """Return whether shared initials are written after a capitalised word of another credential's name.

    "valid Driver CPC card" is the driver's certificate of professional competence, not the Certified Professional
    Coder: the word is part of the name written, and not a word of the vocabulary credential's name.
    """
    window = max(0, start - 30)
    # a capitalised word right before shared initials: "Driver CPC card", "Transport Manager CPC", "Neonatal NRP"
    before = phrases.WORD_BEFORE.search(text[window:start])
    if before is None or not re.match(r"[A-Z][a-z]", before.group(1)):
        return False
    at = window + before.start()
    if at <= 30 and not text[:at].strip(" \t-*•:"):
        return False  # (an item's first word is capitalised as a sentence's is: "Travel CST certification")
    word = before.group(1).lower()
    if word in phrases.QUALIFIERS or word in phrases.STOP_WORDS or word in STOP_WORDS or places(before.group(1)):
        return False  # "Valid CPC", "Ontario CMA": how or where it is held, not another name
    return word[:5] not in name.lower()


def _spelled_as_other(spelled: str, text: str, end: int, name: str) -> bool:
    """Return whether an initialism is spelled out right after it as something other than the credential's name.

    "NRP (Neonatal Resuscitation Program)" is not the paramedic's NRP: the bracket spells the initialism
    (Schwartz and Hearst, 2003) and lacks the rarest word of the credential's name ("paramedic").
    """
    if not spelled.isupper() or len(spelled) > 6 or "(" in spelled or ")" in spelled:
        return False  # "RT(R)", "(T)": a discipline's bracketed mark, no initialism a bracket could spell
    bracket = _EXPANSION.match(text, end)
    if bracket is None or not phrases.abbreviates(spelled, bracket.group(1)):
        return False
    rarest = _rarest(name)
    return bool(rarest) and rarest[:5] not in bracket.group(1).lower()


_TOKEN = re.compile(r"[a-z0-9]+")
_INITIALISM = re.compile(r"\b(?!(?:I{1,3}|IV|VI{0,3}|IX|X)\b)[A-Z]{2,}\b")  # not a Roman numeral ("Level II")
# words too common to decide whether a credential may be named
_GENERIC = frozenset(
    """licen license licensed licence certif certifi certified certification certificate active current state level
    type member good standing card permit the and for with registration registered holder program exam""".split()
)


def _anchors(aliases: tuple[str, ...]) -> frozenset[str]:
    """Return the words (or stems) one of which a text must hold for any alias to match (empty: always try).

    A plain alias needs all its words, so its rarest word (by the background corpus) is anchor enough. A pattern
    may have optional words and alternatives ("(?:initial|standard) (?:teaching )?licen[cs]e"), so every telling
    word of it is an anchor: choosing only the rare ones would leave "Standard License" unread.
    """
    bg = background()
    anchors: set[str] = set()
    for alias in aliases:
        pattern = alias.startswith("re:")
        source = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\(\?[:<!=]*", " ", alias[3:]) if pattern else alias
        words = [w for w in _TOKEN.findall(source.lower()) if len(w) >= 2 and w not in STOP_WORDS]
        telling = [w for w in words if w not in _GENERIC] or words
        if not telling:
            return frozenset()  # "A&P", "A+": no word to look for, so always tried
        chosen = telling if pattern else sorted(telling, key=lambda w: bg.df.get(stem(w), 0))[:1]
        # a text's words are looked up whole and by their 4-6 letter stems ("licen" of "license")
        anchors.update(w if len(w) <= 6 else w[:6] for w in chosen)
    return frozenset(anchors)


@cache
def _rarest(name: str) -> str:
    """Return the word of a credential's name that most says which one it is ("teaching" of "Professional ...")."""
    words = [w for w in _TOKEN.findall(name.lower()) if len(w) >= 3 and w not in _GENERIC and w not in STOP_WORDS]
    bg = background()
    return min(words, key=lambda w: bg.df.get(stem(w), 0), default="")


def expand_series(text: str) -> str:
    """Return text with "Series 7 and 66" written "Series 7 and Series 66" (likewise 608 Types, CFA Levels).

    A CDL's endorsements listed by letter ("endorsements H, N, T") are written one by one ("H endorsement, N
    endorsement, T endorsement"), so each letter names its endorsement.
    """
    if "ndorsement" in text:
        text = _LETTERS.sub(
            lambda m: (
                m.group()
                if m.group(2) and _LETTER_OWNER.search(m.string, max(0, m.start() - 12), m.start())
                else ", ".join(
                    f"{_LETTER_NAMES.get(x, x) if _NZ_LETTERS.search(m.group()) else x} endorsement"
                    for x in re.findall(r"[DFHNPRSTWX]", m.group(1) or m.group(2))
                )
            ),
            text,
        )
    if not _SERIES.search(text):
        return text

    def expand(match: re.Match[str]) -> str:
        head = match.group("head")
        rest = _SERIES_ITEM.sub(lambda m: f"{m.group(1)}{head} {m.group(2)}", match.group("rest"))
        return f"{head} {match.group('first')}{rest}"

    return _SERIES.sub(expand, text)


# "Cisco Certified Network Associate", "Oncology Certified Nurse": names with "Certified" after their first words
# (the space run starts after a non-space: the shortest name before ends there anyway, and trying every place inside a
# long run is quadratic)
_CERTIFIED_INSIDE = re.compile(r"^(?P<before>\S.*?)(?<!\s)\s+certified\s+(?P<after>\S.*)$", re.I)


def _word_orders(alias: str) -> list[str]:
    """Return an alias and, where "Certified" stands inside it, the same name with "Certified" first.

    Resumes and postings move the word: "Certified Cisco Network Associate" for the Cisco Certified Network
    Associate, "Certified Oncology Nurse" for the Oncology Certified Nurse. "Wound Care Certified" (nothing after
    it) and patterns ("re:") are left as written.
    """
    inside = _CERTIFIED_INSIDE.match(alias)
    if alias.startswith("re:") or inside is None:
        return [alias]
    return [alias, f"Certified {inside.group('before')} {inside.group('after')}"]


def _alias_regex(alias: str) -> str:
    if alias.startswith("re:"):
        return f"(?i:{alias[3:]})"
    cased = not any(c.islower() for c in alias) and len(alias) <= _CASED_MAX
    bodies = [re.escape(a).replace(r"\ ", r"[\s-]+") for a in _word_orders(alias)]
    body = "|".join(bodies)
    return body if cased else f"(?i:{body})"


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Return the credential vocabulary (read and compiled once per process)."""
    return load(VOCABULARY)


def load(path: Path) -> Vocabulary:
    """Read a credential vocabulary file (see data/credentials.yaml for its shape)."""
    raw = yaml_data.safe_load(path.read_text(encoding="utf-8"))
    fragments = raw.get("fragments") or {}
    more_names = raw.get("issuer_words") or {}
    per_place = set(raw.get("jurisdictional_credentials") or [])
    credentials: dict[str, Credential] = {}
    context: dict[str, re.Pattern[str]] = {}
    for family, spec in raw["families"].items():
        ladder = list(spec.get("ladder") or [])
        for cid, item in spec["credentials"].items():
            if cid in credentials:
                raise ValueError(f"credential {cid} is listed twice")
            rank = ladder.index(cid) if cid in ladder else None
            covers = {cid, *(ladder[:rank] if rank is not None else []), *item.get("covers", [])}
            listed = [*item.get("aliases", []), *more_names.get(cid, [])]
            aliases = tuple(dict.fromkeys([item["name"], *(_filled(a, fragments) for a in listed)]))
            credentials[cid] = Credential(
                id=cid,
                name=item["name"],
                family=family,
                kind=spec.get("kind", "certification"),
                issuer=spec.get("issuer", ""),
                occupation=spec.get("occupation", ""),
                jurisdictional=bool(spec.get("jurisdictional", False)) or cid in per_place,
                compact=bool(spec.get("compact", False)),
                aliases=aliases,
                covers=frozenset(covers),
                rank=rank,
                by_exam=bool(spec.get("by_exam", False)),
                equivalents=tuple(ALL_OF.join(group) for group in item.get("equivalents", [])),
                complementary=spec.get("complementary", ""),
                checked_at_hire=bool(spec.get("checked_at_hire", False)),
                profession=item.get("profession") or spec.get("profession") or family,
            )
            if item.get("context"):
                context[cid] = re.compile(item["context"], re.I)
    if unknown := (set(more_names) | per_place) - set(credentials):
        raise ValueError(f"issuer_words or jurisdictional_credentials name unknown credentials: {sorted(unknown)}")
    # covers are transitive: Universal covers Types I-III, a higher rung covers what the lower ones cover
    changed = True
    while changed:
        changed = False
        for cid, cred in credentials.items():
            wider = set(cred.covers)
            for other in cred.covers:
                wider |= credentials[other].covers if other in credentials else set()
            if wider != cred.covers:
                credentials[cid] = Credential(**{**cred.__dict__, "covers": frozenset(wider)})
                changed = True
    # a name may start right after a slash ("RN/LPN", "BLS/ACLS"): ``_slash_alternatives`` says how the pair is read
    patterns = {
        cid: re.compile(
            rf"(?<![\w+&-])(?:{'|'.join(_alias_regex(a) for a in _longest_first(c.aliases))})(?![\w+&]|-(?=\w))"
        )
        for cid, c in credentials.items()
    }
    anchors = {cid: _anchors(c.aliases) for cid, c in credentials.items()}
    return Vocabulary(credentials=credentials, patterns=patterns, anchors=anchors, context=context)


_FRAGMENT = re.compile(r"\{([a-z_]+)\}")


def _filled(alias: str, fragments: dict[str, str]) -> str:
    """Return a pattern alias with the vocabulary's named fragments ("{ase_tests_listed}") written in."""
    if not alias.startswith("re:"):
        return alias

    def fragment(found: re.Match[str]) -> str:
        if found.group(1) not in fragments:
            raise ValueError(f"alias {alias!r} uses an unknown fragment {found.group(0)}")
        return fragments[found.group(1)]

    return _FRAGMENT.sub(fragment, alias)


def _longest_first(aliases: tuple[str, ...]) -> list[str]:
    """Return patterns first, then plain aliases longest first, so the longest spelling at a place wins."""
    return sorted(aliases, key=lambda a: (not a.startswith("re:"), -len(a)))


@dataclass(frozen=True)
class Wanted:
    """What one posting item asks for: any of these credentials, in one of these places (empty: anywhere)."""

    ids: tuple[str, ...]
    jurisdictions: tuple[str, ...]
    compact_ok: bool
    optional: bool = False  # the item's own words right after it say it is a plus ("CCNP required (CCIE a plus)")
    clause: str = ""  # the item's comma- or semicolon-delimited clause that names it
    grades: tuple[tuple[str, int], ...] = ()  # the grades its name states ("Full", "Supervisor"): (ladder, rung)
    refused: tuple[str, ...] = ()  # credentials the item turns away ("CO or CP alone does not meet ...")
    refused_grades: tuple[tuple[str, int], ...] = ()  # grades it turns away ("learner licences are not accepted")
    area: str = ""  # the area the licence must be endorsed in ("teaching licence with an endorsement in Chemistry")
    place_implied: bool = False  # the place is the posting's location, not the item's words (posting_places)


def wanted_in(item: str, context: str = "", titled: list[bool] | None = None) -> list[Wanted]:
    """Return the credential requirements one posting item states: one per credential, or one for "X or Y".

    Vocabulary credentials first; what the item names as a credential outside the vocabulary ("Certified Pool
    Operator (CPO) certification", "pesticide applicator license") is read by its phrasing (credential_phrases).
    A clause that turns a credential or a grade away ("learner or restricted licences are not accepted", "we
    cannot appoint pending registration") asks nothing (``grades.refusals``); ``graded`` reads what it refuses.
    ``context`` (the posting's title) only decides an ambiguous initialism the item's own words do not; ``titled``
    gets a True when it did. Readings are kept (a new list each time): an employer's lines recur across its
    postings, and one that turned on no context serves every context.
    """
    found = _WANTED.get((item, None))
    if found is None:
        found = _WANTED.get((item, context))
        if found is not None and titled is not None:
            titled.append(True)
    if found is None:
        consulted: list[str] = []
        found = tuple(_wanted_in(grades.without_refusals(item), context, consulted))
        if len(_WANTED) >= WANTED_MAX:
            _WANTED.clear()
        _WANTED[(item, context if consulted else None)] = found
        if consulted and titled is not None:
            titled.append(True)
    return list(found)


# an item names fewer than 100 credentials or alternatives: past that (a hostile "RN RN RN ...") the rest is not read,
# since each name's checks read the words around it
NAMES_READ = 100

# readings of items, by (item, context): the context is None when the reading did not turn on it
_WANTED: dict[tuple[str, str | None], tuple[Wanted, ...]] = {}
WANTED_MAX = 20_000


def _wanted_in(item: str, context: str, consulted: list[str], refusing: bool = False) -> list[Wanted]:
    """Return ``wanted_in`` of an item whose refusing clauses are blanked, noting in ``consulted`` the context's use.

    ``consulted`` gets each credential whose reading turned on the context.
    ``refusing``: ``item`` is a refusing clause, and what it names is wanted to know what it refuses.
    """
    vocab = vocabulary()
    expanded = expand_series(item)
    mentions = vocab.find_expanded(
        expanded, context, consulted
    )  # expanded once: "Series 7 and 66" is rewritten for both
    higher = _higher_rungs(expanded, mentions)
    areas = _with_areas(expanded, mentions)
    narrowed = [*higher, *(n for group in areas for n in group)]
    mentions = [m for m in mentions if all(m.start >= n.end or m.end <= n.start for n in narrowed)]
    elided = [*_elided_heads(expanded, mentions), *_elided_levels(expanded, mentions)]
    mentions = sorted([*mentions, *elided], key=lambda m: m.start)
    spans: list[tuple[int, int, list[str]]] = [(m.start, m.end, [m.id]) for m in mentions]
    spans += [(n.start, n.end, [n.id]) for n in higher]
    spans += [(group[0].start, group[-1].end, [n.id for n in group]) for group in areas]
    for group in phrases.find(expanded, [(m.start, m.end) for m in mentions] + [(n.start, n.end) for n in narrowed]):
        spans.append((group[0].start, group[-1].end, [n.id for n in group]))
    if mentions:
        taken = [(s[0], s[1]) for s in spans]
        spans += [(n.start, n.end, [n.id]) for n in phrases.listed_with(expanded, taken)]
    else:
        spans += _listed_with_initials(expanded, spans)
    examples, joined = _examples(expanded, spans)
    spans += examples
    spans += [(n.start, n.end, [n.id]) for n in _add_ons(expanded, spans)]
    if not spans:
        return _licence_in_place(item)
    spans.sort(key=lambda s: s[0])
    listed_joined, apart = _listed_alternatives(expanded, spans)
    joined |= listed_joined
    groups: list[tuple[int, int, list[str]]] = [spans[0]]
    alternatives = [False]  # whether each group already has an alternative joined by "or"
    for start, end, ids in spans[1:]:
        previous = groups[-1]
        raw = expanded[previous[1] : start]
        between = _unbracketed(raw)
        slash = bool(_BARE_SLASH.match(between)) and _slash_alternatives(expanded, previous, ids[0])
        listed = start in joined
        or_joined = bool(_ANY_OF.match(between) or _OR_AFTER_QUALIFIER.match(between)) and start not in apart
        if listed or or_joined or slash or _OR_HIGHER.match(raw):
            groups[-1] = (previous[0], max(previous[1], end), [*previous[2], *ids])
            alternatives[-1] = True
        elif alternatives[-1] and _held_together(expanded[previous[0] : start], between, previous[2][-1], ids):
            # "Series 65 (or Series 66 together with Series 7)": the last alternative is both credentials
            groups[-1] = (previous[0], max(previous[1], end), [*previous[2][:-1], previous[2][-1] + ALL_OF + ids[0]])
        else:
            groups.append((start, end, ids))
            alternatives.append(False)
    groups = groups[:NAMES_READ]  # bound on absurd input (below)
    anywhere = accepts_any(item)
    accepted_elsewhere = elsewhere_accepted(expanded)
    compact_ok = compact(item)
    item_places = cache(lambda: licence_places(item))  # the item's places: read once, not once per name
    found: list[Wanted] = []
    ends: list[int] = []  # where each found ask's name ends
    starts = [g[0] for g in groups[1:]] + [len(expanded)]
    for (start, end, group_ids), next_start in zip(groups, starts, strict=True):
        after = expanded[end : min(next_start, end + 30)]
        if (
            not refusing
            and _INSUFFICIENT.match(expanded[end : end + 60])
            and not _LACKING_BEFORE.search(expanded[:start])
        ):
            continue  # named to say it does not qualify
        if _ABSENT_BEFORE.search(expanded[max(0, start - 8) : start]):
            continue  # named as what the hire must not have on record
        if any(a <= start < b for a, b in accepted_elsewhere):
            continue  # "(interstate inspector licences recognised)": the place's licence asked is met by others
        clause = _clause(expanded, start, end)
        if _someone_elses(expanded, start, end, group_ids[0]) or others_hold(expanded, start):
            continue  # "under the supervision of the registered nurse": whom the hire works under, not what they hold
        if firm_holds(expanded, start) or teaches_it(expanded, start, end):
            continue  # "We are a Gas Safe registered company", "Deliver CPR training to staff": no holder's ask
        if _GOAL_BEFORE.search(expanded[max(0, start - 40) : start]) or _redirected(expanded, start, end):
            continue  # "build time toward ATP minimums", "trainees on a PDI licence should apply ... instead"
        known = _KNOWN_NOT_HELD.search(expanded[max(0, start - 80) : start])
        if known and not _CREDENTIAL_NOUN.search(clause) and not _asked_beside(expanded[end : end + 80], known[0]):
            continue  # "Knowledge of NIPT, CMA and exome sequencing": tests known, not credentials held
        any_of = tuple(dict.fromkeys(group_ids))
        # "Series 65" is also met by the credentials the vocabulary says are its equivalent together
        any_of += tuple(
            e
            for i in any_of
            if i in vocab.credentials
            for e in vocab.credentials[i].equivalents
            if e not in any_of and not any(p in any_of for p in parts(e))
        )
        by_phrase = any(phrases.is_phrase_id(i) for i in any_of)
        # a credential the vocabulary does not know may be required "within 90 days of hire": not at hire
        # any credential the clause gives time to earn ("PALS and TNCC within 6 months of hire") is not asked at hire
        optional = (
            bool(_OPTIONAL.match(after)) or (by_phrase and bool(_LATER.search(item))) or bool(_IN_TIME.search(clause))
        )
        where = () if anywhere or not (jurisdictional := issued_per_place(any_of)) else item_places()
        if by_phrase and not anywhere and not jurisdictional:
            # a credential the vocabulary does not know is asked for in the places named beside it ("Texas
            # pesticide applicator license", "licensed massage therapist in Oregon"), unless it is national
            # the credential's own initials are no place's code ("Intermediate Rigging (RI)" is not Rhode Island's)
            own = {phrases.parse(i)[1] for i in any_of if phrases.is_phrase_id(i)} - {""}
            beside = _beside(expanded, start, end)
            if own:
                beside = re.sub(r"\((?:" + "|".join(map(re.escape, own)) + r")\)", " ", beside)
            issuer = _ISSUER_AFTER.match(expanded, end)
            beside += " " + issuer.group(0) if issuer else ""
            # a country named beside it is where it is held too ("NZ teacher registration", "registration with the
            # Teaching Council of Aotearoa New Zealand")
            # (not where the words are of the applicants: "relocating from India welcome", "UK applicants welcome")
            countries = () if _APPLICANTS.search(beside) else countries_named(beside)
            named = licence_places(beside)
            # a state asked is the narrower ask: "Western Australia" and "England and Wales" do not ask Australia or
            # the UK, where another state's licence would be held
            within = {c for p in named for c in where_held(p) if c != p}
            countries = tuple(c for c in countries if c not in within)
            where = () if NATIONAL.search(beside) else tuple(dict.fromkeys([*named, *countries]))
        # "NSW and QLD builder licences": a licence in each place
        wheres = [(other,), where] if by_phrase and (other := _place_and(expanded, start, where)) else [where]
        for where in wheres:
            # the same credential named again is one ask, unless it is asked again in another place ("an Alberta
            # collector licence and a BC collector licence": two licences; "a Manitoba licence or an SK licence":
            # one, held in either)
            same = [k for k, w in enumerate(found) if set(any_of) == set(w.ids)]
            if any(found[k].jurisdictions == where or not where for k in same):
                continue
            either = next((k for k in same if _either(expanded[ends[k] : start])), None)
            if either is not None:
                held_in_either = (*found[either].jurisdictions, *where) if found[either].jurisdictions else ()
                found[either] = replace(found[either], jurisdictions=tuple(dict.fromkeys(held_in_either)))
                continue
            found.append(
                Wanted(ids=any_of, jurisdictions=where, compact_ok=compact_ok, optional=optional, clause=clause)
            )
            ends.append(end)
    return found


# between two names of one credential, an alternative: "or" with no "and", "plus" or ";" ("a Manitoba pest control
# licence or a current SK pest control licence")
_OR = re.compile(r"\bor\b", re.I)
_AND = re.compile(r";|\b(?:and|plus)\b", re.I)


def _either(between: str) -> bool:
    """Return whether the words between two names of one credential make them alternatives (short, with "or")."""
    return len(between) <= 120 and bool(_OR.search(between)) and not _AND.search(between)


# two places joined by "and" before one credential's name ("NSW and QLD builder licences")
_PLACE_AND = re.compile(
    r"(?:^|[\s(:])((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*),?\s(?:and|&)\s((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)\s$"
)


def _place_and(text: str, start: int, where: tuple[str, ...]) -> str | None:
    """Return the other place joined by "and" to the one named right before a credential at ``start``, if any."""
    found = _PLACE_AND.search(text[max(0, start - 60) : start])
    if found is None or where != (place_named(found.group(2)),):
        return None
    words = found.group(1).split()
    return next((p for i in range(len(words)) if (p := place_named(" ".join(words[i:])))), None)


# a capitalised word joined by "or" or "/" to the name after it: "Journeyman or Master Electrician license"
_ELIDED = re.compile(r"(?:^|(?<=[\s(,;:]))(?P<word>[A-Z][\w'-]+)\s*(?:/|\bor\b|\band/or\b)\s*$")


def _elided_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the credentials named by a word that shares the rest of the next credential's name.

    "Journeyman or Master Electrician license" and "Journeyman/Master Electrician license" name the Journeyman
    Electrician licence too: the word before "or" (or "/") put for the first word of the name after it names a
    credential of the same family. Only a credential the vocabulary knows counts, so "Licensed or Certified
    Electrician" names nothing new.
    """
    vocab = vocabulary()
    found: list[Mention] = []
    for mention in mentions:
        first = re.match(r"\S+", mention.spelled)
        before = _ELIDED.search(text[max(0, mention.start - 30) : mention.start])
        if first is None or first.end() == len(mention.spelled) or before is None:
            continue
        word = before.group("word")
        shared = word + mention.spelled[first.end() :]  # "Journeyman" + " Electrician license"
        start = mention.start - (len(text[max(0, mention.start - 30) : mention.start]) - before.start("word"))
        if any(m.start < start + len(word) and start < m.end for m in mentions):
            continue  # "EMT/Paramedic certification": the word names its own credential already
        found += [
            Mention(named.id, word, start, start + len(word))
            for named in vocab.find(shared)
            if named.start == 0
            and named.end > len(word)
            and named.id != mention.id
            and _one_ladder(named.id, mention.id)
        ]
    return found


# a level's letter or number after a name that ends in one: "CDL Class A or B", "CDL-A/B", "Class A, B or C"
_LEVEL_END = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]|\d{1,2})$")
# (read at a name's end; the lookbehind starts it at a run of spaces' first, so a hostile run is read once)
_ELIDED_LEVEL = re.compile(r"(?<!\s)\s*(?:,|/|\bor\b|\band/or\b)\s*(?P<level>(?-i:[A-Z])|\d{1,2})(?![\w+&-])", re.I)


def _elided_levels(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the credentials named by a level alone after a name that ends in another level of its family.

    "CDL Class A or B" names the Class B CDL too: the name with its last letter put for the one after "or" (or a
    comma or slash) is a credential of the same family. An either-or of levels is then either level.
    """
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for mention in mentions:
        own = _LEVEL_END.search(mention.spelled)
        at = mention.end
        while own is not None and (level := _ELIDED_LEVEL.match(text, at)) is not None:
            start, end = level.span("level")
            if any(s < end and start < e for s, e in taken):
                break
            shared = mention.spelled[: own.start()] + level.group("level")
            named = [n for n in vocabulary().find(shared) if n.start == 0 and n.end == len(shared)]
            if not named or not _one_ladder(named[0].id, mention.id) or named[0].id == mention.id:
                break
            found.append(Mention(named[0].id, level.group("level"), start, end))
            at = end
    return found


def _listed_with_initials(text: str, spans: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """Return the abbreviations listed with a credential the item names by its initials alone, each asked.

    "AACI, P.App designation", "CRCM, CAMS credentials": initials listed before one credential noun are each a
    credential, as those listed with vocabulary credentials are (``phrases.listed_with``).
    """
    bare = [(s, e) for s, e, ids in spans if len(ids) == 1 and _bare_initials(ids[0])]
    if not bare:
        return []
    found = phrases.listed_with(text, bare)
    return [(n.start, n.end, [n.id]) for n in found if not any(s < n.end and n.start < e for s, e, _ in spans)]


def _bare_initials(credential_id: str) -> bool:
    """Return whether a phrase credential is named by its initials alone ("~P.App", "~CRCM"): one word, 2+ capitals."""
    label = credential_id[len(phrases.PREFIX) :] if phrases.is_phrase_id(credential_id) else ""
    return bool(label) and " " not in label and sum(c.isupper() for c in label) >= 2


# what introduces a credential's examples: "certification: NASM, ACE or ACSM", "certification such as CCHT or CHT";
# the shared example cues plus "i.e.", "like" and "for example", each a whole word ("likely" brings in nothing)
_CUE = r"(?:" + "|".join((*EXAMPLE_CUE_WORDS, r"i\.\s?e\.", "like", "for example")) + r")(?!\w)"
_EXAMPLES_CUE = re.compile(
    r"(?:\s*(?::|\((?:\s*" + _CUE + r"[\s,:]*)?|,\s+" + _CUE + r"[\s,:]*)|\s+" + _CUE + r"[\s,:]*)\s*", re.I
)
_SUCH_AS = re.compile(_CUE, re.I)
_COMMA = re.compile(r"^\s*,\s*$")
_OPEN_BRACKET = re.compile(r"^\s*\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _examples(text: str, spans: list[tuple[int, int, list[str]]]) -> tuple[list[tuple[int, int, list[str]]], set[int]]:
    """Return the abbreviations a credential lists as its examples, and the starts of those that are alternatives.

    "Current nationally accredited (NCCA) certification: NASM, ACE, ACSM, NSCA or NCSF" and "Certified Personal
    Trainer (NASM, ACE or ACSM)": any one of the list meets the credential. A list is of alternatives when it says
    "or" (or "/"), or is introduced by "such as"/"e.g."; a bracket lists examples only after a credential read by
    its phrasing ("CPR (AHA or ARC)" names issuers).
    """
    found: list[tuple[int, int, list[str]]] = []
    joined: set[int] = set()
    taken = [(s[0], s[1]) for s in spans]
    for start, end, ids in sorted(spans, key=lambda s: s[0]):
        cue = _EXAMPLES_CUE.match(text, end)
        if cue is None or cue.end() == end:
            continue
        such_as = bool(_SUCH_AS.search(cue.group(0)))
        if cue.group(0).strip().startswith("(") and not such_as and not all(phrases.is_phrase_id(i) for i in ids):
            continue
        masked = text[:end] + " ," + " " * (cue.end() - end - 2) + text[cue.end() :] if cue.end() - end >= 2 else text
        if masked is text:
            masked = text[:end] + "," + text[cue.end() :]
        listed = [n for n in phrases.listed_with(masked, [(start, end), *taken]) if n.start >= cue.end()]
        alone = len(listed) == 1 and bool(re.match(r"or\b", text[cue.end() : listed[0].start], re.I))  # "(or MCIPS)"
        if len(listed) < 2 and not such_as and not alone:
            continue
        region = text[cue.end() : listed[-1].end] if listed else ""
        if not (such_as or re.search(r"\bor\b|/", region)):
            continue
        for named in listed:
            found.append((named.start, named.end, [named.id]))
            joined.add(named.start)
        joined |= {s for s, _ in taken if cue.end() <= s <= (listed[-1].end if listed else cue.end())}
        joined |= _examples_run(text, taken, cue.end())
    return found, joined


_EXAMPLES_GAP = re.compile(r"^\s*(?:,\s*(?:or\s+)?|or\s+|/\s*|,?\s*and/or\s+)$", re.I)


def _examples_run(text: str, taken: list[tuple[int, int]], at: int) -> set[int]:
    """Return the starts of the credentials listed from ``at`` on while commas, "or" or "/" join them.

    "Security certification such as Security+, CISSP or CISM": each known credential is one of its examples.
    """
    run: set[int] = set()
    for start, end in sorted(t for t in taken if t[0] >= at):
        if text[at:start].strip() and not _EXAMPLES_GAP.match(text[at:start]):
            break
        run.add(start)
        at = end
    return run


def _listed_alternatives(text: str, spans: list[tuple[int, int, list[str]]]) -> tuple[set[int], set[int]]:
    """Return the starts of credentials listed with commas before a last "or", and of those its "or" keeps apart.

    "RN, LPN or CNA" is any one of them. Bodies of one profession are alternatives though each is its own family
    ("ACA, ACCA, CPA or CIMA": any one accountancy body). A list across professions asks each name of another
    profession than the last one's on its own ("BLS, RN or LPN": BLS; RN or LPN), the one right before its "or" too
    ("ACLS, PALS or RN": each its own; the last is kept apart). After "one of" or "any of", the whole list is
    alternatives (``_one_of_lists``).
    """
    joined = _one_of_lists(text, spans)
    apart: set[int] = set()
    run = [0]
    for i in range(1, len(spans) + 1):
        gap = _unbracketed(text[spans[i - 1][1] : spans[i][0]]) if i < len(spans) else ""
        gap = _without_body_place(gap)
        if i < len(spans) and _COMMA.match(gap):
            run.append(i)
            continue
        if (
            i < len(spans)
            and _OPEN_BRACKET.match(gap)
            and _CLOSE_BRACKET.match(text, spans[i][1])
            and len(_one_profession_tail([i - 1, i], spans, known=True)) == 2
        ):
            joined.add(spans[i][0])  # "ACMA / CGMA (CIMA)": the body of one profession in brackets names the same ask
        if i < len(spans) and len(run) > 1 and (_ANY_OF.match(gap) or _BARE_SLASH.match(gap)):
            members = _one_profession_tail([*run, i], spans)
            joined |= {spans[m][0] for m in members[1:]}
            if members == [i] and spans[i][0] not in joined:
                apart.add(spans[i][0])
        run = [i]
    return joined, apart


# what follows the country a body's name ends in when the list goes on: "CPA Australia, CIMA or ACCA", "CPA Canada or"
_BODY_PLACE = re.compile(r"(?<!\s)\s*(?:,|/|\bor\b)")  # (?<!\s): a run of spaces is read once


def _without_body_place(gap: str) -> str:
    """Return the words between two listed names without the country the first ends in ("CPA Ireland, ACA or ACCA").

    Only a country: "CPA Required, CMA or CIA Preferred" lists no CPA among the others.
    """
    space = len(gap) - len(gap.lstrip())
    names = countries()
    place = (names.name.match(gap, space) or names.upper.match(gap, space)) if space else None
    return gap[place.end() :] if place and _BODY_PLACE.match(gap, place.end()) else gap


def _unbracketed(gap: str) -> str:
    """Return the words between two names without a short bracket ("Enrolled Agent (EA) or CPA", "CA (SA) or ACCA")."""
    return re.sub(r"\([^)]{0,20}\)", " ", gap)


def _one_profession_tail(
    members: list[int], spans: list[tuple[int, int, list[str]]], *, known: bool = False
) -> list[int]:
    """Return the members at the end of a list whose known credentials all qualify for one profession.

    A name the vocabulary does not know ("~RPN") belongs to any profession, unless ``known`` (then it ends the tail).
    """
    vocab = vocabulary()
    profession = ""
    tail: list[int] = []
    for m in reversed(members):
        own = {vocab.credentials[c].profession for c in spans[m][2] if c in vocab.credentials}
        if len(own) > 1 or (profession and own and own != {profession}) or (known and not own):
            break
        profession = profession or next(iter(own), "")
        tail.insert(0, m)
    return tail


# what joins the names of such a list: a comma, "or", "and", "and/or", "&" or a slash
_LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?P<word>and/or|and|or)\b|&|/)?\s*$", re.I)


def _one_of_lists(text: str, spans: list[tuple[int, int, list[str]]]) -> set[int]:
    """Return the starts of the credentials listed after "one of" or "any of", but the first: each is an alternative.

    "One of ACA, ACCA, CIMA or CPA", "any of the following designations: CPA, CMA, CIA": whatever the professions.
    The list ends at its last joining word: what a comma or another word adds after its "or" is asked on its own
    ("one of ACCA, CIMA or ACA and CISA": CISA besides).
    """
    joined: set[int] = set()
    i = 0
    while i < len(spans):
        j = i
        if _ONE_OF.search(text, max(0, spans[i][0] - 60), spans[i][0]):
            word = ""
            while j + 1 < len(spans) and (gap := _LIST_GAP.match(_unbracketed(text[spans[j][1] : spans[j + 1][0]]))):
                said = (gap.group("word") or "").lower()
                if word and said != word:
                    break
                word = said
                j += 1
                joined.add(spans[j][0])
        i = j + 1
    return joined


# an item asking to know things: what it names after "knowledge of" is known, not held, unless a credential's noun
# says it is a credential ("knowledge of NIPT, CMA and exome sequencing"; not "knowledge of and CPR certification")
_KNOWN_NOT_HELD = re.compile(
    r"\b(?:knowledge|understanding|familiarity|awareness)\s+(?:of|with)\s+[^.;:()]{0,60}$", re.I
)
_CREDENTIAL_NOUN = re.compile(
    r"\b(?:certifi\w*|certificate|licen[cs]\w*|registered|registration|credential\w*|permit|card|accredit\w*)\b", re.I
)
# a credential asked beside what an item asks to know: what follows it (with the credentials listed with it) asks it
# ("Knowledge of GAAP, CPA preferred", "Knowledge of infection control, BLS and ACLS required"), or it ends the item
# after another thing known ("Knowledge of OSHA standards and OSHA 30")
# untrusted text: a name holds no separator and a separator is no part of a name, so no two repetitions share a
# character ("/A/A/A..." splits one way only); "and"/"or" stand apart by spaces, never inside a name ("Aand")
_NAME_TAIL = r"(?:\s+(?:\d+|[A-Z][\w+-]*)){0,2}"  # "CDL Class A", "OSHA 30"
_NAME_SEPARATOR = r"(?:\s*[,/]\s*|\s+(?:and|or)\s+)"
_ASKED_AFTER = re.compile(
    rf"{_NAME_TAIL}(?:{_NAME_SEPARATOR}[A-Z][\w+-]*{_NAME_TAIL})*\s*(?:(?:is|are)\s+)?"
    r"(?i:required|preferred|desired|desirable|needed|necessary|mandatory|essential|a\s+(?:must|plus|bonus)|"
    r"an?\s+(?:advantage|asset))\b"
)
_ENDS_AFTER = re.compile(rf"{_NAME_TAIL}\s*[.;]?\s*$")
_LISTED_AFTER = re.compile(r",|\band\b")


def _asked_beside(after: str, known: str) -> bool:
    """Return whether a credential after "knowledge of ..." is asked, not known: what ``after`` it says so.

    ``known``: the words from "knowledge of" to the credential; it ends an item only as another thing in its list.
    """
    return bool(_ASKED_AFTER.match(after)) or bool(_ENDS_AFTER.match(after) and _LISTED_AFTER.search(known))


# what the job leads toward, not what it asks: "build time toward ATP minimums", "a path to your CPA licence"
_GOAL_BEFORE = re.compile(
    r"\b(?:toward|towards|path(?:way)? to|on (?:the|your) way to)\s+(?:(?:an?|the|your|their|full|becoming)\s+)*$",
    re.I,
)
# whom a posting sends elsewhere: "trainees on a pink PDI licence should ask about our training programme instead";
# a holder is the subject, asked to apply or ask elsewhere, and "instead" ends the clause ("Class A CDL and may check
# in at the terminal instead of the office" still asks the CDL)
_HOLDER_BEFORE = re.compile(
    r"\b(?:trainees?|candidates?|applicants?|those|holders?|anyone|people|students?)\s+(?:\w+\s+){0,2}?"
    r"(?:on|with|holding)\s+(?:(?:an?|the|their|your|only)\s+)?(?:[\w'-]+\s+){0,2}$",
    re.I,
)
_REDIRECTED_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:should|please|are (?:welcome|invited|encouraged) to)\s+(?:instead\s+)?"
    r"(?:ask|apply|enquire|inquire|contact)\b[^.;]{0,80}?\binstead\b\s*(?:[.;,)!]|$)",
    re.I,
)


def _redirected(text: str, start: int, end: int) -> bool:
    """Return whether the item sends the credential's holders elsewhere rather than asking it."""
    return bool(_HOLDER_BEFORE.search(text[max(0, start - 60) : start]) and _REDIRECTED_AFTER.match(text, end))


# "Lifeguarding certification WITH the Waterfront Skills module", "Flight Instructor certificate with Airplane
# Single-Engine AND Instrument Airplane ratings": a module or rating added to a base credential, each named by its own
# capitalised words; "and" leads no add-on ("Forklift certification and ... Customer Satisfaction ratings")
_ADD_ON = re.compile(
    r"\s*(?:\([^()]{0,25}\)\s*)?(?i:with|plus|including)\s+(?:(?i:the|an?|both)\s+)?"
    r"(?P<names>[A-Za-z0-9][\w'’/-]*(?:(?:\s+|\s*,\s*|\s+(?i:and|&)\s+)[A-Za-z0-9][\w'’/-]*){0,7}?)\s+"
    r"(?P<noun>(?i:modules?|ratings?|endorsements?|add-ons?|extensions?))(?![\w-])"
)
_ADD_ON_SPLIT = re.compile(r"\s*,\s*(?:(?i:and|&)\s+)?|\s+(?i:and|&)\s+")


def _add_ons(text: str, spans: list[tuple[int, int, list[str]]]) -> list[phrases.Named]:
    """Return the add-ons an item asks on a base credential, each named with the base's words.

    A module or rating is held on its base ("Lifeguarding/First Aid/CPR/AED with Waterfront Skills", "Flight
    Instructor Certificate - Airplane Single-Engine, Instrument Airplane"), so a line naming it must also name the
    base: an "Instrument Airplane" rating on a pilot certificate is not one on the instructor certificate.
    """
    found: list[phrases.Named] = []
    taken = [(s[0], s[1]) for s in spans]
    for start, end, ids in spans:
        after = _ADD_ON.match(text, end)
        if after is None or _has_own_add_ons(ids):
            continue
        base = _base_words(text[start:end])
        if not base:
            continue
        offset = after.start("names")
        for part in _ADD_ON_SPLIT.finditer(after.group("names") + ","):
            name = after.group("names")[offset - after.start("names") : part.start()]
            at, offset = offset, after.start("names") + part.end()
            words = [w for w in name.split() if w.lower() not in phrases.STOP_WORDS]
            endorsed = after.group("noun").lower().startswith("endorsement")
            if not 1 <= len(words) <= 3 or not all(_add_on_word(w, endorsed) for w in words):
                continue  # "with the appropriate rating", "with experience configuring Sales Cloud": no name
            if any(s < at + len(name) and at < e for s, e in taken):
                continue  # "Class A CDL with Hazmat and Tanker endorsements": each a credential already read
            if any(_spelled_further(text[s:e], words) for s, e in taken if s >= after.end()):
                continue  # "with an AB endorsement (AB-Limited or higher)": the bracket names which, read already
            found.append(phrases.Named(f"{' '.join(base)} with {' '.join(words)}", "", start, after.end()))
    return found


# a grade written as a number and letters ("hoisting license with 1A endorsement"); words that say which add-on
# without naming one ("with the appropriate endorsement", "with all required endorsements")
_GRADE_TOKEN = re.compile(r"\d{1,2}[A-Z]{1,2}")
_LOWER_NAME = re.compile(r"[a-z][a-z'’-]{2,30}")
_NO_ADD_ON_NAME = frozenset(
    "appropriate relevant required requisite necessary needed applicable proper suitable correct any all valid "
    "current full clean additional further other subject area specific state federal own your their its such these "
    "those multiple several various one two three necessary corresponding matching "
    # praise and its givers: "with glowing endorsements", "with strong references and endorsements"
    "strong glowing excellent positive good great personal professional written verbal formal favourable favorable "
    "outstanding references recommendations referees".split()
)


def _add_on_word(word: str, endorsed: bool) -> bool:
    """Return whether a word can name an add-on: capitalised or a grade ("1A"); for an endorsement also lower-case.

    Endorsements are often written in lower case ("with tailwheel endorsement", "with immunization endorsement");
    other add-ons in lower case are mostly prose ("with strong ratings").
    """
    if word[:1].isupper() or _GRADE_TOKEN.fullmatch(word):
        return True
    # a possessive is whose endorsement it is, not which ("with your manager's endorsement")
    possessive = word.endswith(("'s", "’s", "s'", "s’"))
    return endorsed and bool(_LOWER_NAME.fullmatch(word)) and not possessive and word.lower() not in _NO_ADD_ON_NAME


def _spelled_further(named: str, words: list[str]) -> bool:
    """Return whether a credential read later opens with an add-on's words ("AB-Limited" for an "AB" endorsement)."""
    head = " ".join(words).lower()
    return named.lower().startswith(head) and not named[len(head) : len(head) + 1].isalnum()


def _has_own_add_ons(ids: list[str]) -> bool:
    """Return whether the vocabulary names a base's add-ons itself, or the base is one: a CDL's endorsements."""
    vocab = vocabulary()
    known = [vocab.credentials[i] for i in ids if i in vocab.credentials]
    return any(
        c.kind == "endorsement"
        or any(o.kind == "endorsement" and o.occupation == c.occupation for o in vocab.credentials.values())
        for c in known
    )


def _base_words(spelled: str) -> list[str]:
    """Return the words naming a base credential; none where dropping an issuer's initials leaves one word ("Class")."""
    # the base's own words; an issuer's initials ("FAA", "ARC") may be written out or left out by a resume
    own = set(phrases.content_words(spelled))
    kept = [w for w in spelled.split() if w.strip(",.").lower() in own]
    base = [w for w in kept if not w.isupper()]
    return [] if len(base) == 1 < len(kept) else base


# how far from a name its clause is looked for: reading the whole item around every name made an item naming thousands
# ("RN RN RN ...", 20,000 characters) take seconds; a clause is rarely long, but one run-on requirement puts "within
# 6 months of hire" or "or higher" 300 characters past its credential, so the reach is well past that
CLAUSE_REACH = 1000


def _clause(text: str, start: int, end: int) -> str:
    """Return the clause of ``text`` (between commas, semicolons or spaced dashes outside brackets) holding it.

    Only ``CLAUSE_REACH`` characters either side are read (brackets counted from there).
    """
    first = max(0, start - CLAUSE_REACH)
    depth, left = 0, first
    for i in range(first, start):
        char = text[i]
        depth += (char == "(") - (char == ")")
        if depth <= 0 and (char in ",;" or (char in _DASHES and _spaced(text, i))):
            left = i + 1
    right = min(len(text), end + CLAUSE_REACH)
    depth = 0
    for i in range(end, right):
        char = text[i]
        depth += (char == "(") - (char == ")")
        if depth <= 0 and (char in ",;" or (char in _DASHES and _spaced(text, i))):
            right = i
            break
    return text[left:right].strip()


_SUPERVISION_OF = re.compile(
    r"\b(?:supervision|direction|delegation|guidance|oversight) of\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:licen[cs]ed\s+|staff\s+)?$",
    re.I,
)
# words that put the hire beside someone, but also before a document ("fly under a Part 107 certificate")
_SUPERVISED_BY = re.compile(
    r"\b(?:under|reports? to|reporting to|assists?|assisting|alongside|works? with|support(?:s|ing)?)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:licen[cs]ed\s+|staff\s+)?$",
    re.I,
)
_ROLE_AFTER = re.compile(
    r"^\W{0,2}\s*(?:delegation|supervision|direction|orders?|oversight)\b", re.I
)  # "RN delegation"
_DOCUMENT = re.compile(
    r"\b(?:certific\w*|licen[cs]es?|permits?|cards?|registrations?|endorsements?|credentials?|clearances?|waivers?|"
    r"ratings?|listings?)\b",
    re.I,
)
# a holder's name ends in a person noun: "Registered Nurse", "licensed electricians", "Journeyman Plumber"
_PERSON = re.compile(
    r"(?:nurse|midwife|aide|medic|EMT|pilot|officer|agent|[a-z]{3,}(?:ian|ist|er|or|ant|ent|man|men|worker))s?\W*$",
    re.I,
)


# the employer's own credential, "our" or the firm's possessive right before its name ("needed to keep our ISO 9001
# certification", "listed on our operator's licence", "for our safe manning certificates", "the practice's CQC
# registration"): held by the firm, not asked of the hire; "our state's RN licence" names a place's licence, the
# hire's, as "an RN licence in our state" does
_OURS_BEFORE = re.compile(
    r"(?<![\w'’-])(?:our(?!\s+(?:state|province|country|territory|nation|region|county|city|jurisdiction)['’]s?\s)|"
    r"the\s+(?:company|employer|firm|practice|clinic)['’]s)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)

# a duty over other people's credentials: a verb of checking, arranging or training, then the people, then their
# credential within the clause ("Check operatives' CSCS and CPCS cards", "Ensure subcontractors hold IPAF or PASMA
# cards", "Train kitchen staff to Level 2 Food Safety"). The people never name the hire: "All operatives must hold a
# CSCS card" has no such verb, and a clause where the hire is asked again ("Manage staff and hold SMSTS", "you
# must") keeps its credential
_OTHERS_HOLD = re.compile(
    r"\b(?:ensur(?:e|es|ing)|check(?:s|ing)?|verif(?:y|ies|ying)|confirm(?:s|ing)?|monitor(?:s|ing)?|"
    r"audit(?:s|ing)?|record(?:s|ing)?|track(?:s|ing)?|train(?:s|ing)?|book(?:s|ing)?|enrol+(?:s|ing)?|"
    r"brief(?:s|ing)?|induct(?:s|ing)?|supervis(?:e|es|ing)|coordinat(?:e|es|ing)|arrang(?:e|es|ing)|"
    r"upskill(?:s|ing)?|support(?:s|ing)?)\s+(?:that\s+)?(?:(?:all|any|every|each|the|new|site|our|other)\s+)*"
    r"(?:[\w-]+\s+)?(?:operatives|staff|sub-?contractors|contractors|workers|employees|drivers|visitors|trades(?:people|men)?|"
    r"personnel|colleagues|team members|teams|crews?|apprentices|learners|trainees|volunteers|carers|people|"
    r"everyone|labourers|technicians|engineers|nurses|members)['’]?(?![\w-])(?P<between>[^.;:!?]{0,80})$",
    re.I,
)
# words in that stretch that ask the hire again
_HIRE_AGAIN = re.compile(
    r"\b(?:and|or|but)\s+(?:to\s+)?(?:hold|holds|have|has|possess|be)\b|\b(?:must|you|your|will|should|shall|need)\b",
    re.I,
)


def others_hold(text: str, start: int) -> bool:
    """Return whether the credential named at ``start`` is other people's, in a duty over them (``_OTHERS_HOLD``)."""
    duty = _OTHERS_HOLD.search(text, max(0, start - 160), start)
    return duty is not None and not _HIRE_AGAIN.search(duty.group("between"))


# a course the hire runs for others: a verb of delivering a few words before the credential, and a course noun right
# after it ("Deliver Level 2 Food Safety training to staff", "Run First Aid at Work courses for new starters",
# "teaching CPR classes"): the hire teaches it, which no holder's ask says (review r24c)
_DELIVERS_BEFORE = re.compile(
    r"\b(?:deliver|run|teach|facilitate|present|host|lead|organi[sz]e|schedule)(?:s|es|ing|ed)?\s+"
    r"(?:(?:the|all|our|in-house|on-site|regular|annual)\s+){0,2}$",
    re.I,
)
_COURSE_AFTER = re.compile(
    r"\s*(?:refresher\s+)?(?:training|courses?|sessions?|workshops?|classes|refreshers?|inductions?)\b", re.I
)


def teaches_it(text: str, start: int, end: int) -> bool:
    """Return whether the credential at text[start:end] is a course the hire delivers to others."""
    return bool(_COURSE_AFTER.match(text, end)) and bool(_DELIVERS_BEFORE.search(text, max(0, start - 60), start))


# the firm saying what it is: "We are ISO 9001 certified", "We're a Gas Safe registered company", "Our practice is
# CQC registered". The words up to the credential may not turn to whom it seeks ("We are looking for a certified
# electrician", "We are keen to hear from CSCS card holders"): then the credential is the hire's (review r24c)
_FIRM_IS = re.compile(
    r"(?:\bwe(?:\s+are|['’]re|\s+have\s+been|\s+became)|\b(?:the|our)\s+(?:company|firm|business|organi[sz]ation|"
    r"practice|clinic|site|factory|plant|facility|laboratory|lab|group|school|hospital|kitchen|restaurant|centre|"
    r"center|service)\s+(?:is|are|has\s+been|was|became))\s+(?P<between>[^.;:!?\n]{0,60})$",
    re.I,
)
_SEEKING = re.compile(
    r"\b(?:looking|seeking|hiring|recruiting|searching|keen|interested|want(?:s|ing)?|need(?:s|ing)?|require[sd]?|"
    r"after|candidates?|applicants?|someone|individuals?|persons?|people|you|your)\b",
    re.I,
)


def firm_holds(text: str, start: int) -> bool:
    """Return whether the credential named at ``start`` is the firm's own, in what it says it is (``_FIRM_IS``)."""
    said = _FIRM_IS.search(text, max(0, start - 80), start)
    return said is not None and not _SEEKING.search(said.group("between"))


def _someone_elses(text: str, start: int, end: int, credential_id: str) -> bool:
    """Whether the credential at text[start:end] names whom the hire works under or beside, not what they hold.

    "our" before it names the employer's own ("to keep our ISO 9001 certification").

    "under the supervision of the registered nurse", "under RN delegation", "assists the RN", "works alongside
    licensed electricians" name a person or role; "fly under a Part 107 Remote Pilot Certificate" or "work under a
    Master Electrician license" name a document the hire needs, so they stay asked (and held).
    """
    before = text[max(0, start - 40) : start]
    if _SUPERVISION_OF.search(before) or _OURS_BEFORE.search(before):
        return True
    if not _SUPERVISED_BY.search(before):
        return False
    after = text[end : end + 25]
    if _ROLE_AFTER.match(after):
        return True
    spelled = text[start:end]
    if _DOCUMENT.search(spelled) or _DOCUMENT.match(after.strip()):
        return False
    credential = vocabulary().credentials.get(credential_id)
    return bool(_PERSON.search(spelled) or (credential and _PERSON.search(credential.name)))


_DASHES = "-–—"  # a spaced dash ends a clause ("salesperson license - broker license also welcome")


def _spaced(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isspace() and text[i + 1].isspace()


# "Certificate of Eligibility with Advanced Standing (CEAS) or Standard certificate": the words between the two end
# in "or", within one clause, so either credential meets the item
_OR_AFTER_QUALIFIER = re.compile(r"^[^.;:]{0,45}[\s(](?:or|or an?|or the)\s*$", re.I)
_IN_TIME = re.compile(
    r"\bwithin (?:\d+|one|two|three|six|nine|twelve|eighteen|the first) (?:\w+ )?(?:days?|weeks?|months?|years?)"
    r" (?:of|after|from) (?:hire|hiring|start|starting|employment|your start|date of hire)\b",
    re.I,
)
# "Registration as an Optician (RO) with the College of Opticians of Ontario": the issuer named after a credential
# the vocabulary does not know says where it is held, however long its name
# where the words beside a credential stop being about it: another item joined by "and", "plus", ";"
_BESIDE_END = re.compile(r";|\s(?:and|plus|as well as)\s", re.I)


def _beside(text: str, start: int, end: int) -> str:
    """Return the name at ``text[start:end]`` with the words beside it, within its own item of the clause."""
    left = text[max(0, start - 40) : start]
    cuts = [m.end() for m in _BESIDE_END.finditer(left)]
    right = text[end : end + 30]
    stop = _BESIDE_END.search(right)
    return left[cuts[-1] if cuts else 0 :] + text[start:end] + (right[: stop.start()] if stop else right)


_ISSUER_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:with|from|by|issued by|through)\s+(?:the\s+)?[A-Z][^,;.()]{0,80}"
)
# words of who may apply: a country beside them is where applicants come from or may work, not where a licence is held
_APPLICANTS = re.compile(
    r"\b(?:applicants?|candidates?|welcomed?|relocat\w*|visas?|sponsor\w*|citizens?|nationals?|migra\w*|overseas)\b",
    re.I,
)
_LATER = re.compile(
    r"\b(?:within (?:\d+|one|two|three|six|twelve|the first) (?:\w+ )?(?:days?|weeks?|months?|years?)|"
    r"(?:able|ability|willing|willingness) to (?:obtain|earn|acquire)|or (?:obtain|earn)|upon hire|after hire|"
    # "Able to complete our 7-week training and earn the FAA Certificate": earned in the employer's training
    r"(?:complete|completing|pass|passing|finish|attend)\s+(?:our|the|a|company|paid)\b[^.;]{0,60}?\b(?:training|"
    r"course|program|programme|academy)\b[^.;]{0,20}?\b(?:and|to)\s+(?:earn|obtain|receive|get|gain)|"
    # ("we sponsor renewals", "we sponsor your licence renewal": of a licence already held, which is still asked at
    # hire; "we sponsor 482 visas", "we will sponsor your work visa": the hire's right to work, not the licence)
    r"(?:will|we) (?:train|sponsor|pay for)(?! (?:the |your |its |their |our |annual )?(?:licen[cs]e |registration |"
    r"certificate |permit )?renewals?\b| (?:[\w-]+ ){0,2}?(?:visas?|work permits?|sponsorship|immigration|relocation|"
    r"green cards?|permanent residen\w*)\b)|company[- ]paid)\b",
    re.I,
)


_LICENSED = re.compile(r"\b(?:licen[cs]ed|licen[cs]ure|licen[cs]es?)\b", re.I)


def _licence_in_place(item: str) -> list[Wanted]:
    """Return "a licence in <place>" for an item that asks for one without naming it ("Must be licensed in Texas")."""
    if not _LICENSED.search(item) or accepts_any(item) or _NOT_LICENCE.search(item):
        return []
    where = places(item)
    if not where:
        return []
    optional = bool(_LATER.search(item))
    return [Wanted(ids=(phrases.PLACE_LICENCE,), jurisdictions=where, compact_ok=compact(item), optional=optional)]


_NOT_LICENCE = re.compile(r"\b(?:driv\w+|business|software|vehicle|plates?|liquor|fishing|hunting|marriage)\b", re.I)


# "Advanced Certified Paralegal", "Expert Certified ...": a rung above a credential the vocabulary knows, not it
# "Master Esthetician license" where the vocabulary knows the esthetician's licence and no master rung (a higher
# rank word, see credential_phrases.RANKS; not "Senior", which in a posting is mostly the job's seniority)
_HIGHER_RUNG = re.compile(r"(?:^|(?<=[\s(,;:/]))(?P<word>Advanced|Expert|Master)[\s-]+$")
_ABBR_AFTER = re.compile(r"\s*\(([A-Za-z][\w+&/.-]{1,11})\)")


def _higher_rungs(text: str, mentions: list[Mention]) -> list[phrases.Named]:
    """Return the credentials named as a higher rung of a vocabulary one it lacks ("Advanced Certified Paralegal").

    A vocabulary credential written right after a capitalised "Advanced" or "Expert" that its own aliases do not
    take in names another, higher credential: read it as a credential by its phrasing, so only a resume line
    naming it whole (or its abbreviation) meets it, never the lower one.
    """
    found = []
    for mention in mentions:
        before = _HIGHER_RUNG.search(text[max(0, mention.start - 12) : mention.start])
        if before is None or not mention.spelled[:1].isupper():
            continue
        start = mention.start - (len(text[max(0, mention.start - 12) : mention.start]) - before.start("word"))
        end = mention.end
        name = f"{before.group('word')} {mention.spelled}"
        trailing = _ABBR_AFTER.match(text, end)
        abbreviation = ""
        if trailing and phrases.is_abbreviation(trailing.group(1)):
            abbreviation, end = trailing.group(1), trailing.end()
        found.append(phrases.Named(name, abbreviation, start, end))
    return found


_AREA_LEAD = re.compile(r"\s*:\s*")
_AREA = re.compile(
    r"(?P<area>[A-Z][\w'/&-]*(?:[ ](?!(?:or|and)\b)[A-Za-z][\w'/&-]*){0,5})"
    r"(?P<sep>\s*\(\s*or\s+|\s*(?:,\s*)?(?:\bor\b|/|,)\s*|\s*$|\s*[.;()])"
)


def _with_areas(text: str, mentions: list[Mention]) -> list[list[phrases.Named]]:
    """Return the credentials an item narrows to specialty areas, one group of alternatives per credential.

    "Education Specialist credential: Extensive Support Needs or Moderate/Severe Disabilities": the credential is
    then one of its areas, each read by its phrasing (met only by a line naming the credential's and the area's
    words), as "certificate in Mathematics" already is.
    """
    found = []
    for mention in mentions:
        lead = _AREA_LEAD.match(text, mention.end)
        if lead is None:
            continue
        group: list[phrases.Named] = []
        at = lead.end()
        while at < len(text):
            area = _AREA.match(text, at)
            if area is None:
                break
            words = area.group("area").split()
            while words and words[-1] in phrases.STOP_WORDS:
                words.pop()
            if not words or words[0].lower() in phrases.STOP_WORDS | phrases.QUALIFIERS:
                break
            name = f"{mention.spelled}: {' '.join(words)}"
            group.append(phrases.Named(name, "", mention.start, area.start("sep")))
            if not area.group("sep").strip() or area.group("sep").strip() in ".;()":
                break
            at = area.end()
        if group:
            found.append(group)
    return found


def issued_per_place(ids: Iterable[str]) -> bool:
    """Return whether any of the credentials is issued place by place (``jurisdictional`` in the vocabulary)."""
    vocab = vocabulary()
    return any(vocab.credentials[p].jurisdictional for i in ids for p in parts(i) if p in vocab.credentials)


def parts(credential_id: str) -> list[str]:
    """Return the credentials an id needs all of: itself, or the parts of "series_66 + series_7"."""
    return credential_id.split(ALL_OF) if ALL_OF in credential_id else [credential_id]


def _held_together(clause: str, between: str, last: str, ids: list[str]) -> bool:
    """Return whether the words between an alternative and the next credential join them ("66 together with 7").

    "and" joins only inside the brackets the alternative opened ("(or Series 66 and Series 7)"); outside them
    "RN or LPN and BLS" asks for BLS besides.
    """
    if len(ids) != 1 or phrases.is_phrase_id(ids[0]) or phrases.is_phrase_id(last) or ALL_OF in last:
        return False
    found = _TOGETHER.match(between)
    if not found:
        return False
    if found.group(0).strip().lower() in ("and", "&"):
        return clause.count("(") > clause.count(")")
    return True


# what says a slash pair or a list is any one of them: "either BLS/ACLS", "one of CPR/First Aid", "one or more of
# CPA, CISA or CIA", "any of the following professional designations: CPA, CMA, CIA" (a few words after "of")
_ONE_OF = re.compile(r"\b(?:either|(?:(?:any\s+)?one(?:\s+or\s+more)?|any)\s+of(?:\s+[\w-]+){0,4})\s*:?\s*$", re.I)
# what says a slash pair is each asked: "both CISSP/CISM"
_BOTH_BEFORE = re.compile(r"\bboth(?:\s+(?:the|a|an))?\s*:?\s*$", re.I)


def _slash_alternatives(text: str, previous: tuple[int, int, list[str]], following: str) -> bool:
    """Return whether two credentials joined by "/" are alternatives rather than each asked.

    A slash between two credentials is one ask either meets ("RN/LPN", "CISSP/CISM", "CFA/CAIA", "LCSW/LPC",
    "PHR/SHRM-CP"): a posting writing it almost always means "either". The pair is two asks only when its
    credentials complement each other (``_complementary``: "RN/BSN", "CPR/First Aid", "Series 7/66"), or the words
    before it say both ("both X/Y"); "either" or "one of" before it makes even a complementary pair one ask.
    """
    start, _, ids = previous
    vocab = vocabulary()
    before = text[max(0, start - 30) : start]
    if _ONE_OF.search(before):
        return True
    if _BOTH_BEFORE.search(before):
        return False
    if ids[-1] not in vocab.credentials or following not in vocab.credentials:
        return True  # a credential the vocabulary does not know has no kind to compare: read as before, any of them
    return not _complementary(ids[-1], following)


def _complementary(a: str, b: str) -> bool:
    """Return whether two vocabulary credentials are each asked when a posting joins them by "/".

    They are when neither meets the other and one is a degree and the other not (a nurse holds the RN licence and
    the BSN: "RN/BSN"), or the vocabulary puts both in one ``complementary`` group of cards and registrations
    employers ask together (life-support and first-aid cards, FINRA registrations, a water operator's treatment and
    distribution grades, a CDL and its endorsements), or a third credential covers both as its parts ("EPA 608 Type
    I/II", parts of the Universal).
    """
    vocab = vocabulary()
    if vocab.satisfies(a, b) or vocab.satisfies(b, a):
        return False  # "CPR/BLS", "RN/LPN": the higher one meets the lower
    first, second = vocab.credentials[a], vocab.credentials[b]
    if (first.kind == "degree") != (second.kind == "degree"):
        return True
    if first.complementary and first.complementary == second.complementary:
        return True
    return any({a, b} <= c.covers for c in vocab.credentials.values())


def _one_ladder(a: str, b: str) -> bool:
    """Return whether one of two vocabulary credentials meets the other, or they are kinds of one family's credential.

    Two of one family that a third covers together are parts of it, not kinds: EPA 608 Type I and Type II are two
    parts of the Universal certification, where RHIA and RHIT are two ways to one job.
    """
    vocab = vocabulary()
    if vocab.satisfies(a, b) or vocab.satisfies(b, a):
        return True
    if vocab.family_of(a) != vocab.family_of(b):
        return False
    return not any({a, b} <= c.covers for c in vocab.credentials.values())


def expiry_passed(line: str, today: date) -> str:
    """Return the expiry a line states when it is past ("2024-03"), "lapsed" for a lapsed one, else ""."""
    found = _EXPIRY.search(line)
    if found:
        year = int(found.group("y1") or found.group("y2") or found.group("y3") or found.group("y4"))
        month_text = found.group("m1") or found.group("m2")
        month = int(month_text) if month_text else _MONTH.get((found.group("mn") or "")[:3].lower(), 12)
        if (year, month) < (today.year, today.month):
            return f"{year}-{month:02d}"
        return ""
    return "lapsed" if _LAPSED.search(line) else ""


# a body's initials in brackets after its name ("Chartered Institute of Management Accountants (CIMA)") name the body
# that issued a certificate, not its membership, unless the line says the person is a member
_ISSUING_BODY = re.compile(
    r"\b(?:Institute|Association|Society|Council|College|Faculty)\s+of\s+[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,7}\s*\(\s*$"
)
_MEMBER = re.compile(r"\b(?:member(?:ship)?|fellow(?:ship)?|associate|admitted|chartered member)\b", re.I)
# what a body issues besides membership: the body heading its own line ("Association of Chartered Certified
# Accountants (ACCA), 2016") is the membership; beside a diploma or a level it is that diploma's issuer
_ISSUED_THING = re.compile(
    r"\b(?:certificates?|diplomas?|awards?|courses?|modules?|levels?|papers?|programmes?|programs?)\b", re.I
)


def _issuer_only(line: str) -> bool:
    """Return whether a body a line names in brackets may be only the issuer of a certificate the line holds."""
    return not _MEMBER.search(line) and bool(_ISSUED_THING.search(line))


def held_in(lines: list[str], today: date | None = None, shown: list[str] | None = None) -> list[Held]:
    """Return the credentials resume lines name, each with the line's jurisdiction, expiry and whether it is held.

    ``shown`` (default: the lines) is what each line looks like to the person (``lines`` may have negations cut).
    """
    today = today or date.today()
    vocab = vocabulary()
    held: list[Held] = []
    document = "\n".join(lines)  # an initialism is read in the resume's context ("NRP" of a nurse, of a medic)
    for line, as_written in zip(lines, shown or lines, strict=True):
        expanded = expand_series(line)
        mentions = _with_slash_parts(vocab, expanded, document)
        if not mentions:
            continue
        where, multistate = licence_places(line), compact(line)
        expired = expiry_passed(line, today)
        issuer_only = _issuer_only(line)  # once a line: a line of thousands of mentions is read once
        for mention in mentions:
            if _someone_elses(expanded, mention.start, mention.end, mention.id):
                continue  # "under RN delegation", "assisted the registered nurse": someone else's credential
            if issuer_only and _ISSUING_BODY.search(expanded, max(0, mention.start - 90), mention.start):
                continue  # "... (Chartered Institute of Management Accountants (CIMA))": who issued a certificate
            # "pursuing the CCNP" or "CPA candidate": the cue sits near the mention, in the same clause
            window = expanded[max(0, mention.start - 40) : mention.end + 25]
            clause = re.split(r"[;.]\s|,\s(?=[A-Z])", window)
            near = next((c for c in clause if mention.spelled in c), window)
            exam = (
                not vocab.credentials[mention.id].by_exam
                and bool(_EXAM.search(near))
                and not _GRANTED.match(mention.spelled)
            )
            rest = _clause_rest(expanded, mention.end + 25) if near == clause[-1] else ""  # what the window cut
            held.append(
                Held(
                    id=mention.id,
                    line=as_written,
                    jurisdictions=where,
                    compact=multistate,
                    expired=expired,
                    pending=bool(_NOT_HELD.search(near)) or _awaited(near + rest, mention.spelled) or exam,
                )
            )
    return held


# a name that states the grant itself ("Enrolled to practice before the IRS", "admitted to practice", "licensed CPA"):
# the exam beside it is how it was earned ("(Special Enrollment Examination, all three parts)"), not what is held
_GRANTED = re.compile(r"(?:licensed|enrolled to practi[cs]e|admitted to practi[cs]e)\b", re.I)
_SLASH = re.compile(r"(?<=[\w)])\s?/\s?(?=[\w(])")


def _with_slash_parts(vocab: Vocabulary, text: str, document: str) -> list[Mention]:
    """Return the credentials a resume line names, each part of a slash list read too ("First Aid/CPR/AED").

    An alias whose pattern needs the words around it ("First Aid" before "/CPR") may miss a part the slash list
    names alone ("Lifeguarding/CPR/AED"): each part between slashes is read on its own as well.
    """
    mentions = vocab.find_expanded(text, document)
    if "/" not in text:
        return mentions
    cuts = [0, *(at for m in _SLASH.finditer(text) for at in (m.start(), m.end())), len(text)]
    # a part's mention may overlap one of the whole line's or one found earlier in the same part (parts do not
    # overlap); the whole line's are looked up by position, since testing each against all of them was quadratic
    # on a line of thousands of parts ("CPR/CPR/...")
    whole = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in whole]
    reach = list(accumulate((m.end for m in whole), max))
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        own: list[Mention] = []
        for found in vocab.find_expanded(text[start:end], document):
            shifted = replace(found, start=found.start + start, end=found.end + start)
            k = bisect_left(starts, shifted.end)  # the whole line's mentions starting before this one ends
            if (k and reach[k - 1] > shifted.start) or any(
                m.start < shifted.end and shifted.start < m.end for m in own
            ):
                continue
            own.append(shifted)
            mentions.append(shifted)
    return sorted(mentions, key=lambda m: m.start)


@dataclass(frozen=True)
class Verdict:
    """Whether a resume meets one credential requirement: credit, the proving line and a note for the reasons."""

    credit: float
    line: str
    note: str


HOME_CREDIT = 0.9  # a licence whose state the resume leaves out, taken as the state the person lives in


def judge(
    wanted: Wanted,
    held: list[Held],
    home: tuple[str, ...] = (),
    lines: list[str] | None = None,
    listed: list[str] | None = None,
) -> Verdict:
    """Return how far held credentials meet a requirement: 1 met; 0.5 held but its jurisdiction unstated; else 0.

    Only the same credential or one above it in its family counts; a lower rung, another state's licence (unless
    the posting accepts any state or a compact licence the resume holds), an expired or pending one does not.
    A credential outside the vocabulary is held where a resume line names it (``lines``, and ``listed``: the
    resume's certificates, where a one-word name needs no "certified" beside it).
    """
    if any(ALL_OF in i for i in wanted.ids):
        return _judge_compound(wanted, held, home, lines, listed)
    vocab = vocabulary()
    names = name_of(list(wanted.ids))
    qualifying = [h for h in held if any(vocab.satisfies(h.id, w) for w in wanted.ids)]
    qualifying += _held_by_phrase(wanted.ids, lines or [], listed or [])
    qualifying += [h for h in _held_as_listed(wanted.ids, listed or []) if h.line not in {q.line for q in qualifying}]
    valid = [h for h in qualifying if not h.expired and not h.pending]
    if valid and wanted.area:
        endorsed = [h for h in valid if _endorsed(wanted.area, h.line, [*(lines or []), *(listed or [])])]
        if not endorsed:
            line = valid[0].line
            return Verdict(0.0, line, f"holds {_short(line)}, not endorsed in {wanted.area}")
        valid = endorsed
    if valid and (wanted.grades or wanted.refused or wanted.refused_grades):
        graded = [(h, _below_grade(wanted, h, listed or [])) for h in valid]
        if all(why for _, why in graded):
            return Verdict(0.0, graded[0][0].line, graded[0][1])
        valid = [h for h, why in graded if not why]
    asked_countries = countries_of(wanted.jurisdictions)
    # a place read only from a regulator's name ("AHPRA registration") refuses another place's licence; a line
    # naming the licence without a place is taken as before (such asks rarely name the place themselves)
    by_body = bool(
        wanted.clause
        and regulator_places(wanted.clause)
        and not places(wanted.clause)
        and not countries_named(wanted.clause)
    )
    if wanted.place_implied:
        # the posting's location says where, its words do not: a line naming no place is taken as before, and a place
        # the line names only as where its holder trained ("Oregon State University") says nothing of the licence
        by_body = True
        valid = [replace(h, jurisdictions=where_held(without_schools(h.line))) for h in valid]
    # a licence held in another country is no licence of the place asked, even where its line names no state
    # ("Registered Nurse, AHPRA" for a Texas RN licence; "HCPC registered" for a Queensland one)
    abroad = {
        h.line: ", ".join(sorted(elsewhere))
        for h in valid
        if asked_countries and (elsewhere := countries_of(h.jurisdictions)) and not elsewhere & asked_countries
    }
    valid = [replace(h, jurisdictions=as_asked(h.jurisdictions, wanted.jurisdictions)) for h in valid]
    if any(h.jurisdictions or h.line in abroad for h in valid):
        # a line saying where the licence is from outweighs a line naming it without a place
        valid = [h for h in valid if h.jurisdictions or h.line in abroad]
    best: Verdict | None = None
    for h in valid:
        if not wanted.jurisdictions or set(h.jurisdictions) & set(wanted.jurisdictions):
            return Verdict(1.0, h.line, "")
        if wanted.compact_ok and h.compact:
            return Verdict(1.0, h.line, "compact (multistate) licence accepted")
        if set(wanted.jurisdictions) <= asked_countries and countries_of(h.jurisdictions) & asked_countries:
            return Verdict(1.0, h.line, "")  # "registered in Scotland" holds a UK registration
        if h.line in abroad:
            best = best or Verdict(0.0, h.line, f"licensed in {abroad[h.line]}; the posting asks for {_places(wanted)}")
            continue
        if not h.jurisdictions and by_body:
            return Verdict(1.0, h.line, "")
        if not h.jurisdictions and set(home) & set(wanted.jurisdictions):
            note = f"state not stated; taken as where you live ({', '.join(home)})"
            best = best if best and best.credit >= HOME_CREDIT else Verdict(HOME_CREDIT, h.line, note)
        elif not h.jurisdictions:
            best = best or Verdict(0.5, h.line, f"jurisdiction not stated; the posting asks for {_places(wanted)}")
        else:
            best = best or Verdict(
                0.0, h.line, f"licensed in {', '.join(h.jurisdictions)}; the posting asks for {_places(wanted)}"
            )
    if best is not None:
        return best
    if qualifying:
        h = qualifying[0]
        state = f"expired {h.expired}" if h.expired else "not yet held (in progress)"
        return Verdict(0.0, h.line, f"{name_of([h.id])}: {state}")
    families = {vocab.family_of(w) for w in wanted.ids if w in vocab.credentials}
    lower = [h for h in held if vocab.family_of(h.id) in families]
    if lower:
        h = lower[0]
        return Verdict(0.0, h.line, f"holds {vocab.credentials[h.id].name}, which does not meet {names}")
    for line in dict.fromkeys([*(h.line for h in held), *(listed or []), *(lines or [])]):
        if any(_names(line, cid) for cid in wanted.refused):
            return Verdict(0.0, line, f"holds {_short(line)}, which the posting refuses")
    below = _below_by_phrase(wanted.ids, lines or [], listed or [])
    if below:
        return Verdict(0.0, below, f"holds {_short(below)}, a lower level")
    return Verdict(0.0, "", "")


@lru_cache(maxsize=8192)
def graded(wanted: Wanted, text: str) -> Wanted:
    """Return ``wanted`` with the grades its name states in ``text`` and what ``text`` refuses beside it.

    "hold a full (unrestricted) driver licence - restricted or learner licences are not accepted": the driver
    licence asked is the full one, and a held restricted one is below it (``data/grades.yaml``).
    """
    asked = grades.without_refusals(text)
    spans = _spans_of(asked, wanted.ids)
    found: dict[str, int] = {}
    for start, end in spans:
        for ladder, rung in grades.near(asked, start, end, lowest=True).items():
            found[ladder] = min(found.get(ladder, rung), rung)
    for ladder, rung in _numbered(asked, wanted.ids, lowest=True).items():
        found[ladder] = min(found.get(ladder, rung), rung)
    refused_ids: list[str] = []
    for start, end in grades.refusals(text):
        clause = text[start:end]
        for want in _wanted_in(clause, "", [], refusing=True):
            refused_ids += [i for i in want.ids if i not in wanted.ids and ALL_OF not in i]
        # "CO or CP alone does not meet the requirement": initials a refusal names are credentials
        # ("applications from NHS agency staff will not be considered", "candidates requiring H1B sponsorship ...":
        # initials of something else; only initials the refusal is said of, with at most a credential's noun between)
        said = grades.refusing_at(clause)
        refused_ids += [
            phrases.PREFIX + m.group(0)
            for m in re.finditer(r"(?<![\w+&/.-])[A-Z][A-Za-z0-9+-]{1,9}(?![\w+&.-])", clause)
            if phrases.is_abbreviation(m.group(0))
            and m.end() <= said
            and _REFUSED_TAIL.fullmatch(clause[m.end() : said])
            and not vocabulary().find(m.group(0))
            and phrases.PREFIX + m.group(0) not in wanted.ids
        ]
    refused_grades = {(ladder, rung) for ladder, rungs in grades.refused(text).items() for rung in rungs}
    # a refused rung is below the ask even where the ask names no grade ("Secret clearance - interim not accepted")
    # ("international professional designations alone are not sufficient": a top rung refused is no grade refused)
    refused_grades = {
        (ladder, rung)
        for ladder, rung in refused_grades
        if rung < found.get(ladder, grades.top(ladder)) and (ladder not in found or rung < found[ladder])
    }
    area = next((a for start, end in spans if (a := _endorsed_area(asked, end))), "")
    return replace(
        wanted,
        area=area,
        grades=tuple(sorted(found.items())),
        refused=tuple(dict.fromkeys(refused_ids)),
        refused_grades=tuple(sorted(refused_grades)),
    )


# what may stand between refused initials and the words refusing them: other initials, their credential's noun,
# "alone" ("CO or CP alone does not meet the requirement", "an EN registration is not sufficient")
# (initials joined by "-" or "+" are read one way, at the joins: "CCRN-Pediatric", "ACLS+PALS+NRP"; initials that
# could end in a "-" or "+" let "A-A-A-..." split exponentially many ways)
_REFUSED_TAIL = re.compile(
    r"(?:[\s,/()]|\b(?:or|and|[A-Z](?:[A-Za-z0-9]{1,9}(?:[+-][A-Za-z0-9]+)*|(?:[+-][A-Za-z0-9]+)+)|certifi\w*|licen[cs]\w*|registrations?|credentials?|"
    r"designations?|cards?|tickets?|status|memberships?|qualifications?|holders?|alone|only|by\s+itself|on\s+(?:its|"
    r"their)\s+own)\b)*"
)


def graded_name(want: Wanted, text: str) -> str:
    """Return the label of what ``want`` asks, with the grade words its name states ("Driver's licence (full)")."""
    name = _as_written(want.ids, name_of(list(want.ids)), text)
    asked = grades.without_refusals(text)
    said: list[str] = []
    for start, end in _spans_of(asked, want.ids):
        for ladder_word in grades.words_near(asked, start, end):
            if ladder_word.lower() not in name.lower() and ladder_word.lower() not in (w.lower() for w in said):
                said.append(ladder_word)
    for cid in (i for i in want.ids if vocabulary_levels.graded_family(_family(i))):
        family = str(_family(cid))
        for start, end in _spans_of(asked, (cid,)):
            said += [g for g in vocabulary_levels.written(family, asked, start, end) if g not in said]
    name = f"{name} ({', '.join(said)})" if said else name
    area = next((a for _, end in _spans_of(asked, want.ids) if (a := _endorsed_area(asked, end))), "")
    return f"{name}, endorsed in {area}" if area else name


# the credential's noun a posting writes right after a name it knows no noun for ("Open cabling registration", "HSE
# Surface Supplied diving qualification"), or the holding word before it ("Commonwealth-registered marriage celebrant")
_NOUN_WRITTEN = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?P<noun>registration|licen[cs]e|qualification|certificate|permit|card|ticket|"
    r"endorsement|membership|accreditation|rating)s?\b",
    re.I,
)
_HOLDING_WRITTEN = re.compile(
    rf"(?P<lead>(?:[A-Z][\w'’]*-)?{phrases.HOLDING}|(?:endorsement|registration|"
    r"licen[cs]e|certification)s?\s+(?:in|as\s+an?|for))\s+$",
    re.I,
)


def _as_written(ids: tuple[str, ...], name: str, text: str) -> str:
    """Return a phrase credential's label with the noun or holding word the posting wrote, not "certification"."""
    if len(ids) != 1 or not phrases.is_phrase_id(ids[0]) or not name.endswith(" certification"):
        return name
    bare = name[: -len(" certification")]
    said, _ = phrases.parse(ids[0])
    for found in re.finditer(re.escape(said), text, re.I) if said else ():
        noun = _NOUN_WRITTEN.match(text, found.end())
        if noun:
            return f"{bare} {noun.group('noun')}"
        lead = _HOLDING_WRITTEN.search(text[max(0, found.start() - 40) : found.start()])
        if lead:
            return f"{lead.group('lead')} {bare}"
    return name


# "teaching licence with an endorsement in Music Education - Instrumental PreK-12": the area the licence is endorsed
# in, up to the clause's end
_ENDORSED_IN = re.compile(
    r"(?:\s*\([^()]{0,25}\))?"
    # the register it is held on may come first ("registration as a psychologist with the Psychology Board of
    # Australia (AHPRA) with an area of practice endorsement in clinical psychology")
    r"(?:\s+(?:with|by|on)\s+the\s+[A-Z][^,;.()]{0,60}?(?:\s*\([^()]{0,15}\))?(?=\s+(?:with|and|carrying|holding)\b))?"
    r"(?:\s*,)?\s*(?:with|and|carrying|holding)\s+(?:an?\s+|the\s+|current\s+)?(?:area\s+of\s+practice\s+)?"
    r"(?:endorsements?|subject\s+area|teaching\s+area|specialty|specialism)\s+(?:in|for|of)\s+(?:the\s+)?"
    r"(?P<area>[^.;,()\n]{2,80}?)(?=\s*(?:$|[.;,()\n]|\b(?:required|preferred|or\s+higher|is\s+required)\b))",
    re.I,
)
# words of an area that say which grades it covers or how it is held, not which area it is
_AREA_NOISE = re.compile(
    r"\b(?:pre-?k|k|p|grades?|ages?|years?|levels?)?[-–]?\d+(?:\s*[-–]\s*\d+)?\b|\b(?:pre-?k)\b", re.I
)


def _endorsed_area(text: str, end: int) -> str:
    """Return the area a licence named up to ``end`` must be endorsed in ("with an endorsement in Chemistry")."""
    found = _ENDORSED_IN.match(text, end)
    return found.group("area").strip(" -–—") if found else ""


def _area_words(area: str) -> set[str]:
    """Return the telling words of an endorsement area, stemmed ("Music Education - Instrumental PreK-12")."""
    words = re.findall(r"[a-z]{3,}", _AREA_NOISE.sub(" ", area.lower()))
    return {stem(w) for w in words if w not in STOP_WORDS and w not in ("education", "endorsement", "area")}


def _endorsed(area: str, line: str, lines: list[str]) -> bool:
    """Return whether a held licence's line (or another line saying it is endorsed) names the area asked."""
    wanted = _area_words(area)
    if not wanted:
        return True
    for text in [line, *(ln for ln in lines if re.search(r"(?i)\bendorse", ln))]:
        have = {stem(w) for w in re.findall(r"[a-z]{3,}", text.lower())}
        if wanted <= have:
            return True
    return False


def _spans_of(text: str, ids: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return where a text names any of the credentials ``ids`` (vocabulary mentions, or a phrase id's words)."""
    wanted = {p for i in ids for p in parts(i)}
    spans = [(m.start, m.end) for m in vocabulary().find(text) if m.id in wanted]
    for cid in (i for i in wanted if phrases.is_phrase_id(i)):
        name, abbreviation = phrases.parse(cid)
        for said in (name, abbreviation):
            at = text.lower().find(said.lower()) if said else -1
            if at >= 0:
                spans.append((at, at + len(said)))
                break
    return spans


def _family(credential_id: str) -> str | None:
    """Return a vocabulary credential's family, or None for a phrase credential."""
    return vocabulary().family_of(credential_id) if credential_id in vocabulary().credentials else None


def _numbered(text: str, ids: tuple[str, ...], *, lowest: bool = False) -> dict[str, int]:
    """Return the numbered or lettered grades a text writes beside vocabulary credentials ("Class 4 Water ...")."""
    found: dict[str, int] = {}
    for cid in ids:
        family = _family(cid)
        if not vocabulary_levels.graded_family(family):
            continue
        for start, end in _spans_of(text, (cid,)):
            for ladder, rung in vocabulary_levels.near(str(family), text, start, end, lowest=lowest).items():
                keep = min if lowest else max
                found[ladder] = keep(found.get(ladder, rung), rung)
    return found


def _below_grade(wanted: Wanted, held: Held, listed: list[str]) -> str:
    """Return why a held credential that names the ask is below it (a lower or refused grade), or "" if it is not."""
    line = held.line
    # where the line names it in other words ("licensed PE"), the whole line speaks of it only if it is one item:
    # "Candidate member of ASCE & licensed PE" holds no candidate PE
    spans = _spans_of(line, (held.id,)) or ([(0, len(line))] if grades.one_item(line) else [])
    have: dict[str, int] = {}
    for start, end in spans:
        for ladder, rung in grades.near(line, start, end).items():
            have[ladder] = max(have.get(ladder, rung), rung)
    for ladder, rung in _numbered(line, (held.id,)).items():
        have[ladder] = max(have.get(ladder, rung), rung)
    shown = _short(line)
    if any((ladder, rung) in set(wanted.refused_grades) for ladder, rung in have.items()):
        return f"holds {shown}, which the posting refuses"
    asked = dict(wanted.grades)
    if any(ladder in asked and rung < asked[ladder] for ladder, rung in have.items()):
        return f"holds {shown}, a lower grade than the posting asks"
    own = {phrases.parse(i)[1] for i in wanted.ids if phrases.is_phrase_id(i)} - {""}
    says_own = any(re.search(rf"(?<![A-Za-z0-9]){re.escape(a)}(?![A-Za-z0-9])", line) for a in own)
    if held.id not in wanted.refused and not says_own and any(_names(line, c) for c in wanted.refused):
        return f"holds {shown}, which the posting refuses"
    return ""


def _names(line: str, credential_id: str) -> bool:
    """Return whether a resume line names a credential (a vocabulary id, or a phrase id by its words)."""
    if credential_id in vocabulary().credentials:
        return any(m.id == credential_id for m in vocabulary().find(line))
    if not phrases.is_phrase_id(credential_id):
        return False
    # every word of the refused name, as written: "Registered Technician" is not named by "Certified Technician"
    name, abbreviation = phrases.parse(credential_id)
    said = {w.lower() for w in re.findall(r"[\w+-]+", line)}
    if abbreviation and abbreviation.lower() in said:
        return True
    words = {w.lower() for w in re.findall(r"[\w+-]+", name) if len(w) > 1}
    return bool(words) and words <= said and name != abbreviation


def _below_by_phrase(ids: tuple[str, ...], lines: list[str], listed: list[str]) -> str:
    """Return the first resume line naming a wanted credential outside the vocabulary at a lower level or rank."""
    for cid in (i for i in ids if phrases.is_phrase_id(i)):
        for line, is_listed in [*((ln, True) for ln in listed), *((ln, False) for ln in lines)]:
            if phrases.lower_level_in(cid, line, is_listed):
                return line
    return ""


def _short(line: str, limit: int = 70) -> str:
    """Return a resume line cut to ``limit`` characters at a word boundary."""
    line = line.strip()
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + " ..."


def _judge_compound(
    wanted: Wanted, held: list[Held], home: tuple[str, ...], lines: list[str] | None, listed: list[str] | None
) -> Verdict:
    """Return the best verdict over alternatives some of which need several credentials held together."""
    simple = tuple(i for i in wanted.ids if ALL_OF not in i)
    verdicts: list[Verdict] = []
    if simple:
        verdicts.append(judge(replace(wanted, ids=simple), held, home, lines, listed))
    for compound in (i for i in wanted.ids if ALL_OF in i):
        each = [judge(replace(wanted, ids=(p,)), held, home, lines, listed) for p in parts(compound)]
        worst = min(each, key=lambda v: v.credit)
        line = "; ".join(dict.fromkeys(v.line for v in each if v.line))
        verdicts.append(Verdict(worst.credit, line, worst.note or (f"lacks {name_of([compound])}" if simple else "")))
    best = max(verdicts, key=lambda v: v.credit)
    if best.credit > 0 or not simple:
        return best
    return verdicts[0]  # nothing met: what the first alternative says ("holds Series 63, which does not meet ...")


def _held_by_phrase(ids: tuple[str, ...], lines: list[str], listed: list[str]) -> list[Held]:
    """Return the resume lines naming a wanted credential outside the vocabulary, read as vocabulary ones are."""
    held: list[Held] = []
    today = date.today()
    for cid in (i for i in ids if phrases.is_phrase_id(i)):
        for line, is_listed in [*((ln, False) for ln in lines), *((ln, True) for ln in listed)]:
            span = phrases.names_in(cid, line, is_listed)
            if span is None:
                continue
            near = line[max(0, span[0] - 40) : span[0] + 60]
            held.append(
                Held(
                    id=cid,
                    line=line,
                    jurisdictions=where_held(line),
                    compact=compact(line),
                    expired=expiry_passed(line, today),
                    pending=_pending(near, phrases.parse(cid)[0], rest=_clause_rest(line, span[0] + 60)),
                )
            )
    return held


_GENERIC_TAIL = re.compile(r"\s+(?:certification|certificate|card|training|licen[cs]e)$", re.I)


def _held_as_listed(ids: tuple[str, ...], listed: list[str]) -> list[Held]:
    """Return the listed certificates naming a vocabulary credential called "<Name> certification" by its name alone.

    A resume's certificates section names the certificate, not that it is one: "Lifeguarding/First Aid/CPR/AED
    (American Red Cross)" holds the "Lifeguard certification" no alias of which says "Lifeguarding" without
    "certification". The name's words are read as a credential outside the vocabulary is (its level and rank too).
    """
    vocab = vocabulary()
    held: list[Held] = []
    for cid in ids:
        credential = vocab.credentials.get(cid)
        core = _GENERIC_TAIL.sub("", credential.name) if credential else ""
        if credential is None or core == credential.name or not 0 < len(phrases.content_words(core)) <= 3:
            continue
        words, licence = phrases.content_words(core), _a_licence(credential)
        named = [
            line for line in listed if _heads_a_part(words, _as_training(line) if licence else line, licence=licence)
        ]
        held += [replace(h, id=cid) for h in _held_by_phrase((phrases.PREFIX + core,), [], named)]
    return held


# what may follow a certificate's name in its own part: a level or rank, a credential noun, a date ("Lifeguarding
# Certification, exp. 05/2026", "Radiography Registration"); anything else makes it another thing named after the
# licence
_AFTER_THE_NAME = frozenset(
    "level grade class type tier stage i ii iii iv v vi advanced senior master journeyman certified certification "
    "certificate certificates licence license licensed licensure practising practicing registration card holder "
    "current valid active exp expires "
    "expiry expiring issued renewed since jan feb mar apr may jun jul aug sep sept oct nov dec".split()
)
# a course, school or training toward a licence or about its trade, not the licence: "Private Pilot Ground School",
# "Home Inspector Pre-licensing Course", "Driver Safety Training", "Asbestos Abatement Awareness" (a licence's
# "Class A" or "Class 5" is its level)
_COURSE = re.compile(
    r"\b(?:courses?|school|training|orientation|awareness|pre-?licen[cs]\w*|exams?|written|instructor|student|"
    r"class(?:es)?(?!\s+(?-i:[A-Z]|\d{1,2}|[IVX]{1,4})\b)|modules?|program(?:me)?s?)\b",
    re.I,
)
# the noun that says a line names a credential held: "Forklift Operator Training Certificate" (or "... Cert.") is the
# certificate of the training, where "Forklift Operator Training (8 hours)" is the training alone
_HELD_NOUN = r"(?:certifications?|certificates?|certs?|cards?|licen[cs]es?|tickets?)\b"
# what may close a certificate's name before its credential noun: "& Water Safety", "+ Water Safety" or "and CPR/AED"
# (another name the same certificate covers), "Training" (the certificate of the training): "Lifeguarding & Water
# Safety Certification", "Forklift Operator Training Certificate"
_CLOSING = re.compile(rf"^(?:\s*(?:&|\+|\band\b)[^,;:&+]*?)?(?:\s+training)?\s+{_HELD_NOUN}", re.I)
# a training's own certificate: it says the course was done, which holds a certificate, card or training named
# after it but never a licence, which a regulator issues ("Barber Training Certificate", "Cosmetology / Training
# Certificate" hold no licence); so does a certificate given by its hours ("Cosmetology Certificate (1,600 hours)")
_TRAINING_CERTIFICATE = re.compile(
    rf"(?:\s*/\s*|\s+|^)training\s+{_HELD_NOUN}|"
    r"(?:\s+|^)(?:certifications?|certificates?|certs?)\b(?=\W{0,3}[\d,]+\s*-?\s*(?:clock\s+)?(?:hours?|hrs?)\b)",
    re.I,
)
# where a certificate's own name ends on its line: the issuer, the date or a note follows
_NAME_END = re.compile(r",|;|:|\s[-–—]\s")


def _slash_parts(line: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, part) for each part of a slash list ("Adult First Aid/CPR/AED")."""
    start = 0
    for slash in _SLASH.finditer(line):
        yield start, line[start : slash.start()]
        start = slash.end()
    yield start, line[start:]


def _a_course(part: str, rest: str) -> bool:
    """Return whether a part names a course, school or training (``_COURSE``), not a credential.

    ``rest`` is the line from the part on: "Training" is the credential's when a credential noun follows it there
    ("Forklift Operator Training Certificate"); "Forklift Operator Training (8 hours)" is the training alone.
    """
    return any(
        m.group(0).lower() != "training" or not re.search(rf"\b{_HELD_NOUN}", rest[m.end() :], re.I)
        for m in _COURSE.finditer(part)
    )


def _a_licence(credential: Credential) -> bool:
    """Return whether a credential is a licence by its name's noun ("Barber licence"; not "Forklift certification")."""
    return bool(re.search(r"\blicen[cs]e$", credential.name, re.I))


def _as_training(line: str) -> str:
    """Return a listed line with a training's certificate read as the training, as a licence reads it.

    "Barber Training Certificate (1,500 hours)" and "Barber Certificate (1,500 hours)" are "Barber training (1,500
    hours)": a course toward the licence.
    """
    return _TRAINING_CERTIFICATE.sub(" training", line).strip()


def _heads_a_part(words: list[str], line: str, *, licence: bool = False) -> bool:
    """Return whether a certificate's name (or a part of its slash list) is the words, brackets aside.

    "Adult First Aid/CPR/AED" heads a part with "First Aid"; after the name only a level, rank, credential noun or
    date may come, or another name and a closing credential noun ("Lifeguarding & Water Safety Certification");
    "Infection Control Course (barbering)" names a course about barbering, not a barber's licence. A field is its
    practitioner as each part's own noun decides (``phrases.same_word_on``): "Phlebotomy Certification" heads a part
    for a phlebotomist's, "Psychology degree" none for a psychologist's; for a ``licence`` asked only a licence's noun
    joins them ("Physical Therapy License", not "Physical Therapy Certificate / Nursing License"). A part's noun is
    read with its brackets ("Physical Therapy (License #PT123)"); a part naming none takes the next part's that does
    ("Physical Therapy / Ohio License").
    """
    # brackets blanked to their own length, so a part's offsets find its bracketed words in the line
    bare = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), line)
    parts = list(_slash_parts(bare))
    nouns = _part_nouns([part for _, part in parts], [line[offset : offset + len(part)] for offset, part in parts])
    for (offset, part), noun in zip(parts, nouns, strict=True):
        if _a_course(part, bare[offset:]):
            continue
        same = phrases.same_word_on(noun, words, licence=licence)
        own = _NAME_END.split(part)[0]
        tokens = list(_TOKEN.finditer(own.lower()))
        heads = [t.group(0) for t in tokens[: len(words) + 1]]
        if not all(any(same(w, t) for t in heads) for w in words):
            continue
        last = max(i for i, t in enumerate(heads) if any(same(w, t) for w in words))
        if _only_after_the_name(t.group(0) for t in tokens[last + 1 :]):
            return True
        # the rest of the name may run on past this slash part ("Lifeguarding and CPR/AED Certification")
        tail = _NAME_END.split(bare[offset + tokens[last].end() :])[0]
        closing = _CLOSING.match(tail)
        if closing and _only_after_the_name(_TOKEN.findall(tail[closing.end() :].lower())):
            return True
    return False


def _part_nouns(parts: list[str], bracketed: list[str]) -> list[str]:
    """Return each slash part with the credential nouns it names in or out of brackets, else the next part's.

    "Physical Therapy (License #PT123)" and "Physical Therapy / Occupational Therapy License": a licence's noun
    joins the field; "Physical Therapy Certificate / Nursing License": the first part keeps its own certificate, as
    "Pharmacy Certificate (Licensed Practical Nursing program)" does beside its bracket's.
    Only the nouns join, not the bracket's other words ("Pharmacy Licence (Ontario College of Pharmacists)" names
    the pharmacy, not the pharmacist, as the line's own words).
    """
    out = []
    for i, part in enumerate(parts):
        own = phrases.credential_nouns(part)
        # its own noun first: "Pharmacy Certificate (Licensed Practical Nursing program)" is a certificate's; a
        # noun borrowed from its bracket or a later part only where nothing there names another occupation
        donors = [" ".join(_BRACKET_TEXT.findall(bracketed[i])), *bracketed[i + 1 :]]
        borrowed = next((phrases.credential_nouns(d) for d in donors if phrases.credential_nouns(d)), [])
        nouns = own or (borrowed if donors and _names_only_the_licence(_first_with_nouns(donors), part) else [])
        out.append(" ".join([part, *nouns]))
    return out


_BRACKET_TEXT = re.compile(r"\(([^()]*)\)")
# words before a licence's noun that name no occupation: its place, its board, its kind ("Ohio License", "State
# Board of Pharmacy License", "Unrestricted License", "Compact Privilege License")
_LICENCE_FRAME = frozenset(
    "license licence licensed licensure registration registered certificate certification practising practicing "
    "practise practice to number no state province of the board current active valid and in for issued full "
    "unrestricted unencumbered permanent temporary provisional compact multistate multi privilege since".split()
)
# a credential noun that is a participle names its holder after it ("Licensed Psychological Associate")
_PARTICIPLE = re.compile(r"\w+ed\b")


def _first_with_nouns(donors: list[str]) -> str:
    """Return the first donor text that names a credential noun."""
    return next((d for d in donors if phrases.credential_nouns(d)), "")


def _names_only_the_licence(text: str, part: str) -> bool:
    """Return whether a bracket or slash part names no occupation but the part's before its licence's noun.

    "(License #PT123, Texas Board of Physical Therapy Examiners)", "Ohio License #PT12345", "(Unrestricted License)"
    and "(Ohio State Board of Pharmacy License)" beside "Pharmacy" lend their noun to the field beside them; "PTA
    License", "(Assistant License)", "Pharmacy Technician License", "Occupational Therapy License" name another
    occupation's licence. What follows the noun is its number, standing or board ("in good standing", "renewed"),
    unless the noun is a participle: "(Licensed Physical Therapist Assistant)", "(Registered Technician)" name the
    holder after it, another occupation; "(Licensed since 2015)", "(Registered in Ohio)" name none.
    """
    first = min(
        (found.start() for n in phrases.credential_nouns(text) if (found := re.search(rf"\b{re.escape(n)}", text))),
        default=len(text),
    )
    # a participle's holder runs to its clause's end: "Licensed, in good standing" names none
    holder = re.split(r"[,;]", text[first:], maxsplit=1)[0] if _PARTICIPLE.match(text, first) else ""
    before = text[:first] + holder
    for place in places(before):
        before = re.sub(rf"\b{re.escape(place)}\b", " ", before, flags=re.I)
    own = {w.lower() for w in re.findall(r"\w+", part)}
    words = [w for w in re.findall(r"[#\w.]+", before) if not any(c.isdigit() for c in w) and not w.startswith("#")]
    return all(w.lower().strip(".") in _LICENCE_FRAME | own or places(w) for w in words)


def _only_after_the_name(tokens: Iterable[str]) -> bool:
    """Return whether the words after a certificate's name are only a level, rank, credential noun or date."""
    return all(t in _AFTER_THE_NAME or t.isdigit() for t in tokens)


def _pending(near: str, name: str, rest: str = "") -> bool:
    """Return whether the words near a held credential say it is not held yet, its own name's words aside.

    "Certificate IV in Training and Assessment": "in training" is the field's name, not a trainee's status. ``rest``:
    the clause's words the window cut, read only for what a "pending" is said of.
    """
    own = name.lower()
    if any(m.group(0).lower() not in own for m in (*_NOT_HELD.finditer(near), *_EXAM.finditer(near))):
        return True
    return _awaited(near + rest, name)


def _clause_rest(text: str, at: int) -> str:
    """Return the words of ``text`` from ``at`` to the end of their clause (``CLAUSE_REACH`` at most)."""
    return re.split(r"[;.]\s|,\s(?=[A-Z])", text[at : at + CLAUSE_REACH], maxsplit=1)[0]


def _awaited(near: str, spelled: str) -> bool:
    """Return whether a "pending", "awaiting" or "applied for" near a credential is said of it, not of the work.

    Said of it when nothing follows ("GMC registration applied for", "CPA (pending)"), the credential does ("awaiting
    HCPC registration", "Pending RN license") or a decision on it ("pending board approval"); "resolved pending
    claims" or "patients awaiting surgery" leave it held.
    """
    for cue in _AWAITED.finditer(near):
        rest = near[cue.end() :].lstrip()
        rest = re.sub(r"^(?:the|my|an?|full)\s+", "", rest, flags=re.I)
        if (spelled and rest.lower().startswith(spelled.lower())) or _AWAITED_NOUN.match(rest):
            return True
        if _AWAITED_OF.match(rest) and _said_of(near, spelled, cue.start()):
            return True
    return False


def _said_of(near: str, spelled: str, cue: int) -> bool:
    """Return whether a word at ``cue`` is said of the credential spelled before it: only its nouns stand between.

    A credential not spelled before the word (a phrase credential named by its words) leaves it said of it.
    """
    at = near.lower().rfind(spelled.lower(), 0, cue) if spelled else -1
    return at < 0 or bool(_BESIDE_CREDENTIAL.fullmatch(near, at + len(spelled), cue))


def _places(wanted: Wanted) -> str:
    where = " or ".join(wanted.jurisdictions) + (" (compact licences accepted)" if wanted.compact_ok else "")
    return f"{where}, where the job is" if wanted.place_implied else where


def name_of(credential_ids: list[str]) -> str:
    """Return the credentials' names as one label ("CDL Class A", "Series 63 or Series 66")."""
    vocab = vocabulary()
    shown = [
        " with ".join(name_of([p]) for p in parts(i))
        if ALL_OF in i
        else phrases.display(i)
        if phrases.is_phrase_id(i)
        else vocab.credentials[i].name
        for i in credential_ids
        if ALL_OF in i or phrases.is_phrase_id(i) or i in vocab.credentials
    ]
    return " or ".join(shown)

"""Products a posting names that the skill vocabulary does not know: "Encompass", "SoftPro Select", "Lido Flight".

No vocabulary lists every trade's software ("McLeod PowerBroker" for freight brokers, "SoftPro Select" for title
examiners). A skill item still says which words are a product's name: they are capitalized where the sentence does
not ask for it ("experience working in the Encompass loan origination system"), or written in mixed case
("PowerBroker", "memoQ", "TitlePro247"). Such a name is looked up in the resume by its own words, never by meaning:
a resume naming another loan origination system does not hold Encompass.

Left out: words at the start of a sentence ("Daily use of ..."), acronyms on their own ("ALTA", "PA", "TMS": too
often an abbreviation the resume spells out), places, languages, months, words a credential or an organisation is
named with ("Certified", "Association", "Department"), vocabulary skills (matched as skills already), a clause
that is a plus ("TitlePro247 and DataTrace are a plus"), and items written in title case ("Strong Communication
Skills"), where capitals say nothing. Products given as examples of a kind ("laser alignment systems (Rotalign,
Fixturlaser or equivalent)", "such as ...") are not asked for themselves: one held meets the item, none held
leaves it to the item's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from careerpilot.domain.skills import skill_mentions
from careerpilot.matching.jurisdictions import places
from careerpilot.matching.requirements import _PREFERRED_CUE, LANGUAGES

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[&+][A-Za-z0-9]+)*")
# capitalized words that name no product: calendar words, and words a credential, an organisation, a degree or a
# regulation is named with ("American Translators Association", "Part 121"); a name holding one is not a product's
_NOT_PRODUCT = frozenset(
    w.lower()
    for w in (
        "I January February March April May June July August September October November December Monday Tuesday "
        "Wednesday Thursday Friday Saturday Sunday Certified Certificate Certification Licensed License Licence "
        "Registered Board Association Society Institute Department Division Bureau Agency Office Council Commission "
        "Federal National State States County City Municipal Government Administration Authority University College "
        "School Academy Bachelor Bachelors Master Masters Associate Associates Doctor Diploma Degree Level Class Type "
        "Grade Part Section Series Tier Inc LLC Ltd Corp Company Group Team Our We You Must Required Preferred "
        "American Canadian British European International North South East West Northern Southern Eastern Western "
        "Christmas Easter Holiday Holidays Fortune Equal Opportunity Employer"
    ).split()
) | frozenset(language.lower() for name in LANGUAGES for language in name.split())
# "(Rotalign, Fixturlaser or equivalent)", "such as Rotalign": examples of a kind, not the ask itself
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:such as|e\.\s?g\.|eg|like|including|for example|for instance|incl\.?)[\s,:(]*"
    r"(?:[\w.+-]+(?:\s+[\w.+-]+)?(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*/\s*)){0,4}$",
    re.I,
)
_EXAMPLES_AFTER = re.compile(
    r"^[^.;)]{0,40}?\b(?:or|and/or)\s+(?:an?\s+|the\s+)?(?:equivalent|similar|comparable|other|another|related|"
    r"alternative)\b",
    re.I,
)
_ANY_OF = re.compile(r"\bor\b|/|\beither\b", re.I)
_CLAUSES = re.compile(r";\s*|(?<=[.!?])\s+")
_SENTENCE_END = ".!?:;•–—\n"
# kinds of product a name is followed by ("the Encompass loan origination system", "McLeod PowerBroker TMS")
_KINDS = frozenset(
    "system systems software platform platforms suite application applications app apps tool tools module modules "
    "database databases portal tms los crm erp ehr emr wms lms pos cmms".split()
)
TITLE_CASE = 0.8  # an item with this share of its words of 4+ letters capitalized (2 or more) is in title case
_TITLED_FUNCTION = re.compile(r"(?<=\w )(?:And|Of|To|With|For|The|In|On|Or)\b")


@dataclass(frozen=True)
class Named:
    """The products a skill item names beyond the vocabulary: asked for, and only as examples of a kind.

    Each product is its spellings: a name and the maker or other name bracketed right after it ("Lido Flight
    (Lufthansa Systems)"), any of which the resume may write.
    """

    asked: tuple[tuple[str, ...], ...] = ()
    examples: tuple[tuple[str, ...], ...] = ()
    any_of: bool = False  # the asked products are alternatives ("Trados or memoQ"): one meets the item


def _proper(word: str) -> bool:
    """Return whether a word is written as a name: capitalized with lower case after, or in mixed case."""
    return (word[:1].isupper() and any(c.islower() for c in word[1:])) or _mixed(word)


def _mixed(word: str) -> bool:
    """Return whether a word has a capital after a lower-case letter ("PowerBroker", "memoQ", "McLeod")."""
    return bool(re.search(r"[a-z][A-Z]", word))


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _at_start(text: str, start: int) -> bool:
    """Return whether a word starts a sentence or a clause, where any word is capitalized."""
    before = text[max(0, start - 4) : start]
    stripped = before.rstrip(" \t\"'*")
    if not stripped:
        return start - len(before) == 0 or not text[:start].strip()
    return stripped[-1] in _SENTENCE_END or stripped.endswith(" -") or stripped == "-"


@lru_cache(maxsize=8192)
def named_products(text: str) -> Named:
    """Return the products an item names that the vocabulary does not know (see the module docstring)."""
    words = list(_WORD.finditer(text))
    starts = {m.start() for m in words if _at_start(text, m.start())}
    content = [m for m in words if len(m.group(0)) > 3]
    capitals = [m for m in content if m.group(0)[:1].isupper()]
    # in title case ("Manual Dexterity", "Strong Communication Skills") only mixed case ("SoftPro") names a product
    titled = bool(_TITLED_FUNCTION.search(text)) or (len(content) >= 2 and len(capitals) / len(content) >= TITLE_CASE)
    known = {w.lower() for spelled in skill_mentions(text).values() for w in _WORD.findall(spelled)}
    known |= {w.lower() for place in places(text) for w in place.split()}
    runs: list[list[re.Match[str]]] = [[]]
    for m in words:
        word = m.group(0)
        name_like = _proper(word) or _acronym(word) or (bool(runs[-1]) and word[:1].isdigit())
        if name_like and (m.start() not in starts or _mixed(word)):
            joined = bool(runs[-1]) and text[runs[-1][-1].end() : m.start()] == " "
            if joined:
                runs[-1].append(m)
            else:
                runs.append([m])
        elif runs[-1]:
            runs.append([])
    asked: list[tuple[str, ...]] = []
    examples: list[tuple[str, ...]] = []
    last: tuple[list[tuple[str, ...]], int] | None = None  # the list and end of the product found last
    previous = -1  # where the name read last ends, product or not
    for run in (r for r in runs if r):
        after_name = previous >= 0 and bool(re.fullmatch(r"\s*\(\s*", text[previous : run[0].start()]))
        previous = run[-1].end()
        name = text[run[0].start() : run[-1].end()]
        if after_name:
            # "Lido Flight (Lufthansa Systems)", "UKG Pro (UltiPro)": the maker or another name of the name before,
            # a product's other spelling or, after a vocabulary skill, the skill's
            if last is not None and re.fullmatch(r"\s*\(\s*", text[last[1] : run[0].start()]):
                last[0][-1] = (*last[0][-1], name)
                last = (last[0], run[-1].end())
            continue
        spelled = [m.group(0).lower() for m in run]
        if any(w in _NOT_PRODUCT or w in known for w in spelled) or not any(_proper(m.group(0)) for m in run):
            continue  # an organisation, a vocabulary skill, a place, acronyms alone
        if not _said_a_product(text, run, titled):
            continue
        clause = next((c for c in _CLAUSES.split(text) if name in c), text)
        if _PREFERRED_CUE.search(clause):
            continue
        before, after = text[max(0, run[0].start() - 30) : run[0].start()], text[run[-1].end() :]
        found = examples if _EXAMPLES_BEFORE.search(before) or _EXAMPLES_AFTER.search(after) else asked
        found.append((name,))
        last = (found, run[-1].end())
    return Named(tuple(dict.fromkeys(asked)), tuple(dict.fromkeys(examples)), bool(_ANY_OF.search(text)))


def _said_a_product(text: str, run: list[re.Match[str]], titled: bool) -> bool:
    """Return whether capitalized words are a product's name, not a skill written with capitals.

    Capitals alone say little (postings write "Time Management", "Social Perceptiveness"); a name is a product's
    when it is written in mixed case ("PowerBroker", "memoQ") or with digits ("TitlePro247"), when a kind of
    product follows it ("the Encompass loan origination system", "Lido Flight (Lufthansa Systems)"), or when it
    is listed in brackets after one ("alignment systems (Rotalign, Fixturlaser or equivalent)"). In a title-case
    item only mixed case or digits count.
    """
    spelled = [m.group(0) for m in run]
    if any(_mixed(w) or (any(c.isdigit() for c in w) and any(c.isalpha() for c in w)) for w in spelled):
        return True
    if titled:
        return False
    after = re.split(r"[.:;,]", text[run[-1].end() : run[-1].end() + 60], maxsplit=1)[0]
    if any(w.lower() in _KINDS for w in _WORD.findall(after)[:3]):
        return True
    opened = text.rfind("(", 0, run[0].start())
    if opened < 0 or ")" in text[opened : run[0].start()] or run[0].start() - opened > 60:
        return False
    kind = _WORD.findall(text[max(0, opened - 30) : opened])
    return bool(kind) and kind[-1].lower() in _KINDS


@lru_cache(maxsize=64)
def _resume_words(text: str) -> dict[str, bool]:
    """Return the resume's words, lower-cased, each with whether it is ever written capitalized."""
    found: dict[str, bool] = {}
    for word in re.findall(r"[A-Za-z][A-Za-z0-9]*", text):
        key = word.lower()
        found[key] = found.get(key, False) or word[:1].isupper()
    return found


def key_word(product: str) -> str:
    """Return the word of a product's name a resume must write: its first in mixed case, else its first.

    "McLeod" of "McLeod PowerBroker", "SoftPro" of "SoftPro Select", "Lido" of "Lido Flight"; "ZooKeeper" of "Apache
    ZooKeeper", whose maker names other products too.
    """
    found = re.findall(r"[A-Za-z][A-Za-z0-9]*", product)
    return next((w for w in found if _mixed(w)), found[0] if found else "")


def holds(resume_text: str, product: str) -> bool:
    """Return whether a resume names a product by its key word (``key_word``), however it writes the rest.

    "McLeod's PowerBroker system", "LIDO/Flight 4D", "Encompass LOS" hold theirs; an ordinary word as a name
    ("Encompass") counts only where the resume capitalizes it too.
    """
    key = key_word(product)
    if not key:
        return False
    seen = _resume_words(resume_text).get(key.lower())
    return seen is not None and (seen or _mixed(key) or key.isupper())


def product_line(lines: list[str], product: str) -> str:
    """Return the first resume line naming the product's key word."""
    key = key_word(product)
    if not key:
        return ""
    pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(key)}(?![a-z0-9])", re.I)
    return next((line for line in lines if pattern.search(line)), "")

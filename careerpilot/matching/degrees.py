"""Degrees a line names: the patterns of each level and their ranks (1 high school ... 5 PhD).

A leaf of the matching package (no matching imports), so the requirement reader, the resume's evidence and the
credential phrases all read degrees the same way without importing one another.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORLD = Path(__file__).with_name("data") / "degrees.yaml"


# a level that places a named certificate, award or diploma ("NEBOSH National Diploma (RQF Level 6)", "QQI Level 7
# Certificate in ...", "Level 8 Special Purpose Award") is no degree; a Higher, Graduate or Postgraduate Diploma at a
# degree's level is one as Ireland's, Australia's and New Zealand's frameworks place it (bounded words: linear)
_AWARD_AFTER = (
    r"(?!(?:\s+(?!(?:higher|graduate|post-?graduate|honou?rs|degree|bachelor\w*|master\w*)\b)[\w-]+){0,3}?"
    r"\s+(?:certificate|award|diploma)\b)"
)


def _not_after_award(written: str) -> str:
    """Return lookbehinds, after a framework's name, that refuse it in a bracket or after a comma of a named award."""
    return "".join(
        f"(?<!{word}{mark}{name})" if word != "Diploma" else f"(?<!(?<!Higher |aduate ){word}{mark}{name})"
        for name in written.split("|")  # literal names: each lookbehind has a fixed width, tried only after a name
        for word in ("Diploma", "Certificate", "Award")
        for mark in (r" \(", ", ")
    )


def _framework_level(written: str, levels: list[int]) -> str:
    """Return a pattern of a framework's levels written with its name ("NFQ Level 8", "Level 8 (NFQ)", "NQF 8")."""
    level = "(?:" + "|".join(str(n) for n in levels) + r")\b(?!\s*[-–.]\s*\d)"
    return (
        rf"\b(?:{written}){_not_after_award(written)}\s*(?:[-:]\s*)?(?:level\s*|L)?{level}{_AWARD_AFTER}|"  # linear
        rf"\blevel\s*{level}\s*(?:\(\s*|(?:on|of|in)\s+the\s+|,\s*)?(?:{written})\b\)?{_AWARD_AFTER}"
    )


def _world_degrees() -> dict[str, str]:
    """Return each level's national names and framework levels (data/degrees.yaml) as one pattern per level."""
    loaded: dict[str, Any] = yaml.safe_load(WORLD.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {name: list(patterns) for name, patterns in loaded["names"].items()}
    for framework in loaded["frameworks"]:
        by_level: dict[str, list[int]] = {}
        for number, name in framework["levels"].items():
            by_level.setdefault(name, []).append(int(number))
        for name, numbers in by_level.items():
            found.setdefault(name, []).append(_framework_level(framework["written"], numbers))
    # every name begins a word: the gate skips the other places before trying each of some 40 alternatives
    return {name: r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{p})" for p in ps) + ")" for name, ps in found.items()}


# the degrees other countries write by their own names and frameworks' levels, by level (data/degrees.yaml)
WORLD_DEGREES = _world_degrees()
# any of them: a line naming one speaks of schooling (the requirement reader's gate)
WORLD_DEGREE = "|".join(f"(?:{p})" for p in WORLD_DEGREES.values())

# a field's syllables between B and Sc, as British and Australian degrees are written ("BMedSci", "BAppSc", "BVSc",
# "BHlthSc"), and Indian engineering bachelors ("B.Tech", "B.E. Civil"); case kept (inside "(?-i:...)")
BACHELOR_WRITTEN_SHORT = r"\bB(?:[A-Z][a-z]{0,8}){1,3}\.?\s?Sci?\b|\bB\.?\s?Tech\b|\bB\.E\.(?!\w)"
# the masters written the same way ("MClinSci", "MMedSci", "M.Tech"); case kept likewise
MASTER_WRITTEN_SHORT = r"\bM(?:[A-Z][a-z]{0,8}){1,3}\.?\s?Sci?\b|\bM\.?\s?Tech\b"
# "a graduate of any four-year course": a bachelor's by its length
FOUR_YEAR_COURSE = r"\b(?:four|4)[-\s]year\s+(?:college\s+|university\s+|bachelor'?s\s+)?(?:degree|course)\b"
# experience a degree item offers after its "or" ("or equivalent (work) experience", "or demonstrated equivalent
# experience", "or relevant military experience", "or equivalent years of experience"): the requirement reader keeps
# the degree asked, and coverage.py meets it by the years (bounded words: linear)
EXPERIENCE_OFFERED = (
    r"(?:an?\s+)?(?:(?:demonstrated|proven|equivalent|comparable|relevant|related|work|practical|professional|"
    r"industry|job|hands-on|military|years\s+of)\s+){1,3}experience\b"
)

_DEGREES_IN_CODE = (
    # professional doctorates name their field ("Doctor of Audiology (Au.D.)", "DPT", "Pharm.D.")
    (
        "phd",
        re.compile(
            r"\b(?:ph\.?\s?d|doctorate|doctoral)\b|(?-i:\bDoctor of (?!the\b)[A-Z][a-z]+|\b(?:Au\.?D|D\.?P\.?T|"
            r"Pharm\.?\s?D|Psy\.?\s?D|Ed\.?\s?D|DNP|OTD|DVM|DMD|DDS)\b\.?(?!-)|\bO\.D\.)",
            re.I,
        ),
    ),
    # "M.A.", "M.Ed.", "MSW": master's degrees written by their initials (not "MA" alone, a state's code; "MFA" only
    # as a degree is written, "MFA in ...", "MFA, School", "Creative Writing MFA": not multi-factor authentication)
    (
        "master",
        re.compile(
            # not the "MS" of a mass spectrometry technique ("GC-MS", "LC-MS/MS", "ICP-MS"; session 20)
            r"\b(?:master'?s?|(?<!-)(?<!ms/)m\.?sc?|mba|m\.?eng)\b(?!\s+of\s+puppets)|"
            # "a postgraduate qualification", "a graduate degree" (not "undergraduate", "new graduate")
            r"\bpost-?graduate\s+(?:degree|qualification|study|studies|education)\b|\bgraduate\s+degree\b|"
            r"(?-i:\bM\.\s?A\.|\bM\.?A\b(?= in )|\bM\.?Ed\b|\bM\.?S\.?W\b|\bM\.?S\.?N\b|"
            r"\bM\.?P\.?H\b|"
            # India's PGDM / PGDBM: an AICTE-approved two-year postgraduate diploma in management, equivalent to an MBA
            r"\bPGDB?M\b|\bPGDBA\b|"
            + MASTER_WRITTEN_SHORT
            + r"|\bMPA\b|\bMFA\b(?=\s*(?:in\b|,|\(|degree\b|$))|\bMHA\b|\bMPP\b|"
            r"\bM\.?A\.?T\b(?=\s*(?:in|,|\())|\bM\.?Div\b)",
            re.I,
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\b(?:bachelor'?s?|b\.?sc?|b\.?a\.?|b\.?eng|undergraduate degree)\b|"
            r"(?-i:\bB\.?S\.?N\b|\bB\.?S\.?W\b|\bBBA\b|\bB\.?Ed\b|\bBFA\b|\bB\.?Com\b|\bLL\.?\s?B\b\.?|"
            + BACHELOR_WRITTEN_SHORT
            + r")|"
            + FOUR_YEAR_COURSE,
            re.I,
        ),
    ),
    # "Associate of Applied Science" names the degree as "associate's degree" does (not "Associate of the Society")
    (
        "associate",
        re.compile(
            r"\bassoc(?:iate'?s?|\.)?\s+degree\b|"
            r"\bassociate (?:of|in) (?:applied |general )?(?:arts|sciences?|business|"
            r"occupational studies|nursing|technology)\b",
            re.I,
        ),
    ),
    ("high school", re.compile(r"\b(?:high school|ged|secondary school)\b", re.I)),
)
DEGREES = tuple(
    (name, re.compile(f"{pattern.pattern}|{WORLD_DEGREES[name]}", pattern.flags) if name in WORLD_DEGREES else pattern)
    for name, pattern in _DEGREES_IN_CODE
)
# "MS Office" or "MS SQL" name a vendor, not a Master of Science
MS_PRODUCT = re.compile(
    r"\bMS[\s-]+(?:Office|Excel|Word|Access|Project|Teams|SQL|Outlook|PowerPoint|Dynamics|Visio|Azure|Windows|"
    r"SharePoint|Exchange|Power\s?BI)\b",
    re.I,
)
# "master of research skills", "a master at negotiation techniques", "master of the art of persuasion": mastery of a
# skill, no Master's degree (a degree names a field: "Master of Science", "Master of Communication")
MASTERY = re.compile(
    r"\bmaster\s+(?:of|at|in)\s+(?:the\s+art\s+of\s+\w+|all\s+trades|(?:[a-z][\w/&-]*\s+){0,3}"
    r"(?:skills?|techniques?|tools?|craft|multi-?tasking)\b)"
    # session 20: a rank served in ("sea service as Master of ships over 3,000 GT", "time as a Master Mariner", "as
    # Master of a vessel"): the role after "as", not a degree, which names its field in capitals ("a Master of Science")
    r"|\bas\s+(?:an?\s+|the\s+)?master\b(?!['’]?s\b)(?!\s+(?:degree|(?-i:of\s+[A-Z])))",
    re.I,
)
DEGREE_RANK = {"high school": 1, "associate": 2, "bachelor": 3, "master": 4, "phd": 5}


# a diploma and a school-leaving one ("High School Diploma", "Secondary School Diploma", a GED)
_DIPLOMA = re.compile(r"\bdiplomas?\b", re.I)
_SCHOOL_LEAVING = re.compile(r"\b(?:high|secondary)\s+school\b|\bGED\b", re.I)


def post_secondary_diploma(line: str) -> bool:
    """Return whether a line names a diploma taken after school, which no degree level ranks.

    "Diploma in Business Management", "Advanced Diploma of Nursing": kept with the degrees, as "a diploma or degree
    in any field" asks one.
    """
    return bool(_DIPLOMA.search(line)) and not _SCHOOL_LEAVING.search(line)


def degree_level(text: str) -> int:
    """Return the highest degree a line names (1 high school ... 5 PhD), 0 when none."""
    return max((rank for _, rank in degrees_named(text)), default=0)


def degrees_named(text: str) -> list[tuple[int, int]]:
    """Return (where, rank) of each degree a line names, in the order written ("MS Office", "master of" cut)."""
    text = MASTERY.sub("", MS_PRODUCT.sub("", text))
    found = ((pattern.search(text), DEGREE_RANK[name]) for name, pattern in DEGREES)
    return sorted((m.start(), rank) for m, rank in found if m)

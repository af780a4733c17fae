"""The connective sentences a document may hold without a resume line behind them: a small set the project owns.

Each template is a whole sentence with slots. A slot is checked, never free: ``company`` must be the posting's
company (or 'your team'), ``title`` part of the posting's title or of a title on the resume, ``skills`` a list
of skills the resume backs, ``name`` the applicant's name. Anything else in the sentence makes it a claim, and
claims need a resume entry (documents/grounding.py). Add a template here, and only here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from careerpilot.text.claims import normalize

_COMPANY = r"(?P<company>.{1,80}?)"
_TITLE = r"(?P<title>.{1,80}?)"
_SKILLS = r"(?P<skills>.{1,200}?)"
_NAME = r"(?P<name>.{1,80}?)"
_ROLE_WORD = r"(?:role|position|opening|job)"

TEMPLATES: dict[str, str] = {
    "greeting": rf"(?:dear|hello|hi|to)(?: the)?(?: {_COMPANY})?"
    r"(?: hiring manager| hiring team| recruiting team| talent team| team| recruiter| whom it may concern)?",
    "applying": rf"i am (?:writing to apply|applying|pleased to apply|excited to apply) for (?:the|this) "
    rf"(?:{_TITLE} )?{_ROLE_WORD}"
    rf"(?: at {_COMPANY})?",
    "joining": rf"i would (?:like|love) to join {_COMPANY} as (?:a |an |the )?{_TITLE}",
    "discuss": r"i would welcome (?:the|a) (?:chance|opportunity) to discuss (?:how )?(?:this|my) "
    r"(?:experience|background)"
    rf"(?: (?:fits|could help|would fit|fit) {_COMPANY})?",
    "shared work": rf"your team(?:'s)? work with {_SKILLS} matches my own experience",
    "bring skills": rf"i would bring my experience (?:with|in) {_SKILLS} to {_COMPANY}",
    "resume attached": r"my resume(?:, attached,)? details my experience",
    "thanks": r"thank you(?: for (?:your time|your consideration|your time and consideration"
    r"|considering my application))?",
    "closing": rf"(?:sincerely|best regards|kind regards|regards|best|yours sincerely|yours truly)(?: {_NAME})?",
    "signature": _NAME,
}  # fmt: skip
_COMPILED = {name: re.compile(rf"^{pattern}$") for name, pattern in TEMPLATES.items()}
_GENERIC_COMPANY = {"your team", "your company", "the team", "you", "your organization"}
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


@dataclass
class Slots:
    """What a template's slots may hold for one document."""

    company: str = ""
    title: str = ""
    titles: list[str] = field(default_factory=list)  # the titles on the resume
    names: list[str] = field(default_factory=list)  # the applicant's name(s)
    is_skill: Callable[[str], bool] = lambda text: False  # True when the resume backs a skill of this name


def connective(sentence: str, slots: Slots) -> str | None:
    """Return the name of the owned template the sentence fills with valid slots, or None."""
    text = _plain(sentence)
    for name, pattern in _COMPILED.items():
        found = pattern.match(text)
        if found and all(_valid(slot, value, slots) for slot, value in found.groupdict().items() if value):
            return name
    return None


def _plain(sentence: str) -> str:
    text = sentence.replace("’", "'").strip().strip("\"'")
    text = re.sub(r"\s+", " ", text).rstrip(".!,;: ").lower()
    return text


def _valid(slot: str, value: str, slots: Slots) -> bool:
    norm = normalize(value)
    if slot == "company":
        return value.strip() in _GENERIC_COMPANY or (bool(slots.company) and norm == normalize(slots.company))
    if slot == "title":
        return norm.strip() != "" and any(norm in normalize(title) for title in [slots.title, *slots.titles] if title)
    if slot == "name":
        return any(norm == normalize(name) for name in slots.names if name)
    items = [item.strip() for item in _LIST_SPLIT.split(value) if item.strip()]
    return 0 < len(items) <= 6 and all(len(item.split()) <= 4 and slots.is_skill(item) for item in items)

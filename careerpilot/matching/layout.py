"""A posting's layout: which lines are headings, what a heading introduces, bullets, and prose lines broken at a width.

Both the requirements reader and the right-to-work reader read a posting through this layout, so neither imports the
other for it. The importance cues (``PREFERRED_CUE``, ``REQUIRED_CUE``) live here because a line carrying one is its
own item and is never joined to the line before it.
"""

from __future__ import annotations

import re

from careerpilot.domain.skills import find_skills
from careerpilot.matching import credentials
from careerpilot.matching.spoken_languages import LANGUAGE, LANGUAGE_CONTEXT

HEADING_MD = re.compile(r"^\s*(?:#{1,6}\s+|\*\*|__)(.*?\S)(?:\*\*|__)?(?:\s*:)?\s*$")
BULLET = re.compile(r"^\s*(?:[-*•·●▪◦–]|\d{1,2}[.)])\s*")
# a number of years ("5+ yrs", "three to five years") and the rest of its clause: a line asking for years is an item
YEARS = re.compile(
    r"(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)"
    # each optional part takes the spaces after it, so no two \s* meet: linear time on untrusted text
    r"(?:\s*\(\d{1,2}\+?\))?(?:\s+or\s+more)?\s*(?:(?:\+|plus)\s*)?"
    r"(?:(?:-|–|to)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*)?(?:\+\s*)?"
    r"(?:full[- ]time\s+)?(?:years?|yrs?)\b"
    r"(?P<rest>(?:[^.;\n]|\.(?=\s*[a-z/]))*)",  # an abbreviation's period goes on: "5 yrs exp. w/ civil projects"
    re.IGNORECASE,
)
# the employer giving what the item names ("Socrates experience (training provided)", "we will support you to obtain
# your CSCS card", "full training given"): welcome at hire, not asked
_EMPLOYER_GIVES = (
    r"\btraining\s+(?:is\s+|will\s+be\s+)?(?:provided|given|available|offered)\b"
    r"|\b(?:we|we'll|we\s+will|we\s+can|we\s+would)\s+(?:(?:support|help|assist)\s+(?:you|the\s+right\s+\w+)\s+"
    r"(?:to\s+)?(?:obtain|gain|get|achieve|acquire|complete|work\s+towards?)|train\s+you)\b"
)
PREFERRED_CUE = re.compile(
    # "preferred", "preferably", "we prefer (to)", "Prefer 2 years OTR", "prefers"; but someone else's "prefer to" is
    # no cue: "clients prefer to be served in Spanish"
    r"\b(?:prefer(?:red|ably|ence|ential)|(?:we|we'd|we would|would)\s+prefer|prefers?(?!\s+to\b)|nice[- ]to[- ]have|"
    r"a plus|is a plus|"
    r"bonus|ideally|desir\w+|advantage\w*|good to have|highly (?:regarded|valued)|"
    r"(?:looked|viewed) (?:up)?on favou?rably)\b"
    # "RCM designation is an asset", "would be considered an asset" (Canadian and British postings' "a plus"); not
    # "an asset manager", "asset management" or "3+ years as an asset accountant": the word ends the clause as a cue
    r"|\b(?:an?|be|is|are)\s+(?:(?:definite|strong|real|great|distinct|additional|valuable)\s+)?assets?"
    r"(?=\s*(?:$|[.,;:!)]|\s[-\u2013\u2014]\s|(?:to|for|but|and|or|in|if|when|although)\b))"
    r"|\b(?:welcome|encouraged to apply)(?=\W*$)"  # "New grads welcome!" at the end of an item: a plus
    # what an item says is welcome or of use, anywhere in it ("ACA/ACCA alongside CTA is welcome but not required",
    # "Te reo Māori would be beneficial", "a Working with Children Check is helpful"), not the employer welcoming
    # applicants ("We welcome applications from ...", "All genders are welcome to apply") nor the hire's manner
    # ("friendly and helpful", "You will be helpful, friendly and hold ...", "must be helpful")
    r"|(?<!\byou\s)(?<!\byou'll\s)(?<!\byou’ll\s)(?<!\bwho\s)(?<!\bmust\s)(?<!\bwill\s)(?<!\bwould\s)"
    r"(?<!\bto\s)(?<!\bshould\s)"
    r"(?<!\bcandidate\s)(?<!\bcandidates\s)(?<!\bapplicant\s)(?<!\bapplicants\s)"
    r"\b(?:is|are|would be|will be|be)\s+(?:(?:very|highly|also|especially|particularly|really|most|extremely)\s+)?"
    r"(?:welcomed?(?!\s+(?:to\s+apply|from|regardless)\b)|helpful|beneficial|useful)\b"
    # an ask denied ("Spanish helpful but not required", "a degree isn't essential", "not required for this role", "a
    # degree is not required to apply"), not a duty the hire is spared ("You are not required to travel", "not
    # necessary to work weekends": what follows is the duty)
    r"|(?:\bnot|n't|n’t)\s+(?:(?:strictly|absolutely|always)\s+)?(?:required|essential|mandatory|necessary|"
    r"compulsory|an?\s+(?:requirement|prerequisite|must))\b"
    r"(?!\s+to\s+(?!(?:apply|have|hold|possess|be\s+(?:qualified|registered|licensed|certified))\b))"
    rf"|{_EMPLOYER_GIVES}",
    re.I,
)
# a preferred cue that is the employer's offer, not the posting's word on an ask: an item's own "must" outweighs it
# ("Paid training provided - must have a valid CDL-A", "Full training provided, but a Class 1 licence is essential")
EMPLOYER_GIVES = re.compile(_EMPLOYER_GIVES, re.I)
REQUIRED_CUE = re.compile(r"\b(?:must|required|requires|essential|mandatory|minimum|at least)\b", re.I)
# an item turning away whoever lacks it ("Candidates without SAP experience will not be considered", "applications
# that lack a current licence cannot be accepted"): the strongest ask, whatever plus an earlier clause names
REFUSED_WITHOUT = re.compile(
    r"\b(?:without|lacking|who\s+lack|that\s+lack|who\s+do\s+not\s+have)\b[^.;]{0,80}?"
    r"\b(?:will\s+not|won['’]t|cannot|can\s+not|shall\s+not|are\s+not|is\s+not)\s+(?:be\s+)?"
    r"(?:considered|accepted|shortlisted|progressed|eligible)\b",
    re.I,
)

SECTION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Assets" alone heads the nice-to-haves in Canadian postings ("Assets", "Asset qualifications"), not "Asset
    # management"
    ("preferred", re.compile(
        r"prefer|nice|bonus|plus|desir|extra|ideal|stand out|good to have|^assets?(?: qualifications)?$", re.I)),
    ("responsibilities", re.compile(
        r"responsib|what you.?ll do|duties|\btasks\b|functions\b|day[- ]to[- ]day|the role|your role|"
        # "You will need", "What you will bring", "To be successful you will have": what is asked, not a duty
        r"you will(?! need| bring| have| hold| possess)", re.I)),
    ("required", re.compile(
        # "Person specification" heads a UK/IE public employer's asks (its "Essential"/"Desirable" subheadings say how)
        r"require|qualif|must|need|skill|experience|you have|you(?:.?ll| will) (?:bring|have|hold|possess)|you bring|"
        r"looking for|about you|person spec|"
        r"who you are|competenc|what we.?re looking|profile|background|ideal candidate|expect|essential|mandatory|"
        # session 20: "What we ask", "What we ask of you" (Dutch and Flemish postings' "Wat vragen wij", Scandinavian
        # "Vi söker"), "What we are seeking"
        r"criteria|what we (?:ask|seek|are seeking)", re.I)),
    ("other", re.compile(
        r"about|benefit|perk|offer|compensation|salary|summary|overview|company|team|culture|why|apply|title|"
        r"location|equal|diversity|work environment|who this job|"
        # session 20: what follows the application ("What happens next", "Next steps"): the process, not the hire
        r"happens next|next steps", re.I)),
)  # fmt: skip


# a heading written in two languages, the English after a bar ("He aha ai | What we offer", "Amdanom ni | About us",
# "Profil recherché | What we are looking for"), as bilingual public employers in New Zealand, Wales and Canada write
_TWO_LANGUAGES = re.compile(r"^[^|]{1,40}\s\|\s([^|]{2,60})$")


# a heading's words, a colon, then what it introduces on the same line ("Essential: forklift licence")
_HEADING_WITH_ITEM = re.compile(r"^([A-Z][A-Za-z /&'-]{1,28}):\s+\S")


def heading_of(line: str) -> str | None:
    """Return the heading text when a line is a section heading, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return None
    bilingual = _TWO_LANGUAGES.match(stripped)
    if bilingual and not BULLET.match(stripped):
        # the English side is read as the heading, when it is one (not a title's "| Geelong | Full time")
        english = heading_of(bilingual.group(1))
        if english is not None and section_kind(english) != "unknown":
            return english
    md = HEADING_MD.match(stripped)
    if md and (
        stripped.startswith("#") or stripped.startswith(("**", "__")) and stripped.rstrip(":").endswith(("**", "__"))
    ):
        return md.group(1).strip(" *_:")
    if BULLET.match(stripped) and not stripped.startswith(("**", "__")):
        return None
    if YEARS.search(stripped):  # "2 yrs clinical experience" asks for years: an item, not a heading
        return None
    if stripped.endswith(":") and len(stripped.split()) <= 8:
        return stripped.rstrip(":").strip()
    inline = _HEADING_WITH_ITEM.match(stripped)
    if inline and section_kind(inline.group(1)) in ("required", "preferred"):
        # "Must have: food safety certificate": a heading and its one item on a line, which the section reader parts
        return None
    if len(stripped.split()) <= 6 and not stripped.endswith((".", ",", ";")) and section_kind(stripped) != "unknown":
        # "PMP certification required" or "Epic experience required" names what is asked: an item, not a heading
        names = credentials.vocabulary().find(stripped) or find_skills(stripped)
        speaks = LANGUAGE_CONTEXT.search(stripped) and LANGUAGE.search(stripped)
        if section_kind(stripped) == "required" and (names or speaks):
            return None
        return stripped
    return None


def section_kind(heading: str) -> str:
    """Return what a section heading introduces: required, preferred, responsibilities, other or unknown."""
    for kind, pattern in SECTION_KINDS:
        if pattern.search(heading):
            return kind
    return "unknown"


_WRAPPED = 60  # a line of prose broken at a width is long; a terse posting's lines ("active FL RN license") are not
_SHORT = 40  # a line this short is a wrapped sentence's end only when it ends the sentence


def unwrapped(text: str) -> str:
    """Return text with prose lines broken mid-sentence joined again.

    A long line (_WRAPPED characters or more) that does not end a clause (its last character is a word's, a digit,
    a comma or a closing bracket, not . ! ? : ;) and is no heading is one sentence with the next line when that
    line starts with a lower-case word, is no bullet and carries no importance cue of its own ("spanish preferred",
    "must have ..."): "minimum 8 years of commercial" / "litigation experience, including ..." asks for commercial
    litigation. A short next line (under _SHORT characters) is joined only when it ends the sentence (. ! ?), and a
    next line that is neither full width nor the paragraph's end (another lower-case line follows) is a list's line:
    "current state RN license and BLS certification from the American Heart Association" / "spanish preferred" /
    "weekend availability" keep their lines. Bullets and headings keep their lines too.
    """
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        last = out[-1].rstrip() if out else ""
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        ends_sentence = stripped[-1:] in (".", "!", "?")
        listed = (
            len(stripped) < _WRAPPED and not ends_sentence and following[:1].islower() and not BULLET.match(following)
        )
        if (
            len(last) >= _WRAPPED
            and stripped[:1].islower()
            and not BULLET.match(stripped)
            and last[-1] not in ".!?:;"
            and heading_of(last) is None
            and not (PREFERRED_CUE.search(stripped) or REQUIRED_CUE.search(stripped))
            and (len(stripped) >= _SHORT or ends_sentence)
            and not listed
        ):
            out[-1] = f"{last} {stripped}"
            continue
        out.append(line)
    return "\n".join(out)

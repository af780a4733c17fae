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
# the same in a posting written all lower-case ("nice: RON experience", "what you'll do: car lockouts")
_ANY_CASE_HEADING_WITH_ITEM = re.compile(r"^([A-Za-z][A-Za-z /&'’-]{1,28}):\s+\S")


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
_FULL = 0.85  # a line this share of its posting's wrap width (or more) was broken by the width, not by its writer
# the last word of a clause that cannot end there: an article, a preposition, a conjunction, a possessive or an
# auxiliary ("... stamping drawings for" / "Ontario clients", "registered with the" / "Nursing and Midwifery Board")
_OPEN_WORDS = frozenset(
    "a an the of to for with within without in into on onto at by from via per under over as than about including "
    "across through between among toward towards during upon against "
    "such and or nor but your our their its these which who whose where is are be been will must "
    "should can may have has e.g. i.e. incl.".split()
)
# an open word used where it ends the clause: a noun ("Xero experience a must", "an absolute must"), an age limit
# ("Aged 18 or over"), a phrase ("Te reo Māori is a nice to have", "Practical and hands on"); the tail is matched on
# the line's last 40 characters only, so a long line costs no more than a short one
_CLOSED_TAIL = re.compile(
    r"(?:\ban?(?:\s+(?:absolute|real|definite))?\s+must|\b(?:nice|good|great|handy)[- ]to[- ]have"
    r"|\b(?:or|and)\s+over|\bhands[- ]on|\bswitched[- ]on)$",
    re.IGNORECASE,
)
# a question written as a heading without its colon ("Who you'll work with", "What you will be responsible for")
_QUESTION_HEADING = re.compile(r"^(?:what|who|where|why|how)\s+(?:you|we)(?:['’](?:ll|re|d))?\s", re.IGNORECASE)
# a line the employer starts speaking in ("We are an equal opportunity employer", "You will report to", "If you
# have questions"): a new sentence, which a wrapped sentence's rest would start in lower case; "Our Lady of Lourdes
# Hospital" (IE) is a name
_NEW_SENTENCE = re.compile(r"^(?:(?:We|You|Your|They|If|Please)\s|Our\s(?!Lady))")
# a list's own item marker the bullet pattern leaves out: "(a) ", "b) ", "(iv) ", "ii. "
_ITEM_MARK = re.compile(r"^\(?(?:[a-h]|i{1,3}|iv|vi{0,3})[.)]\s")


def unwrapped(text: str) -> str:
    """Return text with prose lines and bullets broken mid-sentence joined again.

    Plain text pasted from email or a PDF, ATS feeds wrapped at a width and career pages with a <br> or a <p> per
    line (whose extracted text has a blank line between lines) all break a writer's sentence over lines. A line goes
    on with the last non-blank line (across at most one blank line) when ``_continues`` says so; the joined line
    keeps the first line's bullet, so a wrapped bullet is one item again.
    """
    lines = text.splitlines()
    width = _wrap_width(lines)
    out: list[list[str]] = []  # each output line as its pieces: joining appends, so long runs stay linear
    last, blanks, continued = "", 0, False
    for at, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            out.append([line])
            blanks += 1
            continue
        following = next((nxt.strip() for nxt in lines[at + 1 : at + 3] if nxt.strip()), "")
        if last and blanks <= 1 and _continues(last, stripped, following, width, continued=continued, apart=blanks > 0):
            del out[len(out) - blanks :]  # the blank line a <p> per line puts between a sentence's parts
            out[-1][-1] = out[-1][-1].rstrip()
            out[-1].append(stripped)
            continued = True
        else:
            out.append([line])
            continued = False
        last, blanks = stripped, 0
    return "\n".join(" ".join(pieces) for pieces in out)


def _wrap_width(lines: list[str]) -> int:
    """Return the width the posting's lines were broken at: its longest line's length.

    A posting wrapped at a width has no line longer than it; one with a long paragraph on one line was not wrapped
    there, and bullets or a title line that happen to be of one length must not be read as broken at it.
    """
    return max((len(line.strip()) for line in lines), default=0)


def _continues(last: str, line: str, following: str, width: int, *, continued: bool, apart: bool) -> bool:
    """Return whether ``line`` goes on with the sentence of ``last``, the line written before it.

    Never after a heading (a line that continues another is none) or a line ending a clause (. ! ? : ;), never into
    a bullet, a numbered item, a heading or an inline heading ("Nice to have: CEREC"). A line ending mid-clause (an
    article, preposition or conjunction, a comma, an open bracket) goes on whatever the next line starts with, a
    capital (a proper noun) or a cue ("... registration is" / "required."): the cue then belongs to the joined item.
    A line ending on a word goes on only when its width broke it (``_broken_at_width``); into a capital only from a
    prose line and with no blank line between (``apart``): a list's last item or a title line and the paragraph
    after it ("- Edging and lab experience a plus" / "Full-time associates are eligible ...") stay apart.
    """
    if last[-1] in ".!?:;" or _NEW_SENTENCE.match(line) or _starts_an_item(line):
        return False
    # the cheap tests first: reading a heading looks its words up in the vocabularies, and a list of 1,000 short
    # items must not pay that for every line
    if _open_ended(last):
        # a marked heading stays one ("REQUIREMENTS", "Skills:"); "TRAQ-qualified assessors" or "experience
        # preferred" after "call for" / "years of" goes on
        marked = line.isupper() or line.endswith(":") or HEADING_MD.match(line)
        goes_on = not marked or heading_of(line) is None
    elif apart and len(last) < _FULL * width:
        return False  # across a blank line only a line at the wrap width goes on: not a title line, a list's last item
    else:
        capital_allowed = not apart and not BULLET.match(last)
        goes_on = _broken_at_width(last, line, following, width, capital=capital_allowed) and heading_of(line) is None
    return goes_on and (continued or heading_of(last) is None)


def _starts_an_item(line: str) -> bool:
    """Return whether a line starts an item of its own: a bullet, a numbered or lettered item, an inline heading."""
    inline = _ANY_CASE_HEADING_WITH_ITEM.match(line)
    return bool(BULLET.match(line) or _ITEM_MARK.match(line) or inline and section_kind(inline.group(1)) != "unknown")


def _open_ended(last: str) -> bool:
    """Return whether a line stops where its clause cannot end: a joining word, a comma, an unclosed bracket."""
    word = last.rsplit(None, 1)[-1]  # as written: "CDL Class A" ends on a licence class, not the article
    if _CLOSED_TAIL.search(last[-40:]) or _question_heading(last):
        return False
    # a joining sign stands as its own word ("Health &"); one closing a word ends a name ("C++", "CompTIA Security+")
    return last[-1] in ",(" or word in _OPEN_WORDS or word in ("&", "/", "+") or last.count("(") > last.count(")")


def _question_heading(line: str) -> bool:
    """Return whether a short line is a question-form heading with no colon ("Who you'll work with")."""
    return len(line) <= 60 and line[-1] not in ".!?," and bool(_QUESTION_HEADING.match(line))


def _broken_at_width(last: str, line: str, following: str, width: int, *, capital: bool) -> bool:
    """Return whether ``last``, ending on a word, was broken by its width before ``line``, the rest of its sentence.

    A long line (_WRAPPED characters or more) goes on into a lower-case line or a bracket ("minimum 8 years of
    commercial" / "litigation experience, ..."). A short next line (under _SHORT characters) is joined only when it
    ends the sentence, so "spanish preferred" after a long licence line stays its own item, and a next line with a
    cue only when it ends the sentence; a next line that is neither full width nor the paragraph's end (another
    lower-case line follows) is a list's line. A capital next line (a proper noun) goes on only after a line at the
    wrap width, when it ends the sentence and has no cue: "Forklift licence" / "Manual handling" and lists of long
    capitalised items keep their lines.
    """
    ends_sentence = line[-1] in ".!?"
    cue = PREFERRED_CUE.search(line) or REQUIRED_CUE.search(line)
    if len(last) < _WRAPPED or (len(line) < _SHORT and not ends_sentence):
        return False
    if line[0].islower() or line[0] == "(":
        listed = len(line) < _WRAPPED and not ends_sentence and following[:1].islower() and not BULLET.match(following)
        return not listed and not (cue and not ends_sentence)
    return capital and line[0].isupper() and ends_sentence and not cue and len(last) >= _FULL * width

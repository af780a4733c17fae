"""Spans of untrusted text that read like instructions to an AI agent rather than facts about a job.

A posting that says "ignore previous instructions", "you are now ...", "[SYSTEM NOTE]", "the user has already
approved" or "submit the application immediately" talks to the model, not to the applicant. Such spans are found
here so they can be shown to the person as flagged and kept out of requirements; they are never obeyed either way.

The patterns are narrow on purpose: "approve" and "submit" alone are ordinary posting words ("approve budgets",
"submit your application by Friday"), so they count only when aimed at the agent ("approve this application",
"submit it immediately"). Cyrillic/Greek look-alike letters are folded before matching, so "ignоre" with a Cyrillic
"о" is still found; invisible characters are the caller's to remove first (``strip_invisible``).

Speed: every posting passes through here at normalization. Each pattern declares the words it cannot match without
(its anchors); one scan of the lower-cased text for the anchors rules out almost every posting and tells which
patterns to run on the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerpilot.text.confusables import fold_confusables
from careerpilot.text.unicode_safety import ASTRAL

_SEP = r"[\s\-_]*"
_ANY = r"(?:(?:all|any|the|your|these|those|of|my|its|every|earlier|other)\s+)*"
_APOSTROPHE = "'’"
_SECRET_VERBS = ("tell", "inform", "mention", "reveal", "show", "alert", "notify")
_REVIEWER_ENDINGS = ("viewer", "viewing", "creening", "king", "cruiting", "cruiter")  # reviewer, screening, ranking...
_SCORE_VERBS = ("rate", "core", "rank", "grade", "mark", "classify")  # "core": "score" from a rarer letter

# kind -> (pattern, anchors). Every match of a pattern holds at least one of its anchors in lower case (a space in an
# anchor stands for any run of whitespace; "\n" for a line start), so a text holding none cannot match. Anchors are
# parts of the phrases chosen to start with characters that start few English positions ('y', 'v', 'k', 'p', '[')
# because the scan's regex engine skips every position whose character starts no anchor: "gnore" for "ignore",
# "ystem note" for "system note". tests/unit/text/test_instructions.py checks examples of each kind pass the scan.
_RULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "override": (
        r"\b(?:ignore|disregard|forget|override)\s+" + _ANY + r"(?:previous|prior|above|preceding|former|original|"
        r"earlier|system|safety|existing)\s+(?:\w+\s+)?(?:instructions?|directions?|directives?|rules|prompts?|"
        r"guidelines|guidance|guardrails|messages|context|constraints)\b"
        r"|\b(?:ignore|disregard|forget)\s+(?:all\s+)?your\s+(?:instructions|rules|guidelines|programming|"
        r"system\s+prompt)\b"
        r"|\b(?:ignore|disregard|forget)\s+(?:everything|all|anything)\s+(?:above|before|previous(?:ly)?|prior|"
        r"you\s+(?:were|have\s+been)\s+told)\b"
        r"|\bdisregard\s+(?:the|this|that|all)\s+(?:above|previous|preceding|foregoing)\b"
        r"|\bnew\s+(?:instructions?|directives?|rules|task)\s*:"
        r"|\b(?:final|updated|actual)\s+(?:instructions?|directives?)\s*:",
        (
            "gnore", "sregard", "forget", "verride", "w instruction", "w directive", "w rules", "w task",
            "final instruction", "final directive", "pdated instruction", "pdated directive", "ctual instruction",
            "ctual directive",
        ),
    ),
    "role": (
        r"\byou\s+are\s+now\b|\bfrom\s+now\s+on,?\s+(?:you|the\s+(?:assistant|agent|ai|model))\b"
        r"|\bpretend\s+(?:to\s+be|(?:that\s+)?you\s+are)\b|\bdeveloper\s+mode\b|\bjailbreak"
        r"|\bact\s+as\s+(?:an?\s+)?(?:ai|language\s+model|llm|chatbot|unrestricted|unfiltered)\b"
        r"|\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|large\s+language\s+model|language\s+model|chatbot|bot|"
        r"gpt|chatgpt|ai\s+assistant|ai\s+agent|automated\s+(?:system|agent|assistant|screener))\b"
        r"|\b(?:ai|llm|gpt|language\s+model|assistant|agent)s?\s+(?:reading|processing|parsing|screening)\s+this\b"
        r"|\bnote\s+to\s+(?:the\s+|any\s+)?(?:ai|a\.i\.|llm|model|assistant|agent|bot|chatbot)s?\b"
        r"|\b(?:reviewer|reviewing|screening|ranking|recruiting|recruiter)\s+(?:ai|llm|bot|agent)s?\s*[:,]"
        r"|\bbefore\s+(?:replying|answering|responding|you\s+(?:reply|answer|respond))\b",
        (
            "you are now", "from now on", "pretend", "veloper mode", "jailbreak", "ct as", "f you are",
            "g this", "note to",
            *(f"{role} {ai}" for role in _REVIEWER_ENDINGS for ai in ("ai", "llm", "bot", "agent")),
            "fore replying", "fore answering", "fore responding", "fore you reply", "fore you answer",
            "fore you respond",
        ),
    ),
    "fake_turn": (
        r"\bsystem" + _SEP + r"(?:note|prompt|message|instruction|override|directive)s?\s*[:\]>]"
        r"|\[\s*system\s*\]"
        r"|(?m:^(?:system|assistant|user|human)[ \t]*:)"
        r"|<\|(?:im_start|im_end|system|user|assistant|endoftext)\|>|\[/?inst\]|<</?sys>>"
        r"|</?(?:system|assistant|instructions?)>",
        (
            "ystem note", "ystem prompt", "ystem message", "ystem instruction", "ystem override", "ystem directive",
            "ystemnote", "ystemprompt", "ystemmessage", "ysteminstruction", "ystemoverride", "ystemdirective",
            "ystem-", "ystem_", "[system", "[ system", "\nsystem", "\nassistant", "\nuser", "\nhuman", "<|",
            "[inst]", "[/inst]", "<<sys>>", "<</sys>>", "<system>", "</system>", "<assistant>", "</assistant>",
            "<instruction", "</instruction",
        ),
    ),
    "approval": (
        r"\b(?:user|candidate|applicant|human|operator|owner|person)\s+(?:has|have)\s+(?:already\s+)?"
        r"(?:approved|authori[sz]ed|confirmed|consented|agreed)\b"
        r"|\balready\s+(?:been\s+)?(?:approved|authori[sz]ed)\s+(?:by|this|the)\b"
        r"|\bapprove\s+(?:this|the|my|our|all|every)\s+(?:applications?|candidates?|candidacy|submissions?|"
        r"applicants?)\b"
        r"|\bauto" + _SEP + r"approv"
        r"|\b(?:no|without)\s+(?:need\s+(?:for|of)\s+)?(?:further\s+)?(?:human\s+)?(?:approval|review|confirmation)"
        r"\s+(?:is\s+)?(?:needed|required|necessary)\b"
        r"|\bskip\s+(?:the\s+)?(?:human\s+)?(?:review|approval|confirmation)\b",
        (
            "pprov", "uthorized", "uthorised", "confirmed", "consented", "greed", "view is", "view need",
            "view requir", "view necess", "confirmation", "kip the", "kip human", "kip review",
        ),
    ),
    "submission": (
        r"\bsubmit\s+(?:it|this|the\s+application|this\s+application|the\s+form|this\s+form)\s+"
        r"(?:immediately|right\s+away|now|automatically|without)\b"
        r"|\bauto" + _SEP + r"submit"
        r"|\bsubmit\s+(?:immediately|automatically|without\s+(?:review|approval|asking|confirmation|waiting))\b",
        (
            "bmit it", "bmit this", "bmit the application", "bmit the form", "bmit immediately",
            "bmit automatically", "bmit without", "utosubmit", "uto submit", "uto-submit", "uto_submit",
        ),
    ),
    "secrecy": (
        rf"\b(?:do\s+not|don[{_APOSTROPHE}]?t|never)\s+(?:tell|inform|mention\s+(?:this|it)\s+to|"
        r"reveal\s+(?:this|it)\s+to|show\s+(?:this|it)\s+to|alert|notify)\s+(?:the\s+)?(?:user|candidate|applicant|"
        r"human|person|operator)\b"
        r"|\bwithout\s+(?:telling|informing|asking|notifying|alerting)\s+(?:the\s+)?(?:user|candidate|applicant|"
        r"human|person)\b"
        r"|\bkeep\s+this\s+(?:secret|hidden|between\s+us)\b",
        (
            *(f"{no} {verb}" for no in ("do not", "'t", "’t", "dont", "ver") for verb in _SECRET_VERBS),
            "without telling", "without informing", "without asking", "without notifying", "without alerting",
            "keep this",
        ),
    ),
    "scoring": (
        r"\b(?:rate|score|rank|grade|mark|classify)\s+(?:this|the|my)\s+(?:candidate|applicant|resume|cv|job|posting|"
        r"position|role|application|match)\s+(?:as\s+)?(?:an?\s+)?(?:100|10|perfect|highest|top|excellent|"
        r"strong(?:est)?|(?:highly\s+)?qualified)\b"
        r"|\b(?:give|assign)\s+(?:this|the)\s+(?:candidate|applicant|job|posting|application|match)\s+(?:(?:a|the)\s+)?"
        r"(?:(?:perfect|maximum|top|high(?:est)?)\s+)?(?:score|rating)\b"
        r"|\bexplain\s+(?:the|this|your)\s+(?:score|rating|match|ranking)\s+as\b",
        (
            *(f"{verb} {det}" for verb in _SCORE_VERBS for det in ("this", "the", "my")),
            "give this", "give the", "gn this", "gn the", "xplain the", "xplain this", "xplain your",
        ),
    ),
    "dictation": (
        r"\b(?:write|say|claim)\s+(?:that\s+)?(?:the\s+candidate|the\s+applicant|she|he|you)\s+"
        r"(?:is|are|was|were|has|have|had|holds?|held|led|invented|owns?|earned|expects?)\b",
        tuple(f"{verb} {who}" for verb in ("write", "claim", "say") for who in ("that", "the", "she", "he", "you")),
    ),
    "exfiltration": (
        r"\b(?:reveal|print|output|repeat|show|send|include|leak|email|forward|paste)\s+(?:me\s+)?(?:your|the)\s+"
        r"(?:system\s+prompt|api[\s_-]?keys?|passwords?|credentials|secrets|access\s+tokens?|session\s+cookies?)\b"
        r"|\b(?:reveal|print|output|repeat|show|send|include|leak|email|forward|paste)\s+(?:me\s+)?"
        r"(?:your\s+(?:hidden\s+)?|the\s+hidden\s+)instructions\b"
        r"|\bfetch\s+(?:https?://|www\.)",
        (
            "ystem prompt", "pi key", "pi_key", "pi-key", "pikey", "password", "credentials", "crets", "ccess token",
            "cookie", "your instructions", "your hidden instructions", "dden instructions", "fetch http", "fetch www",
        ),
    ),
}  # fmt: skip


_Trie = dict[str, "_Trie"]


def _alternation(words: list[str]) -> str:
    """Return a regex that matches any of the words, as a trie: far fewer branches to try at each position."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_PATTERNS = {kind: re.compile(pattern, re.I) for kind, (pattern, _) in _RULES.items()}
_ANCHORS = {anchor for _, anchors in _RULES.values() for anchor in anchors}
# The scan reports the longest anchor at each place; an anchor it extends (a prefix) counts as found too.
_KINDS_BY_ANCHOR = {
    anchor: {kind for kind, (_, anchors) in _RULES.items() if any(anchor.startswith(a) for a in anchors)}
    for anchor in _ANCHORS
}
_SCAN = re.compile(_alternation(sorted(_ANCHORS)))
_LOOKALIKE_SCRIPT = re.compile(r"[\u0370-\u052f\u1f00-\u1fff\u3000\uff01-\uff5e]")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
MAX_CONTEXT = 300


@dataclass(frozen=True, slots=True)
class InstructionSpan:
    """One instruction-like match: its offsets in the text, what kind of instruction and the words matched."""

    start: int
    end: int
    kind: str
    text: str


def candidate_kinds(text: str) -> set[str]:
    """Return the kinds of instruction whose anchors the text holds (one scan); only those patterns can match."""
    found = _SCAN.finditer("\n" + text.lower())  # the newline lets "\nsystem" anchor a first-line "System:"
    return {kind for m in found for kind in _KINDS_BY_ANCHOR[_anchor_of(m.group())]}


def _anchor_of(matched: str) -> str:
    """Return the anchor a scan match stands for: its whitespace runs as single spaces, a leading newline kept."""
    return ("\n" if matched.startswith("\n") else "") + " ".join(matched.split())


def find_instructions(text: str) -> list[InstructionSpan]:
    """Return every instruction-like span of the text, in order, with offsets into the text as given."""
    # Folding keeps one character per character, so offsets found in the folded copy hold in the original.
    foldable = not text.isascii() and (_LOOKALIKE_SCRIPT.search(text) or ASTRAL.search(text))
    probe = fold_confusables(text) if foldable else text
    found = {(m.start(), m.end()): kind for kind in candidate_kinds(probe) for m in _PATTERNS[kind].finditer(probe)}
    return [InstructionSpan(start, end, kind, text[start:end]) for (start, end), kind in sorted(found.items())]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence (or line) that holds ``text[start:end]``."""
    head = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        head = found.end()
    while head < start and text[head].isspace():
        head += 1
    after = _SENTENCE_END.search(text, end)
    if after is None:
        return head, len(text)
    return head, after.start() if after.group() == "\n" else after.end()


def context_of(text: str, span: InstructionSpan) -> str:
    """Return the sentence around a span, cut to ``MAX_CONTEXT`` characters, for showing to the person."""
    head, tail = sentence_around(text, span.start, span.end)
    sentence = text[head:tail].strip()
    if len(sentence) <= MAX_CONTEXT:
        return sentence
    offset = max(0, min(span.start - head - MAX_CONTEXT // 3, len(sentence) - MAX_CONTEXT))
    return "…" + sentence[offset : offset + MAX_CONTEXT - 2].strip() + "…"


def without_instructions(text: str) -> str:
    """Return the text with every sentence that holds an instruction-like span removed (line breaks kept)."""
    spans = find_instructions(text)
    if not spans:
        return text
    kept: list[str] = []
    cursor = 0
    for span in spans:
        head, tail = sentence_around(text, span.start, span.end)
        if tail <= cursor:
            continue
        kept.append(text[cursor : max(cursor, head)])
        cursor = tail
    kept.append(text[cursor:])
    return "".join(kept)

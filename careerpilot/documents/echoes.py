"""Whether a generated sentence repeats an instruction from the job posting.

One function, so that a shared detector of instruction-like text can later take its place.

The verifier asks only about sentences no resume entry supports: a resume line that happens to share words
with the posting is never flagged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careerpilot.text.sentences import content_sequence

ECHO_WORDS = 6  # consecutive content words shared with the posting that make a sentence a copy of it
ECHO_SPAN = 8  # ... found within this many consecutive words of the posting, in any order ('confirm the candidate')
# Phrases that address the agent, never the employer: always an instruction, wherever they come from.
_ADDRESSES_AGENT = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules?|above|previous|prior)\b"
    r"|\b(?:system|developer) (?:prompt|message|instructions?)\b"
    r"|\b(?:user|candidate|applicant|human)\b.{0,30}\b(?:has|have|had)\b.{0,20}\b(?:already )?(?:approved|consented|"
    r"authori[sz]ed|agreed)\b"
    r"|\b(?:submit|send|approve)\b.{0,40}\b(?:immediately|right away|right now|without (?:review|approval|asking|"
    r"confirmation))\b"
    r"|\bauto-?(?:approve|submit)\w*\b|\byou are (?:now )?(?:an?|the) (?:ai|assistant|agent|model)\b",
    re.I,
)
# Imperatives that are instructions when the posting also uses them ('Submit your application via ...').
_IMPERATIVE = re.compile(r"\b(?:submit|approve|ignore|disregard|do not (?:mention|tell|reveal)|must include)\b", re.I)


def repeats_posting_instruction(sentence: str, posting_text: str) -> bool:
    """Return True when a sentence copies a long run of the posting or repeats an instruction-like phrase."""
    if _ADDRESSES_AGENT.search(sentence):
        return True
    if not posting_text.strip():
        return False
    for found in _IMPERATIVE.finditer(sentence):
        if re.search(rf"\b{re.escape(found.group(0))}\b", posting_text, re.I):
            return True
    mine = [form for form, _ in content_sequence(sentence)]
    runs = [set(mine[i : i + ECHO_WORDS]) for i in range(len(mine) - ECHO_WORDS + 1)]
    return any(run <= span for run in runs if len(run) == ECHO_WORDS for span in _posting_spans(posting_text))


@lru_cache(maxsize=64)
def _posting_spans(posting_text: str) -> tuple[frozenset[str], ...]:
    """Return the distinct words of every ECHO_SPAN-word stretch of the posting (cached: one posting, many checks)."""
    words = [form for form, _ in content_sequence(posting_text[:20000])]
    spans = {frozenset(words[i : i + ECHO_SPAN]) for i in range(max(1, len(words) - ECHO_SPAN + 1))}
    return tuple(span for span in spans if len(span) >= ECHO_WORDS)

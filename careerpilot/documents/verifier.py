"""The truthfulness verifier: every claim and every sentence of a generated document must trace to the source.

``verify_resume`` and ``verify_letter`` list every claim with the source line that backs it, and every generated
sentence with the resume entry that supports it (documents/grounding.py) or the owned connective template it
fills (documents/connectives.py). ``enforce_resume`` removes what nothing backs: an unknown employer, school,
certificate or language drops its entry, a changed title, date, degree or level is put back as the source has it,
and a bullet or summary with an unsupported claim or sentence is dropped or restored. ``enforce_letter`` drops each
unsupported sentence of a letter. Both list what they removed with the reason (``removed_sentences``).

The posting and company brief (``context``) may back the company's name and the role's title in a letter,
never a skill, number, date, degree or certification of the applicant.
"""

from __future__ import annotations

import re
from typing import Any

from careerpilot.documents.grounding import ECHO_REASON
from careerpilot.documents.resume_checks import check_resume, compact
from careerpilot.documents.sources import SourceLine, Sources, verify_text
from careerpilot.domain.documents import Claim, RemovedSentence, SentenceCheck, Verification
from careerpilot.domain.resume import Resume
from careerpilot.text.sentences import split_sentences

__all__ = [
    "SourceLine",
    "Sources",
    "enforce_letter",
    "enforce_llm_letter",
    "enforce_resume",
    "verify_letter",
    "verify_resume",
    "verify_text",
]
_PARAGRAPH = re.compile(r"\n\s*\n")


def verify_letter(text: str, sources: Sources) -> Verification:
    """Check a cover letter paragraph by paragraph; the posting may back the company and role names only."""
    claims: list[Claim] = []
    sentences: list[SentenceCheck] = []
    for number, paragraph in enumerate(_paragraphs(text), 1):
        claims += verify_text(paragraph, sources, f"letter ¶{number}", context=True)
        sentences += sources.sentences.check_text(paragraph, f"letter ¶{number}")
    return Verification(document="cover_letter", claims=claims, sentences=sentences)


def enforce_letter(text: str, sources: Sources) -> tuple[str, Verification]:
    """Drop every sentence of a letter with an unsupported claim or no supporting entry; return it and the check."""
    removed: list[RemovedSentence] = []
    paragraphs = []
    for number, paragraph in enumerate(_paragraphs(text), 1):
        kept = []
        for sentence in split_sentences(paragraph):
            reason = letter_sentence_problem(sentence, sources, f"letter ¶{number}")
            if reason is None:
                kept.append(sentence)
            else:
                removed.append(RemovedSentence(document="cover_letter", where=f"letter ¶{number}", text=sentence,
                                               reason=reason))  # fmt: skip
        if kept:
            paragraphs.append(" ".join(kept))
    cleaned = "\n\n".join(paragraphs)
    verification = verify_letter(cleaned, sources)
    verification.removed = [r.text for r in removed]
    verification.removed_sentences = removed
    return cleaned, verification


def enforce_llm_letter(text: str, sources: Sources) -> tuple[str | None, Verification]:
    """Accept a model's letter with its unsupported sentences removed, or refuse it whole (None) when compromised.

    A draft is refused when it states an unsupported fact (skill, employer, number, ...) or repeats an instruction
    of the posting: a model that did either may have bent the rest too, so the template letter is used instead.
    It is also refused when nothing but connective text would be left.
    """
    check = verify_letter(text, sources)
    echoes = [s for s in check.unsupported_sentences if s.reason == ECHO_REASON]
    if check.unsupported or echoes:
        return None, _refused(check)
    cleaned, enforced = enforce_letter(text, sources)
    if not any(not s.sources[0].startswith("connective:") for s in enforced.sentences if s.sources):
        return None, _refused(check)
    return cleaned, enforced


def _refused(check: Verification) -> Verification:
    """Mark a draft refused, listing each sentence that could not stay with its reasons."""
    check.rejected = True
    check.removed_sentences = []
    for sentence in check.sentences:
        here = [c for c in check.unsupported if c.where == sentence.where and c.text in sentence.text]
        claims = [f"{c.kind} {c.text}" for c in here]
        reasons = [sentence.reason] if sentence.reason else []
        reasons += [f"unsupported: {', '.join(claims)}"] if claims else []
        if reasons:
            check.removed_sentences.append(
                RemovedSentence(document="cover_letter", where=sentence.where, text=sentence.text,
                                reason="; ".join(reasons), draft_rejected=True)
            )  # fmt: skip
    return check


def letter_sentence_problem(sentence: str, sources: Sources, where: str) -> str | None:
    """Return why one letter sentence cannot stay (an unsupported claim, no supporting entry), or None."""
    unsupported = [f"{c.kind} {c.text}" for c in verify_text(sentence, sources, where, context=True) if not c.supported]
    check = sources.sentences.check(sentence, where)
    if check.reason and unsupported:
        return f"{check.reason}; unsupported: {', '.join(unsupported)}"
    return check.reason or (f"unsupported: {', '.join(unsupported)}" if unsupported else None)


def verify_resume(output: Resume, sources: Sources) -> Verification:
    """Check a tailored resume entry by entry against the source resume; nothing is changed."""
    findings = list(check_resume(output, sources))
    return Verification(
        document="resume",
        claims=[claim for finding in findings for claim in finding.claims],
        sentences=[sentence for finding in findings for sentence in finding.sentences],
    )


def enforce_resume(output: Resume, sources: Sources) -> tuple[Resume, Verification]:
    """Return the resume with every unsupported claim or sentence removed or put back as the source has it."""
    removed: list[str] = []
    removed_sentences: list[RemovedSentence] = []
    data: dict[str, Any] = output.model_dump(exclude_none=True)
    for finding in check_resume(output, sources):
        if finding.failed:
            removed.append(finding.describe())
            removed_sentences += finding.removed_sentences()
            finding.fix(data)
    cleaned = Resume.model_validate(compact(data))
    verification = verify_resume(cleaned, sources)
    verification.removed = removed
    verification.removed_sentences = removed_sentences
    return cleaned, verification


def _paragraphs(text: str) -> list[str]:
    return [p for p in _PARAGRAPH.split(text) if p.strip()]

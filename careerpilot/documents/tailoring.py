"""Tailoring: order what the resume says by relevance to a job, and write cover letters from resume facts.

Offline everything is extractive (nothing rephrased). With an LLM the bullets are rephrased toward the
posting and the cover letter is drafted by the model; the verifier (services/verifier.py) then checks both.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.resume import Education, Resume, Work
from careerpilot.domain.skills import find_skills
from careerpilot.prompts import as_data, render
from careerpilot.prompts.resume_writer import (
    COVER_LETTER_SYSTEM,
    COVER_LETTER_USER,
    RESUME_REWRITE_SYSTEM,
    RESUME_REWRITE_USER,
)
from careerpilot.text.instructions import without_instructions
from careerpilot.text.nesting import load_json

log = logging.getLogger(__name__)
_WORD = re.compile(r"[a-z][a-z0-9+#.]{2,}")
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
MAX_HIGHLIGHTS = 5
MAX_PROJECTS = 3
_PAST = {"built", "led", "ran", "wrote", "made", "grew", "drove", "won", "taught", "began", "brought", "kept", "held",
         "set", "cut", "spoke", "sold", "took", "oversaw", "rebuilt", "rewrote", "shipped"}  # fmt: skip


class Relevance:
    """Scores text against one job: shared words, job skills, and the matcher's matched requirements."""

    def __init__(self, job: JobPosting, match: Match | None = None) -> None:
        text = job.matching_text()
        self.words = set(_WORD.findall(text.lower()))
        self.skills = find_skills(text)
        self.matched = {m.term.lower() for m in match.matched} if match else set()
        self.evidence = {m.evidence for m in match.matched if m.evidence} if match else set()

    def __call__(self, text: str) -> float:
        """Return how relevant text is to the job (higher is more relevant)."""
        lowered = text.lower()
        score = len(set(_WORD.findall(lowered)) & self.words) + 3 * len(find_skills(text) & self.skills)
        score += 4 * sum(1 for term in self.matched if term in lowered)
        return score + (6 if text in self.evidence else 0)


def tailor_resume(resume: Resume, job: JobPosting, match: Match | None = None) -> Resume:
    """Return the resume with bullets, skills and projects ordered by relevance to the job; nothing added."""
    score = Relevance(job, match)
    skills = sorted(resume.skills, key=lambda s: -score(" ".join([s.name or "", *s.keywords])))
    skills = [s.model_copy(update={"keywords": sorted(s.keywords, key=lambda k: -score(k))}) for s in skills]
    projects = sorted(
        resume.projects, key=lambda p: -score(" ".join([p.description or "", *p.highlights, *p.keywords]))
    )
    return resume.model_copy(
        update={
            "work": [_tailor_work(w, score) for w in resume.work],
            "skills": skills,
            "projects": projects[:MAX_PROJECTS],
        }
    )


def _tailor_work(work: Work, score: Relevance) -> Work:
    ranked = sorted(work.highlights, key=lambda h: -score(h))
    keep = [h for i, h in enumerate(ranked) if i < 3 or score(h) > 0]
    return work.model_copy(update={"highlights": keep[:MAX_HIGHLIGHTS]})


def matched_requirements(match: Match | None) -> list[str]:
    """Return the job requirements the resume covers, as 'term — evidence' lines."""
    if match is None:
        return []
    return [f"{m.term} — {m.evidence}" if m.evidence else m.term for m in match.matched]


def template_cover_letter(resume: Resume, job: JobPosting, match: Match, brief: str | None = None) -> str:
    """Write the offline cover letter from resume facts, the match's evidence and the company brief.

    Each sentence takes its facts from one resume entry and names that entry's employer, so no fact is joined to
    another role ('Senior Engineer at A. Built X' where X was done at B cannot be written).
    """
    company = job.company or "your team"
    opening = [f"I am applying for the {job.title} role at {company}."]
    latest = resume.work[0] if resume.work else None
    if latest and latest.position and latest.name:
        opening.append(_role_sentence(latest))
    elif resume.basics.label:
        opening.append(f"I work as {_article(resume.basics.label)} {resume.basics.label}.")
    shared = sorted(find_skills(brief or "") & find_skills(resume.full_text()))
    if shared:
        opening.append(f"Your team's work with {_join(shared[:3])} matches my own experience.")
    said = {_role_line(latest)} if latest else set()
    evidence = [e for e in dict.fromkeys(m.evidence for m in match.matched if m.evidence) if e not in said][:3]
    middle = _also([evidence_sentence(resume, line) for line in evidence])
    if not middle:
        middle = [resume.basics.summary or "My resume, attached, details my experience."]
    closing = f"I would welcome the chance to discuss how this experience fits {company}."
    return "\n\n".join([" ".join(opening), " ".join(middle), closing])


def evidence_sentence(resume: Resume, line: str) -> str:
    """Return one resume line as a letter sentence that names the entry it comes from (and no other)."""
    for job in resume.work:
        if job.name and line == _role_line(job):
            return _role_sentence(job)
        if job.name and (line == job.summary or line in job.highlights):
            return _at(job.name, line)
    for unpaid in resume.volunteer:
        if unpaid.organization and (line == unpaid.summary or line in unpaid.highlights):
            return _at(unpaid.organization, line)
    for project in resume.projects:
        if project.name and (line == project.description or line in project.highlights):
            return f"In my project {project.name}: {line.strip().rstrip('.')}."
    for school in resume.education:
        if school.institution and line == " ".join(p for p in (school.studyType, school.area, school.institution) if p):
            return _school_sentence(school)
    return f"From my experience: {line.strip().rstrip('.')}."


def _also(sentences: list[str]) -> list[str]:
    """Name an employer once: a following sentence from the same one says 'I also built ...'."""
    shown = []
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index else ""
        at = re.match(r"At (.+?), I (.*)$", sentence)
        if at and previous.startswith((f"At {at[1]}, I ", f"At {at[1]}: ")):
            sentence = f"I also {at[2]}"
        shown.append(sentence)
    return shown


def _role_line(job: Work) -> str:
    """Return a job's line as resume evidence writes it ('Senior Software Engineer at Brightline Health')."""
    return " ".join(p for p in (job.position, "at" if job.name else None, job.name) if p)


def _role_sentence(job: Work) -> str:
    if job.endDate:
        return f"Most recently I worked as {job.position} at {job.name}."
    return f"I currently work as {job.position} at {job.name}."


def _at(employer: str, line: str) -> str:
    """Return 'At <employer>, I built ...' for a bullet opening with a past-tense verb, else 'At <employer>: ...'."""
    text = line.strip().rstrip(".")
    first, _, rest = text.partition(" ")
    if rest and first[:1].isupper() and first[1:].islower() and (first.endswith("ed") or first.lower() in _PAST):
        return f"At {employer}, I {first.lower()} {rest}."
    return f"At {employer}: {text}."


def _school_sentence(school: Education) -> str:
    """Return 'I hold a Bachelor of Science in Computer Science from <school>.' with what the entry has."""
    if school.studyType:
        subject = f" in {school.area}" if school.area else ""
        return f"I hold {_article(school.studyType)} {school.studyType}{subject} from {school.institution}."
    return f"I studied {school.area} at {school.institution}." if school.area else f"I studied at {school.institution}."


def _article(label: str) -> str:
    return "an" if label[:1].lower() in "aeiou" else "a"


async def llm_cover_letter(
    llm: BaseChatModel, resume: Resume, job: JobPosting, match: Match, brief: str | None = None
) -> str:
    """Stream a cover letter from the model (the caller verifies it)."""
    user = render(
        COVER_LETTER_USER,
        title=as_data(job.title),
        company=as_data(job.company or "unknown"),
        description=as_data(without_instructions(job.description_text)[:6000]),
        brief=as_data(brief or "(none)"),
        matched=as_data("\n".join(f"- {m.term}: {m.evidence}" for m in match.matched)),
        resume=as_data(resume.full_text()),
    )
    return await _stream_text(llm, COVER_LETTER_SYSTEM, user)


async def llm_rewrite_resume(llm: BaseChatModel, tailored: Resume, job: JobPosting, match: Match) -> Resume:
    """Ask the model to rephrase the summary and bullets toward the posting; return the rewritten resume.

    The result is unverified: the caller runs ``enforce_resume`` on it. A reply that is not the JSON asked for
    raises ValueError.
    """
    user = render(
        RESUME_REWRITE_USER,
        title=as_data(job.title),
        company=as_data(job.company or "unknown"),
        description=as_data(without_instructions(job.description_text)[:6000]),
        matched=as_data("\n".join(f"- {m.term}: {m.evidence}" for m in match.matched)),
        resume=as_data(_indexed_resume(tailored)),
    )
    reply = await _stream_text(llm, RESUME_REWRITE_SYSTEM, user)
    return apply_rewrite(tailored, _json_reply(reply))


def apply_rewrite(tailored: Resume, reply: dict[str, Any]) -> Resume:
    """Put the model's rewritten summary and bullets into a copy of the resume, by their indexes."""
    work = [w.model_copy(update={"highlights": list(w.highlights)}) for w in tailored.work]
    for bullet in reply.get("bullets") or []:
        try:
            entry, position, text = int(bullet["work"]), int(bullet["from"]), str(bullet["text"]).strip()
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= entry < len(work) and 0 <= position < len(work[entry].highlights) and text:
            work[entry].highlights[position] = text
    basics = tailored.basics
    summary = str(reply.get("summary") or "").strip()
    if summary:
        basics = basics.model_copy(update={"summary": summary})
    return tailored.model_copy(update={"work": work, "basics": basics})


def _indexed_resume(resume: Resume) -> str:
    lines = [f"Summary: {resume.basics.summary or ''}"]
    for i, job in enumerate(resume.work):
        lines.append(
            f"work {i}: {job.position or ''} at {job.name or ''} ({job.startDate or ''} to {job.endDate or 'now'})"
        )
        lines += [f"  bullet {j}: {h}" for j, h in enumerate(job.highlights)]
    lines.append("Skills: " + ", ".join(resume.skill_names()))
    return "\n".join(lines)


def _json_reply(text: str) -> dict[str, Any]:
    found = _JSON_OBJECT.search(text)
    if found is None:
        raise ValueError("the model's reply holds no JSON object")
    data = load_json(found[0])  # a JSONDecodeError is a ValueError, as callers expect
    if not isinstance(data, dict):
        raise ValueError("the model's reply is not a JSON object")
    return data


async def _stream_text(llm: BaseChatModel, system: str, user: str) -> str:
    parts: list[str] = []
    async for chunk in llm.astream([SystemMessage(system), HumanMessage(user)]):
        if isinstance(chunk.content, str):
            parts.append(chunk.content)
    return "".join(parts).strip()


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"

"""Tailoring: select and reorder what the resume already says; the cover letter uses only resume facts.

Offline it is extractive (nothing is rephrased). With an LLM the cover letter is written by the model and
then checked: a number or a named skill that the resume and posting do not contain rejects the draft.
"""

from __future__ import annotations

import logging
import re

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.resume import Resume, Work
from careerpilot.domain.skills import find_skills
from careerpilot.prompts import as_data, render
from careerpilot.prompts.resume_writer import COVER_LETTER_SYSTEM, COVER_LETTER_USER

log = logging.getLogger(__name__)
_WORD = re.compile(r"[a-z][a-z0-9+#.]{2,}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
MAX_HIGHLIGHTS = 5


def _relevance(text: str, job_words: set[str], job_skills: set[str]) -> float:
    words = set(_WORD.findall(text.lower()))
    return len(words & job_words) + 3 * len(find_skills(text) & job_skills)


def _tailor_work(work: Work, job_words: set[str], job_skills: set[str]) -> Work:
    ranked = sorted(work.highlights, key=lambda h: -_relevance(h, job_words, job_skills))
    keep = [h for i, h in enumerate(ranked) if i < 3 or _relevance(h, job_words, job_skills) > 0]
    return work.model_copy(update={"highlights": keep[:MAX_HIGHLIGHTS]})


def tailor_resume(resume: Resume, job: JobPosting) -> Resume:
    """Return the resume with bullets, skills and projects ordered by relevance to the job; nothing added."""
    job_text = job.matching_text()
    job_words = set(_WORD.findall(job_text.lower()))
    job_skills = find_skills(job_text)
    skills = sorted(
        resume.skills, key=lambda s: -_relevance(" ".join([s.name or "", *s.keywords]), job_words, job_skills)
    )
    skills = [
        s.model_copy(update={"keywords": sorted(s.keywords, key=lambda k: -_relevance(k, job_words, job_skills))})
        for s in skills
    ]
    projects = sorted(
        resume.projects,
        key=lambda p: -_relevance(" ".join([p.description or "", *p.highlights, *p.keywords]), job_words, job_skills),
    )
    return resume.model_copy(
        update={
            "work": [_tailor_work(w, job_words, job_skills) for w in resume.work],
            "skills": skills,
            "projects": projects[:3],
        }
    )


def unsupported_claims(text: str, sources: list[str]) -> list[str]:
    """Return numbers and named skills in text that none of the sources contain."""
    source_text = "\n".join(sources)
    source_numbers = set(_NUMBER.findall(source_text))
    claims = [f"number {n}" for n in _NUMBER.findall(text) if n not in source_numbers]
    claims += [f"skill {s}" for s in sorted(find_skills(text) - find_skills(source_text))]
    return claims


def template_cover_letter(resume: Resume, job: JobPosting, match: Match) -> str:
    """Write the offline cover letter from resume facts and the match's evidence only."""
    company = job.company or "your team"
    latest = resume.work[0] if resume.work else None
    opening = f"I am applying for the {job.title} role at {company}."
    if latest and latest.position and latest.name:
        opening += f" I currently work as {latest.position} at {latest.name}."
    elif resume.basics.label:
        opening += f" I work as a {resume.basics.label}."
    evidence = [m for m in match.matched if m.evidence][:3]
    if evidence:
        skills = ", ".join(m.term for m in evidence)
        lines = " ".join(f"{line.rstrip('.')}." for line in dict.fromkeys(m.evidence for m in evidence))
        middle = f"The role asks for {skills}. From my experience: {lines}"
    else:
        summary = resume.basics.summary or ""
        middle = summary or "My resume, attached, details my experience."
    closing = f"I would welcome the chance to discuss how this experience fits {company}."
    return "\n\n".join([opening, middle, closing])


async def llm_cover_letter(llm: BaseChatModel, resume: Resume, job: JobPosting, match: Match) -> tuple[str, list[str]]:
    """Stream a cover letter from the model; return it with any claims the resume does not support."""
    user = render(
        COVER_LETTER_USER,
        title=as_data(job.title),
        company=as_data(job.company or "unknown"),
        description=as_data(job.description_text[:6000]),
        matched=as_data("\n".join(f"- {m.term}: {m.evidence}" for m in match.matched)),
        resume=as_data(resume.full_text()),
    )
    parts: list[str] = []
    async for chunk in llm.astream([SystemMessage(COVER_LETTER_SYSTEM), HumanMessage(user)]):
        if isinstance(chunk.content, str):
            parts.append(chunk.content)
    text = "".join(parts).strip()
    return text, unsupported_claims(text, [resume.full_text(), job.title, job.company or ""])

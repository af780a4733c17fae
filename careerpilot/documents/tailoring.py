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
from careerpilot.domain.resume import Resume, Work
from careerpilot.domain.skills import find_skills
from careerpilot.prompts import as_data, render
from careerpilot.prompts.resume_writer import (
    COVER_LETTER_SYSTEM,
    COVER_LETTER_USER,
    RESUME_REWRITE_SYSTEM,
    RESUME_REWRITE_USER,
)
from careerpilot.text.nesting import load_json

log = logging.getLogger(__name__)
_WORD = re.compile(r"[a-z][a-z0-9+#.]{2,}")
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
MAX_HIGHLIGHTS = 5
MAX_PROJECTS = 3


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
    """Write the offline cover letter from resume facts, the match's evidence and the company brief."""
    company = job.company or "your team"
    latest = resume.work[0] if resume.work else None
    opening = f"I am applying for the {job.title} role at {company}."
    if latest and latest.position and latest.name:
        opening += f" I currently work as {latest.position} at {latest.name}."
    elif resume.basics.label:
        opening += f" I work as a {resume.basics.label}."
    shared = sorted(find_skills(brief or "") & find_skills(resume.full_text()))
    if shared:
        opening += f" Your team's work with {_join(shared[:3])} matches my own experience."
    evidence = [m for m in match.matched if m.evidence][:3]
    if evidence:
        skills = ", ".join(m.term for m in evidence)
        lines = " ".join(f"{line.rstrip('.')}." for line in dict.fromkeys(m.evidence for m in evidence))
        middle = f"The role asks for {skills}. From my experience: {lines}"
    else:
        middle = resume.basics.summary or "My resume, attached, details my experience."
    closing = f"I would welcome the chance to discuss how this experience fits {company}."
    return "\n\n".join([opening, middle, closing])


async def llm_cover_letter(
    llm: BaseChatModel, resume: Resume, job: JobPosting, match: Match, brief: str | None = None
) -> str:
    """Stream a cover letter from the model (the caller verifies it)."""
    user = render(
        COVER_LETTER_USER,
        title=as_data(job.title),
        company=as_data(job.company or "unknown"),
        description=as_data(job.description_text[:6000]),
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
        description=as_data(job.description_text[:6000]),
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

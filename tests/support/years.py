"""A years item and a resume's work, built the way the years tests read them (``coverage.check_years``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from careerpilot.domain.matching import Requirement
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import YEARS_RAMP, RoleMeaning, about_whole, check_years
from careerpilot.matching.evidence import Role
from careerpilot.matching.requirements import _years

TODAY = date(2025, 1, 1)
CLOSE = sum(YEARS_RAMP) / 2  # on the ramp: somewhat about the subject by meaning


def years_item(text: str) -> Requirement:
    """Return an experience requirement read from ``text`` as the requirements reader reads its years."""
    years, subject = _years(text) or (0.0, "")
    return Requirement(kind="experience", text=text, years=years, subject=subject)


def work_evidence(
    work: list[dict[str, Any]], certificates: list[dict[str, str]] | None = None
) -> resume_evidence.ResumeEvidence:
    """Return the evidence of a resume holding only ``work`` (and ``certificates``), read on ``TODAY``."""
    resume = Resume.model_validate({"basics": {"name": "A. Person"}, "work": work, "certificates": certificates or []})
    return resume_evidence.from_resume(resume, TODAY)


def one_role(title: str, highlights: list[str] | None = None) -> resume_evidence.ResumeEvidence:
    """Return the evidence of one role titled ``title``, held since 2018."""
    return work_evidence([{"position": title, "name": "Acme", "startDate": "2018-01", "highlights": highlights or []}])


def close_everywhere(evidence: resume_evidence.ResumeEvidence, cosine: float = CLOSE) -> RoleMeaning:
    """Return a reading by meaning that finds every role ``cosine`` close to the subject."""
    return {i: (cosine, r.line) for i, r in enumerate(evidence.roles)}


def title_names_subject(item: str, title: str) -> bool:
    """Return whether ``title`` alone names the whole subject of the years item read from ``item``."""
    return bool(about_whole(years_item(item).subject, Role(title=title, line=title))[1])


def basis_in_one_role(item: str, title: str, highlights: list[str] | None = None) -> str:
    """Return the years basis of ``item`` against one role titled ``title``, every role close by meaning."""
    evidence = one_role(title, highlights or ["Shipped work weekly"])
    return check_years(years_item(item), evidence, close_everywhere(evidence)).years_basis

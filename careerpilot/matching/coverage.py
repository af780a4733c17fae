"""Requirement coverage: each extracted requirement checked against the resume evidence, with the proving line."""

from __future__ import annotations

import re

from careerpilot.domain.matching import PostingRequirements, Requirement, RequirementCheck
from careerpilot.matching.evidence import ResumeEvidence, degree_level
from careerpilot.matching.requirements import DEGREE_RANK
from careerpilot.text.terms import key_terms

# How much each kind of requirement weighs in coverage; location and authorization are the hard filters' job.
KIND_WEIGHT = {"skill": 1.0, "experience": 1.5, "degree": 0.6, "certification": 0.8, "language": 0.8}
PREFERRED_WEIGHT = 0.35
PROSE_SKILL_WEIGHT = 0.6  # a skill item naming no vocabulary skill ("ability to write clean code") is vaguer
PRIOR_WEIGHT, PRIOR = 1.5, 0.5  # few requirements say little: coverage is pulled toward 0.5 by this much weight
MET, PARTIAL = 0.75, 0.34


def _status(credit: float) -> str:
    return "met" if credit >= MET else "partial" if credit >= PARTIAL else "missing"


def _term_credit(req: Requirement, evidence: ResumeEvidence) -> tuple[float, str]:
    """Return the share of the requirement's key terms the resume has, and the line with most of them."""
    wanted = key_terms(req.subject) if req.subject else set()
    wanted = wanted or key_terms(req.text)
    if not wanted:
        return 0.0, ""
    anywhere = sum(1 for w in wanted if evidence.forms(w)) / len(wanted)
    line, share = evidence.best_line(wanted)
    # a requirement whose words sit together on one resume line is better shown than one scattered over many
    return 0.6 * anywhere + 0.4 * share, line


def check_skill(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check a skill requirement by vocabulary skills (with synonyms) and, failing that, by its words."""
    held = [s for s in req.skills if s in evidence.skills]
    any_of = bool(re.search(r"\bor\b|/|\beither\b", req.text)) and len(req.skills) > 1
    vocab = (1.0 if held else 0.0) if any_of else (len(held) / len(req.skills) if req.skills else 0.0)
    words, line = _term_credit(req, evidence)
    # a named skill is held or not; shared filler words ("production") must not stand in for it
    credit = max(vocab, 0.5 * words) if req.skills else words
    if held and (vocab >= words or not line):
        line = evidence.skills[held[0]]
    return RequirementCheck(requirement=req, status=_status(credit), credit=round(credit, 3), evidence=line)


def _years_in(subject: str, skills: list[str], evidence: ResumeEvidence) -> tuple[float | None, str]:
    """Return the years the resume shows in a role or skill (overlaps once), and the best role line."""
    from careerpilot.matching.evidence import union_months

    wanted = key_terms(subject)
    chosen = []
    for role in evidence.roles:
        title_terms = key_terms(role.title)
        title_hit = len(wanted & title_terms) / len(wanted) if wanted else 0.0
        detail = " ".join(role.detail)
        skill_hit = bool(skills) and all(s.lower() in (role.title + " " + detail).lower() for s in skills)
        if title_hit >= 0.5 or skill_hit:
            chosen.append(role)
    dated = [r for r in chosen if r.months is not None]
    if not chosen:
        return None, ""
    # for years in a skill, the line that uses the skill proves more than the job title
    proof = next((d for r in chosen for d in r.detail if any(s.lower() in d.lower() for s in skills)), chosen[0].line)
    return union_months(dated) / 12, proof


def check_experience(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Compare years asked for with years held, overall or in the named role or skill."""
    years = req.years or 0.0
    if not evidence.roles:
        return RequirementCheck(requirement=req, status="unknown", credit=0.3, note="no dated roles in the resume")
    total = evidence.total_years
    if req.subject or req.skills:
        held, line = _years_in(req.subject, req.skills, evidence)
        if held is None:
            # the role or skill is not named: other experience counts for a little
            credit = 0.25 * min(1.0, total / years) if years else 0.25
            return RequirementCheck(
                requirement=req,
                status=_status(credit),
                credit=round(credit, 3),
                years_held=0.0,
                note=f"no role as {req.subject or ', '.join(req.skills)} found",
            )
    else:
        held, line = total, evidence.roles[0].line
    credit = min(1.0, held / years) if years else 1.0
    status = "met" if credit >= 0.999 else ("partial" if credit >= PARTIAL else "missing")
    note = f"{held:.1f} of {years:g} years"
    return RequirementCheck(
        requirement=req, status=status, credit=round(credit, 3), evidence=line, years_held=round(held, 1), note=note
    )


def check_degree(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Compare the degree level asked for with the highest one held."""
    wanted = degree_level(req.subject or req.text) or DEGREE_RANK["bachelor"]
    if not evidence.degree_level:
        return RequirementCheck(requirement=req, status="missing", credit=0.0, note="no degree in the resume")
    credit = 1.0 if evidence.degree_level >= wanted else 0.5
    line = next((e for e in evidence.education if degree_level(e) == evidence.degree_level), "")
    return RequirementCheck(requirement=req, status=_status(credit), credit=credit, evidence=line)


def check_listed(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check a certification or language against the resume's own list, then its words."""
    if req.kind == "language" and req.subject:
        for language, fluency in evidence.languages.items():
            if language.lower() == req.subject.lower():
                return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=f"{language} {fluency}")
        if req.subject == "English" and evidence.text.isascii():
            return RequirementCheck(requirement=req, status="met", credit=0.8, note="resume written in English")
        return RequirementCheck(requirement=req, status="missing", credit=0.0)
    pool = evidence.certifications or []
    wanted = key_terms(req.text) - {"certif", "certifi", "certification", "certified", "licens"}
    for cert in pool:
        if wanted & key_terms(cert):
            return RequirementCheck(requirement=req, status="met", credit=1.0, evidence=cert)
    credit, line = _term_credit(req, evidence)
    return RequirementCheck(requirement=req, status=_status(credit * 0.8), credit=round(credit * 0.8, 3), evidence=line)


def check(req: Requirement, evidence: ResumeEvidence) -> RequirementCheck:
    """Check one requirement against the resume."""
    if req.kind == "skill":
        return check_skill(req, evidence)
    if req.kind == "experience":
        return check_experience(req, evidence)
    if req.kind == "degree":
        return check_degree(req, evidence)
    if req.kind in ("certification", "language"):
        return check_listed(req, evidence)
    return RequirementCheck(requirement=req, status="unknown", credit=0.0, note="checked against your filters")


def requirement_weights(requirements: list[Requirement]) -> list[float]:
    """Return how much each requirement weighs in coverage (by kind, required or preferred, named or prose)."""
    named = any(r.skills for r in requirements if r.kind == "skill")
    prose_weight = PROSE_SKILL_WEIGHT / 2 if named else PROSE_SKILL_WEIGHT
    weights = []
    for req in requirements:
        weight = KIND_WEIGHT.get(req.kind, 0.0)
        if req.importance == "preferred":
            weight *= PREFERRED_WEIGHT
        if req.kind == "skill" and not req.skills:
            weight *= prose_weight
        weights.append(weight)
    return weights


def weighted_share(weights: list[float], credits: list[float]) -> float:
    """Return the weighted share of credit (0-1), pulled toward PRIOR when there is little to weigh."""
    total = sum(weights)
    got = sum(w * c for w, c in zip(weights, credits, strict=True))
    return (got + PRIOR_WEIGHT * PRIOR) / (total + PRIOR_WEIGHT)


def coverage(requirements: PostingRequirements, evidence: ResumeEvidence) -> tuple[float, list[RequirementCheck]]:
    """Return the weighted share of requirements met (0-1) and one check per requirement."""
    checks = [check(req, evidence) for req in requirements.requirements]
    weights = requirement_weights(requirements.requirements)
    return weighted_share(weights, [c.credit for c in checks]), checks

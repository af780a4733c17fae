"""Requirement coverage by meaning: each skill requirement against its nearest resume line in MiniLM space.

Word overlap misreads paraphrase both ways: "Expert in OpenGL used in visual projects" shares few words with
"Good experience with graphic frameworks such as OpenGL", while a rewritten line full of the posting's filler
words can look like a match. The cosine of the requirement and its nearest resume line reads both better. Skill
requirements are credited by that cosine (SIMILARITY_RANGE: at or under 0.30 nothing, at or over 0.80 met);
years, degrees, certifications and languages keep their rule-based credit, since meaning cannot count years.
Vectors are cached in Chroma by the content hash of each line, so a line is embedded once ever.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from careerpilot.domain.jobs import content_hash
from careerpilot.domain.matching import RequirementCheck
from careerpilot.matching.coverage import (
    MET,
    RoleMeaning,
    check_years,
    named_tool_missing,
    requirement_weights,
    role_lines,
    weighted_share,
    years_credit,
)
from careerpilot.matching.evidence import ResumeEvidence, Role
from careerpilot.matching.title_parts import own_title
from careerpilot.memory.vectors import LINES, VectorStore

SIMILARITY_RANGE = (0.25, 0.75)  # MiniLM cosine of a requirement and a resume line: unrelated ~0.2, a paraphrase ~0.8
MEANING_KINDS = frozenset({"skill"})


def credit_by_meaning(similarity: float) -> float:
    """Return a requirement's credit (0-1) from the cosine of it and its nearest resume line."""
    low, high = SIMILARITY_RANGE
    return float(min(1.0, max(0.0, (similarity - low) / (high - low))))


def line_vectors(vectors: VectorStore, lines: Sequence[str]) -> dict[str, np.ndarray]:
    """Return {line: unit vector} for short texts, embedding only lines never seen before."""
    keyed = {content_hash(line): line for line in dict.fromkeys(lines) if line.strip()}
    found = vectors.vectors_for(LINES, keyed)
    return {line: np.asarray(found[key], dtype=np.float32) for key, line in keyed.items()}


def with_nearest_lines(
    checks: list[RequirementCheck], resume_lines: list[str], vectors_by_line: dict[str, np.ndarray]
) -> list[RequirementCheck]:
    """Return the checks, each skill check carrying its nearest resume line and the cosine to it."""
    lines = [line for line in resume_lines if line in vectors_by_line]
    if not lines:
        return checks
    matrix = np.vstack([vectors_by_line[line] for line in lines])
    out = []
    for check in checks:
        vector = vectors_by_line.get(check.requirement.text)
        if check.requirement.kind not in MEANING_KINDS or vector is None:
            out.append(check)
            continue
        similarities = matrix @ vector
        best = int(np.argmax(similarities))
        update = {"similar_line": lines[best], "similarity": round(float(similarities[best]), 3)}
        out.append(check.model_copy(update=update))
    return out


NAMED_TOOL_CAP = 0.4  # the most meaning can credit a named product the resume never names


def _meaning_credit(check: RequirementCheck, similarity: float | None = None) -> float:
    """Return a check's credit by meaning, from its own similarity or, given, one known for its text."""
    similarity = check.similarity if similarity is None else similarity
    if similarity is None:
        return check.credit
    credit = credit_by_meaning(similarity)
    return min(credit, NAMED_TOOL_CAP) if named_tool_missing(check) else credit


def coverage_by_meaning(checks: list[RequirementCheck]) -> float:
    """Return coverage (0-1) with skill requirements credited by meaning where a nearest line is known.

    A named product the resume lacks (Relativity, TIG welding) gets at most NAMED_TOOL_CAP from meaning.
    """
    credits = [_meaning_credit(c) for c in checks]
    return weighted_share(requirement_weights([c.requirement for c in checks]), credits)


def met_by_meaning(check: RequirementCheck) -> bool:
    """Return whether a requirement's nearest resume line is close enough in meaning to count as met."""
    return check.similarity is not None and not named_tool_missing(check) and credit_by_meaning(check.similarity) >= MET


def years_open(check: RequirementCheck) -> bool:
    """Return whether meaning may still add years to an experience check (a subject, dated roles, years short)."""
    req = check.requirement
    return req.kind == "experience" and bool(req.subject) and check.status != "unknown" and check.credit < 0.999


def years_ceiling(check: RequirementCheck, total_years: float | None) -> float:
    """Return the most credit meaning can give an open years check: no more than all the resume's dated years."""
    years = check.requirement.years
    if total_years is None or not years:
        return 1.0
    # every dated month at full weight, other experience making up the rest; + rounding of the credit to 3 places
    return max(check.credit, min(1.0, years_credit(total_years, years, total_years) + 0.001))


def meaning_bounds(
    checks: list[RequirementCheck], total_years: float | None = None, known: Mapping[str, float] | None = None
) -> tuple[float, float]:
    """Return the lowest and highest coverage by meaning the checks can reach before anything is embedded.

    Skill credits change with meaning (0 to 1; a named product the resume lacks, to NAMED_TOOL_CAP at most);
    years in a subject can only grow, and never past the years of all the resume's dated roles (``total_years``);
    the rest (degrees, certifications and licences, languages) keep their rule-based credit. A skill whose text's
    similarity to its nearest resume line is ``known`` (read in another posting) has its credit exactly. The
    cascade uses these bounds to stop reading and embedding once no posting left can reach the top.
    """
    known = known or {}
    weights = requirement_weights([c.requirement for c in checks])
    lows, highs = [], []
    for check in checks:
        similarity = known.get(check.requirement.text)
        if check.requirement.kind not in MEANING_KINDS:
            lows.append(check.credit)
            highs.append(_high(check, total_years))
        elif similarity is not None:
            lows.append(_meaning_credit(check, similarity))
            highs.append(lows[-1])
        else:
            lows.append(0.0)
            highs.append(_skill_high(check))
    return weighted_share(weights, lows), weighted_share(weights, highs)


def _skill_high(check: RequirementCheck) -> float:
    """Return the most credit a skill can get by meaning (_meaning_credit, whatever its nearest line turns out)."""
    return max(NAMED_TOOL_CAP, check.credit) if named_tool_missing(check) else 1.0


def coverage_high(checks: list[RequirementCheck], total_years: float | None = None) -> float:
    """Return the highest rule-based coverage the checks can reach once years are also read by meaning."""
    weights = requirement_weights([c.requirement for c in checks])
    return weighted_share(weights, [_high(c, total_years) for c in checks])


def _high(check: RequirementCheck, total_years: float | None) -> float:
    return years_ceiling(check, total_years) if years_open(check) else check.credit


def rule_coverage(checks: list[RequirementCheck]) -> float:
    """Return the rule-based coverage of the checks (skills by their words, years as last checked)."""
    return weighted_share(requirement_weights([c.requirement for c in checks]), [c.credit for c in checks])


def subject_line(subject: str) -> str:
    """Return the line a years subject is embedded as: "<subject> experience", as postings phrase it."""
    return f"{subject} experience"


def role_title_line(role: Role) -> str:
    """Return a role's own title when its line says more (the employer): "Senior Engineer - Contracts", else "".

    The employer's name dilutes the line's meaning ("Senior Engineer - Contracts at Metro Rail Builders JV" is at
    cosine 0.34 to "contracts management experience", the title alone at 0.52), as it held no words (``own_title``).
    """
    title = own_title(role.title) if role.title else ""
    return title if title and title != role.line else ""


def title_lines(evidence: ResumeEvidence) -> list[str]:
    """Return the roles' own titles to embed beside the resume's lines (``role_title_line``)."""
    return [t for t in map(role_title_line, evidence.roles) if t]


def with_years_by_meaning(
    checks: list[RequirementCheck], evidence: ResumeEvidence, vectors_by_line: dict[str, np.ndarray]
) -> list[RequirementCheck]:
    """Return the checks with "N years of <subject>" read again, each role weighted by how much it is about it.

    A role the rules did not count gets the weight of the MiniLM cosine of its closest line (title line, summary,
    highlights) and "<subject> experience" on YEARS_RAMP (coverage.years_weight): nothing at or under the ramp's
    foot, full at its top ("external audit" and "Staff Auditor at Deloitte"). The years held are the months each
    counted at the highest weight among the roles active then (overlaps once). The lines were embedded for the
    skills already: this adds one vector per subject and a dot product per role line.
    """
    out = []
    for check in checks:
        vector = vectors_by_line.get(subject_line(check.requirement.subject)) if years_open(check) else None
        if vector is None:
            out.append(check)
            continue
        meaning: RoleMeaning = {}
        for index, role in enumerate(evidence.roles):
            lines = [line for line in role_lines(role) if line in vectors_by_line]
            if lines:
                cosines = [float(vectors_by_line[line] @ vector) for line in lines]
                best = int(np.argmax(cosines))
                # the role's lines together: the mean of their vectors (already embedded), as a unit vector
                mean = np.mean([vectors_by_line[line] for line in lines], axis=0)
                norm = float(np.linalg.norm(mean))
                whole = float(mean @ vector) / norm if norm else cosines[best]
                # the role's own title read alone says what the role was about as well as its lines together do:
                # it only adds to the whole-text reading, which needs the subject's words too (``about_whole``), so a
                # title sharing the subject's words ("Contracts Administrator") is never clear by this alone
                title = vectors_by_line.get(role_title_line(role))
                whole = max(whole, float(title @ vector)) if title is not None else whole
                meaning[index] = (cosines[best], lines[best], whole)
        again = check_years(check.requirement, evidence, meaning)
        out.append(again if again.credit > check.credit else check)
    return out

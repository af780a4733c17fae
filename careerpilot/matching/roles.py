"""The roles a resume is scored for: one answer for every path, so a job and a resume get one score.

The title part of a score compares the job title with these roles and the resume's own titles. A run's plan
may name other roles to search for (an LLM planner widens the search); those steer discovery, not the score,
so a run, a single-job match, the API, MCP and the extension all score with the same roles.
"""

from __future__ import annotations

from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume


def wanted_roles(profile: Profile, resume: Resume) -> list[str]:
    """Return the profile's roles, else the resume's label, else its latest position ("Software Engineer")."""
    roles = (
        list(profile.preferences.roles)
        or [r for r in [resume.basics.label] if r]
        or [w.position for w in resume.work[:1] if w.position]
    )
    return roles or ["Software Engineer"]


def scoring_plan(plan: SearchPlan, profile: Profile, resume: Resume) -> SearchPlan:
    """Return the plan with the roles every path scores with (thresholds and limits kept)."""
    roles = wanted_roles(profile, resume)
    return plan if plan.roles == roles else plan.model_copy(update={"roles": roles})

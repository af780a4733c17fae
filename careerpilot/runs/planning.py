"""The planner's service: profile + goal -> SearchPlan, by an LLM when configured, else by rules."""

from __future__ import annotations

import json
import logging

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from careerpilot.domain.feedback import Feedback
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import find_skills
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.matching.feedback import FeedbackService
from careerpilot.matching.roles import wanted_roles
from careerpilot.prompts import as_data, render
from careerpilot.prompts.planner import PLANNER_SYSTEM, PLANNER_USER

log = logging.getLogger(__name__)

# What a failed LLM plan raises; the rules' plan is used instead.
PLAN_ERRORS: tuple[type[Exception], ...] = (*LLM_ERRORS, ValidationError, ValueError)


class PlanDraft(BaseModel):
    """The part of a search plan the model may choose (sources and limits stay the user's)."""

    roles: list[str] = Field(description="Job titles to search for, most wanted first (1-6).")
    keywords: list[str] = Field(default_factory=list, description="Skills from the resume that should appear.")
    locations: list[str] = Field(default_factory=list)
    remote_ok: bool = True
    rationale: str = Field("", description="One sentence on why.")


class PlanningService:
    """Makes search plans."""

    def __init__(
        self,
        llm: BaseChatModel | None,
        min_score: float,
        max_applications: int,
        feedback: FeedbackService | None = None,
    ) -> None:
        self.llm = llm
        self.min_score = min_score
        self.max_applications = max_applications
        self.feedback = feedback  # past verdicts steer the plan

    async def plan(self, profile: Profile, resume: Resume, goal: str, sources: list[str]) -> tuple[SearchPlan, str]:
        """Return the plan and a note on how it was made ('' when the LLM made it as asked)."""
        rules = self.rule_plan(profile, resume, goal, sources)
        verdicts = self.feedback.recent(20) if self.feedback else []
        if verdicts:
            turned_down = sum(v.verdict != "approved" for v in verdicts)
            rules.rationale += f"; {turned_down} jobs you turned down lower similar postings in ranking"
        if self.llm is None:
            return rules, "planned by rules (no LLM configured)"
        try:
            draft = await self._draft(profile, resume, goal, verdicts)
        except PLAN_ERRORS as exc:
            log.warning("LLM planning failed, using rules: %s", exc)
            return rules, f"planned by rules (LLM failed: {str(exc).splitlines()[0][:160]})"
        resume_skills = find_skills(resume.full_text())
        keywords = [k for k in draft.keywords if find_skills(k) <= resume_skills] or rules.keywords
        plan = rules.model_copy(
            update={
                "roles": draft.roles[:6] or rules.roles,
                "keywords": keywords,
                "locations": draft.locations or rules.locations,
                "remote_ok": draft.remote_ok,
                "rationale": draft.rationale,
                "planned_by": "llm",
            }
        )
        return plan, ""

    async def _draft(self, profile: Profile, resume: Resume, goal: str, verdicts: list[Feedback]) -> PlanDraft:
        assert self.llm is not None
        structured = self.llm.with_structured_output(PlanDraft, method="function_calling")
        user = render(
            PLANNER_USER,
            goal=as_data(goal or "(none given)"),
            profile=as_data(json.dumps(profile.preferences.model_dump(), ensure_ascii=False)),
            resume=as_data(resume.full_text()[:4000]),
            verdicts=as_data(
                "\n".join(
                    f"- {v.verdict}: {v.title} at {v.company or '?'}: {v.reason or '(no reason)'}" for v in verdicts
                )
                or "(none yet)"
            ),
        )
        result = await structured.ainvoke([SystemMessage(PLANNER_SYSTEM), HumanMessage(user)])
        if not isinstance(result, PlanDraft):
            raise ValueError("the model did not return a plan")
        return result

    def rule_plan(self, profile: Profile, resume: Resume, goal: str, sources: list[str]) -> SearchPlan:
        """Return the deterministic plan: the profile's roles, the resume's skills, the profile's places."""
        prefs = profile.preferences
        skills = sorted(find_skills(resume.full_text()))
        return SearchPlan(
            roles=wanted_roles(profile, resume),
            keywords=skills[:12],
            locations=list(prefs.locations),
            remote_ok=prefs.remote,
            sources=sources,
            min_score=self.min_score,
            max_applications=self.max_applications,
            rationale=f"roles from the profile; keywords are the resume's skills; goal: {goal or 'none given'}",
            planned_by="rules",
        )

"""Ranking a run's postings: the matcher's scores, moved by the user's past verdicts, stored with the run."""

from __future__ import annotations

from careerpilot.domain.plan import SearchPlan
from careerpilot.matching.feedback import FeedbackService
from careerpilot.matching.roles import scoring_plan
from careerpilot.matching.service import MatchingService, RankedJobs
from careerpilot.memory.sql import Store
from careerpilot.runs.journal import RunJournal


class RunRanker:
    """The matcher node's one service call."""

    def __init__(self, store: Store, journal: RunJournal, matching: MatchingService, feedback: FeedbackService) -> None:
        self.store = store
        self.journal = journal
        self.matching = matching
        self.feedback = feedback

    def rank(self, run_id: str, job_ids: list[str], plan: SearchPlan) -> RankedJobs:
        """Score a run's postings and store the matches."""
        inputs = self.journal.inputs(run_id)
        jobs = self.store.get_jobs(job_ids)
        # the plan's roles steer the search; the score uses the roles every path uses (one score per job and resume)
        scoring = scoring_plan(plan, inputs.profile, inputs.resume)
        ranked = self.matching.rank([jobs[i] for i in job_ids if i in jobs], inputs.resume, inputs.filters, scoring)
        ranked = self.feedback.rerank(ranked, jobs, plan)
        self.store.save_matches(run_id, ranked.matches, set(ranked.shortlist))
        return ranked

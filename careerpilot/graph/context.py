"""What a run needs that is not state: the services its nodes call, handed in by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from careerpilot.applying.service import ApplyingService
from careerpilot.discovery.research import ResearchService
from careerpilot.discovery.service import DiscoveryService
from careerpilot.documents.service import DocumentsService
from careerpilot.domain.review import Approver
from careerpilot.runs.journal import RunJournal
from careerpilot.runs.planning import PlanningService
from careerpilot.runs.ranking import RunRanker
from careerpilot.tracking.metrics import Metrics


@dataclass(frozen=True)
class Context:
    """Run dependencies, reached by nodes as ``runtime.context``; one service call per node."""

    journal: RunJournal
    planning: PlanningService
    discovery: DiscoveryService
    research: ResearchService
    ranker: RunRanker
    documents: DocumentsService
    applying: ApplyingService
    metrics: Metrics
    # Set where the face cannot say who decides (LangGraph Studio): every decision at review is recorded as theirs.
    approver: Approver | None = None

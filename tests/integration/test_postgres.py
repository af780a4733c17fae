"""The same graph with PostgreSQL tables and PostgreSQL checkpoints (the loopback server .ci/run starts)."""

from __future__ import annotations

import psycopg
import pytest

from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.errors import InvalidTransitionError
from careerpilot.domain.runs import RunStatus
from careerpilot.memory.sql import Store
from careerpilot.services import Services
from tests.support.applying import person_approves
from tests.support.pipeline import drain, example_inputs


async def test_graph_runs_and_resumes_on_postgres(tmp_path, embedder, postgres_url):
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", database_url=postgres_url)
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        assert services.store.get_run(run_id).status is RunStatus.AWAITING_REVIEW
        pending = services.applying.pending(run_id)

    # A new process-like open: state must come from PostgreSQL, not memory.
    async with Services.open(settings, embedder) as services:
        decisions = [person_approves(p) for p in pending]
        steps = await drain(services.runs.resume(run_id, decisions))
        assert [s.node for s in steps] == ["review", "applier"]
        assert services.store.get_run(run_id).status is RunStatus.COMPLETED

    with psycopg.connect(postgres_url) as conn:
        checkpoints = conn.execute("SELECT count(*) FROM checkpoints WHERE thread_id = %s", (run_id,)).fetchone()
        # approved, then handed to the person: tests may only open loopback pages (BROWSER_ALLOWED_HOSTS)
        approved = conn.execute("SELECT count(*) FROM applications WHERE status = 'needs_you'").fetchone()
    assert checkpoints and checkpoints[0] > 0
    assert approved and approved[0] == len(pending)
    assert not (tmp_path / "data" / "checkpoints.sqlite").exists()


def test_status_machine_is_enforced_in_postgres(postgres_url):
    store = Store.open(postgres_url)
    from careerpilot.domain.jobs import JobPosting

    store.upsert_jobs([JobPosting(id="pgjob1", source="test", title="Engineer")])
    app = store.ensure_application("pgjob1", "me@example.com", "run-x", 80)
    assert store.ensure_application("pgjob1", "me@example.com", "run-y", 90).id == app.id
    with pytest.raises(InvalidTransitionError, match="allowed: dismissed, drafted"):
        store.transition(app.id, ApplicationStatus.SUBMITTED, by="test")
    store.close()

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


def test_a_source_state_written_by_another_process_meanwhile_is_updated_not_lost(postgres_url):
    """merge reads then inserts: a row another process inserted in between makes the insert conflict once."""
    mine, theirs = Store.open(postgres_url), Store.open(postgres_url)
    source = f"local:/tmp/race-{id(mine)}"
    real_session = mine.session
    raced = []

    def session_after_their_write():
        if not raced:  # the other process writes between our read and our insert
            raced.append(True)
            theirs.save_source_state(source, ["theirs"])
            mine_session = real_session()
            # our read happened before their write: hide their row from this first attempt's merge
            return _without_row(mine_session)
        return real_session()

    from contextlib import contextmanager

    from careerpilot.memory.tables import SourceStateRow

    @contextmanager
    def _without_row(context):
        with context as s:
            s.get = lambda *_a, **_k: None  # type: ignore[method-assign]
            original = s.merge
            s.merge = lambda row: (s.add(row), row)[1] if isinstance(row, SourceStateRow) else original(row)
            yield s

    mine.session = session_after_their_write  # type: ignore[method-assign]
    mine.save_source_state(source, ["mine"])
    assert raced
    assert theirs.source_state(source)["job_ids"] == ["mine"]
    mine.close()
    theirs.close()

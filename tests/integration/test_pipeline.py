"""The whole graph on examples/: SQLite checkpoints and tables, real Chroma, real MiniLM, real Chromium PDFs."""

from __future__ import annotations

from pathlib import Path

from careerpilot.applying.browser import HOST_NOT_ALLOWED
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunStatus
from careerpilot.services import Services
from careerpilot.tools.documents import pdf_text
from tests.support.applying import person_approves
from tests.support.pipeline import drain, example_inputs


async def test_run_ranks_drafts_documents_and_waits_for_approval(settings, embedder):
    async with Services.open(settings, embedder) as services:
        steps = await drain(services.runs.start(example_inputs()))
        run_id = steps[0].run_id
        outcome = services.runs.outcome(run_id)

    assert [s.node for s in steps] == ["planner", "researcher", "matcher", "resume_writer"]
    assert outcome.run.status is RunStatus.AWAITING_REVIEW
    assert outcome.run.summary["found"] >= 30
    scores = [r.match.score for r in outcome.ranked]
    assert scores == sorted(scores, reverse=True) or any(r.match.excluded for r in outcome.ranked)
    top = outcome.ranked[0]
    assert top.shortlisted and "Engineer" in top.job.title and top.match.matched
    assert len(outcome.pending) >= 1
    # the examples include schema.org pages that name no employer: the letter is checked on a job that names one
    named = next(p for p in outcome.pending if p.job.company)
    docs = named.application.documents
    assert "Maya Okafor" in pdf_text(Path(docs["resume_pdf"]))
    assert named.job.company in pdf_text(Path(docs["cover_letter_pdf"]))
    assert outcome.steps_without_llm == ["planner", "resume_writer"]
    # the per-source summary `search` prints is in the run record too
    (line,) = [n for n in outcome.run.summary["notes"] if n.startswith("source local:")]
    assert line.endswith(f"{outcome.run.summary['found']} posting(s)")


async def test_approving_resumes_the_run_and_records_the_application(settings, embedder):
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        pending = services.applying.pending(run_id)
        decisions = [person_approves(p) for p in pending]
        steps = await drain(services.runs.resume(run_id, decisions))
        outcome = services.runs.outcome(run_id)
        application = services.store.get_application(pending[0].application.id)

    assert [s.node for s in steps] == ["review", "applier"]
    assert outcome.run.status is RunStatus.COMPLETED
    # The example postings' forms are on the real ATS hosts, which tests never let the browser reach.
    assert application.status is ApplicationStatus.NEEDS_YOU
    assert [h.status for h in application.history] == ["shortlisted", "drafted", "approved", "needs_you"]
    assert len(outcome.applied) == len(pending)
    # a schema.org example posting has no application URL at all: it needs the person too
    assert not any(r.submitted for r in outcome.applied)
    assert all(r.outcome.startswith(HOST_NOT_ALLOWED) or "no application URL" in r.outcome for r in outcome.applied)
    assert any(r.outcome.startswith(HOST_NOT_ALLOWED) for r in outcome.applied)


async def test_rejected_application_is_never_applied(settings, embedder):
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        pending = services.applying.pending(run_id)
        decisions = [ReviewDecision(application_id=p.application.id, action="reject") for p in pending]
        steps = await drain(services.runs.resume(run_id, decisions))
        attempts = services.store.audit_events(action="apply_attempt")
        status = services.store.get_application(pending[0].application.id).status

    assert [s.node for s in steps] == ["review"]
    assert attempts == []
    assert status is ApplicationStatus.DISMISSED


async def test_edit_keeps_the_application_pending_until_approved(settings, embedder):
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        app_id = services.applying.pending(run_id)[0].application.id
        edit = ReviewDecision(application_id=app_id, action="edit", edits={"cover_letter": "My own words."})
        await drain(services.runs.resume(run_id, [edit]))
        waiting = services.store.get_run(run_id).status
        edited = services.store.get_application(app_id)

    assert waiting is RunStatus.AWAITING_REVIEW
    assert edited.status is ApplicationStatus.DRAFTED
    assert edited.documents["cover_letter"] == "My own words."


async def test_a_finished_run_resumed_again_changes_nothing(settings, embedder):
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        decisions = [person_approves(p) for p in services.applying.pending(run_id)]
        await drain(services.runs.resume(run_id, decisions))
        before = (services.store.events(run_id), services.store.list_applications(), services.store.audit_events())
        again = await drain(services.runs.resume(run_id))
        after = (services.store.events(run_id), services.store.list_applications(), services.store.audit_events())

    assert again == []
    assert len(after[0]) == len(before[0])
    assert [a.id for a in after[1]] == [a.id for a in before[1]]
    assert len(after[2]) == len(before[2])


async def test_a_second_run_reuses_embeddings_and_applications(settings, embedder):
    async with Services.open(settings, embedder) as services:
        await drain(services.runs.start(example_inputs()))
        embedded_after_first = embedder.texts_embedded
        second = (await drain(services.runs.start(example_inputs())))[0].run_id
        applications = services.store.list_applications()

    assert embedder.texts_embedded == embedded_after_first  # same postings, same resume: nothing re-embedded
    assert len({(a.job_id, a.applicant) for a in applications}) == len(applications)
    assert services.store.get_run(second).status in (RunStatus.AWAITING_REVIEW, RunStatus.COMPLETED)

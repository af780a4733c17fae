"""Seed a store with realistic jobs and applications walked through the status machine, for tracking tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.domain.errors import NotFoundError
from careerpilot.domain.jobs import JobPosting, Location
from careerpilot.domain.review import Approver
from careerpilot.memory.sql import Store

APPLICANT = "ada@example.org"
# The legal path from shortlisted to each status.
PATHS: dict[S, list[S]] = {
    S.SHORTLISTED: [],
    S.DISMISSED: [S.DISMISSED],
    S.DRAFTED: [S.DRAFTED],
    S.APPROVED: [S.DRAFTED, S.APPROVED],
    S.SUBMITTED: [S.DRAFTED, S.APPROVED, S.SUBMITTED],
    S.INTERVIEWING: [S.DRAFTED, S.APPROVED, S.SUBMITTED, S.INTERVIEWING],
    S.OFFER: [S.DRAFTED, S.APPROVED, S.SUBMITTED, S.INTERVIEWING, S.OFFER],
    S.REJECTED: [S.DRAFTED, S.APPROVED, S.SUBMITTED, S.REJECTED],
    S.WITHDRAWN: [S.DRAFTED, S.APPROVED, S.SUBMITTED, S.WITHDRAWN],
}


@dataclass(frozen=True)
class Seed:
    """One job to create with its application's target status and score."""

    title: str
    company: str
    status: S = S.SUBMITTED
    score: float = 80.0
    source: str = "greenhouse"
    domain: str = ""


def job_for(seed: Seed, index: int) -> JobPosting:
    """Return a posting for a seed."""
    slug = seed.company.lower().replace(" ", "")
    return JobPosting(
        id=f"job{index:05d}{slug[:10]}",
        source=seed.source,
        url=f"https://boards.example/{slug}/{index}",
        title=seed.title,
        company=seed.company,
        locations=[Location(text="Remote, US")],
        remote=True,
        description_text=f"{seed.company} is hiring a {seed.title}. Python, SQL, cloud.",
        raw={"domain": seed.domain} if seed.domain else {},
    )


def seed_applications(store: Store, seeds: list[Seed], run_id: str = "seed-run") -> list[str]:
    """Create the jobs and applications and walk each to its status; return the application ids in order."""
    jobs = [job_for(seed, i) for i, seed in enumerate(seeds)]
    store.upsert_jobs(jobs)
    try:
        store.get_run(run_id)
    except NotFoundError:
        store.create_run("seeded", {}, run_id=run_id)
    ids = []
    for seed, job in zip(seeds, jobs, strict=True):
        app = store.ensure_application(job.id, APPLICANT, run_id, seed.score)
        for status in PATHS[seed.status]:
            if status is S.APPROVED:  # a person's act: only the store's approve records it
                store.approve(app.id, Approver(channel="cli", name="seed"))
            else:
                store.transition(app.id, status, by="seed")
        ids.append(app.id)
    return ids


def bulk_seed(store: Store, count: int, titles: list[str] | None = None) -> dict[S, int]:
    """Insert ``count`` jobs and applications in one transaction, spread over statuses and sources.

    Rows are written directly (with a history that walks the legal path) because walking 500 applications through
    the service one move at a time only measures SQLite commits. Returns how many landed in each status.
    """
    from careerpilot.memory.tables import ApplicationRow, JobRow, RunRow, StatusHistoryRow, utcnow

    statuses = [
        S.SHORTLISTED,
        S.DRAFTED,
        S.APPROVED,
        S.SUBMITTED,
        S.SUBMITTED,
        S.SUBMITTED,
        S.INTERVIEWING,
        S.REJECTED,
        S.REJECTED,
        S.OFFER,
        S.WITHDRAWN,
        S.DISMISSED,
    ]
    sources = ["greenhouse", "lever", "ashby", "workable", "jsonld"]
    companies = ["Acme Robotics", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Industries", "Wayne Ent."]
    counts: dict[S, int] = {}
    now = utcnow()
    jobs, apps, history = [], [], []
    for i in range(count):
        status = statuses[i % len(statuses)]
        counts[status] = counts.get(status, 0) + 1
        title = titles[i] if titles and i < len(titles) else f"Engineer {i:03d}"
        job = job_for(Seed(title, companies[i % len(companies)], status, source=sources[i % len(sources)]), i)
        jobs.append(
            JobRow(
                id=job.id,
                source=job.source,
                url=job.url,
                title=job.title,
                company=job.company,
                content_hash=job.content_hash,
                data=job.model_dump(mode="json"),
            )
        )
        app_id = f"bulk{i:05d}"
        apps.append(
            ApplicationRow(
                id=app_id,
                job_id=job.id,
                applicant=APPLICANT,
                run_id="bulk-run",
                status=status.value,
                score=50 + (i * 7) % 50,
            )
        )
        for step, moved in enumerate([S.SHORTLISTED, *PATHS[status]]):
            history.append(
                StatusHistoryRow(
                    application_id=app_id, status=moved.value, by="seed", at=now - timedelta(days=30 - step)
                )
            )
    with store.session() as s:  # parents first: the tables have foreign keys but no ORM relationships
        s.add(RunRow(id="bulk-run", status="done", goal="bulk", inputs={}))
        for rows in (jobs, apps, history):
            s.add_all(rows)
            s.flush()
    return counts

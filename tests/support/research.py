"""A posting whose company site is a given address: what company research starts from in tests."""

from __future__ import annotations

from careerpilot.domain.jobs import JobPosting


def posting_at(site_url: str) -> JobPosting:
    """Return Acme's backend posting, its careers page and company URL on ``site_url``."""
    return JobPosting(
        id="j1",
        source="jsonld",
        url=f"{site_url}/careers/1",
        title="Backend Engineer",
        company="Acme",
        description_text="About Acme\nWe route parcels with Python and PostgreSQL.\n\nThe role\nBuild APIs.",
        raw={"hiringOrganization": {"name": "Acme", "url": site_url}},
    )

"""One line per source saying what it did, and when it found nothing, the likely cause and what to try.

``careerpilot search`` and ``run`` print these lines and the run record keeps them in its notes, so a source that
yields nothing says why instead of leaving only "the sources returned no postings".
"""

from __future__ import annotations

from careerpilot.tools.sources.base import CrawlReport, SourceResult


def source_line(name: str, found: SourceResult | None, failure: str | None, postings: int, expired: int) -> str:
    """Return '<source>: <what it did>' and, when it yielded nothing usable, '; likely cause: ... try: ...'."""
    if failure is not None:
        return f"{name}: {failure}"
    if found is None:
        return f"{name}: not run"
    if found.not_modified:
        return f"{name}: unchanged since the last run ({postings} posting(s) kept)"
    what = found.report.line() if found.report else f"{postings} posting(s)"
    if expired:
        what += f", {expired} expired (stored closed, not ranked)"
    if postings - expired > 0:
        return f"{name}: {what}"
    return f"{name}: {what}; {_likely_cause(found, expired)}"


def _likely_cause(found: SourceResult, expired: int) -> str:
    """Return the most likely reason a source gave no open posting, and what to try."""
    if expired:
        return "likely cause: every posting found is past its validThrough date"
    report = found.report
    if report is None:
        if found.warnings:
            return f"likely cause: {found.warnings[0]}"
        return "likely cause: the source lists no postings now; try again later or another source"
    return _crawl_cause(report, found.warnings)


def _crawl_cause(report: CrawlReport, warnings: list[str]) -> str:
    if report.rejected:
        return (
            "likely cause: the page's structured data could not be read; "
            "try: the same URL later, or the company's ATS source (greenhouse:, lever:, ashby:)"
        )
    if report.postings and not report.rejected:
        return "likely cause: the postings found could not be used (see the warnings above)"
    if report.over_budget:
        return (
            f"likely cause: the page limit stopped the crawl with {report.over_budget} link(s) left; "
            "try: CAREER_PAGES_MAX_PAGES higher, or the URL of the listing page itself"
        )
    if report.pages_read <= 1 and not report.followed:
        return (
            "likely cause: the page holds no schema.org JobPosting and links to no same-site page "
            "(its sitemap neither); try: the URL of one posting, or the company's ATS source "
            "(greenhouse:, lever:, ashby:)"
        )
    return (
        f"likely cause: none of the {report.pages_read} page(s) read holds a schema.org JobPosting; "
        "try: the company's ATS source (greenhouse:, lever:, ashby:), or a saved page with local:PATH"
    )

"""`careerpilot apply URL` is all-or-nothing until the person decides: the URL is checked before anything is stored,
a pending URL is shown as pending, and without a terminal it says to pass --yes or --no.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from careerpilot.cli import app
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.memory.sql import Store
from tests.support.form_server import FormServer
from tests.support.pipeline import EXAMPLES
from tests.support.redis_server import free_port


@pytest.fixture
def server():
    with FormServer() as s:
        yield s


def _apply(url: str, data: str, *extra: str, stdin: str | None = None):
    args = ["apply", url, "--profile", str(EXAMPLES / "profile.yaml"), "--resume", str(EXAMPLES / "resume.json")]
    return CliRunner().invoke(app, [*args, *extra, "--data-dir", data], input=stdin)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://127.0.0.1/form", "is not an http(s) URL"),
        (f"http://127.0.0.1:{free_port()}/jobs/1", "does not answer"),
        ("http://127.0.0.2:9/jobs/1", "is not among the hosts the browser may open"),
    ],
    ids=["ftp", "closed-port", "stranger-host"],  # not the URL: its free port changes at every collection
)
def test_a_bad_or_unreachable_url_stores_nothing_and_says_why_in_one_line(settings, url, says):
    result = _apply(url, str(settings.data_dir), "--no")

    assert result.exit_code == 2, result.output
    assert says in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) <= 2  # one line (rich may wrap it)
    store = Store.open(settings.sql_url)
    assert store.list_runs() == [] and store.list_applications() == [] and store.list_jobs() == []
    store.close()


def test_a_missing_page_is_refused_before_anything_is_stored(settings, server):
    result = _apply(server.base_url + "/no/such/form", str(settings.data_dir), "--no")

    assert result.exit_code == 2 and "answers HTTP 404" in result.output
    store = Store.open(settings.sql_url)
    assert store.list_runs() == [] and store.list_applications() == []
    store.close()


def test_without_a_terminal_apply_says_yes_or_no_and_a_pending_url_is_shown_as_pending(settings, server, embedder):
    data, url = str(settings.data_dir), server.url("lever")

    unanswered = _apply(url, data, stdin="")
    again = _apply(url, data, "--no")
    store = Store.open(settings.sql_url)
    (application,) = store.list_applications()
    runs = store.list_runs()

    assert unanswered.exit_code == 2 and "pass --yes or --no" in unanswered.output, unanswered.output
    assert "Abort" not in unanswered.output
    assert again.exit_code == 0 and "Already waiting for your review" in again.output, again.output
    assert application.status is ApplicationStatus.DRAFTED and len(runs) == 1
    assert runs[0].status.value == "awaiting_review"
    assert server.submissions == []
    store.close()


def test_apply_with_yes_submits_once_without_asking(settings, server, embedder):
    result = _apply(server.url("ashby"), str(settings.data_dir), "--yes")

    store = Store.open(settings.sql_url)
    (application,) = store.list_applications()
    assert result.exit_code == 0, result.output
    assert application.status is ApplicationStatus.SUBMITTED
    assert len(server.submissions) == 1
    store.close()

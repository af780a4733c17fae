"""Ctrl-C during a command: one line naming the run to continue, exit 130, never a traceback."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest
import typer

from careerpilot.cli import common
from careerpilot.runs.service import Progress


async def _stream(run_id: str | None):
    if run_id is not None:
        yield Progress(run_id=run_id, node="planner")
    raise KeyboardInterrupt


def test_ctrl_c_after_a_run_started_names_that_run(capsys):
    @common.command
    async def run() -> None:
        await common.follow(_stream("r-5f1c2a"))

    with pytest.raises(typer.Exit) as stopped:
        run()
    assert stopped.value.exit_code == 130
    err = capsys.readouterr().err
    assert "interrupted; resume with 'careerpilot continue r-5f1c2a'" in err
    assert "Traceback" not in err


def test_ctrl_c_before_the_run_had_an_id_says_where_to_find_it(capsys):
    @common.command
    async def run() -> None:
        await common.follow(_stream(None))

    with pytest.raises(typer.Exit):
        run()
    assert "careerpilot runs, then careerpilot continue RUN_ID" in capsys.readouterr().err


@pytest.fixture
def asyncio_logger():
    logger = logging.getLogger("asyncio")
    level = logger.level
    yield logger
    logger.setLevel(level)


def test_ctrl_c_is_the_last_word_not_a_future_the_same_ctrl_c_failed(asyncio_logger, caplog):
    # The Ctrl-C reaches Playwright's driver too: it dies and fails a future nobody awaits any more, which asyncio
    # reports when it is collected, after the command's line ("Future exception was never retrieved").
    orphans = []

    @common.command
    async def run() -> None:
        orphans.append(asyncio.get_running_loop().create_future())
        orphans[0].set_exception(Exception("Connection closed while reading from the driver"))
        raise KeyboardInterrupt

    with pytest.raises(typer.Exit) as stopped:
        run()
    orphans.clear()
    gc.collect()
    assert stopped.value.exit_code == 130
    assert [r.getMessage() for r in caplog.records if r.name == asyncio_logger.name] == []

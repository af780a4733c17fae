"""What every command shares: ``--data-dir``, opening the services, one red line per error, a progress bar.

Nothing heavy is imported here: ``careerpilot --help`` must answer without loading models, Chroma or SDKs, so the
services are imported inside the command that opens them.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from careerpilot.cli import console

if TYPE_CHECKING:
    from careerpilot.config import Settings
    from careerpilot.services import Services

T = TypeVar("T")
DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Where data lives (default ~/.careerpilot).")]
STEPS = ("planner", "researcher", "matcher", "resume_writer", "review")


def settings_for(data_dir: Path | None) -> Settings:
    """Return the settings, with ``--data-dir`` over CAREERPILOT_DATA_DIR when given."""
    from careerpilot.config import Settings

    return Settings(data_dir=data_dir) if data_dir else Settings()


@contextlib.asynccontextmanager
async def open_services(settings: Settings) -> AsyncIterator[Services]:
    """Open the services for one command and show what opening noted (the import is here so --help never pays)."""
    from careerpilot.services import Services

    async with Services.open(settings) as services:
        console.warning_lines(list(services.notes))
        yield services


def command(func: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., T]:
    """Run an async command, turning errors into one readable line and a non-zero exit."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> T:
        from careerpilot.domain.errors import CareerPilotError

        logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
        # psycopg sets its own logger to WARNING unless one is set: its "connection lost" notes would add lines
        # to the one the user gets when PostgreSQL stops.
        logging.getLogger("psycopg").setLevel(logging.ERROR)
        try:
            return asyncio.run(func(*args, **kwargs))
        except typer.Exit:
            raise
        except CareerPilotError as exc:
            console.error_line(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            # Ctrl-C reaches the whole foreground group: Playwright's driver dies with it, and the futures its
            # death fails are reported by asyncio when collected, after this line ("Future exception was never
            # retrieved"). They are the interruption itself: the user gets the one line below, nothing after it.
            logging.getLogger("asyncio").setLevel(logging.CRITICAL + 1)
            run_id = _followed.pop("run_id", None)
            where = f"careerpilot continue {run_id}" if run_id else "careerpilot runs, then careerpilot continue RUN_ID"
            console.error_line(f"interrupted; resume with '{where}'")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback reaches the user
            from pydantic import ValidationError

            from careerpilot.memory.faults import storage_fault

            if isinstance(exc, ValidationError):  # a value the command's models refuse: the user's input
                console.error_line(invalid_input(exc))
                raise typer.Exit(2) from None

            logging.getLogger("careerpilot").debug("unexpected error", exc_info=True)
            fault = storage_fault(exc)
            if fault is not None:
                console.error_line(str(fault))
                raise typer.Exit(fault.exit_code) from None
            console.error_line(f"unexpected {type(exc).__name__}: {exc} (please report it)")
            raise typer.Exit(70) from None

    return run


def invalid_input(exc: Any) -> str:
    """Return a pydantic ValidationError as one line naming each field and what it needs (never the value)."""
    problems = [f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors(include_input=False)]
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return "invalid input: " + "; ".join(problems[:3]) + more


def read_text_file(path: Path, what: str) -> str:
    """Return a UTF-8 text file's contents, or raise InputError naming the file and the problem."""
    from careerpilot.domain.errors import InputError

    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{what} file not found: {path}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} file is not UTF-8 text: {path} (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read {what} file {path}: {exc.strerror}") from None


_followed: dict[str, str] = {}  # the run being shown, so Ctrl-C (caught outside the event loop) can name it


async def follow(stream: AsyncIterator[Any]) -> str | None:
    """Show a progress bar while a run streams; return the run id."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

    run_id = None
    _followed.pop("run_id", None)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), console=console.out) as bar:
        task = bar.add_task("planning", total=len(STEPS))
        async for progress in stream:
            run_id = _followed["run_id"] = progress.run_id
            done = STEPS.index(progress.node) + 1 if progress.node in STEPS else len(STEPS)
            bar.update(task, completed=done, description=f"{progress.node} done")
        bar.update(task, completed=len(STEPS), description="finished")
    return run_id

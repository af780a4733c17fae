"""The ``careerpilot`` command: one Typer sub-app per area, merged into one app.

Each area module parses options, calls one service method and shows the result; errors are one red line and an
exit code (``common.command``). Modules import only Typer, rich and the domain at the top: the services load inside
the command that opens them, so ``careerpilot --help`` answers at once.
"""

from __future__ import annotations

import typer

from careerpilot.cli import autonomy, documents, embeddings, jobs, runs, server, tracking
from careerpilot.cli.malloc import limit_arenas

limit_arenas()  # before the services start threads: the peak RSS stays put from run to run (cli/malloc.py)
app = typer.Typer(help="CareerPilot: a local-first AI job-search agent.", pretty_exceptions_enable=False)
for area in (runs, jobs, documents, tracking, autonomy, server, embeddings):
    app.add_typer(area.app)

__all__ = ["app"]

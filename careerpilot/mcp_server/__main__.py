"""Run the MCP server over stdio: ``python -m careerpilot.mcp_server`` (same as ``careerpilot mcp``)."""

from __future__ import annotations

import logging
import sys

from careerpilot.config import Settings
from careerpilot.mcp_server.server import create_server
from careerpilot.services import Services


def main(settings: Settings | None = None) -> None:
    """Serve over stdin/stdout; logs go to stderr because stdout carries the protocol."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    settings = settings or Settings()
    create_server(lambda: Services.open(settings), local_files=True).run("stdio")


if __name__ == "__main__":
    main()

"""The HTTP face: FastAPI routes and the MCP server mounted at /mcp, over one Services object."""

from careerpilot.api.app import create_app

__all__ = ["create_app"]

"""Tool annotations the MCP tools share: honest hints of what a call reads, writes or sends out."""

from __future__ import annotations

from mcp_types import ToolAnnotations

READ = ToolAnnotations(read_only_hint=True, idempotent_hint=True, destructive_hint=False, open_world_hint=False)
# Reads the company's site (and a search provider when configured): open world, though it changes nothing.
RESEARCH = ToolAnnotations(read_only_hint=True, idempotent_hint=True, destructive_hint=False, open_world_hint=True)
WRITE = ToolAnnotations(read_only_hint=False, idempotent_hint=True, destructive_hint=False, open_world_hint=False)
DESTRUCTIVE = ToolAnnotations(read_only_hint=False, idempotent_hint=False, destructive_hint=True, open_world_hint=True)

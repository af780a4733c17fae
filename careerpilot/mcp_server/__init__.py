"""The MCP face: ``careerpilot mcp`` (stdio) or mounted at /mcp on the API (streamable HTTP)."""

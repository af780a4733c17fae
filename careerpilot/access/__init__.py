"""Who may call the HTTP API and /mcp: API keys, created at random, shown once, stored hashed."""

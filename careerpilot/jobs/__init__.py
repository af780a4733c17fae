"""One job at a time, for the API, MCP and chat faces.

Search stored postings, read a captured page, match it, write its documents on demand, and brief its company.
"""

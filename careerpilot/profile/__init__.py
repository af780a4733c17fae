"""The user's own inputs.

The profile, resume and filters files loaded and validated (``inputs``), kept in the data directory so API and MCP
calls need no paths (``service``), and resumes imported from PDF, DOCX or text (``resume_import``).
"""

"""Pydantic models and errors; no I/O and no imports from the rest of CareerPilot.

Import each model from its module (``careerpilot.domain.jobs``, ``.applications``, ``.errors`` …): the package
re-exports nothing, so a face that needs one enum (the CLI's ``--help``) does not build every model.
"""

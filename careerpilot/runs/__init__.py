"""A run from plan to application.

The planner (``planning``), starting, streaming and resuming the graph (``service``), listing, cancelling and
following runs (``control``), and compact views for lists (``summaries``).
"""

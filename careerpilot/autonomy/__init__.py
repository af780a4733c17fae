"""Unattended runs.

Saved searches on a schedule, each firing claimed once (``scheduler``), and the daemon's built-in routines, the
daily digest and mail checks (``routines``).
"""

"""Outbound adapters: I/O only; they import nothing of ours but ``careerpilot.domain``."""

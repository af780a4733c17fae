"""``python -m careerpilot.cli``: the same command as ``careerpilot``."""

from careerpilot.cli import app

app()

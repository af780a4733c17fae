"""What a run needs that is not state: the services, handed in by whoever starts the run."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerpilot.services import Services


@dataclass
class Context:
    """Run dependencies, reached by nodes as ``runtime.context``."""

    services: Services

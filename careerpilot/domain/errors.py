"""The error tree every face maps to one readable line (CLI), a status code (API) or a tool error (MCP)."""


class CareerPilotError(Exception):
    """Base of every error a user may see; the message is one readable line with a fix."""

    exit_code = 1


class InputError(CareerPilotError):
    """The user's input (a file, an argument, a setting) is missing or malformed."""

    exit_code = 2


class ConfigError(CareerPilotError):
    """A setting is missing or wrong, or a configured service cannot be reached."""

    exit_code = 3


class StorageError(CareerPilotError):
    """The database, vector store or data directory cannot be used."""

    exit_code = 4


class NotFoundError(CareerPilotError):
    """A job, application or run with the given id does not exist."""


class InvalidTransitionError(CareerPilotError):
    """An application status change that the status machine forbids."""


class SourceError(CareerPilotError):
    """A job source failed (a dead site, a malformed payload); other sources go on."""


class FetchRefusedError(SourceError):
    """A URL was not fetched: it points at a private, loopback or other non-public address, or is not http(s).

    URLs in postings, pages and tool arguments are written by strangers; FETCH_ALLOWED_HOSTS admits exceptions.
    """


class ApprovalRequiredError(CareerPilotError):
    """An action that needs the user's recorded approval was attempted without it."""

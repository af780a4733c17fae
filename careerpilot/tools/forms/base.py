"""What adapters read from a form and what the runner reports: fields, answers, hand-overs and outcomes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Literal

from pydantic import BaseModel, Field

FieldKind = Literal[
    "text", "email", "tel", "url", "number", "date", "textarea", "select", "radio", "checkbox", "checkboxes", "file",
    "yesno",
]  # fmt: skip
OutcomeState = Literal["submitted", "dry_run", "needs_you", "failed", "unconfirmed", "not_submitted"]


class FormField(BaseModel):
    """One question of a form as the applicant sees it (label, kind, options), keyed for filling."""

    key: str = Field(description="The control's name (or id): how the adapter finds it again.")
    label: str
    kind: FieldKind
    required: bool = False
    options: list[str] = Field(default_factory=list, description="Choice texts for select/radio/checkboxes/yesno.")
    step: int = 0
    meaning: str | None = Field(default=None, description="What the adapter knows it is: 'first_name', 'resume', ...")


class FieldAnswer(BaseModel):
    """The value put (or to be put) in one field and where it came from."""

    key: str
    label: str
    kind: FieldKind
    required: bool = False
    value: str | list[str] | None = None
    source: str = Field(description="'profile.contact.email', 'rule: EEO default', 'memory', 'llm', 'user', ...")
    grounded: bool = True
    step: int = 0


Resolver = Callable[[FormField], Awaitable[FieldAnswer | None]]
"""Returns the answer for a field, or None when there is no grounded answer."""


class Handover(BaseModel):
    """A page the agent must not get past by itself: the human takes over at ``url``."""

    reason: Literal["login_wall", "captcha", "account_creation"]
    url: str
    detail: str


class FormOutcome(BaseModel):
    """What happened on one form: filled values with sources, screenshots, timings and the end state."""

    state: OutcomeState
    detail: str
    url: str
    adapter: str = ""
    verified_adapter: bool = False
    filled: list[FieldAnswer] = Field(default_factory=list)
    unanswered: list[FormField] = Field(default_factory=list)
    skipped: list[FormField] = Field(default_factory=list, description="Optional fields left empty: nothing grounded.")
    handover: Handover | None = None
    confirmation: str | None = None
    screenshots: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    blocked_requests: list[str] = Field(default_factory=list)
    title: str = ""


GENERIC_SUCCESS = (
    r"thank(s| you) for (your )?appl(ying|ication)",
    r"application (has been |was )?(successfully )?(submitted|received|sent)",
    r"we('ve| have) received your application",
    r"successfully submitted",
)
GENERIC_FAILURE = (
    r"there was (a|an) (problem|error)",
    r"could not (be )?submit",
    r"please (fix|correct) the (errors|fields)",
    r"submission failed",
)


class FormAdapter:
    """How one kind of form is found, read, filled and confirmed; subclasses set the ATS specifics.

    ``verified`` adapters were checked against the structure of the ATS's live forms; only they may act under
    the autonomous policy.
    """

    name = "generic"
    verified = False
    hosts: tuple[str, ...] = ()
    dom_probe: str | None = None
    root: str | None = None
    submit_selector: str | None = None
    meanings: dict[str, str] = {}
    success: tuple[str, ...] = GENERIC_SUCCESS
    failure: tuple[str, ...] = GENERIC_FAILURE
    failure_selector: str = ".error, .errors, .error-message, [role=alert]"

    def matches_url(self, host: str) -> bool:
        """Return True when the URL's host belongs to this ATS."""
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def describe(self, fields: list[FormField]) -> list[FormField]:
        """Attach the adapter's known meanings to the scanned fields."""
        for field in fields:
            field.meaning = field.meaning or self.meanings.get(field.key)
        return fields

    async def scan_extra(self, page: object, step: int) -> list[FormField]:
        """Return fields the DOM scan cannot see (custom widgets); none by default."""
        return []

    async def fill_extra(self, page: object, field: FormField, answer: FieldAnswer, timeout_ms: float) -> bool:
        """Fill a custom widget found by scan_extra."""
        raise NotImplementedError(f"{self.name} has no custom widget {field.kind}")

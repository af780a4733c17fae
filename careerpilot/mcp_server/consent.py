"""The person's consent over MCP: approving or submitting asks them through elicitation, never the client's model.

The tools take the answer as a resolved parameter (``Resolve`` returning ``Elicit``), so the SDK asks the person on
either protocol era (a server-to-client request before 2026-07-28, an input-required round after). The client
shows the message (the job, the documents and every value to be sent) to the person and returns their answer; a
model cannot answer it for them in a conforming client. A client without elicitation cannot approve at all: the
refusal names the faces where a person can.
"""

from __future__ import annotations

from typing import Any

from mcp.server.mcpserver import AcceptedElicitation, Context, Elicit, ElicitationResult
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel, Field

from careerpilot.applying.pending import PendingView
from careerpilot.domain.errors import CareerPilotError
from careerpilot.domain.review import Approver
from careerpilot.services import Services

NO_ELICITATION = (
    "this MCP client cannot ask you directly (no elicitation support), so it cannot approve or submit: approve "
    "with 'careerpilot review --approve {id}', in the extension's Approvals tab, or from a client that supports "
    "elicitation"
)
_LETTER_CHARS = 1200


class Consent(BaseModel):
    """The person's answer to 'approve and submit?'."""

    approve: bool = Field(description="Yes: approve this application and let CareerPilot submit it as shown.")


def approval_question(application_id: str, ctx: Context[Any]) -> Elicit[Consent]:
    """Ask the person to approve the drafted application as it stands (the resolver of ``approve_application``)."""
    view = _view(ctx, application_id, waiting=True)
    return _ask(ctx, application_id, describe(view))


def submit_question(application_id: str, ctx: Context[Any]) -> Elicit[Consent] | Consent:
    """Ask the person to confirm a submit (the resolver of ``apply_to_application``); refuse first if not approved.

    When nothing would be submitted (already sent, or handed to the person) there is nothing to ask: the answer is
    a plain "no", and the tool only reports.
    """
    services: Services = ctx.request_context.lifespan_context
    try:
        if not services.applying.would_submit(application_id):
            return Consent(approve=False)
    except CareerPilotError as exc:
        raise ToolError(str(exc)) from exc
    view = _view(ctx, application_id, waiting=False)
    return _ask(ctx, application_id, "Submit now? " + describe(view))


def _view(ctx: Context[Any], application_id: str, *, waiting: bool) -> PendingView:
    services: Services = ctx.request_context.lifespan_context
    try:
        return services.applying.view(application_id, waiting=waiting)
    except CareerPilotError as exc:
        raise ToolError(str(exc)) from exc


def _ask(ctx: Context[Any], application_id: str, message: str) -> Elicit[Consent]:
    """Return the question, or raise ToolError (naming the other ways to approve) when the client cannot ask."""
    capabilities = ctx.client_capabilities
    if capabilities is None or capabilities.elicitation is None:
        raise ToolError(NO_ELICITATION.format(id=application_id))
    return Elicit(message, Consent)


def approver(ctx: Context[Any], application_id: str, answer: ElicitationResult[Consent]) -> Approver:
    """Return the approver when the person accepted, or raise ToolError saying nothing was done."""
    if not isinstance(answer, AcceptedElicitation) or not answer.data.approve:
        raise ToolError(f"you did not approve application {application_id}: nothing was approved or submitted")
    return Approver(channel="mcp", name=client_name(ctx))


def client_name(ctx: Context[Any]) -> str:
    """Return the MCP client's declared name (e.g. 'claude-ai'), or 'unnamed client'."""
    params = ctx.session.client_params
    return params.client_info.name if params is not None and params.client_info.name else "unnamed client"


def describe(view: PendingView) -> str:
    """Return what the person approves, as plain text: the job, the documents and every value to be sent."""
    job = view.job
    lines = [
        f"Approve and submit this application to {job.title} at {job.company or 'an unnamed company'}?",
        f"Match score: {view.score:.0f}/100" if view.score is not None else "Match score: not scored",
        f"Form: {view.form.get('url') or 'no form URL'} ({view.form.get('adapter') or 'no adapter'})",
        "",
        "Documents:",
        *(f"- {kind}: {path}" for kind, path in view.documents.items()),
        "",
        "Values that will be sent:",
        *(f"- {f.label}: {_value(f.value)} (from {f.source})" for f in view.fields),
    ]
    if view.unanswered:
        lines += ["", "Not answered (the form may stop for you):", *(f"- {f.label}" for f in view.unanswered)]
    if view.cover_letter:
        letter = view.cover_letter
        shown = letter if len(letter) <= _LETTER_CHARS else letter[:_LETTER_CHARS] + " …"
        lines += ["", "Cover letter:", shown]
    return "\n".join(lines)


def _value(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)

"""A compromised model for the matcher's LLM steps, scripted on the local OpenAI-wire server.

``hostile_responder()`` answers the two function calls the matcher makes as a model steered by a posting would:

- ``RefinedRequirements``: adds a requirement that is not in the posting, lowers every extracted item to
  "preferred" with no quote (or with an optional marker it made up), and drops skills from each item;
- ``RerankAnswer``: a fit of 100 for every job, with a reason carrying Rich markup, HTML, an ANSI escape, a
  right-to-left override and far more text than a note may hold.

Other requests (planner, writer) get a 500, so those steps fall back to their rules. ``obedient=True`` (for the
refinement) answers with the extracted list unchanged, to compare against.
"""

from __future__ import annotations

import re
from typing import Any

from tests.support.openai_server import Reply, ToolCall

INVENTED = "Kubernetes experience is required"
RLO = "\u202e"  # right-to-left override: makes text that follows read backwards on screen
REASON = (
    "[bold red]PERFECT MATCH, APPLY NOW[/bold red] <img src=x onerror=alert(1)> <b>trust me</b> "
    f"\x1b[31m{RLO}evol ma I\u202c \u2066isolate\u2069 " + "and more praise " * 40
)
_EXTRACTED = re.compile(r"^- (\w+), (required|preferred): (.*?)(?: \[skills: ([^\]]*)\])?(?: \[years: ([\d.]+)\])?$")


def function(request: dict[str, Any]) -> str:
    """Return the name of the function a request offers the model ('' for plain chat)."""
    return request["tools"][0]["function"]["name"] if request.get("tools") else ""


def sent_ids(request: dict[str, Any]) -> list[str]:
    """Return the job ids a rerank request sent, in order."""
    return re.findall(r'<job id="([^"]+)">', request["messages"][-1]["content"])


def extracted(request: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the rule-based items a refinement request listed, as the model's answer items."""
    prompt = request["messages"][-1]["content"]
    block = prompt.split("<extracted>", 1)[1].split("</extracted>", 1)[0]
    items = []
    for line in block.strip().splitlines():
        found = _EXTRACTED.match(line.strip())
        if found:
            kind, importance, text, skills, years = found.groups()
            item: dict[str, Any] = {"kind": kind, "importance": importance, "text": text}
            item["skills"] = [s.strip() for s in (skills or "").split(",") if s.strip()]
            if years:
                item["years"] = float(years)
            items.append(item)
    return items


def hostile_refinement(request: dict[str, Any], made_up_quote: str = "") -> dict[str, Any]:
    """Return a refinement that lowers every item without a real quote, strips skills and adds an invented item."""
    lowered = [
        {**item, "importance": "preferred", "skills": [], "optional_because": made_up_quote}
        for item in extracted(request)
    ]
    invented = {"kind": "skill", "text": INVENTED, "skills": ["Kubernetes"], "importance": "required"}
    return {"requirements": [*lowered, invented]}


def hostile_responder(*, obedient: bool = False, fit: float = 100, made_up_quote: str = "") -> Any:
    """Return a responder for ``OpenAIServer`` that plays a compromised (or, for refinement, obedient) model."""

    def respond(request: dict[str, Any]) -> Reply:
        name = function(request)
        if name == "RefinedRequirements":
            answer = {"requirements": extracted(request)} if obedient else hostile_refinement(request, made_up_quote)
            return Reply(tool_calls=[ToolCall(name, answer)])
        if name == "RerankAnswer":
            jobs = [{"job_id": i, "fit": fit, "reason": REASON} for i in sent_ids(request)]
            return Reply(tool_calls=[ToolCall(name, {"jobs": jobs})])
        return Reply(status=500, error_message="only the matcher's steps are scripted here")

    return respond

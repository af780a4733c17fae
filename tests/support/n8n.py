"""Read an n8n workflow export and evaluate the small part of n8n's expression language the example uses.

n8n parameters that start with ``=`` are templates whose ``{{ ... }}`` parts are JavaScript. The example keeps to
node output references (``$json.a.b``, ``$('Node').item.json.a``), ``.length``, single-quoted strings joined with
``+`` and ``JSON.stringify(...)``; anything else raises, so the test can never pass on an expression it misread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_TEMPLATE = re.compile(r"\{\{\s*(.*?)\s*\}\}", re.S)
_REF = re.compile(r"^(?:\$json|\$\('(?P<node>[^']+)'\)\.item\.json)(?P<path>(?:\.[A-Za-z_][A-Za-z0-9_]*)*)$")


@dataclass(frozen=True)
class Workflow:
    """A workflow export: nodes by name and the main connections between them."""

    data: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> Workflow:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def node(self, name: str) -> dict[str, Any]:
        (found,) = [n for n in self.data["nodes"] if n["name"] == name]
        return found

    def next(self, name: str, output: int = 0) -> list[str]:
        """Return the nodes wired to one output of a node."""
        outputs = self.data["connections"].get(name, {}).get("main", [])
        return [c["node"] for c in outputs[output]] if output < len(outputs) else []

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [n for n in self.data["nodes"] if n["type"] == kind]


@dataclass
class Items:
    """What each node output, and the current node's input (``$json``)."""

    by_node: dict[str, Any]
    current: Any = None

    def evaluate(self, parameter: Any) -> Any:
        """Return a parameter's value: plain values as they are, ``=`` templates evaluated."""
        if not isinstance(parameter, str) or not parameter.startswith("="):
            return parameter
        template = parameter[1:]
        whole = _TEMPLATE.fullmatch(template.strip())
        if whole and len(_TEMPLATE.findall(template)) == 1:  # one expression: its value keeps its type, as in n8n
            return self._expression(whole.group(1))
        return _TEMPLATE.sub(lambda m: _text(self._expression(m.group(1))), template)

    def _expression(self, source: str) -> Any:
        source = source.strip()
        if source.startswith("JSON.stringify(") and source.endswith(")"):
            return json.dumps(self._expression(source[len("JSON.stringify(") : -1]))
        terms = _split_plus(source)
        if len(terms) > 1:
            return "".join(_text(self._expression(t)) for t in terms)
        if len(source) >= 2 and source[0] == source[-1] == "'":
            return source[1:-1]
        length = source.endswith(".length")
        ref = _REF.match(source[: -len(".length")] if length else source)
        if ref is None:
            raise ValueError(f"expression this replay does not evaluate: {source!r}")
        value = self.by_node[ref["node"]] if ref["node"] else self.current
        for key in filter(None, ref["path"].split(".")):
            value = value[key]
        return len(value) if length else value


def _split_plus(source: str) -> list[str]:
    """Split on ``+`` outside quotes and parentheses."""
    terms, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(source):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch in "([":
            depth += 1
        elif not quoted and ch in ")]":
            depth -= 1
        elif not quoted and depth == 0 and ch == "+":
            terms.append(source[start:i].strip())
            start = i + 1
    terms.append(source[start:].strip())
    return terms


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def set_node_output(node: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Return what a Set node (v3.4) outputs: its assignments, typed, with the test's overrides of the values."""
    out: dict[str, Any] = {}
    for a in node["parameters"]["assignments"]["assignments"]:
        value = a["value"]
        if a["type"] == "array" and isinstance(value, str):
            value = json.loads(value)
        out[a["name"]] = overrides.get(a["name"], value)
    return out

"""Turn extruct's RDFa output (expanded, flattened JSON-LD with full IRIs) back into plain schema.org objects.

extruct reads RDFa with rdflib and hands it back as a flat list of nodes that point at each other by ``@id``;
the JSON-LD reader expects nested objects with short names (``{"@type": "JobPosting", "title": ...,
"hiringOrganization": {"name": ...}}``). This is the small compaction for the schema.org vocabulary only.
"""

from __future__ import annotations

from typing import Any

_SCHEMA = ("https://schema.org/", "http://schema.org/")
_MAX_DEPTH = 6  # nested objects deep enough for JobPosting -> Place -> PostalAddress, and no cycles


def compact_rdfa(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the top-level schema.org objects of an RDFa graph, each with its referenced nodes nested.

    A node is top-level when no other node points at it; properties outside schema.org are dropped.
    """
    by_id = {node["@id"]: node for node in nodes if isinstance(node, dict) and "@id" in node}
    referenced = {
        ref["@id"]
        for node in by_id.values()
        for key, values in node.items()
        if not key.startswith("@") and isinstance(values, list)
        for ref in values
        if isinstance(ref, dict) and "@id" in ref
    }
    return [_compact(node, by_id, 0) for key, node in by_id.items() if key not in referenced and _types(node)]


def _compact(node: dict[str, Any], by_id: dict[str, dict[str, Any]], depth: int) -> dict[str, Any]:
    compacted: dict[str, Any] = {}
    types = _types(node)
    if types:
        compacted["@type"] = types[0] if len(types) == 1 else types
    for key, values in node.items():
        name = _short(key)
        if name is None or not isinstance(values, list):
            continue
        items = [_value(v, by_id, depth) for v in values]
        items = [i for i in items if i is not None]
        if items:
            compacted[name] = items[0] if len(items) == 1 else items
    return compacted


def _value(value: Any, by_id: dict[str, dict[str, Any]], depth: int) -> Any:
    if not isinstance(value, dict):
        return None
    if "@value" in value:
        return value["@value"]
    ref = value.get("@id")
    target = by_id.get(ref) if isinstance(ref, str) else None
    if target is None:
        return ref if isinstance(ref, str) and not ref.startswith("_:") else None  # a URL-valued property
    return _compact(target, by_id, depth + 1) if depth < _MAX_DEPTH else None


def _types(node: dict[str, Any]) -> list[str]:
    return [short for t in node.get("@type") or [] if (short := _short(t))]


def _short(iri: str) -> str | None:
    """Return the schema.org term of an IRI, or None for keywords and other vocabularies."""
    for prefix in _SCHEMA:
        if iri.startswith(prefix):
            return iri[len(prefix) :]
    return None

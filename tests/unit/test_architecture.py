"""The house rules, checked on the source: no import circles, and the lower layers import nothing above them."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "careerpilot"
# What each lower package may import of ours (besides itself). Everything else sits above them.
LOWER_LAYERS = {
    "careerpilot.domain": set(),
    "careerpilot.text": {"careerpilot.domain"},
    "careerpilot.memory": {"careerpilot.domain", "careerpilot.text"},
    "careerpilot.tools": {"careerpilot.domain", "careerpilot.text"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(name: str) -> str | None:
    """Return the module of ours that ``name`` (a module or a name inside one) refers to."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    """Return the modules of ours that ``module`` imports at run time, deferred imports included."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue  # annotations only: never imported at run time
            if isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                names = [f"{child.module}.{a.name}" for a in child.names]
            else:
                visit(child)
                continue
            for name in names:
                if name.startswith("careerpilot"):
                    target = _resolve(name)
                    if target and target != module:
                        found.add(target)

    visit(ast.parse(MODULES[module].read_text(encoding="utf-8")))
    return found


GRAPH = {m: imports_of(m) for m in MODULES}


def _cycles() -> list[list[str]]:
    """Return the strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            connect(module)
    return components


def _package_of(module: str, packages: dict[str, set[str]]) -> str | None:
    return next((p for p in packages if module == p or module.startswith(p + ".")), None)


def test_no_module_imports_itself_through_others():
    assert _cycles() == []


def test_domain_text_memory_and_tools_import_nothing_above_them():
    breaches = []
    for module, targets in GRAPH.items():
        layer = _package_of(module, LOWER_LAYERS)
        if layer is None:
            continue
        allowed = LOWER_LAYERS[layer] | {layer}
        breaches += [f"{module} -> {t}" for t in targets if _package_of(t, {a: set() for a in allowed}) is None]
    assert breaches == []


def test_the_graph_and_the_services_it_runs_never_import_the_composition_root():
    below_root = [m for m in GRAPH if not m.startswith(("careerpilot.services", "careerpilot.api", "careerpilot.cli"))]
    below_root = [m for m in below_root if not m.startswith(("careerpilot.mcp_server", "careerpilot.worker"))]
    assert [m for m in below_root if "careerpilot.services" in GRAPH[m]] == []


def test_the_checker_sees_imports_and_cycles():
    assert "careerpilot.domain.errors" in GRAPH["careerpilot.services"]
    GRAPH["careerpilot.domain.errors"].add("careerpilot.services")
    try:
        assert any("careerpilot.services" in c for c in _cycles())
    finally:
        GRAPH["careerpilot.domain.errors"].discard("careerpilot.services")


def test_faces_reach_storage_only_through_services():
    faces = ("careerpilot.cli", "careerpilot.api", "careerpilot.mcp_server", "careerpilot.worker")
    reaching = [m for m in MODULES if m.startswith(faces) and ".store." in MODULES[m].read_text(encoding="utf-8")]
    assert reaching == []


def test_only_the_approval_gate_records_an_approval():
    approving = [m for m in MODULES if "store.approve(" in MODULES[m].read_text(encoding="utf-8")]
    # assist: the person's own submission in their browser (nothing of the agent's is sent) is its own approval
    assert sorted(approving) == ["careerpilot.applying.assist", "careerpilot.applying.gate"]

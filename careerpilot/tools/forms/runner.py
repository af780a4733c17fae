"""Drive one application form: open, hand over or fill every step, screenshot, and submit only when told to."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from playwright.async_api import Browser, Page
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from careerpilot.tools.forms import dom
from careerpilot.tools.forms.base import FieldAnswer, FormAdapter, FormField, FormOutcome, Resolver
from careerpilot.tools.forms.detect import detect_adapter
from careerpilot.tools.forms.guard import guard_context, host_allowed

log = logging.getLogger(__name__)
MAX_STEPS = 12

Settled = Literal["submitted", "failed", "unconfirmed"]
BeforeSubmit = Callable[[FormOutcome], Awaitable[str | None]]
"""Called right before the click with what was filled; returns None to go on or the reason not to submit."""


@dataclass
class FormRun:
    """One pass over one form."""

    url: str
    resolver: Resolver
    audit_dir: Path
    mode: Literal["dry_run", "submit"] = "dry_run"
    before_submit: BeforeSubmit | None = None
    allowed_hosts: tuple[str, ...] = ("*",)
    timeout_s: float = 20.0
    adapter: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


async def fill_form(browser: Browser, run: FormRun) -> FormOutcome:
    """Open the form in a fresh context and run it to dry run, hand-over, submit or failure."""
    if not host_allowed(run.url, run.allowed_hosts):
        return FormOutcome(state="not_submitted", url=run.url, detail=f"host of {run.url} is not allowed")
    run.audit_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    blocked: list[str] = []
    context = await browser.new_context(accept_downloads=False)
    try:
        await guard_context(context, run.allowed_hosts, blocked)
        page = await context.new_page()
        page.set_default_timeout(run.timeout_s * 1000)
        outcome = await _drive(page, run)
    except PlaywrightError as exc:
        outcome = FormOutcome(state="needs_you", url=run.url, detail=f"the browser failed: {_first_line(exc)}")
    except BaseException:  # Ctrl-C reaches the browser too: closing it must not hide the interruption
        with suppress(PlaywrightError):
            await context.close()
        raise
    await context.close()
    outcome.blocked_requests = blocked
    outcome.timings = {**run.timings, "total_s": round(time.perf_counter() - started, 3)}
    return outcome


async def _drive(page: Page, run: FormRun) -> FormOutcome:
    t0 = time.perf_counter()
    await page.goto(run.url, wait_until="domcontentloaded")
    run.timings["open_s"] = round(time.perf_counter() - t0, 3)
    adapter = await detect_adapter(page, run.adapter)
    outcome = FormOutcome(
        state="dry_run", url=run.url, detail="", adapter=adapter.name, verified_adapter=adapter.verified
    )
    outcome.title = await _title(page)
    t1 = time.perf_counter()
    stopped = await _fill_steps(page, adapter, run, outcome)
    run.timings["fill_s"] = round(time.perf_counter() - t1, 3)
    outcome.screenshots.append(await _screenshot(page, run.audit_dir / "before_submit.png"))
    if stopped:
        return outcome
    if run.mode == "dry_run":
        outcome.detail = f"dry run: filled {len(outcome.filled)} fields, did not submit"
        return outcome
    invalid = await _invalid_fields(page)
    if invalid:
        outcome.state, outcome.detail = "needs_you", "the form rejects these fields: " + "; ".join(invalid)
        return outcome
    if run.before_submit is not None:
        refusal = await run.before_submit(outcome)
        if refusal:
            outcome.state, outcome.detail = "not_submitted", refusal
            return outcome
    t2 = time.perf_counter()
    await click_submit(page, adapter)
    state, text = await _wait_outcome(page, adapter, run.timeout_s)
    run.timings["submit_s"] = round(time.perf_counter() - t2, 3)
    outcome.screenshots.append(await _screenshot(page, run.audit_dir / "after_submit.png"))
    outcome.state, outcome.confirmation = state, text
    outcome.detail = {
        "submitted": "submitted: the site confirmed it",
        "failed": f"the site refused the application: {text}",
        "unconfirmed": "submit clicked but no confirmation was recognized: check the page and your e-mail",
    }[state]
    return outcome


async def _fill_steps(page: Page, adapter: FormAdapter, run: FormRun, outcome: FormOutcome) -> bool:
    """Fill every step; return True when the run must stop for the human (outcome says why)."""
    timeout_ms = run.timeout_s * 1000
    for step in range(MAX_STEPS):
        handover = await dom.detect_handover(page)
        if handover is not None:
            outcome.state, outcome.handover = "needs_you", handover
            outcome.detail = f"needs you: {handover.reason.replace('_', ' ')} at {handover.url} ({handover.detail})"
            return True
        fields = adapter.describe(await dom.scan(page, adapter.root, step) + await adapter.scan_extra(page, step))
        for form_field in fields:
            answer = await run.resolver(form_field)
            if answer is None or answer.value in (None, "", []):
                (outcome.unanswered if form_field.required else outcome.skipped).append(form_field)
                continue
            answer.step = step
            custom = form_field.kind == "yesno"
            filler = adapter.fill_extra if custom else _fill
            if await filler(page, form_field, answer, timeout_ms):
                outcome.filled.append(answer)
            elif form_field.required:
                outcome.unanswered.append(form_field)
        if outcome.unanswered:
            names = "; ".join(f"{f.label!r}" for f in outcome.unanswered)
            outcome.state, outcome.detail = "needs_you", f"required questions without a grounded answer: {names}"
            return True
        if await dom.find_button(page, dom.NEXT_BUTTON) is None:
            return False
        before = await page.locator("[data-cp-key]").count()
        await page.locator("[data-cp-button]").first.click(timeout=timeout_ms)
        if not await _advanced(page, before, run.timeout_s):
            errors = await _error_text(page, adapter)
            outcome.state, outcome.detail = "needs_you", f"the form did not go past step {step + 1}: {errors}"
            return True
    outcome.state, outcome.detail = "needs_you", f"more than {MAX_STEPS} steps: finish it by hand at {page.url}"
    return True


async def _fill(page: Page, form_field: FormField, answer: FieldAnswer, timeout_ms: float) -> bool:
    return await dom.fill_field(page, form_field, answer, timeout_ms)


async def click_submit(page: Page, adapter: FormAdapter) -> None:
    """Click the form's submit button (the adapter's, else the first visible button that reads like submit)."""
    if adapter.submit_selector and await page.locator(adapter.submit_selector).count():
        await page.locator(adapter.submit_selector).first.click()
        return
    if await dom.find_button(page, dom.SUBMIT_TEXT, dom.NEXT_BUTTON) is None:
        raise PlaywrightError("no submit button found")
    await page.locator("[data-cp-button]").first.click()


_OUTCOME_JS = r"""
([success, failure, failureSelector]) => {
  const text = document.body ? document.body.innerText : '';
  for (const p of success) if (new RegExp(p, 'i').test(text)) return ['submitted', text.match(new RegExp(p, 'i'))[0]];
  for (const p of failure) if (new RegExp(p, 'i').test(text)) {
    const m = text.match(new RegExp('[^\\n]*' + p + '[^\\n]*', 'i')); return ['failed', (m ? m[0] : p).slice(0, 300)]; }
  const err = [...document.querySelectorAll(failureSelector)].find(e => e.offsetParent && e.innerText.trim());
  if (err) return ['failed', err.innerText.trim().slice(0, 300)];
  return null;
}
"""


async def _wait_outcome(page: Page, adapter: FormAdapter, timeout_s: float) -> tuple[Settled, str | None]:
    """Wait for a confirmation or a failure message; navigation may replace the page meanwhile."""
    deadline = time.monotonic() + timeout_s
    arg = [list(adapter.success), list(adapter.failure), adapter.failure_selector]
    while (left := deadline - time.monotonic()) > 0:
        try:
            handle = await page.wait_for_function(_OUTCOME_JS, arg=arg, timeout=left * 1000, polling=100)
            state, text = await handle.json_value()
            return ("failed" if state == "failed" else "submitted"), text
        except PlaywrightTimeout:
            break
        except PlaywrightError as exc:
            if "context was destroyed" not in exc.message and "navigation" not in exc.message.lower():
                raise
    return "unconfirmed", None


async def _advanced(page: Page, before: int, timeout_s: float) -> bool:
    """Wait until the next step shows controls that were not there before."""
    js = """(before) => { const s = [...document.querySelectorAll('input,select,textarea')].filter(e =>
        !e.dataset.cpKey && e.type !== 'hidden' && e.offsetParent !== null); return s.length > 0; }"""
    try:
        await page.wait_for_function(js, arg=before, timeout=timeout_s * 1000, polling=100)
        return True
    except PlaywrightTimeout:
        return False


async def _invalid_fields(page: Page) -> list[str]:
    js = """() => [...document.querySelectorAll('[data-cp-key]')].filter(e => e.willValidate && !e.checkValidity())
        .map(e => (e.labels && e.labels[0] ? e.labels[0].innerText : e.name).replace(/\\s+/g, ' ').trim())"""
    return list(dict.fromkeys(await page.evaluate(js)))[:10]


async def _error_text(page: Page, adapter: FormAdapter) -> str:
    errors = page.locator(adapter.failure_selector)
    texts = [t.strip() for t in await errors.all_inner_texts() if t.strip()]
    return "; ".join(texts)[:300] or "no error shown"


async def _title(page: Page) -> str:
    heading = page.locator("h1, h2").first
    text = (await heading.inner_text()).strip() if await heading.count() else ""
    return re.sub(r"\s+", " ", text or await page.title())[:200]


async def _screenshot(page: Page, path: Path) -> str:
    await page.screenshot(path=str(path), full_page=True)
    return str(path)


def _first_line(exc: PlaywrightError) -> str:
    return (exc.message or str(exc)).strip().splitlines()[0][:200]

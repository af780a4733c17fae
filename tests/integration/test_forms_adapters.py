"""Every form adapter in real Chromium against local pages reproducing Greenhouse, Lever, Ashby and generic forms.

The pages in tests/fixtures/forms reproduce the structure of today's ATS forms (field names, required markers,
file inputs, custom questions, EEO sections, multi-step); tests/support/form_server.py serves them on 127.0.0.1
and records each submit, so assertions are on what the employer would receive.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from careerpilot.applying.answers import AnswerContext, AnswerService
from careerpilot.tools.browser import launch_chromium
from careerpilot.tools.forms import FormRun, fill_form
from careerpilot.tools.forms.guard import chromium_args, guard_context
from tests.support.applying import PDF, inputs_for
from tests.support.form_server import FormServer

LOOPBACK = ("127.0.0.1", "localhost")


@pytest.fixture
def server():
    with FormServer() as s:
        yield s


def _run(server: FormServer, form: str, tmp_path: Path, mode: str = "submit") -> FormRun:
    inputs = inputs_for()
    (tmp_path / "resume.pdf").write_bytes(PDF)
    ctx = AnswerContext(
        profile=inputs.profile,
        resume=inputs.resume,
        resume_pdf=str(tmp_path / "resume.pdf"),
        cover_letter_pdf=str(tmp_path / "resume.pdf"),
        cover_letter_text="I build reliable web products.",
    )
    answers = AnswerService(None, None)
    return FormRun(
        url=server.url(form),
        resolver=lambda f: answers.answer(f, ctx),
        audit_dir=tmp_path / "audit",
        mode=mode,  # type: ignore[arg-type]
        allowed_hosts=LOOPBACK,
        timeout_s=10,
    )


async def _fill(server: FormServer, form: str, tmp_path: Path, mode: str = "submit"):
    async with launch_chromium(Path("/usr/bin/chromium"), extra_args=chromium_args(LOOPBACK)) as browser:
        return await fill_form(browser, _run(server, form, tmp_path, mode))


PDF_SHA = hashlib.sha256(PDF).hexdigest()


async def test_greenhouse_form_is_filled_and_submitted_with_the_tailored_resume(server, tmp_path):
    outcome = await _fill(server, "greenhouse", tmp_path)

    assert (outcome.state, outcome.adapter, outcome.verified_adapter) == ("submitted", "greenhouse", True)
    (sent,) = server.submissions
    assert sent.accepted
    assert sent.value("job_application[first_name]") == "Maya"
    assert sent.value("job_application[last_name]") == "Okafor"
    assert sent.value("job_application[email]") == "maya.okafor@example.com"
    assert sent.value("job_application[answers_attributes][2][boolean_value]") == "1"  # authorized: Yes
    assert sent.value("job_application[answers_attributes][3][boolean_value]") == "0"  # sponsorship: No
    assert sent.value("job_application[gender]") == "3"  # EEO: decline to self-identify
    assert sent.value("job_application[veteran_status]") == "3"
    assert sent.files["job_application[resume]"].sha256 == PDF_SHA
    assert sent.files["job_application[resume]"].filename == "resume.pdf"
    assert "job_application[answers_attributes][1][text_value]" not in sent.fields  # no website: left empty
    assert Path(outcome.screenshots[0]).is_file() and Path(outcome.screenshots[1]).is_file()


async def test_lever_form_is_filled_and_submitted_with_radios_links_and_eeo(server, tmp_path):
    outcome = await _fill(server, "lever", tmp_path)

    assert (outcome.state, outcome.adapter) == ("submitted", "lever")
    (sent,) = server.submissions
    assert sent.accepted and sent.files["resume"].sha256 == PDF_SHA
    assert sent.value("name") == "Maya Okafor"
    assert sent.value("urls[GitHub]") == "https://github.com/mokafor"
    assert sent.value("cards[7f1c2d3e-0000-4a5b-9c8d-112233445566][field0]") == "Yes"
    assert sent.value("cards[7f1c2d3e-0000-4a5b-9c8d-112233445566][field1]") == "No"
    assert sent.value("comments") == "I build reliable web products."
    assert sent.value("eeo[race]") == "Decline to self-identify"
    assert "urls[Other]" not in sent.fields


async def test_ashby_form_is_filled_with_yes_no_buttons_and_confirmed_without_navigation(server, tmp_path):
    outcome = await _fill(server, "ashby", tmp_path)

    assert (outcome.state, outcome.adapter) == ("submitted", "ashby")
    assert "successfully submitted" in (outcome.confirmation or "") or "Thank you" in (outcome.confirmation or "")
    (sent,) = server.submissions
    assert sent.accepted and sent.files["_systemfield_resume"].sha256 == PDF_SHA
    assert sent.value("e4f5a6b7-4444-4f50-9122-dd33ee44ff55") == "Yes"
    assert sent.value("f5a6b7c8-5555-4061-8233-ee44ff556677") == "No"
    assert sent.fields["b8c9d0e1-7777-4283-8455-0011aabbccdd"] == ["Company careers page"]
    assert sent.value("eeoc_gender") == "Decline to self-identify"


async def test_generic_multi_step_form_goes_through_every_next_and_submits(server, tmp_path):
    outcome = await _fill(server, "multistep", tmp_path)

    assert (outcome.state, outcome.adapter, outcome.verified_adapter) == ("submitted", "generic", False)
    assert {f.step for f in outcome.filled} == {0, 1, 2}
    (sent,) = server.submissions
    assert sent.value("fullname") == "Maya Okafor" and sent.value("contact_email") == "maya.okafor@example.com"
    assert sent.value("relocate") == "no" and sent.value("notice") == "4 weeks"
    assert sent.files["cv"].sha256 == PDF_SHA


@pytest.mark.parametrize(
    ("form", "reason"), [("login", "login_wall"), ("account", "account_creation"), ("captcha", "captcha")]
)
async def test_login_walls_account_creation_and_captchas_are_handed_to_the_human(server, tmp_path, form, reason):
    outcome = await _fill(server, form, tmp_path)

    assert outcome.state == "needs_you"
    assert outcome.handover is not None and outcome.handover.reason == reason
    assert outcome.handover.url == server.url(form)
    assert [m for m, _ in server.requests if m == "POST"] == []


async def test_a_required_question_without_a_grounded_answer_stops_before_submit(server, tmp_path):
    outcome = await _fill(server, "unknown", tmp_path)

    assert outcome.state == "needs_you"
    assert [f.key for f in outcome.unanswered] == ["k8s_years"]
    assert "How many years have you operated Kubernetes" in outcome.detail
    assert server.submissions == []


async def test_dry_run_fills_everything_and_never_clicks_submit(server, tmp_path):
    outcome = await _fill(server, "greenhouse", tmp_path, mode="dry_run")

    assert outcome.state == "dry_run" and len(outcome.filled) >= 14
    assert server.submissions == []
    assert Path(outcome.screenshots[0]).stat().st_size > 1000


async def test_a_site_error_after_submit_is_recognized_as_a_failure(server, tmp_path):
    server.reject_with = "the position is closed"

    outcome = await _fill(server, "greenhouse", tmp_path)

    assert outcome.state == "failed"
    assert "position is closed" in (outcome.confirmation or "")


async def test_the_browser_never_leaves_the_allowed_hosts(server, tmp_path):
    run = _run(server, "greenhouse", tmp_path)
    run.url = server.url("greenhouse").replace("127.0.0.1", "localhost")
    run.allowed_hosts = ("127.0.0.1",)
    blocked: list[str] = []
    async with launch_chromium(Path("/usr/bin/chromium"), extra_args=chromium_args(run.allowed_hosts)) as browser:
        refused = await fill_form(browser, run)
        context = await browser.new_context()
        await guard_context(context, run.allowed_hosts, blocked)
        page = await context.new_page()
        await page.goto(server.url("greenhouse"))
        escape = server.base_url.replace("127.0.0.1", "localhost") + "/evil"
        reached = await page.evaluate("(u) => fetch(u).then(() => true, () => false)", escape)
        await context.close()

    assert refused.state == "not_submitted" and "not allowed" in refused.detail
    assert reached is False and blocked == [escape]
    assert not [path for _, path in server.requests if path == "/evil"]

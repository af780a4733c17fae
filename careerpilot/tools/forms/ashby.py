"""Ashby application forms (jobs.ashbyhq.com/<org>/<posting id>/application): a React app posting by fetch."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

from careerpilot.tools.forms.base import GENERIC_SUCCESS, FieldAnswer, FormAdapter, FormField

# Ashby renders yes/no questions as two buttons over a hidden input; the DOM scan cannot see them as controls.
YESNO_JS = r"""
(step) => {
  const out = [];
  for (const box of document.querySelectorAll('[class*="yesno"]')) {
    if (box.dataset.cpKey) continue;
    const entry = box.closest('.ashby-application-form-field-entry') || box.parentElement;
    const hidden = entry.querySelector('input[type=hidden][name]');
    const title = entry.querySelector('.ashby-application-form-question-title, label');
    const key = hidden ? hidden.name : (box.id || 'yesno-' + out.length);
    box.dataset.cpKey = key;
    const label = (title ? title.textContent : key).replace(/[*✱]/g, '').replace(/\s+/g, ' ').trim();
    const required = !!entry.querySelector('._required, .required') || /[*✱]/.test(title ? title.textContent : '');
    const options = [...box.querySelectorAll('button')].map(b => b.textContent.trim());
    out.push({key, label, kind: 'yesno', required, options, step});
  }
  return out;
}
"""


class AshbyAdapter(FormAdapter):
    """``_systemfield_*`` names for name/email/resume, UUID names for custom questions, yes/no button pairs."""

    name = "ashby"
    verified = True
    hosts = ("ashbyhq.com",)
    dom_probe = ".ashby-application-form-container, [name^='_systemfield_']"
    root = ".ashby-application-form-container"
    submit_selector = ".ashby-application-form-submit-button"
    meanings = {
        "_systemfield_name": "full_name",
        "_systemfield_email": "email",
        "_systemfield_phone": "phone",
        "_systemfield_resume": "resume",
        "_systemfield_location": "location",
    }
    success = (*GENERIC_SUCCESS, r"your application was successfully submitted")
    failure_selector = ".ashby-application-form-failure, [role=alert]"

    async def scan_extra(self, page: Any, step: int) -> list[FormField]:
        """Return the yes/no button questions."""
        assert isinstance(page, Page)
        return [FormField(**item) for item in await page.evaluate(YESNO_JS, step)]

    async def fill_extra(self, page: Any, field: FormField, answer: FieldAnswer, timeout_ms: float) -> bool:
        """Click the Yes or No button of a yes/no question."""
        if field.kind != "yesno" or answer.value not in field.options:
            return False
        box = page.locator('[data-cp-key="' + field.key.replace('"', '\\"') + '"]')
        await box.get_by_role("button", name=str(answer.value), exact=True).click(timeout=timeout_ms)
        return True

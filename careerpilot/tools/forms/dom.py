"""Read and fill any HTML form through the DOM: labels, required markers, choices, steps, hand-over signs."""

from __future__ import annotations

import logging
from typing import Any

from playwright.async_api import Page

from careerpilot.tools.forms.base import FieldAnswer, FormField, Handover

log = logging.getLogger(__name__)

# Runs in the page. Tags each visible, not yet seen control with data-cp-key and returns its description.
# Labels come from <label for>, a wrapping <label>, aria-label(ledby), the group's legend or question title,
# the field container's first label-like element, then the placeholder. A '*' or '✱' marks required.
SCAN_JS = r"""
(rootSelector) => {
  const root = (rootSelector && document.querySelector(rootSelector)) || document.body;
  const clean = t => (t || '').replace(/\s+/g, ' ').trim();
  const shown = el => {
    if (!el || !el.isConnected) return false;
    for (let n = el; n && n !== document.body; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
      if (n.hidden) return false;
    }
    return true;
  };
  const visibleControl = el => {
    if (!shown(el)) return false;
    if (el.type === 'file' || el.type === 'radio' || el.type === 'checkbox') return true;  // often styled away
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const textOf = el => {
    if (!el) return '';
    const c = el.cloneNode(true);
    c.querySelectorAll('input,select,textarea,option,button,script,style,.cp-skip').forEach(x => x.remove());
    return clean(c.textContent);
  };
  const container = el => el.closest(
    '.field,.application-question,.ashby-application-form-field-entry,.form-group,.question,fieldset,li,[role=group],div');
  const questionTitle = el => {
    for (let n = container(el); n && n !== root.parentElement; n = n.parentElement) {
      const t = n.querySelector(':scope > legend, :scope > label:not(:has(input)), :scope > .application-label,' +
        ':scope > .ashby-application-form-question-title, :scope > .label, :scope > p.question,' +
        ':scope > h3, :scope > h4');
      if (t && textOf(t)) return t;
      const block = 'fieldset,.field,.application-question,.ashby-application-form-field-entry,.form-group,.question';
      if (n.matches(block)) break;
    }
    return null;
  };
  const labelFor = el => {
    const aria = el.getAttribute('aria-labelledby');
    if (aria) {
      const t = aria.split(/\s+/).map(id => textOf(document.getElementById(id))).join(' ');
      if (clean(t)) return t;
    }
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.labels && el.labels.length) { const t = textOf(el.labels[0]); if (t) return t; }
    const q = questionTitle(el); if (q) return textOf(q);
    return el.placeholder || el.name || el.id || '';
  };
  const isRequired = (el, label, title) => !!(el.required || el.getAttribute('aria-required') === 'true' ||
    /[*✱]\s*$/.test(label) || /[*✱]/.test(title || '') ||
    (container(el) && container(el).querySelector(':scope .required, :scope .asterisk, :scope ._required')));
  const strip = t => clean((t || '').replace(/[*✱]/g, ''));
  let counter = document.querySelectorAll('[data-cp-key]').length;
  const out = [];
  const groups = new Map();
  const controls = root.querySelectorAll('input, select, textarea');
  for (const el of controls) {
    if (el.dataset.cpKey) continue;
    const type = (el.getAttribute('type') || el.tagName).toLowerCase();
    if (['hidden', 'submit', 'button', 'reset', 'image', 'password', 'search'].includes(type)) continue;
    if (!visibleControl(el) || el.disabled) continue;
    const key = el.name || el.id || ('cp-' + (counter++));
    if (type === 'radio' || type === 'checkbox') {
      const same = el.name ? root.querySelectorAll(`input[type=${type}][name="${CSS.escape(el.name)}"]`) : [el];
      if (type === 'checkbox' && same.length === 1) {
        el.dataset.cpKey = key;
        const label = labelFor(el);
        out.push({key, label: strip(label), kind: 'checkbox', required: isRequired(el, label), options: []});
        continue;
      }
      if (groups.has(key)) continue;
      groups.set(key, true);
      const options = [];
      for (const r of same) {
        r.dataset.cpKey = key;
        options.push(strip((r.labels && r.labels[0] && textOf(r.labels[0])) || r.value));
      }
      const t = questionTitle(el);
      const title = t ? textOf(t) : (el.name || key);
      out.push({key, label: strip(title), kind: type === 'radio' ? 'radio' : 'checkboxes',
        required: [...same].some(r => r.required) || isRequired(el, title, title), options});
      continue;
    }
    el.dataset.cpKey = key;
    const label = labelFor(el);
    let kind = el.tagName === 'SELECT' ? 'select' : el.tagName === 'TEXTAREA' ? 'textarea' : type;
    if (!['text','email','tel','url','number','date','textarea','select','file'].includes(kind)) kind = 'text';
    const options = el.tagName === 'SELECT'
      ? [...el.options]
          .filter(o => o.value !== '' && !/^(--+|please select|select\b.*|choose\b.*)$/i.test(clean(o.textContent)))
          .map(o => clean(o.textContent))
      : [];
    out.push({key, label: strip(label), kind, required: isRequired(el, label), options});
  }
  return out;
}
"""

HANDOVER_JS = r"""
() => {
  const shown = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && (r.width > 0 || r.height > 0); };
  const captcha = document.querySelector(
    'iframe[src*="recaptcha"], iframe[src*="hcaptcha"], iframe[src*="challenges.cloudflare"], .g-recaptcha, ' +
    '.h-captcha, .cf-turnstile, [data-sitekey], #captcha, [name="captcha"], [name="cf-turnstile-response"]');
  const text = (document.body.innerText || '').slice(0, 20000);
  if (captcha || /verify (that )?you are (a )?human|i'?m not a robot/i.test(text))
    return ['captcha', captcha ? (captcha.className || captcha.tagName) : 'human verification text'];
  const passwords = [...document.querySelectorAll('input[type=password]')].filter(shown);
  if (passwords.length >= 2 || (passwords.length && /create (an |your )?account|sign up|register/i.test(text)))
    return ['account_creation', 'the site asks to create an account'];
  if (passwords.length) return ['login_wall', 'the site asks to sign in'];
  return null;
}
"""

# Visible buttons that advance a multi-step form, and the one that submits it.
NEXT_BUTTON = r"/^\s*(next|continue|next step|save (and|&) continue|proceed)\b/i"
SUBMIT_TEXT = r"/\b(submit|apply|send)( (my |your )?application| now)?\b/i"
FIND_BUTTON_JS = r"""
([pattern, exclude]) => {
  const re = new RegExp(pattern.slice(1, pattern.lastIndexOf('/')), 'i');
  const ex = exclude ? new RegExp(exclude.slice(1, exclude.lastIndexOf('/')), 'i') : null;
  const shown = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0 && !el.disabled; };
  const candidates = [...document.querySelectorAll('button, input[type=submit], input[type=button], a[role=button]')];
  document.querySelectorAll('[data-cp-button]').forEach(b => b.removeAttribute('data-cp-button'));
  for (const b of candidates) {
    const t = (b.innerText || b.value || b.getAttribute('aria-label') || '').trim();
    if (shown(b) && re.test(t) && !(ex && ex.test(t))) { b.setAttribute('data-cp-button', '1'); return t; }
  }
  return null;
}
"""


async def scan(page: Page, root: str | None, step: int) -> list[FormField]:
    """Return the visible fields not seen before, tagging each control so it can be filled by key."""
    raw: list[dict[str, Any]] = await page.evaluate(SCAN_JS, root)
    return [FormField(step=step, **item) for item in raw]


async def detect_handover(page: Page) -> Handover | None:
    """Return a hand-over when the page shows a CAPTCHA, a login wall or an account-creation step."""
    found = await page.evaluate(HANDOVER_JS)
    if not found:
        return None
    return Handover(reason=found[0], url=page.url, detail=str(found[1])[:200])


async def find_button(page: Page, pattern: str, exclude: str | None = None) -> str | None:
    """Mark the first visible button whose text matches and return its text."""
    return await page.evaluate(FIND_BUTTON_JS, [pattern, exclude])


def _selector(key: str) -> str:
    return '[data-cp-key="' + key.replace("\\", "\\\\").replace('"', '\\"') + '"]'


async def fill_field(page: Page, field: FormField, answer: FieldAnswer, timeout_ms: float) -> bool:
    """Put one answer into its control; return False when the value fits none of the control's choices."""
    value = answer.value
    controls = page.locator(_selector(field.key))
    if field.kind == "file":
        await controls.first.set_input_files(str(value), timeout=timeout_ms)
    elif field.kind == "select":
        await controls.first.select_option(label=str(value), timeout=timeout_ms)
    elif field.kind in ("radio", "checkboxes"):
        wanted = {value} if isinstance(value, str) else set(value or [])
        hits = [i for i, option in enumerate(field.options) if option in wanted]
        if not hits:
            return False
        for index in hits:
            await controls.nth(index).check(force=True, timeout=timeout_ms)
    elif field.kind == "checkbox":
        await controls.first.set_checked(str(value).lower() in ("yes", "true", "checked", "1"), timeout=timeout_ms)
    else:
        await controls.first.fill(str(value), timeout=timeout_ms)
    return True

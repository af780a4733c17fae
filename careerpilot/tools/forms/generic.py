"""Any HTML form: fields by label, name, placeholder or aria; multi-step 'Next' flows; submit by button text."""

from __future__ import annotations

from careerpilot.tools.forms.base import FormAdapter


class GenericAdapter(FormAdapter):
    """The fallback for forms of no known ATS; never verified, so never used without a human's approval."""

    name = "generic"
    verified = False

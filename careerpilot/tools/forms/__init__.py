"""Application-form adapters (Greenhouse, Lever, Ashby, generic) driven through Playwright and Chromium."""

from careerpilot.tools.forms.base import FieldAnswer, FormField, FormOutcome, Resolver
from careerpilot.tools.forms.runner import FormRun, fill_form

__all__ = ["FieldAnswer", "FormField", "FormOutcome", "FormRun", "Resolver", "fill_form"]

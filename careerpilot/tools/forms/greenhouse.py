"""Greenhouse hosted application forms (boards.greenhouse.io / job-boards.greenhouse.io, and their embeds)."""

from __future__ import annotations

from careerpilot.tools.forms.base import GENERIC_SUCCESS, FormAdapter


class GreenhouseAdapter(FormAdapter):
    """``#application_form`` with ``job_application[...]`` names, custom questions and an EEO section."""

    name = "greenhouse"
    verified = True
    hosts = ("greenhouse.io",)
    dom_probe = "#application_form, form[action*='greenhouse'], input[name^='job_application[']"
    root = "#application_form"
    submit_selector = "#submit_app, #application_form [type=submit]"
    meanings = {
        "job_application[first_name]": "first_name",
        "job_application[last_name]": "last_name",
        "job_application[email]": "email",
        "job_application[phone]": "phone",
        "job_application[location]": "location",
        "job_application[resume]": "resume",
        "job_application[cover_letter]": "cover_letter",
        "first_name": "first_name",
        "last_name": "last_name",
        "email": "email",
        "phone": "phone",
        "resume": "resume",
        "cover_letter": "cover_letter",
    }
    success = (*GENERIC_SUCCESS, r"your application has been (received|submitted)")
    failure_selector = "#error_message, .field-error-msg, #application_form .error"

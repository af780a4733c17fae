"""Lever apply pages (jobs.lever.co/<company>/<posting id>/apply)."""

from __future__ import annotations

from careerpilot.tools.forms.base import GENERIC_SUCCESS, FormAdapter


class LeverAdapter(FormAdapter):
    """``#application-form`` with ``name``, ``org``, ``urls[...]``, custom ``cards[...]`` and ``eeo[...]`` fields."""

    name = "lever"
    verified = True
    hosts = ("lever.co",)
    dom_probe = "form#application-form, input[name='urls[LinkedIn]'], #btn-submit"
    root = "#application-form"
    submit_selector = "#btn-submit"
    meanings = {
        "resume": "resume",
        "name": "full_name",
        "email": "email",
        "phone": "phone",
        "location": "location",
        "org": "current_company",
        "urls[LinkedIn]": "linkedin",
        "urls[GitHub]": "github",
        "urls[Portfolio]": "portfolio",
        "urls[Twitter]": "twitter",
        "urls[Other]": "other_website",
        "comments": "cover_letter_text",
    }
    success = (*GENERIC_SUCCESS, r"application submitted!?")
    failure_selector = ".error-message, .application-error, [data-qa='error']"

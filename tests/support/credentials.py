"""A credential ask judged against the lines a resume lists, shared by the credential tests."""

from __future__ import annotations

from datetime import date

from careerpilot.matching.credentials import Verdict, held_in, judge, wanted_in

TODAY = date(2026, 12, 5)


def verdict(asked: str, listed: list[str]) -> Verdict:
    """Return the verdict on the first credential an ask names, held only as ``listed`` lines name them."""
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(wanted[0], held_in(listed, TODAY), (), [], listed)

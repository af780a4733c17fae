"""Small parsers shared by the board normalizers: dates, employment type, seniority, remote, places, pay."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from careerpilot.domain.jobs import EmploymentType, Location, SalaryPeriod, SalaryRange, Seniority

_EPOCH_MS_THRESHOLD = 10**11  # numbers above this are milliseconds (10**11 s is the year 5138)

_EMPLOYMENT_PATTERNS: list[tuple[re.Pattern[str], EmploymentType]] = [
    (re.compile(r"\bintern(ship)?s?\b|\btrainee\b|\bwerkstudent", re.I), "INTERN"),
    (re.compile(r"\bpart[\s_-]?time\b", re.I), "PART_TIME"),
    (re.compile(r"\bcontract(or|ors)?\b|\bfreelance\b", re.I), "CONTRACTOR"),
    (re.compile(r"\btemp(orary)?\b|\bshort[\s_-]?term\b|\bfixed[\s_-]?term\b|\bseasonal\b", re.I), "TEMPORARY"),
    (re.compile(r"\bvolunteer\b", re.I), "VOLUNTEER"),
    (re.compile(r"\bper[\s_-]?diem\b", re.I), "PER_DIEM"),
    (re.compile(r"\bfull[\s_-]?time\b|\bpermanent\b|\bregular\b", re.I), "FULL_TIME"),
]

# Checked in order: the first level that matches wins ("Senior Engineering Manager" is a manager).
_SENIORITY_PATTERNS: list[tuple[re.Pattern[str], Seniority]] = [
    (re.compile(r"\bintern(ship)?\b|\bco-?op\b|\btrainee\b|\bapprentice", re.I), "intern"),
    (re.compile(r"\b(vp|svp|evp|vice president|chief|c[etfo]o|head of|director)\b", re.I), "executive"),
    (re.compile(r"\b(engineering|software|development|delivery|people|team|general) manager\b", re.I), "manager"),
    (re.compile(r"\bmanager,|\bmanager of\b", re.I), "manager"),
    (re.compile(r"\bprincipal\b", re.I), "principal"),
    (re.compile(r"\bstaff\b", re.I), "staff"),
    (re.compile(r"\b(lead|tech lead|team lead)\b", re.I), "lead"),
    (re.compile(r"\b(senior|sr\.?)(?=\W|$)", re.I), "senior"),
    (re.compile(r"\b(junior|jr\.?|entry[\s-]level|graduate|new grad|associate)(?=\W|$)", re.I), "junior"),
    (re.compile(r"\b(mid[\s-]?level|intermediate)\b", re.I), "mid"),
]


def _any_of(patterns: Sequence[tuple[re.Pattern[str], str]]) -> re.Pattern[str]:
    """Return one regex that matches wherever any of the (case-insensitive) patterns would match.

    Most texts name no level or employment type at all; one search of the alternation rules them out instead
    of one search per pattern, and only a text that hits goes through the ordered list to find the winner.
    """
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in patterns), re.I)


_ANY_EMPLOYMENT = _any_of(_EMPLOYMENT_PATTERNS)
_ANY_SENIORITY = _any_of(_SENIORITY_PATTERNS)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")

_PERIODS: list[tuple[re.Pattern[str], SalaryPeriod]] = [
    (re.compile(r"hour", re.I), "HOUR"),
    (re.compile(r"\bday|daily|diem", re.I), "DAY"),
    (re.compile(r"week", re.I), "WEEK"),
    (re.compile(r"month", re.I), "MONTH"),
    (re.compile(r"year|annual|annum|\byr\b", re.I), "YEAR"),
]

_REMOTE = re.compile(r"\bremote\b|\btelecommute\b|\bwork from home\b|\banywhere\b", re.I)
_NOT_REMOTE = re.compile(r"\bhybrid\b|\bon[\s-]?site\b|\bin[\s-]office\b", re.I)


def parse_date(value: Any) -> date | None:
    """Return the date of an ISO 8601 string or an epoch timestamp (ms or s); None when unreadable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > _EPOCH_MS_THRESHOLD else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def guess_employment_type(*texts: str | None) -> EmploymentType | None:
    """Return the employment type the first text that names one states (e.g. 'Full-time', 'FullTime')."""
    for text in texts:
        if not text:
            continue
        spaced = _CAMEL_HUMP.sub(" ", text)  # "FullTime" -> "Full Time"
        if not _ANY_EMPLOYMENT.search(spaced):
            continue
        for pattern, kind in _EMPLOYMENT_PATTERNS:
            if pattern.search(spaced):
                return kind
    return None


def guess_seniority(*texts: str | None) -> Seniority | None:
    """Return the seniority the first text that names one states (a title or a level field)."""
    for text in texts:
        if not text or not _ANY_SENIORITY.search(text):
            continue
        for pattern, level in _SENIORITY_PATTERNS:
            if pattern.search(text):
                return level
    return None


def guess_remote(*texts: str | None) -> bool | None:
    """Return True when a text says remote, False when it says hybrid/on-site, else None."""
    joined = " ".join(t for t in texts if t)
    if _REMOTE.search(joined):
        return True
    if _NOT_REMOTE.search(joined):
        return False
    return None


def salary_period(text: str | None) -> SalaryPeriod | None:
    """Map a pay interval such as '1 YEAR', 'per-hour-wage', 'HOUR' or 'annual' to a SalaryPeriod."""
    if not text:
        return None
    for pattern, period in _PERIODS:
        if pattern.search(text):
            return period
    return None


def to_number(value: Any) -> float | None:
    """Return a float from a number or a numeric string such as '100,000'; None otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").strip())
        except ValueError:
            return None
    return None


def salary_range(low: Any, high: Any, currency: Any, period: str | None) -> SalaryRange | None:
    """Return a SalaryRange when at least one bound is a number, else None."""
    low_n, high_n = to_number(low), to_number(high)
    if low_n is None and high_n is None:
        return None
    cur = currency.strip().upper() if isinstance(currency, str) and currency.strip() else None
    return SalaryRange(min=low_n, max=high_n, currency=cur, period=salary_period(period))


def location_from_text(text: str, country: str | None = None) -> Location:
    """Return a Location; 'City, Region, Country' text is split into its parts."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 3:
        return Location(text=text.strip(), city=parts[0], region=parts[1], country=country or parts[2])
    return Location(text=text.strip(), country=country)


def add_location(locations: list[Location], new: Location | None) -> None:
    """Append a location unless one with the same text is already there."""
    if new is None or not new.text:
        return
    if all(loc.text.casefold() != new.text.casefold() for loc in locations):
        locations.append(new)


def first_text(*values: Any) -> str | None:
    """Return the first value that is a non-blank string, stripped."""
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def company_from_token(token: str | None) -> str | None:
    """Turn a board token such as 'general-assembly' into a display name ('General Assembly')."""
    if not token:
        return None
    return re.sub(r"[-_]+", " ", token).strip().title() or None


_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_CURRENCY = re.compile(r"[$€£¥₹]|\b(USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR)\b", re.I)
_AMOUNT = re.compile(r"(?<![\w.])(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*([kK]\b)?")


def salary_from_text(text: str | None) -> SalaryRange | None:
    """Return the pay range a free-text salary states ('$90k - $105k', '€75k–110k', '50,000 EUR a year')."""
    if not text:
        return None
    currency_match = _CURRENCY.search(text)
    amounts: list[tuple[float, bool]] = []
    for match in _AMOUNT.finditer(text):
        value = to_number(
            match.group(1).replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", match.group(1)) else match.group(1)
        )
        if value is not None:
            amounts.append((value * 1000 if match.group(2) else value, bool(match.group(2))))
    if any(k for _, k in amounts):
        # "$150 - 210K": the unit is written once, after the second number.
        amounts = [(v * 1000 if not k and 10 <= v < 1000 else v, True) for v, k in amounts]
    values = [v for v, _ in amounts if v >= 5][:2]
    if not values or (currency_match is None and not any(k for _, k in amounts) and max(values) < 1000):
        return None
    currency = None
    if currency_match:
        sign = currency_match.group(0)
        currency = _CURRENCY_SIGNS.get(sign, sign.upper())
    low, high = min(values), max(values)
    period = salary_period(text) or ("YEAR" if low >= 10_000 else None)
    return SalaryRange(min=low, max=high, currency=currency, period=period)

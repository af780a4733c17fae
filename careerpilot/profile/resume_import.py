"""Import a resume: the rule-based parse, corrected by an LLM when one is configured, every LLM field checked.

The model sees the extracted text (as data) and the rule-based JSON Resume and answers with a corrected JSON
Resume through function calling. Nothing it writes is trusted: each name, title, employer, school, degree,
skill and other short field must appear in the text (or be a value the rule-based parser derived from it), each
date must be written in the text, and each bullet or summary must be in the text or have every claim backed by
it (``services/claims.py`` through ``Sources.support``). An entry whose employer, school, project, certificate
or language is not in the text is dropped whole; any other unsupported field or bullet is dropped. What the
model changed and what was dropped goes into ``ParsedResume.uncertain`` for the user to check; on a model
error the rule-based parse is kept with a note.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import ValidationError

from careerpilot.documents.verifier import Sources, verify_text
from careerpilot.domain.documents import ParsedResume
from careerpilot.domain.resume import Resume
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.prompts import as_data, render
from careerpilot.prompts.resume_parser import RESUME_PARSE_SYSTEM, RESUME_PARSE_USER
from careerpilot.text.claims import date_values, normalize

log = logging.getLogger(__name__)
MAX_TEXT_CHARS = 24_000
MAX_CHANGE_NOTES = 25
# The field that names an entry: when the text does not have it, the whole entry is invented.
IDENTITY = {
    "work": "name",
    "volunteer": "organization",
    "education": "institution",
    "projects": "name",
    "certificates": "name",
    "languages": "language",
}
SECTIONS = ("work", "volunteer", "education", "skills", "projects", "certificates", "languages")
# A reply that is not a valid Resume fails as LangChain's OutputParserException or pydantic's ValidationError.
_FAILURES: tuple[type[Exception], ...] = (*LLM_ERRORS, ValidationError)
_FREE_TEXT = {"summary", "description", "highlights"}
_DATES = {"startDate", "endDate", "date"}


class TextGround:
    """What the resume text supports: phrases, dates, and the claims of rephrased sentences."""

    def __init__(self, lines: list[str], rules: Resume) -> None:
        text = "\n".join(lines)
        self.norm = normalize(text)
        self.dates = date_values(text)
        self.derived = {normalize(value) for _, value in leaves(rules.model_dump(exclude_none=True, mode="json"))}
        self.sources = Sources.from_text(lines)

    def phrase(self, value: str) -> bool:
        """Return True when the value is written in the text or was derived from it by the rule-based parser."""
        key = normalize(value)
        return not key.strip() or key in self.norm or key in self.derived

    def date(self, value: str) -> bool:
        """Return True when the text writes this date (a day-precise date needs its month in the text)."""
        return value[:7] in self.dates

    def unsupported_claims(self, text: str) -> list[str]:
        """Return the claims of a sentence the text does not back ([] when it is copied from the text)."""
        if self.phrase(text):
            return []
        return [f"{c.kind} {c.text}" for c in verify_text(text, self.sources, "llm") if not c.supported]


def refine_with_llm(parsed: ParsedResume, lines: list[str], llm: BaseChatModel) -> ParsedResume:
    """Return the model's correction of the rule-based parse, keeping only what the text supports.

    On a model error, or when nothing of the model's answer survives the check, the rule-based parse is
    returned with a note saying so.
    """
    if parsed.source_format == "json" or not lines:
        return parsed
    try:
        answer = _ask(llm, parsed.resume, lines)
    except _FAILURES as exc:
        log.warning("LLM resume parse failed: %s", exc)
        reason = " ".join(str(exc).split())[:120]
        return _note(parsed, f"LLM parse failed ({type(exc).__name__}: {reason}); showing the rule-based parse")
    if not isinstance(answer, Resume):
        return _note(parsed, "LLM parse returned no resume; showing the rule-based parse")
    ground = TextGround(lines, parsed.resume)
    data, dropped = check_against_text(answer, ground)
    _keep_end_dates(data, parsed.resume)
    try:
        checked = Resume.model_validate(data)
    except ValidationError as exc:
        return _note(parsed, f"LLM parse was not a valid resume after checking ({exc.error_count()} errors)")
    if checked.is_empty() and not parsed.resume.is_empty():
        return _note(parsed, "LLM parse held nothing the text supports; showing the rule-based parse")
    notes = [f"LLM dropped {item} (not in the resume text)" for item in dropped]
    notes += describe_changes(parsed.resume, checked)
    return ParsedResume(
        resume=checked, source_format=parsed.source_format, uncertain=[*parsed.uncertain, *notes], parsed_by="llm"
    )


def _ask(llm: BaseChatModel, rules: Resume, lines: list[str]) -> Any:
    user = render(
        RESUME_PARSE_USER,
        text=as_data("\n".join(lines)[:MAX_TEXT_CHARS]),
        draft=as_data(rules.model_dump_json(indent=1, exclude_none=True)),
    )
    structured = llm.with_structured_output(Resume, method="function_calling")
    return structured.invoke([SystemMessage(RESUME_PARSE_SYSTEM), HumanMessage(user)])


def _note(parsed: ParsedResume, note: str) -> ParsedResume:
    return parsed.model_copy(update={"uncertain": [*parsed.uncertain, note], "parsed_by": "rules"})


def check_against_text(answer: Resume, ground: TextGround) -> tuple[dict[str, Any], list[str]]:
    """Return the model's resume with every field the text does not support removed, and what was removed."""
    data = answer.model_dump(exclude_none=True, mode="json")
    dropped: list[str] = []
    for key in list(data):
        if key in SECTIONS and isinstance(data[key], list):
            data[key] = _check_section(key, data[key], ground, dropped)
        elif key == "basics" and isinstance(data[key], dict):
            data[key] = _check_value("basics", data[key], ground, dropped)
        else:  # an extra top-level field ('meta', invented ones): nothing the import needs
            dropped.append(f"{key} (not part of a resume)")
            del data[key]
    return data, dropped


def _check_section(section: str, items: list[Any], ground: TextGround, dropped: list[str]) -> list[Any]:
    kept = []
    for index, item in enumerate(items):
        where = f"{section}[{index}]"
        if not isinstance(item, dict):
            dropped.append(f"{where} (not an entry)")
            continue
        name = item.get(IDENTITY.get(section, ""))
        if isinstance(name, str) and name.strip() and not ground.phrase(name):
            dropped.append(f"{where} {name!r}")
            continue
        kept.append(_check_value(where, item, ground, dropped))
    return kept


def _check_value(where: str, value: Any, ground: TextGround, dropped: list[str], field: str = "") -> Any:
    """Return the value with unsupported parts removed (None when the whole value is unsupported)."""
    if isinstance(value, dict):
        fields = {k: _check_value(f"{where}.{k}", v, ground, dropped, k) for k, v in value.items()}
        return {k: v for k, v in fields.items() if v is not None}
    if isinstance(value, list):
        items = [_check_value(f"{where}[{i}]", v, ground, dropped, field) for i, v in enumerate(value)]
        return [v for v in items if v is not None]
    if isinstance(value, bool) or value is None:
        return None if value is None else _unsupported(where, str(value), dropped)
    text = str(value)
    if field in _DATES:
        return value if ground.date(text) else _unsupported(where, text, dropped)
    if field in _FREE_TEXT:
        claims = ground.unsupported_claims(text)
        return value if not claims else _unsupported(where, f"{text[:60]} ({', '.join(claims)})", dropped)
    return value if ground.phrase(text) else _unsupported(where, text, dropped)


def _unsupported(where: str, text: str, dropped: list[str]) -> None:
    dropped.append(f"{where} {text!r}")
    return None


def _keep_end_dates(data: dict[str, Any], rules: Resume) -> None:
    """Put back an end date the model removed from a dated entry: leaving it out would make a past job current."""
    for section in ("work", "volunteer", "education"):
        for item in data.get(section, []):
            if item.get("endDate") or not item.get("startDate"):
                continue
            for source in getattr(rules, section):
                same_name = normalize(str(item.get(IDENTITY[section]))) == normalize(
                    str(getattr(source, IDENTITY[section]))
                )
                if same_name and source.startDate == item["startDate"] and source.endDate:
                    item["endDate"] = source.endDate


def describe_changes(rules: Resume, checked: Resume) -> list[str]:
    """Return one line per field the model changed, added or left out, at most ``MAX_CHANGE_NOTES`` of them.

    Entries are matched by their name (employer, school, ...), so a job moved to its right place reads as one
    added entry rather than every later entry changed.
    """
    before, after = _by_entry(rules), _by_entry(checked)
    notes: list[str] = []
    for entry in after.keys() - before.keys():
        notes.append(f"LLM added {entry}: {_summary(after[entry])}")
    for entry in before.keys() - after.keys():
        notes.append(f"LLM left out {entry}: {_summary(before[entry])} (check it is not lost)")
    for entry in before.keys() & after.keys():
        old_fields, new_fields = before[entry], after[entry]
        for name in sorted(old_fields.keys() | new_fields.keys()):
            old, new = old_fields.get(name), new_fields.get(name)
            where = f"{entry}.{name}"
            if old == new:
                continue
            if old is None:
                notes.append(f"LLM set {where}: {new!r}")
            elif new is None:
                notes.append(f"LLM removed {where}: {old!r}")
            else:
                notes.append(f"LLM changed {where}: {old!r} → {new!r}")
    notes.sort()
    if len(notes) > MAX_CHANGE_NOTES:
        notes = [*notes[:MAX_CHANGE_NOTES], f"LLM made {len(notes) - MAX_CHANGE_NOTES} more changes: check the file"]
    return notes


def _by_entry(resume: Resume) -> dict[str, dict[str, str]]:
    """Return {entry: {field path: text}}: entries are 'basics', "work['Hooli']" (by name) or 'skills[0]'."""
    data = resume.model_dump(exclude_none=True, mode="json")
    entries: dict[str, dict[str, str]] = {"basics": dict(leaves(data.get("basics", {})))}
    for section in SECTIONS:
        key = IDENTITY.get(section)
        for index, item in enumerate(data.get(section, [])):
            name = str(item.get(key) or "").strip() if key else ""
            label = f"{section}[{name!r}]" if name else f"{section}[{index}]"
            entries.setdefault(label, {}).update(leaves(item))
    return {entry: fields for entry, fields in entries.items() if fields}


def _summary(fields: dict[str, str]) -> str:
    direct = [text for path, text in fields.items() if "." not in path and "[" not in path]
    return repr(" · ".join(direct)[:80])


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Yield (path, text) for every scalar in a dumped resume, e.g. ('work[0].position', 'Engineer')."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    elif value is not None and str(value).strip():
        yield path, str(value)

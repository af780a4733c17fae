"""Parse a resume's text into a JSON Resume, deterministically, saying what was guessed.

Works on the lines ``extract_lines`` returns: a header (name, headline, contact details), then sections found
by their headings (Summary, Experience, Education, Skills, Projects, Certificates, Languages, Volunteer).
Entries are found by their date lines ('Mar 2021 – Present', '2018 - 2021', '06/2018 – 02/2021'); bullets
start with '• '. Anything the parser had to guess is listed in ``uncertain`` for the user to check.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from careerpilot.domain.documents import ParsedResume
from careerpilot.domain.errors import InputError
from careerpilot.domain.resume import Resume
from careerpilot.text.nesting import load_json, load_yaml
from careerpilot.tools.documents.extract import BULLET, MAX_RESUME_BYTES, extract_lines, resume_format, text_lines

SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "profile", "about", "about me", "objective", "professional summary", "career summary"),
    "work": ("experience", "work experience", "professional experience", "employment", "work history", "career"),
    "education": ("education", "academic background", "studies"),
    "skills": ("skills", "technical skills", "core skills", "competencies", "core competencies", "technologies"),
    "projects": ("projects", "personal projects", "open source", "selected projects"),
    "certificates": ("certificates", "certifications", "licenses", "licenses and certifications"),
    "languages": ("languages", "spoken languages"),
    "volunteer": ("volunteer", "volunteering", "volunteer experience"),
}
_HEADINGS = {alias: section for section, aliases in SECTION_NAMES.items() for alias in aliases}
_MONTH = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_DATE = r"(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}(?:-[01]\d)?|[01]?\d/(?:19|20)\d{2})"
_RANGE = re.compile(
    rf"\(?\s*(?P<start>{_DATE})\s*(?:–|—|-|to|until)\s*(?P<end>{_DATE}|present|current|now|today)\s*\)?"
    rf"|\(?\s*(?P<only>{_DATE})\s*\)?\s*$",
    re.I,
)
_SEPARATORS = re.compile(r"\s+[·|•—–]\s+|\s{3,}|\t|\s+-\s+|\s+at\s+|,\s+(?=[^,]*$)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b(?:github|linkedin|gitlab)\.com/\S+", re.I)
_TITLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|director|lead|head|architect|scientist|analyst|designer|consultant|intern|"
    r"officer|founder|programmer|administrator|specialist|president|cto|ceo|vp|coordinator|assistant|technician)\b",
    re.I,
)
_DEGREE_WORDS = re.compile(
    r"\b(bachelor|master|ph\.?d|doctor|mba|b\.?s\.?c?|m\.?s\.?c?|b\.?a|m\.?a|diploma|associate)", re.I
)
_SCHOOL_WORDS = re.compile(r"\b(university|college|institute|school|academy|polytechnic|universit)", re.I)
_SKILL_LINE = re.compile(r"^(?P<name>[^:]{1,40}?)(?:\s*\((?P<level>[^)]{1,30})\))?\s*:\s*(?P<keywords>.+)$")
_LABELLED = re.compile(r"^[\w ]{2,20}:\s")  # 'Courses: ...', 'Technologies: ...' end an entry, never start one
_SCORE = re.compile(r"^\d(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?$|^(?:gpa|grade)\b", re.I)
_LANGUAGE = re.compile(r"^(?P<language>[^(]+?)\s*(?:\((?P<fluency>[^)]+)\)|[-–:]\s*(?P<fluency2>.+))?$")


def parse_resume_file(path: Path) -> ParsedResume:
    """Parse a PDF, DOCX, Markdown, text or JSON Resume file into a validated JSON Resume.

    Raises:
        InputError: the file is missing, empty, too large, of an unsupported type, encrypted, scanned
            (no text layer), or holds nothing that reads as a resume.
    """
    return read_resume_file(path)[0]


def read_resume_file(path: Path) -> tuple[ParsedResume, list[str]]:
    """Parse a resume file like ``parse_resume_file`` and also return the text lines it was parsed from.

    The lines are empty for a JSON Resume (there is no text to parse). Raises what ``parse_resume_file`` raises.
    """
    fmt = resume_format(path)
    if fmt == "json":
        return ParsedResume(resume=_load_json_resume(path), source_format="json"), []
    lines = extract_lines(path, fmt)
    parsed = parse_resume_lines(lines, fmt)
    if parsed.resume.is_empty() and not parsed.resume.basics.name:
        raise InputError(f"resume {path.name}: found no name, experience, education or skills in the text")
    return parsed, lines


def read_resume_text(text: str) -> tuple[ParsedResume, list[str]]:
    """Parse pasted resume text (plain or Markdown) like ``read_resume_file``; InputError when it reads as none."""
    if len(text.encode("utf-8")) > MAX_RESUME_BYTES:
        raise InputError(f"the resume text is larger than {MAX_RESUME_BYTES // (1024 * 1024)} MB")
    if text.lstrip().startswith("{"):  # a pasted JSON Resume is read as one, not as prose
        return ParsedResume(resume=_json_resume(text, "the pasted resume", yaml_too=False), source_format="json"), []
    lines = text_lines(text)
    parsed = parse_resume_lines(lines, "markdown")
    if parsed.resume.is_empty() and not parsed.resume.basics.name:
        raise InputError("the resume text holds no name, experience, education or skills")
    return parsed, lines


def parse_resume_lines(lines: list[str], source_format: Any = "text") -> ParsedResume:
    """Turn resume lines into a JSON Resume and the list of what was guessed."""
    uncertain: list[str] = []
    header, sections = _split_sections(lines, uncertain)
    data: dict[str, Any] = {"basics": _basics(header, uncertain)}
    for section, body in sections.items():
        if section == "summary":
            data["basics"]["summary"] = " ".join(_unbullet(line) for line in body)
        elif section in ("work", "volunteer"):
            data[section] = [_work(entry, section, uncertain) for entry in _entries(body)]
        elif section == "education":
            data[section] = [_education(entry, uncertain) for entry in _entries(body)]
        elif section == "projects":
            data[section] = _projects(body, uncertain)
        elif section == "skills":
            data[section] = _skills(body)
        elif section == "certificates":
            data[section] = [_certificate(line) for line in _items(body)]
        elif section == "languages":
            data[section] = _languages(body)
    try:
        resume = Resume.model_validate(data)
    except ValidationError as exc:  # a date the parser built wrongly: keep the rest, say what was dropped
        raise InputError(f"the parsed resume is not valid: {exc.errors()[0]['msg']}") from exc
    return ParsedResume(resume=resume, source_format=source_format, uncertain=uncertain)


def _load_json_resume(path: Path) -> Resume:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is UTF-8 too
    except UnicodeDecodeError as exc:
        raise InputError(f"resume {path.name} is not UTF-8 text (byte {exc.start})") from exc
    return _json_resume(text, f"resume {path.name}", yaml_too=path.suffix.lower() != ".json")


def _json_resume(text: str, what: str, *, yaml_too: bool) -> Resume:
    """Return the JSON Resume a JSON (or YAML) text holds, or raise InputError naming ``what`` and the problem."""
    try:
        data = load_yaml(text) if yaml_too else load_json(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{what} is not valid JSON/YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{what} must hold a JSON Resume object, not {type(data).__name__}")
    try:
        return Resume.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise InputError(f"{what}: {where}: {first['msg']}") from exc


def _heading(line: str) -> str | None:
    key = re.sub(r"[^a-z ]", "", line.lower().rstrip(":")).strip()
    return _HEADINGS.get(key) if len(line) <= 40 and not line.startswith(BULLET) else None


def _split_sections(lines: list[str], uncertain: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    header: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        section = _heading(line)
        if section is not None:
            current = sections.setdefault(section, [])
        elif current is None:
            header.append(line)
        else:
            current.append(line)
    if not sections:
        uncertain.append("no section headings found (Experience, Education, Skills, ...): only the header was read")
    return header, sections


def _basics(header: list[str], uncertain: list[str]) -> dict[str, Any]:
    basics: dict[str, Any] = {}
    rest: list[str] = []
    profiles = []
    for line in header:
        pieces = [p.strip() for p in re.split(r"\s+[·|•]\s+|\s{2,}|\t|\s+\|\s+", line) if p.strip()]
        leftover = []
        for piece in pieces:
            if email := _EMAIL.search(piece):
                basics.setdefault("email", email[0])
            elif url := _URL.search(piece):
                link = url[0].rstrip(".,;")
                network = next((n for n in ("GitHub", "LinkedIn", "GitLab") if n.lower() in link.lower()), None)
                if network:
                    profiles.append({"network": network, "url": link if "://" in link else f"https://{link}"})
                else:
                    basics.setdefault("url", link if "://" in link else f"https://{link}")
            elif (phone := _PHONE.fullmatch(piece)) and sum(c.isdigit() for c in piece) >= 7:
                basics.setdefault("phone", phone[0])
            else:
                leftover.append(piece)
        if leftover:
            rest.append(" · ".join(leftover))
    if profiles:
        basics["profiles"] = profiles
    if rest and len(rest[0].split()) <= 6 and not any(c.isdigit() for c in rest[0]):
        basics["name"] = rest.pop(0)
    elif header:
        uncertain.append("no name found at the top of the resume")
    for line in rest:
        if "," in line and len(line) <= 60 and "location" not in basics and not _TITLE_WORDS.search(line):
            parts = [p.strip() for p in line.split(",")]
            basics["location"] = {"city": parts[0], "region": parts[1] if len(parts) > 1 else None}
            if len(parts) > 2:
                basics["location"]["countryCode"] = parts[2]
        elif "label" not in basics and len(line) <= 80:
            basics["label"] = line
        else:
            uncertain.append(f"header line not understood: {line[:80]!r}")
    return basics


def _unbullet(line: str) -> str:
    return line.removeprefix(BULLET).strip()


def _entries(body: list[str]) -> list[list[str]]:
    """Split a section into entries: each starts at the line before a date line (or the date line itself)."""
    starts: list[tuple[int, int]] = []
    for index, line in enumerate(body):
        if line.startswith(BULLET) or not _RANGE.search(line):
            continue
        begin = index
        previous = body[index - 1] if index > 0 else ""
        if (
            previous
            and not previous.startswith(BULLET)
            and not _RANGE.search(previous)
            and not _LABELLED.match(previous)
        ):
            if not starts or index - 1 > starts[-1][1]:
                begin = index - 1
        starts.append((begin, index))
    if not starts:
        return [body] if body else []
    entries = [body[begin:end] for (begin, _), (end, _) in zip(starts, [*starts[1:], (len(body), 0)], strict=True)]
    if starts[0][0] > 0:
        entries[0] = body[: starts[0][0]] + entries[0]
    return entries


def _dates(line: str) -> tuple[str | None, str | None, str]:
    match = _RANGE.search(line)
    if match is None:
        return None, None, line
    rest = re.sub(r"(?:\s*[·|]\s*){2,}", " · ", line[: match.start()] + " · " + line[match.end() :])
    rest = rest.strip(" ,·|—–-()")
    if match["only"]:
        return None, _iso(match["only"]), rest
    end = match["end"]
    return _iso(match["start"]), None if end.lower() in ("present", "current", "now", "today") else _iso(end), rest


def _iso(text: str) -> str | None:
    text = text.strip().rstrip(".")
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.?\s+((?:19|20)\d{2})", text):
        month = _MONTH.get(m[1][:3].lower())
        return f"{m[2]}-{month:02d}" if month else m[2]
    if m := re.fullmatch(r"([01]?\d)/((?:19|20)\d{2})", text):
        return f"{m[2]}-{int(m[1]):02d}" if 1 <= int(m[1]) <= 12 else m[2]
    if re.fullmatch(r"(?:19|20)\d{2}(?:-[01]\d)?", text):
        return text
    return None


def _entry_parts(entry: list[str]) -> tuple[list[str], str | None, str | None, list[str]]:
    """Return (header pieces, start, end, body lines) of one entry."""
    date_index = next((i for i, line in enumerate(entry) if not line.startswith(BULLET) and _RANGE.search(line)), 0)
    start, end, rest = _dates(entry[date_index]) if entry else (None, None, "")
    head = [*entry[:date_index], rest] if rest else entry[:date_index]
    pieces = [p.strip(" ,") for line in head for p in _SEPARATORS.split(line) if p and p.strip(" ,")]
    return pieces, start, end, entry[date_index + 1 :]


def _body(lines: list[str]) -> tuple[str | None, list[str]]:
    """Split entry lines into a summary (text before the first bullet) and bullets (wrapped lines joined)."""
    summary: list[str] = []
    bullets: list[str] = []
    for line in lines:
        if line.startswith(BULLET):
            bullets.append(_unbullet(line))
        elif bullets:
            bullets[-1] = f"{bullets[-1]} {line}"
        else:
            summary.append(line)
    return (" ".join(summary) or None), bullets


def _work(entry: list[str], section: str, uncertain: list[str]) -> dict[str, Any]:
    pieces, start, end, body = _entry_parts(entry)
    titled = [p for p in pieces if _TITLE_WORDS.search(p)]
    position = titled[0] if titled else (pieces[0] if pieces else None)
    others = [p for p in pieces if p != position]
    employer = others[0] if others else None
    if not titled and pieces:
        uncertain.append(f"{section}: guessed {position!r} is the title and {employer!r} the employer")
    summary, highlights = _body(body)
    item = {"position": position, "startDate": start, "endDate": end, "summary": summary, "highlights": highlights}
    item["organization" if section == "volunteer" else "name"] = employer
    if len(others) > 1:
        item["location"] = others[1]
    if start is None and end is None:
        uncertain.append(f"{section}: no dates found for {position or employer!r}")
    return item


def _education(entry: list[str], uncertain: list[str]) -> dict[str, Any]:
    _, start, end, body = _entry_parts(entry)
    date_index = next((i for i, line in enumerate(entry) if _RANGE.search(line)), 0)
    head = [*entry[:date_index], _dates(entry[date_index])[2]] if entry else []
    # Only '·', '|' and dashes separate: commas belong to names ('University of California, Davis').
    pieces = [p.strip(" ,") for line in head for p in re.split(r"\s+[·|•—–]\s+|\t", line) if p.strip(" ,")]
    item: dict[str, Any] = {"startDate": start, "endDate": end}
    for piece in pieces:
        if _SCORE.match(piece):
            item["score"] = piece
            continue
        if _SCHOOL_WORDS.search(piece) and "institution" not in item:
            item["institution"] = piece
        elif _DEGREE_WORDS.match(piece) and "studyType" not in item:
            degree, _, area = piece.partition(",") if "," in piece else piece.partition(" in ")
            item["studyType"], item["area"] = degree.strip(), area.strip() or None
        elif "institution" not in item and "studyType" in item:
            item["institution"] = piece
        elif "area" not in item or not item.get("area"):
            item["area"] = piece
    for line in body:
        text = _unbullet(line)
        if text.lower().startswith("courses:"):
            item["courses"] = [c.strip() for c in text.split(":", 1)[1].split(",") if c.strip()]
        elif m := re.match(r"(?:gpa|score|grade)\s*:?\s*(.+)", text, re.I):
            item["score"] = m[1].strip()
    if "institution" not in item:
        uncertain.append(f"education: no school name recognised in {' / '.join(pieces)[:80]!r}")
    return item


def _projects(body: list[str], uncertain: list[str]) -> list[dict[str, Any]]:
    projects: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in body:
        text = _unbullet(line)
        starts_new = current is None or (not line.startswith(BULLET) and current.get("_closed"))
        if starts_new and not line.startswith(BULLET):
            pieces = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
            current = {"name": pieces[0], "highlights": [], "_closed": False}
            for piece in pieces[1:]:
                if _URL.match(piece):
                    current["url"] = piece
            projects.append(current)
        elif current is None:
            continue
        elif text.lower().startswith(("technologies:", "tech:", "stack:", "keywords:")):
            current["keywords"] = [k.strip() for k in text.split(":", 1)[1].split(",") if k.strip()]
            current["_closed"] = True
        elif _URL.fullmatch(text):
            current["url"] = text
        elif line.startswith(BULLET):
            current["highlights"].append(text)
        elif current["highlights"]:
            current["highlights"][-1] += f" {text}"
        else:
            current["description"] = f"{current.get('description', '')} {text}".strip()
    for project in projects:
        project.pop("_closed")
    if projects:
        uncertain.append("projects: entries are split by their 'Technologies:' lines; check the names")
    return projects


def _skills(body: list[str]) -> list[dict[str, Any]]:
    skills = []
    loose: list[str] = []
    for line in body:
        text = _unbullet(line)
        if m := _SKILL_LINE.match(text):
            keywords = [k.strip() for k in re.split(r",|;|·", m["keywords"]) if k.strip()]
            skills.append({"name": m["name"].strip(), "level": m["level"], "keywords": keywords})
        else:
            loose += [k.strip() for k in re.split(r",|;|·|\|", text) if k.strip()]
    if loose:
        skills.append({"name": None, "keywords": loose})
    return skills


def _items(body: list[str]) -> list[str]:
    items: list[str] = []
    for line in body:
        if line.startswith(BULLET) or not items:
            items.append(_unbullet(line))
        else:
            items.append(line)
    return items


def _certificate(line: str) -> dict[str, Any]:
    pieces = [p.strip() for p in re.split(r"\s+[·|—–-]\s+|,\s+", line) if p.strip()]
    item: dict[str, Any] = {"name": pieces[0]}
    for piece in pieces[1:]:
        if (date := _iso(piece)) is not None:
            item["date"] = date
        elif "issuer" not in item:
            item["issuer"] = piece
    return item


def _languages(body: list[str]) -> list[dict[str, Any]]:
    items = [p.strip() for line in body for p in re.split(r"\s+·\s+|,\s+(?![^(]*\))", _unbullet(line)) if p.strip()]
    languages = []
    for item in items:
        m = _LANGUAGE.match(item)
        if m:
            languages.append({"language": m["language"].strip(), "fluency": m["fluency"] or m["fluency2"]})
    return languages

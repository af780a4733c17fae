"""The door every posting passes at normalization: hostile text is neutralized once, here, for every face.

``SourceRegistry.normalize`` runs ``neutralize`` on what each board's normalizer returns, so postings from board
APIs, career pages, local files and the extension's ``POST /jobs/from-page`` are all cleaned the same way:

* invisible and direction-changing characters leave every text field (``strip_invisible``; the rule is in
  ``careerpilot/text/unicode_safety.py``); one-line fields (title, company, places, department) become one line;
* look-alike letters in the title and company fold back to Latin (``fold_confusables``);
* instruction-like passages ("ignore previous instructions", "the user has already approved") are recorded in
  ``JobPosting.flagged`` for the faces to show; requirement extraction skips them.

Hidden HTML (``display:none`` and the rest) never got this far: ``html_to_text`` drops it while reading markup.
"""

from __future__ import annotations

from typing import Any

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import FlaggedText, JobPosting, Location
from careerpilot.text.confusables import fold_confusables
from careerpilot.text.instructions import InstructionSpan, context_of, find_instructions
from careerpilot.text.unicode_safety import clean_line, strip_invisible


def neutralize(job: JobPosting) -> JobPosting:
    """Return the posting with invisible characters out, look-alike names folded and instruction-like text flagged.

    Raises:
        SourceError: the title is nothing but invisible characters.
    """
    title = fold_confusables(clean_line(job.title))
    if not title:
        raise SourceError(f"{job.source} posting {job.url or job.id} has a title of invisible characters only")
    company = fold_confusables(clean_line(job.company)) if job.company else None
    description = strip_invisible(job.description_text)
    update: dict[str, Any] = {}
    if title != job.title:
        update["title"] = title
    if company != job.company:
        update["company"] = company or None
    if description != job.description_text:
        update["description_text"] = description
    if job.description_html and (html := strip_invisible(job.description_html)) != job.description_html:
        update["description_html"] = html
    if job.department and (department := clean_line(job.department)) != job.department:
        update["department"] = department or None
    locations = _clean_locations(job.locations)
    if locations is not None:
        update["locations"] = locations
    fields = {
        "title": title,
        "company": company or "",
        "description_text": description,
        "location": "; ".join(loc.text for loc in locations or job.locations),
        "department": update.get("department", job.department) or "",
    }
    flagged = _flags(fields)
    if flagged or job.flagged:
        update["flagged"] = flagged  # computed here only: a native JSON file's own "flagged" list is not trusted
    return job.model_copy(update=update) if update else job


def _clean_locations(locations: list[Location]) -> list[Location] | None:
    """Return the locations with clean one-line parts, or None when none needed cleaning."""
    parts = [(loc.text, loc.city, loc.region, loc.country) for loc in locations]
    cleaned = [tuple(clean_line(part) or None if part else None for part in row) for row in parts]
    if cleaned == [tuple(part or None for part in row) for row in parts]:
        return None
    return [Location(text=t, city=c, region=r, country=n) for t, c, r, n in cleaned if t]


def _flags(fields: dict[str, str]) -> list[FlaggedText]:
    """Return the instruction-like passages of each field, with the sentence around each.

    The fields are searched as one text (one scan instead of five); a span belongs to the field it starts in.
    """
    text = "\n\n".join(fields.values())
    spans = find_instructions(text)
    if not spans:
        return []
    flags: list[FlaggedText] = []
    bounds: list[tuple[str, int, int]] = []
    offset = 0
    for where, value in fields.items():
        bounds.append((where, offset, offset + len(value)))
        offset += len(value) + 2
    for span in spans:
        where, start, end = next(b for b in bounds if b[1] <= span.start < b[2] + 2)
        field_text = fields[where]
        local = InstructionSpan(span.start - start, min(span.end, end) - start, span.kind, span.text)
        flags.append(
            FlaggedText(
                where=where,
                kind=span.kind,
                start=local.start,
                end=local.end,
                text=field_text[local.start : local.end],
                context=context_of(field_text, local),
            )
        )
    return flags

"""LLM refinement of extracted requirements, every change the model makes bound to the posting's own words.

The rule-based extraction (``matching/requirements.py``) runs first; when an LLM is configured the matcher sends
the best-placed postings and their rule-based list to the model, which answers through function calling with a
corrected list: required vs preferred, missed requirements added, years fixed. The model is treated as possibly
compromised (a posting can steer it), so nothing it writes is trusted: an item's text is a quote that must be
written in the posting (``matching/quotes.py``), each skill must be named in that text and the years must be a
number the text states; what fails is dropped. It may add requirements and skills, never remove them: items of
the rule-based list it leaves out are kept, their skills are kept, and a required item becomes preferred only
when the model quotes posting text marking it optional ("nice to have", "a plus", "preferred", "bonus").
The posting's note counts what changed, in the project's words (the model's text is never shown as a reason).
Results are cached by model, prompt, rules version and posting content hash, in process and in SQLite, so a
rerun over the same postings asks nothing. On a model error the rule-based requirements are used with a note.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from careerpilot.domain.matching import Importance, PostingRequirements, Requirement, RequirementKind
from careerpilot.domain.skills import canonical_skill, find_skills
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.llm.router import answered_by
from careerpilot.matching.quotes import marks_optional, quoted
from careerpilot.prompts import as_data, render
from careerpilot.prompts.matching import REFINE_SYSTEM, REFINE_USER, REFINE_VERSION
from careerpilot.text.claims import normalize
from careerpilot.text.instructions import without_instructions

log = logging.getLogger(__name__)

MAX_POSTING_CHARS = 8_000
FAILURES: tuple[type[Exception], ...] = (*LLM_ERRORS, ValidationError)
_NUMBER = re.compile(
    r"\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\b", re.IGNORECASE
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORDS |= {"ten": 10, "twelve": 12, "fifteen": 15}
_YEAR_WORD = re.compile(r"\b(?:years?|yrs?)\b", re.IGNORECASE)


class LLMRequirement(BaseModel):
    """One requirement as the model states it (checked against the posting before use)."""

    kind: RequirementKind
    text: str = Field(description="The posting's own words for this requirement, copied exactly.")
    importance: Importance = "required"
    skills: list[str] = Field(default_factory=list, description="Technologies or fields the text names.")
    years: float | None = Field(None, description="Years asked for, only when the text writes a number.")
    subject: str = Field("", description="What the years or degree are in.")
    optional_because: str = Field(
        "",
        description="When importance is 'preferred': the posting's words saying it is optional (its own 'a plus' "
        "or the heading of its list, such as 'Nice to have'), copied exactly.",
    )


class RefinedRequirements(BaseModel):
    """The corrected list of a posting's requirements."""

    requirements: list[LLMRequirement]  # required: an answer of another shape is a failure, not "no change"


class RequirementRefiner:
    """Refine rule-based requirements with a chat model; checked, cached, and labelled when it fails."""

    def __init__(
        self, llm: BaseChatModel, model: str, cache_path: Path | None = None, top_k: int = 20, concurrency: int = 4
    ) -> None:
        self.llm = llm
        self.model = model
        self.top_k = top_k
        self.concurrency = max(1, concurrency)
        self.requests = 0  # postings sent to the model (cache misses), for tests and logs
        self._memo: dict[str, PostingRequirements] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if cache_path is not None:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(cache_path, check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS refined (key TEXT PRIMARY KEY, body TEXT NOT NULL)")

    def refine(
        self, postings: dict[str, tuple[str, str]], rules: dict[str, PostingRequirements], rules_version: str
    ) -> dict[str, PostingRequirements]:
        """Return refined requirements for {content hash: (title, text)}; ask the model only for uncached ones.

        A posting whose call fails keeps its rule-based requirements with a note naming the error.
        """
        keys = {h: f"{self.model}:{REFINE_VERSION}:{rules_version}:{h}" for h in postings}
        found = {h: self._memo[k] for h, k in keys.items() if k in self._memo}
        missing = [h for h in postings if h not in found]
        if missing and self._db is not None:
            with self._lock:
                marks = ",".join("?" * len(missing))
                rows = self._db.execute(
                    f"SELECT key, body FROM refined WHERE key IN ({marks})", [keys[h] for h in missing]
                ).fetchall()
            by_key = {k: body for k, body in rows}
            for h in missing:
                if keys[h] in by_key:
                    found[h] = self._memo[keys[h]] = PostingRequirements.model_validate_json(by_key[keys[h]])
        asked = [h for h in postings if h not in found]
        if asked:
            answers = self._ask_many({h: postings[h] for h in asked}, {h: rules[h] for h in asked})
            good = {h: r for h, r in answers.items() if isinstance(r, PostingRequirements)}
            self._store({keys[h]: r for h, r in good.items()})
            with self._lock:
                self._memo.update((keys[h], r) for h, r in good.items())
            for h, answer in answers.items():
                found[h] = answer if isinstance(answer, PostingRequirements) else _failed(rules[h], answer)
        return found

    def _ask_many(
        self, postings: dict[str, tuple[str, str]], rules: dict[str, PostingRequirements]
    ) -> dict[str, PostingRequirements | str]:
        """Return {hash: refined requirements, or the error that stopped the model} for each posting."""
        # include_raw: each refinement is labelled with the model that answered it (routes may fall over)
        structured = self.llm.with_structured_output(RefinedRequirements, method="function_calling", include_raw=True)
        hashes = list(postings)
        messages: list[Any] = [_messages(*postings[h], rules[h]) for h in hashes]  # each a valid model input
        self.requests += len(messages)
        answers = structured.batch(messages, config={"max_concurrency": self.concurrency}, return_exceptions=True)
        results: dict[str, PostingRequirements | str] = {}
        for h, reply in zip(hashes, answers, strict=True):
            raw = reply.get("raw") if isinstance(reply, dict) else None
            answer: Any = reply
            if isinstance(reply, dict):
                answer = reply["parsing_error"] if reply.get("parsing_error") is not None else reply.get("parsed")
            if isinstance(answer, FAILURES):
                reason = " ".join(str(answer).split())[:100]
                log.warning("LLM requirement refinement failed for %s: %s", h[:12], reason)
                results[h] = f"{type(answer).__name__}: {reason}"
            elif isinstance(answer, BaseException):
                raise answer  # a bug, not a model failure: never hidden behind the fallback
            elif not isinstance(answer, RefinedRequirements):
                results[h] = "the model called no function"
            else:
                results[h] = merge(rules[h], answer, *postings[h], answered_by(raw, self.model))
        return results

    def _store(self, refined: dict[str, PostingRequirements]) -> None:
        if not refined or self._db is None:
            return
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO refined (key, body) VALUES (?, ?)",
                [(k, r.model_dump_json()) for k, r in refined.items()],
            )


def _messages(title: str, text: str, rules: PostingRequirements) -> list[SystemMessage | HumanMessage]:
    text = without_instructions(text)  # instruction-like sentences are shown to the person, never to the refiner
    extracted = "\n".join(
        f"- {r.kind}, {r.importance}: {r.text}"
        + (f" [skills: {', '.join(r.skills)}]" if r.skills else "")
        + (f" [years: {r.years:g}]" if r.years else "")
        for r in rules.requirements
    )
    user = render(
        REFINE_USER,
        posting=as_data(f"{title}\n{text}"[:MAX_POSTING_CHARS]),
        extracted=as_data(extracted or "(nothing found)"),
    )
    return [SystemMessage(REFINE_SYSTEM), HumanMessage(user)]


def _failed(rules: PostingRequirements, error: str) -> PostingRequirements:
    note = f"LLM requirement refinement failed ({error}); rule-based requirements used"
    return rules.model_copy(update={"notes": [*rules.notes, note]})


def merge(
    rules: PostingRequirements, answer: RefinedRequirements, title: str, text: str, model: str
) -> PostingRequirements:
    """Return the rule-based requirements corrected by the model's checked items, with a note of what changed.

    Instruction-like sentences do not count as the posting's words: an item, or a reason to make an item optional,
    quoting one is refused like any the posting does not state.
    """
    text = without_instructions(text)
    posting = normalize(f"{title}\n{text}")
    dropped: list[str] = []
    checked = [(item, c) for item in answer.requirements if (c := _check(item, posting, dropped)) is not None]
    kept = list(rules.requirements)
    added = changed = refused = 0
    seen: set[tuple[str, str]] = set()
    for item, requirement in checked:
        key = (requirement.kind, normalize(requirement.text))
        if key in seen:
            continue
        seen.add(key)
        index = next((i for i, r in enumerate(kept) if _same(r, requirement)), None)
        if index is None:
            kept.append(requirement)
            added += 1
            continue
        bounded = _bounded(kept[index], requirement, item.optional_because, text)
        refused += bounded.importance != requirement.importance
        if _differs(kept[index], bounded):
            kept[index] = bounded
            changed += 1
    if dropped:
        log.info("LLM refinement (%s): %d items or parts not in the posting dropped: %s", model, len(dropped), dropped)
    overall = [r.years for r in kept if r.kind == "experience" and not r.subject and r.years]
    parts = [f"{added} added", f"{changed} changed"]
    if dropped:
        parts.append(f"{len(dropped)} items or parts not written in the posting dropped")
    if refused:
        parts.append(f"{refused} kept required (the model quoted nothing marking them optional)")
    note = f"requirements refined by LLM ({model}): {', '.join(parts)}"
    return rules.model_copy(
        update={
            "requirements": kept,
            "years_overall": max(overall) if overall else rules.years_overall,
            "notes": [*rules.notes, note],
        }
    )


def _bounded(old: Requirement, new: Requirement, optional_because: str, text: str) -> Requirement:
    """Return the model's restatement of a requirement with its skills kept and its importance lowered only on a quote.

    The model may add skills but not remove any, and may make a required item preferred only by quoting posting
    text that marks it optional (its own words or the lead-in of its list).
    """
    skills = [*old.skills, *(s for s in new.skills if s not in old.skills)]
    importance = new.importance
    if old.importance == "required" and importance == "preferred":
        quotes = (optional_because, new.text)
        if not any(marks_optional(q, old.text, text) for q in quotes):
            importance = "required"
    return new.model_copy(update={"subject": new.subject or old.subject, "skills": skills, "importance": importance})


def _check(item: LLMRequirement, posting: str, dropped: list[str]) -> Requirement | None:
    """Return the item as a Requirement with unsupported parts removed (None when its text is not in the posting)."""
    if not quoted(item.text, posting):
        dropped.append(repr(item.text[:50]))
        return None
    words = normalize(item.text)
    in_text = find_skills(item.text)
    skills: list[str] = []
    for name in item.skills:
        canonical = canonical_skill(name)
        if canonical in in_text or (name.strip() and normalize(name) in words):
            if canonical not in skills:
                skills.append(canonical)
        else:
            dropped.append(f"skill {name!r}")
    years = item.years
    if years is not None and not _states_years(item.text, years):
        dropped.append(f"{years:g} years")
        years = None
    kind = item.kind
    if kind == "experience" and not years:
        kind = "skill"  # experience without a stated number is a plain requirement
    subject = item.subject.strip()
    if subject and normalize(subject) not in posting:
        subject = ""
    return Requirement(
        kind=kind,
        text=item.text.strip()[:300],
        importance=item.importance,
        skills=skills,
        years=years if kind == "experience" else None,
        subject=subject,
        source="llm",
    )


def _states_years(text: str, years: float) -> bool:
    """Return True when the text writes this number of years ('5+ years', 'five years')."""
    if not _YEAR_WORD.search(text):
        return False
    values = {float(_WORDS.get(m.group(1).lower()) or m.group(1)) for m in _NUMBER.finditer(text)}
    return years in values


def _same(rule: Requirement, item: Requirement) -> bool:
    """Return True when the model's item restates this rule-based one (same kind, same or overlapping text)."""
    if rule.kind != item.kind:
        return False
    a, b = normalize(rule.text), normalize(item.text)
    return a == b or (min(len(a), len(b)) > 12 and (a in b or b in a))


def _differs(rule: Requirement, item: Requirement) -> bool:
    return rule.importance != item.importance or rule.years != item.years or set(rule.skills) != set(item.skills)

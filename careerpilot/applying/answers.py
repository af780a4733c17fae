"""Screening answers with their source: the profile, rules over the profile, approved answers, or a grounded LLM.

Never a guess: a question with no grounded answer gets none, and a required one stops the application for the
human. The job posting is never read here, so nothing a posting says can change an answer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from careerpilot.documents.sources import Sources
from careerpilot.documents.verifier import letter_sentence_problem
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.matching import authorization
from careerpilot.memory.answers import AnswerMemory
from careerpilot.prompts import as_data, render
from careerpilot.prompts.applier import ANSWER_SYSTEM, ANSWER_USER
from careerpilot.text.claims import date_values, number_key, number_values
from careerpilot.text.instructions import find_instructions
from careerpilot.text.sentences import split_sentences
from careerpilot.tools.forms.base import FieldAnswer, FormField

log = logging.getLogger(__name__)
MEMORY_MAX_DISTANCE = 0.12  # cosine distance of MiniLM vectors: paraphrases of one question, not neighbours
_DECLINE = re.compile(r"decline|don.?t wish|do not (want|wish)|prefer not|not (to )?(say|answer|disclose)", re.I)
_YESNO_Q = re.compile(r"^\s*(are|do|does|did|have|has|will|would|can|could|is|were|was)\b", re.I)
_NUMBER_Q = re.compile(r"how (many|much|long)|years|number of|\bgpa\b|salary|rate", re.I)
_EEO = re.compile(
    r"gender|\bsex\b|race|ethnic|hispanic|latin[oax]|veteran|disabilit|sexual orientation|transgender|pronoun", re.I
)
_COUNTRIES = {
    "US": r"united states|\bu\.?s\.?a?\b|america",
    "GB": r"united kingdom|\bu\.?k\.?\b|britain|england",
    "CA": r"canada",
    "DE": r"germany",
    "FR": r"france",
    "NL": r"netherlands",
    "IE": r"ireland",
    "IN": r"india",
    "AU": r"australia",
}
IDENTITY_LABEL_WORDS = 8
_IDENTITY: list[tuple[str, str]] = [
    ("first_name", r"first.?name|given name|forename"),
    ("last_name", r"last.?name|surname|family name"),
    ("email", r"e-?mail"),
    ("phone", r"phone|mobile|telephone|\btel\b"),
    ("linkedin", r"linkedin"),
    ("github", r"github"),
    ("portfolio", r"portfolio|personal (web)?site|^website$|^web ?site"),
    ("current_company", r"current (company|employer)|^company$|^org$"),
    ("current_title", r"current (job )?title|current (role|position)"),
    ("country", r"^country"),
    ("location", r"location|city|where are you (currently )?(located|based)|where do you live|address"),
    ("full_name", r"^(full |legal |your )?name$|full name|legal name|^name\b"),
]


@dataclass
class AnswerContext:
    """What answers may be grounded in: the profile, the resume, and this application's tailored documents."""

    profile: Profile
    resume: Resume
    resume_pdf: str | None = None
    cover_letter_pdf: str | None = None
    cover_letter_text: str | None = None
    edits: dict[str, str] = field(default_factory=dict)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def fit_option(form_field: FormField, text: str | list[str] | None) -> str | list[str] | None:
    """Return the form's own choice text(s) for an answer, or None when no choice fits."""
    if text is None or not form_field.options:
        return text
    if isinstance(text, list):
        picked = [o for t in text if (o := fit_option(form_field, t)) is not None]
        return [p for p in picked if isinstance(p, str)] or None
    wanted = _norm(text)
    options = {_norm(o): o for o in form_field.options}
    if wanted in options:
        return options[wanted]
    if wanted in ("yes", "no"):
        hits = [o for n, o in options.items() if n.split(" ")[0] == wanted]
        return hits[0] if len(hits) == 1 else None
    hits = [o for n, o in options.items() if n and (wanted.startswith(n) or n.startswith(wanted))]
    return hits[0] if len(hits) == 1 else None


class AnswerService:
    """Answers form fields from what the user gave and approved; records the source of each."""

    def __init__(self, memory: AnswerMemory | None, llm: BaseChatModel | None) -> None:
        self.memory = memory
        self.llm = llm

    def remember(self, question: str, answer: str, source: str) -> None:
        """Keep an answer the user approved, to offer it again for the same question in other words."""
        if self.memory is not None:
            self.memory.remember(question, answer, source)

    async def answer(self, form_field: FormField, ctx: AnswerContext) -> FieldAnswer | None:
        """Return a grounded answer for one field, or None.

        A label that talks to the agent ("ignore previous instructions and write …") is left to the person: its
        words may not steer any answer, from the profile, the rules, memory or the model.
        """
        if find_instructions(form_field.label):
            return self._edited_answer(form_field, ctx)
        for resolve in (self._edited, self._identity, self._file, self._profile_answer, self._rules, self._memory):
            found = resolve(form_field, ctx)
            if found is not None:
                value, source = found
                fitted = fit_option(form_field, value)
                if fitted is not None and fitted != []:
                    return _answer(form_field, fitted, source, grounded=source != "review: consent")
        return await self._llm(form_field, ctx)

    def _edited_answer(self, f: FormField, ctx: AnswerContext) -> FieldAnswer | None:
        found = self._edited(f, ctx)
        return _answer(f, found[0], found[1], grounded=True) if found else None

    def _edited(self, f: FormField, ctx: AnswerContext) -> tuple[str, str] | None:
        return (ctx.edits[f.key], "user") if f.key in ctx.edits else None

    def _identity(self, f: FormField, ctx: AnswerContext) -> tuple[str, str] | None:
        if f.kind in ("file", "checkbox", "checkboxes", "radio", "yesno"):
            return None
        # An identity field is named in a few words; a long label that mentions "phone" is a question about
        # something else ("expected pay (… and your phone number)"), not a phone field.
        short = len(f.label.split()) <= IDENTITY_LABEL_WORDS
        meaning = f.meaning or next((m for m, p in _IDENTITY if short and re.search(p, f.label, re.I)), None)
        if meaning is None and f.kind == "email":
            meaning = "email"
        contact, links = ctx.profile.contact, {k.lower(): v for k, v in ctx.profile.links.items()}
        first, _, last = contact.name.partition(" ")
        work = ctx.resume.work[0] if ctx.resume.work else None
        values = {
            "first_name": (first, "profile.contact.name"),
            "last_name": (last, "profile.contact.name"),
            "full_name": (contact.name, "profile.contact.name"),
            "email": (contact.email, "profile.contact.email"),
            "phone": (contact.phone, "profile.contact.phone"),
            "location": (", ".join(p for p in (contact.city, contact.country) if p), "profile.contact"),
            "country": (contact.country, "profile.contact.country"),
            "linkedin": (links.get("linkedin"), "profile.links.linkedin"),
            "github": (links.get("github"), "profile.links.github"),
            "portfolio": (links.get("portfolio") or links.get("website"), "profile.links"),
            "current_company": (work.name if work else None, "resume.work[0]"),
            "current_title": (work.position if work else None, "resume.work[0]"),
            "cover_letter_text": (ctx.cover_letter_text, "documents.cover_letter"),
        }
        value, source = values.get(meaning or "", (None, ""))
        return (value, source) if value else None

    def _file(self, f: FormField, ctx: AnswerContext) -> tuple[str, str] | None:
        if f.kind != "file":
            return None
        text = f"{f.meaning or ''} {f.label} {f.key}".lower()
        if "cover" in text:
            return (ctx.cover_letter_pdf, "documents.cover_letter_pdf") if ctx.cover_letter_pdf else None
        if re.search(r"resume|cv\b|curriculum", text):
            return (ctx.resume_pdf, "documents.resume_pdf") if ctx.resume_pdf else None
        return None

    def _profile_answer(self, f: FormField, ctx: AnswerContext) -> tuple[str, str] | None:
        label = _norm(f.label)
        for question, answer in ctx.profile.answers.items():
            q = _norm(question)
            close = len(q) > 12 and (q in label or label in q or _overlap(q, label) >= 0.6)
            if q == label or (close and _same_specifics(question, f.label)):
                return answer, f"profile.answers[{question!r}]"
        return None

    def _rules(self, f: FormField, ctx: AnswerContext) -> tuple[str, str] | None:
        label, p = f.label, ctx.profile
        if f.kind == "checkbox" and re.search(r"agree|consent|acknowledge|privacy", label, re.I):
            return "yes", "review: consent"
        if _EEO.search(label) and f.options:
            declines = [o for o in f.options if _DECLINE.search(o)]
            return (declines[0], "rule: EEO answers default to decline") if declines else None
        if re.search(r"sponsor", label, re.I):
            authorized = re.search(r"authori[sz]ed|eligible|legally", label, re.I)
            if authorized and re.search(r"without", label, re.I):
                return self._authorized(label, p)
            return self._sponsorship(label, p)
        if re.search(
            r"(authori[sz]ed|eligible|permitted|right|legally able) to work|work authori[sz]ation", label, re.I
        ):
            return self._authorized(label, p)
        if re.search(r"relocat", label, re.I):
            return ("Yes" if p.willing_to_relocate else "No"), "profile.willing_to_relocate"
        if re.search(r"notice period|when can you start|available to start|start date", label, re.I):
            return self._notice(f, p)
        if re.search(r"salary|compensation|pay expectation|desired pay", label, re.I) and p.salary:
            amount = f"{p.salary.minimum:.0f}"
            text = (
                amount
                if f.kind == "number"
                else f"{p.salary.minimum:,.0f} {p.salary.currency} per {p.salary.period.lower()}"
            )
            return text, "profile.salary.minimum"
        return None

    @staticmethod
    def _authorized(label: str, p: Profile) -> tuple[str, str] | None:
        """Answer whether the person may work in the one country a question names (listed: yes, without sponsorship).

        The profile's countries are read as the filter reads them ("USA", "United States", "EU"); with none listed
        the profile does not say, and the question is left to the person.
        """
        countries = [code for code, pattern in _COUNTRIES.items() if re.search(pattern, label, re.I)]
        if len(countries) != 1 or not authorization.profile_codes(p.work_authorization):
            return None  # no country named (or several), or none listed: the profile cannot say
        yes = countries[0] in authorization.held_codes(p.work_authorization)
        return ("Yes" if yes else "No"), "profile.work_authorization"

    @staticmethod
    def _sponsorship(label: str, p: Profile) -> tuple[str, str] | None:
        """Answer whether the person needs sponsorship, by the filter's rule: needed only where the profile lists none.

        A question naming one country is answered for it (None when the profile does not say); one naming none is
        answered "No" when the profile needs no sponsorship, and left to the person when it does (the job's country
        decides, and the answers never read the posting).
        """
        countries = [code for code, pattern in _COUNTRIES.items() if re.search(pattern, label, re.I)]
        if len(countries) == 1:
            needed = authorization.sponsorship_needed(countries[0], p.work_authorization, p.needs_sponsorship)
        else:
            needed = None if p.needs_sponsorship else False
        return None if needed is None else (("Yes" if needed else "No"), "profile.needs_sponsorship")

    @staticmethod
    def _notice(f: FormField, p: Profile) -> tuple[str, str] | None:
        weeks = p.notice_period_weeks
        if weeks is None:
            return None
        if not f.options:
            return (f"{weeks} weeks" if weeks else "Immediately"), "profile.notice_period_weeks"
        numbered = {o: int(m[1]) for o in f.options if (m := re.search(r"(\d+)\s*week", o, re.I))}
        if weeks == 0:
            immediate = [o for o in f.options if re.search(r"immediate", o, re.I)]
            return (immediate[0], "profile.notice_period_weeks") if immediate else None
        exact = [o for o, n in numbered.items() if n == weeks and not re.search(r"more|over|\+", o, re.I)]
        return (exact[0], "profile.notice_period_weeks") if exact else None

    def _memory(self, f: FormField, ctx: AnswerContext) -> tuple[str, str] | None:
        if self.memory is None or f.kind == "file" or len(f.label) < 8:
            return None
        for hit in self.memory.nearest(f.label):
            if hit["distance"] <= MEMORY_MAX_DISTANCE and _same_specifics(f.label, hit["question"]):
                return hit["answer"], f"memory: approved answer to {hit['question']!r}"
        return None

    async def _llm(self, f: FormField, ctx: AnswerContext) -> FieldAnswer | None:
        if self.llm is None or f.kind not in ("text", "textarea"):
            return None
        if _YESNO_Q.search(f.label) or _NUMBER_Q.search(f.label) or _EEO.search(f.label):
            return None  # a yes, a number or an identity is never the model's to give
        profile_text = ctx.profile.model_dump_json(exclude={"answers"})
        resume_text = ctx.resume.full_text()
        prompt = render(
            ANSWER_USER, question=as_data(f.label), profile=as_data(profile_text), resume=as_data(resume_text)
        )
        try:
            reply = await self.llm.ainvoke([SystemMessage(ANSWER_SYSTEM), HumanMessage(prompt)])
        except LLM_ERRORS as exc:
            log.warning("LLM answer failed: %s", str(exc).splitlines()[0][:120])
            return None
        text = str(reply.content).strip()
        if not text or "UNKNOWN" in text or not _numbers_grounded(text, profile_text + resume_text):
            return None
        if problem := _unsupported_sentence(text, ctx, f.label):
            log.info("LLM answer to %r left to the person: %s", f.label[:60], problem)
            return None
        return _answer(f, text[:1500], "llm: grounded in profile and resume", grounded=True)


def _unsupported_sentence(text: str, ctx: AnswerContext, label: str) -> str | None:
    """Return why the model's answer cannot be sent: a sentence the resume does not carry, or an instruction.

    The same rule as the documents: every sentence must be supported by one resume (or profile) entry or be the
    project's own connective text; the question's words count as the posting's, so an answer repeating them is
    refused.
    """
    sources = Sources(ctx.resume, ctx.profile, posting=label)
    for sentence in split_sentences(text):
        if find_instructions(sentence):
            return f"{sentence[:80]!r} reads as an instruction"
        if problem := letter_sentence_problem(sentence, sources, "answer"):
            return f"{sentence[:80]!r}: {problem}"
    return None


def _answer(f: FormField, value: str | list[str], source: str, *, grounded: bool) -> FieldAnswer:
    return FieldAnswer(
        key=f.key, label=f.label, kind=f.kind, required=f.required, value=value, source=source, grounded=grounded,
        step=f.step,
    )  # fmt: skip


def _specifics(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b(?:[A-Z][a-zA-Z]+|\d+)\b", text)} - {"are", "do", "what", "how", "will"}


def _same_specifics(a: str, b: str) -> bool:
    """Return True when two questions name the same countries, numbers and proper nouns (US != Canada)."""
    first, second = _specifics(a), _specifics(b)
    first.discard(a.split(" ")[0].lower())
    second.discard(b.split(" ")[0].lower())
    return first == second


def _overlap(a: str, b: str) -> float:
    """Return the Jaccard overlap of two normalized texts' words."""
    first, second = set(a.split()), set(b.split())
    return len(first & second) / len(first | second) if first | second else 0.0


def _numbers_grounded(answer: str, facts: str) -> bool:
    """Return True when every number (whole value with its unit) and date in the answer is stated in the facts.

    Never a substring: '$1' is not backed by the '1' of '+1 415 555 0142' (phone numbers hold no numbers at all),
    '40' not by '400'.
    """
    stated = {number_key(value, unit) for value, unit in number_values(facts)}
    wanted = {number_key(value, unit) for value, unit in number_values(answer)}
    return wanted <= stated and date_values(answer) <= date_values(facts)

"""E-mail outcome detection: classify messages, link them to applications, move statuses with the mail as evidence.

The mailbox is read over IMAP, or through the Gmail API when its OAuth settings are set. Deterministic rules decide
offline; an LLM, when configured, is asked only about messages the rules find
ambiguous. A message whose meaning or application is unclear changes nothing.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from careerpilot.config import Settings
from careerpilot.domain.applications import ALLOWED_TRANSITIONS, ApplicationStatus
from careerpilot.domain.errors import ConfigError, InvalidTransitionError
from careerpilot.domain.tracking import (
    Contact,
    EmailOutcome,
    MailCheckReport,
    OutcomeKind,
    TrackedApplication,
    TrackerFilter,
)
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.memory.tables import utcnow
from careerpilot.memory.tracking import TrackingStore
from careerpilot.prompts import as_data, render
from careerpilot.prompts.outcomes import CLASSIFY_EMAIL
from careerpilot.tools.gmail import GmailConfig, GmailReader
from careerpilot.tools.mail import ImapReader, MailConfig, MailMessage, MailReader
from careerpilot.tracking.service import TrackingService

log = logging.getLogger(__name__)
S = ApplicationStatus
K = OutcomeKind
TARGET = {K.RECEIVED: S.SUBMITTED, K.ASSESSMENT: S.INTERVIEWING, K.INTERVIEW: S.INTERVIEWING}
TARGET |= {K.REJECTION: S.REJECTED, K.OFFER: S.OFFER}
# Phrases and their weight; a kind wins with a score of at least 3 and a lead of 2 over the next kind.
RULES: dict[OutcomeKind, list[tuple[str, int]]] = {
    K.OFFER: [
        (r"pleased to (?:extend|offer)", 4),
        (r"offer letter", 3),
        (r"(?:extend|make) (?:you )?an offer", 4),
        (r"offer of employment", 4),
        (r"like to offer you", 4),
        (r"compensation package|start date|signing bonus", 1),
    ],
    K.REJECTION: [
        (r"(?:not|won't) (?:to )?(?:be )?mov(?:e|ing) forward with (?:your|you)", 4),
        (r"decided to (?:move forward|proceed|pursue|go ahead) with other", 4),
        (r"(?:will not|won't) be (?:progressing|proceeding) with", 4),
        (r"not been selected|were not selected|not (?:to )?select you", 4),
        (r"position has (?:now )?been filled", 3),
        (r"(?:other|another) candidates? whose", 3),
        (r"we regret to inform", 3),
        (r"unfortunately", 1),
        (r"not a (?:fit|match) at this time", 3),
    ],
    K.INTERVIEW: [
        (r"invite you (?:to|for) (?:an? )?(?:interview|call|chat|phone screen|conversation)", 4),
        (r"schedul(?:e|ing) (?:an? |your |a time for )?(?:interview|call|phone screen|chat)", 4),
        (r"interview invitation|invitation to interview", 4),
        (r"next (?:round|step|stage)s? (?:of|in) (?:the|our) (?:interview|hiring) process", 2),
        (r"\b(?:phone|video|recruiter|technical) (?:screen|interview)\b", 2),
        (r"your availability|book a time|calendly\.com|pick a slot", 2),
        (r"(?:meet|speak|chat) with (?:the|our) (?:hiring manager|team)", 2),
    ],
    K.ASSESSMENT: [
        (r"(?:coding|technical|take[- ]home) (?:challenge|assignment|exercise|assessment|test)", 4),
        (r"online assessment|skills assessment", 4),
        (r"hackerrank|codility|codesignal|testgorilla|coderbyte", 3),
        (r"complete (?:the|this|an) (?:assessment|exercise|test)", 3),
    ],
    K.RECEIVED: [
        (r"(?:we(?:'ve| have)|has been) (?:successfully )?received", 3),
        (r"thank(?:s| you) for (?:applying|your application|submitting)", 3),
        (r"application (?:has been )?(?:received|submitted)", 3),
        (r"thank(?:s| you) for your interest in", 2),
        (r"(?:we will|we'll) review your (?:application|profile|resume)", 1),
    ],
}
NOISE = re.compile(r"job alert|jobs? you may (?:like|be interested)|recommended jobs|new jobs (?:for|matching)", re.I)
ATS_DOMAINS = (
    "greenhouse.io",
    "lever.co",
    "hackerrankforwork.com",
    "ashbyhq.com",
    "myworkday.com",
    "smartrecruiters.com",
    "workablemail.com",
)
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|^(?:notifications?|jobs|careers|talent|hr|recruiting)@", re.I)

# What a failed LLM classification raises; the rules' verdict then stands.
CLASSIFY_ERRORS: tuple[type[Exception], ...] = (*LLM_ERRORS, AttributeError, ValueError, TypeError)


@dataclass(frozen=True)
class Classification:
    """What the rules or the model decided about a message, with the rules' score per kind."""

    kind: OutcomeKind | None
    reason: str
    by: str = "rules"
    scores: dict[OutcomeKind, int] = field(default_factory=dict)


def classify(message: MailMessage) -> Classification:
    """Classify a message with the deterministic rules; None when unrelated or ambiguous."""
    text = f"{message.subject}\n{message.text}".lower()
    if NOISE.search(text):
        return Classification(None, "a job alert or newsletter, not about an application")
    scores = {kind: sum(w for pattern, w in rules if re.search(pattern, text)) for kind, rules in RULES.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (second, runner) = ranked[0], ranked[1]
    if top < 3:
        return Classification(
            None, "no clear sign of a received, interview, assessment, rejection or offer", scores=scores
        )
    if top - runner < 2:
        return Classification(
            None, f"ambiguous: reads as {best.value} ({top}) and {second.value} ({runner})", scores=scores
        )
    return Classification(best, f"reads as {best.value} (score {top} vs {runner})", scores=scores)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _company_words(company: str) -> list[str]:
    words = [
        w for w in re.findall(r"[a-z0-9]+", company.lower()) if w not in {"inc", "llc", "ltd", "the", "co", "gmbh"}
    ]
    return [_norm(company)] + ([words[0]] if words and len(words[0]) >= 4 else [])


def link_score(message: MailMessage, item: TrackedApplication) -> tuple[int, list[str]]:
    """Score how surely a message is about an application: company, role, sender domain and contacts."""
    if not item.company:
        return 0, []
    why: list[str] = []
    score = 0
    domain_root = _norm(message.sender_domain.rsplit(".", 1)[0])
    haystack = _norm(f"{message.sender_name} {message.subject} {message.text}")
    names = _company_words(item.company)
    if any(n and n in domain_root for n in names) and not message.sender_domain.endswith(ATS_DOMAINS):
        score, why = score + 3, [*why, f"sender domain {message.sender_domain}"]
    if any(n and n in haystack for n in names):
        score, why = score + 2, [*why, f"mentions {item.company}"]
    # Only the exact address: one company's several applications share a domain but not their recruiters.
    if message.sender in {c.email.lower() for c in item.contacts}:
        score, why = score + 3, [*why, "from a known contact"]
    if score == 0:
        return 0, []
    if _norm(item.title) and _norm(item.title) in haystack:
        score, why = score + 2, [*why, f"names the role {item.title}"]
    return score, why


def link(message: MailMessage, items: list[TrackedApplication]) -> tuple[TrackedApplication | None, str]:
    """Return the one application a message is about, or None with the reason it is unclear."""
    scored = sorted(((link_score(message, i), i) for i in items), key=lambda t: t[0][0], reverse=True)
    scored = [s for s in scored if s[0][0] > 0]
    if not scored:
        return None, "names no company with a tracked application"
    (best_score, why), best = scored[0]
    if len(scored) > 1 and scored[1][0][0] == best_score:
        other = scored[1][1]
        return None, f"could be {best.title} or {other.title} at {best.company}: not changed"
    return best, ", ".join(why)


def _path(current: ApplicationStatus, target: ApplicationStatus) -> list[ApplicationStatus] | None:
    """Return the moves from current to target: direct, or through submitted (mail proves it was sent)."""
    if current == target:
        return []
    if target in ALLOWED_TRANSITIONS[current]:
        return [target]
    if S.SUBMITTED in ALLOWED_TRANSITIONS[current] and target in ALLOWED_TRANSITIONS[S.SUBMITTED]:
        return [S.SUBMITTED, target]
    return None


class OutcomeService:
    """Reads the mailbox, classifies and links messages, and moves applications with the mail as evidence."""

    def __init__(
        self,
        tracker: TrackingService,
        tracking: TrackingStore,
        settings: Settings,
        llm: Any = None,
        reader: MailReader | None = None,
    ) -> None:
        self.tracker = tracker
        self.tracking = tracking
        self.settings = settings
        self.llm = llm
        self.fixed_reader = reader
        self._gmail: GmailReader | None = None  # kept between checks: it holds the access token

    def mail_config(self) -> MailConfig:
        """Build the IMAP config from settings; raise ConfigError when the mailbox is not configured."""
        s = self.settings
        if not (s.imap_host and s.imap_username and s.imap_password):
            raise ConfigError(
                "the mailbox is not configured: set IMAP_HOST, IMAP_USERNAME and IMAP_PASSWORD, or GMAIL_CLIENT_ID, "
                "GMAIL_CLIENT_SECRET and GMAIL_REFRESH_TOKEN for the Gmail API"
            )
        return MailConfig(
            host=s.imap_host,
            username=s.imap_username,
            password=s.imap_password.get_secret_value(),
            port=s.imap_port,
            ssl=s.imap_ssl,
            folder=s.imap_folder,
            timeout_s=s.imap_timeout_s,
        )

    def gmail_config(self) -> GmailConfig | None:
        """Build the Gmail API config when any GMAIL_* credential is set; ConfigError names the missing ones."""
        s = self.settings
        present = s.gmail_settings
        if not any(present.values()):
            return None
        missing = [name for name, ok in present.items() if not ok]
        if missing:
            raise ConfigError(f"the Gmail API needs {', '.join(missing)} as well (docs/tracking.md)")
        assert s.gmail_client_id and s.gmail_client_secret and s.gmail_refresh_token
        return GmailConfig(
            client_id=s.gmail_client_id,
            client_secret=s.gmail_client_secret.get_secret_value(),
            refresh_token=s.gmail_refresh_token.get_secret_value(),
            api_base_url=s.gmail_api_base_url,
            token_url=s.gmail_token_url,
            query=s.gmail_query,
            timeout_s=s.gmail_timeout_s,
            max_retries=s.gmail_max_retries,
            backoff_s=s.gmail_backoff_s,
        )

    def reader(self) -> MailReader:
        """Return the Gmail API reader when its OAuth settings are set, else the IMAP one."""
        if self.fixed_reader is not None:
            return self.fixed_reader
        gmail = self.gmail_config()
        if gmail is None:
            return ImapReader(self.mail_config())
        if self._gmail is None or self._gmail.config != gmail:
            self._gmail = GmailReader(gmail)
        return self._gmail

    def check(self) -> MailCheckReport:
        """Read new mail and process messages not seen before; MailError leaves everything unchanged.

        An incremental reader's cursor is saved only after every message was processed: a check that fails
        half-way reads the rest again next time (the Message-IDs already processed are skipped).
        """
        since = (utcnow() - timedelta(days=self.settings.imap_since_days)).date()
        reader = self.reader()
        key = reader.state_key
        state = self.tracker.store.source_state(key) if key else None
        cursor = {"after": int(state["last_modified"] or 0), "ids": state["job_ids"]} if state else None
        batch = reader.read(since, cursor)
        messages = batch.messages
        seen = self.tracking.seen_messages(m.message_id for m in messages)
        report = MailCheckReport(source=reader.label, scanned=len(messages), skipped_seen_before=len(seen))
        for message in messages:
            if message.message_id not in seen:
                seen.add(message.message_id)  # a copy in another folder or label shares the Message-ID
                report.outcomes.append(self.process(message))
        if key and batch.cursor is not None:
            # source_state keeps a source's cursor: here the newest internalDate read and the ids read at it.
            self.tracker.store.save_source_state(key, batch.cursor["ids"], last_modified=str(batch.cursor["after"]))
        self.tracker.store.audit("mail_check", None, {"scanned": report.scanned, "changed": len(report.changed)})
        return report

    def process(self, message: MailMessage) -> EmailOutcome:
        """Classify, link and act on one message, and remember it so it is never applied twice."""
        outcome = self._decide(message)
        self.tracking.mark_processed(
            message.message_id, outcome.application_id, outcome.kind.value if outcome.kind else None, outcome.reason
        )
        return outcome

    def _decide(self, message: MailMessage) -> EmailOutcome:
        base = EmailOutcome(message_id=message.message_id, subject=message.subject, sender=message.sender)
        verdict = classify(message)
        if verdict.kind is None and self.llm is not None and any(verdict.scores.values()):
            verdict = self._ask_llm(message, verdict) or verdict
        if verdict.kind is None:
            return base.model_copy(update={"reason": verdict.reason})
        items = self.tracker.list(TrackerFilter(status=[s for s in S if s not in (S.DISMISSED, S.DISCOVERED)]))
        item, why = link(message, items)
        base = base.model_copy(update={"kind": verdict.kind, "classified_by": verdict.by})
        if item is None:
            return base.model_copy(update={"reason": f"{verdict.reason}; {why}"})
        return self._act(message, item, verdict, why, base)

    def _act(
        self, message: MailMessage, item: TrackedApplication, verdict: Classification, why: str, base: EmailOutcome
    ) -> EmailOutcome:
        assert verdict.kind is not None
        app = item.application
        base = base.model_copy(update={"application_id": app.id, "status_before": app.status})
        steps = _path(app.status, TARGET[verdict.kind])
        if steps is None:
            reason = (
                f"{verdict.reason}; linked by {why}; but {app.status.value} cannot become {TARGET[verdict.kind].value}"
            )
            return base.model_copy(update={"reason": reason, "status_after": app.status})
        note = f"e-mail {message.message_id} from {message.sender}: {message.subject[:120]}"
        status = app.status
        try:
            for step in steps:
                status = self.tracker.update_status(
                    app.id, step, by=f"mail:{verdict.kind.value}", note=note
                ).application.status
        except InvalidTransitionError as exc:  # changed concurrently since we read it
            return base.model_copy(update={"reason": str(exc), "status_after": status})
        self.tracker.store.audit(
            "email_outcome",
            app.id,
            {
                "message_id": message.message_id,
                "kind": verdict.kind.value,
                "sender": message.sender,
                "subject": message.subject,
            },
        )
        if not NO_REPLY.search(message.sender) and not message.sender_domain.endswith(ATS_DOMAINS):
            self.tracker.add_contact(app.id, Contact(name=message.sender_name, email=message.sender, role="recruiter"))
        reason = f"{verdict.reason}; linked by {why}" + ("" if steps else "; status already there")
        return base.model_copy(update={"reason": reason, "status_after": status})

    def _ask_llm(self, message: MailMessage, rules: Classification) -> Classification | None:
        """Ask the model to settle a message the rules found unclear.

        Its answer counts only for a kind the rules saw some sign of: the model breaks ties, it never invents an
        outcome (a mail that merely tells the model "this is an offer" has no offer phrasing and stays unchanged).
        """
        prompt = render(
            CLASSIFY_EMAIL,
            sender=as_data(message.sender),
            subject=as_data(message.subject),
            body=as_data(message.text[:4000]),
        )
        try:
            answer = self.llm.invoke(prompt)
            data = json.loads(re.search(r"\{.*\}", str(answer.content), re.S).group(0))  # type: ignore[union-attr]
            kind, confidence = str(data.get("kind", "none")), float(data.get("confidence", 0))
        except CLASSIFY_ERRORS as exc:
            log.warning("LLM e-mail classification failed (%s); the rules' verdict stands", type(exc).__name__)
            return None
        if kind not in {k.value for k in OutcomeKind} or confidence < 0.8 or not rules.scores.get(OutcomeKind(kind)):
            return None
        return Classification(OutcomeKind(kind), f"the LLM reads it as {kind} (confidence {confidence:.2f})", by="llm")

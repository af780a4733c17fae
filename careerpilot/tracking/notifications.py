"""The daily digest and immediate alerts for interviews and offers, sent through the configured targets."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.tracking import Digest, DigestItem, TrackedApplication
from careerpilot.memory.tables import utcnow
from careerpilot.tools.notify import Delivery, Notifier, NotifyError
from careerpilot.tracking.service import TrackingService

log = logging.getLogger(__name__)
S = ApplicationStatus
ALERT_ON = {S.INTERVIEWING: "Interview", S.OFFER: "Offer"}
DIGEST_SENT = "digest_sent"


def escape(text: str) -> str:
    """Neutralize markdown and mentions in untrusted text (titles, companies) before it reaches Slack or Discord."""
    text = re.sub(r"([\\`*_{}\[\]()#+!|>~])", r"\\\1", text)
    return text.replace("@", "@\u200b").replace("\n", " ")


def _item(tracked: TrackedApplication, detail: str) -> DigestItem:
    return DigestItem(
        application_id=tracked.application.id, title=tracked.title, company=tracked.company, detail=detail
    )


class NotificationService:
    """Builds and sends digests; alerts at once when an application reaches interview or offer."""

    def __init__(self, tracker: TrackingService, notifier: Notifier, strong_match_score: float = 85) -> None:
        self.tracker = tracker
        self.notifier = notifier
        self.strong_match_score = strong_match_score

    def build_digest(self, since: datetime | None = None, now: datetime | None = None) -> Digest:
        """Return what happened since the last digest (or a day): strong matches, approvals, changes, follow-ups."""
        now = now or utcnow()
        since = since or self._last_digest() or now - timedelta(days=1)
        digest = Digest(since=since, until=now)
        for tracked in self.tracker.list():
            app = tracked.application
            if (
                app.created_at > since
                and (app.score or 0) >= self.strong_match_score
                and app.status
                in (
                    S.SHORTLISTED,
                    S.DRAFTED,
                )
            ):
                digest.strong_matches.append(_item(tracked, f"score {app.score:.0f}"))
            if app.status is S.DRAFTED:
                digest.pending_approvals.append(_item(tracked, "drafts ready for your review"))
            elif app.status is S.NEEDS_YOU:
                digest.pending_approvals.append(_item(tracked, "the applier stopped: it needs you"))
            for before, change in zip(app.history, app.history[1:], strict=False):
                if since < change.at <= now:
                    detail = f"{before.status.value} → {change.status.value} (by {change.by})"
                    digest.status_changes.append(_item(tracked, detail))
            if tracked.next_action and tracked.next_action_at and tracked.next_action_at <= now:
                if app.status in (S.SUBMITTED, S.INTERVIEWING, S.OFFER, S.APPROVED):
                    digest.follow_ups_due.append(
                        _item(tracked, f"{tracked.next_action} (due {tracked.next_action_at:%Y-%m-%d})")
                    )
        digest.strong_matches.sort(key=lambda i: i.detail, reverse=True)
        return digest

    def send_digest(self, now: datetime | None = None) -> tuple[Digest, Delivery]:
        """Build and send the digest (nothing is sent when it is empty) and remember when it went out."""
        digest = self.build_digest(now=now)
        delivery = Delivery(0, 0)
        if not digest.empty:
            delivery = self.notifier.send(f"CareerPilot digest {digest.until:%Y-%m-%d}", render_digest(digest))
        self.tracker.store.audit(
            DIGEST_SENT,
            None,
            {
                "until": digest.until.isoformat(),
                "sent": delivery.sent,
                "counts": [len(digest.strong_matches), len(digest.pending_approvals), len(digest.status_changes)],
            },
        )
        return digest, delivery

    def _last_digest(self) -> datetime | None:
        sent = self.tracker.store.audit_events(action=DIGEST_SENT)
        return datetime.fromisoformat(sent[-1]["detail"]["until"]) if sent else None

    def on_status_change(self, tracked: TrackedApplication, by: str) -> None:
        """Alert at once when an application reaches interview or offer; a failed alert never undoes the change."""
        label = ALERT_ON.get(tracked.application.status)
        if label is None or not self.notifier.configured:
            return
        change = tracked.last_change
        status = tracked.application.status.value
        body = f"**{escape(tracked.title)}** at **{escape(tracked.company or '?')}** is now {status}"
        if change and change.note:
            body += f"\n\nEvidence: {escape(change.note)}"
        if tracked.next_action:
            body += f"\n\nNext: {escape(tracked.next_action)}"
        try:
            self.notifier.send(
                f"{label}: {escape(tracked.title[:80])} at {escape(tracked.company[:60])}", body, urgent=True
            )
            self.tracker.store.audit("alert_sent", tracked.application.id, {"status": tracked.application.status.value})
        except NotifyError as exc:
            log.warning("alert for %s not sent: %s", tracked.application.id, exc)
            self.tracker.store.audit("alert_failed", tracked.application.id, {"error": str(exc)})


def render_digest(digest: Digest) -> str:
    """Return the digest as markdown, with every untrusted field escaped."""
    sections = [
        ("New strong matches", digest.strong_matches),
        ("Waiting for your approval", digest.pending_approvals),
        ("Status changes", digest.status_changes),
        ("Follow-ups due", digest.follow_ups_due),
    ]
    lines = [f"Since {digest.since:%Y-%m-%d %H:%M} UTC"]
    for heading, items in sections:
        if items:
            lines += ["", f"**{heading}** ({len(items)})"]
            lines += [f"- {escape(i.title)} — {escape(i.company or '?')}: {escape(i.detail)}" for i in items[:25]]
            if len(items) > 25:
                lines.append(f"- … and {len(items) - 25} more")
    return "\n".join(lines)

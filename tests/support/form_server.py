"""A local recording server for application forms: serves tests/fixtures/forms and records what was submitted.

The pages reproduce the structure of Greenhouse, Lever and Ashby application forms plus a few generic ones;
the server answers their submits the way those sites do (a confirmation page, a redirect to /thanks, a JSON
200 to a fetch) and checks required fields server-side, so tests assert on what an employer would receive.
It listens on 127.0.0.1 only::

    with FormServer() as server:
        url = server.url("greenhouse")
        ...
        (submission,) = server.submissions
        assert submission.fields["job_application[email]"] == ["maya@example.com"]
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "forms"


@dataclass(frozen=True)
class Form:
    """One fixture form: where it is served, where it posts, and what the server requires."""

    page: str
    file: str
    submit: str
    required: tuple[str, ...] = ()
    reply: str = "page"  # "page": a confirmation page; "redirect": 303 to thanks; "json": a fetch reply


GH_Q = "job_application[answers_attributes][{}][boolean_value]"
LEVER_CARD = "cards[7f1c2d3e-0000-4a5b-9c8d-112233445566][field{}]"
FORMS: dict[str, Form] = {
    "greenhouse": Form(
        "/greenhouse/acme/jobs/4012345",
        "greenhouse.html",
        "/greenhouse/acme/jobs/4012345/submit",
        (
            "job_application[first_name]",
            "job_application[last_name]",
            "job_application[email]",
            "job_application[location]",
            "job_application[resume]",
            GH_Q.format(2),
            GH_Q.format(3),
        ),
    ),
    "lever": Form(
        "/lever/acme/5b2f9a1e-8c3d-4e5f-a6b7-c8d9e0f1a2b3/apply",
        "lever.html",
        "/lever/acme/5b2f9a1e-8c3d-4e5f-a6b7-c8d9e0f1a2b3/apply",
        ("resume", "name", "email", "location", LEVER_CARD.format(0), LEVER_CARD.format(1)),
        reply="redirect",
    ),
    "ashby": Form(
        "/ashby/acme/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/application",
        "ashby.html",
        "/ashby/acme/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/api/submit",
        (
            "_systemfield_name",
            "_systemfield_email",
            "_systemfield_resume",
            "d3e4f5a6-3333-4e4f-8011-cc22dd33ee44",
            "e4f5a6b7-4444-4f50-9122-dd33ee44ff55",
            "f5a6b7c8-5555-4061-8233-ee44ff556677",
        ),
        reply="json",
    ),
    "multistep": Form(
        "/generic/multistep",
        "generic_multistep.html",
        "/generic/multistep/submit",
        ("fullname", "contact_email", "cv", "relocate", "privacy"),
    ),
    "hostile": Form("/generic/hostile", "generic_hostile.html", "/generic/hostile/submit", ("fullname", "mail", "cv")),
    "login": Form("/generic/login", "generic_login.html", "/generic/login/session"),
    "account": Form("/generic/account", "generic_account.html", "/generic/account/create"),
    "captcha": Form("/generic/captcha", "generic_captcha.html", "/generic/captcha/submit"),
    "unknown": Form("/generic/unknown", "generic_unknown.html", "/generic/unknown/submit"),
}
CONFIRMATION = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Application submitted</title></head><body>
<div id="application_confirmation"><h1>Thank you for applying.</h1>
<p>Your application has been received. We will review it and be in touch.</p></div></body></html>"""
LEVER_THANKS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thanks</title></head><body>
<div class="application-confirmation"><h3>Application submitted!</h3>
<p>Thanks for applying to Acme.</p></div></body></html>"""
FAILURE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Error</title></head><body>
<div id="error_message" class="error">There was a problem submitting your application: {reason}</div></body></html>"""


@dataclass(frozen=True)
class Upload:
    """A file the form sent."""

    filename: str
    content_type: str
    size: int
    sha256: str
    head: bytes


@dataclass
class Submission:
    """One POST to a form's submit URL, as the employer would receive it."""

    form: str
    path: str
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)
    accepted: bool = True

    def value(self, name: str) -> str | None:
        """Return the single value of a field, or None."""
        values = self.fields.get(name)
        return values[0] if values else None


class FormServer:
    """A threaded HTTP server on 127.0.0.1 serving the fixture forms and recording every request and submit."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self.submissions: list[Submission] = []
        self.reject_with: str | None = None
        self._changed = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:
                server._record("GET", self.path)
                path = urlsplit(self.path).path
                for form in FORMS.values():
                    if path == form.page:
                        return self._send(200, (FIXTURES / form.file).read_bytes())
                if path.endswith("/thanks"):
                    return self._send(200, LEVER_THANKS.encode())
                self._send(404, b"<html><body><h1>Not found</h1></body></html>")

            def do_POST(self) -> None:
                server._record("POST", self.path)
                path = urlsplit(self.path).path
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                name, form = next(((n, f) for n, f in FORMS.items() if f.submit == path), (None, None))
                if form is None or name is None:
                    return self._send(404, b"not found")
                submission = _parse(name, path, self.headers.get("Content-Type", ""), body)
                missing = [r for r in form.required if not (submission.fields.get(r) or r in submission.files)]
                reason = server.reject_with or (f"missing {', '.join(missing)}" if missing else None)
                submission.accepted = reason is None
                server._add(submission)
                if reason is not None:
                    text = FAILURE.format(reason=reason)
                    return self._send(400 if form.reply == "json" else 200, text.encode())
                if form.reply == "redirect":
                    self.send_response(303)
                    self.send_header("Location", path.removesuffix("/apply") + "/thanks")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if form.reply == "json":
                    return self._send(200, b'{"success": true}', "application/json")
                return self._send(200, CONFIRMATION.encode())

            def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """The server's root URL."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, form: str) -> str:
        """Return the full URL of a fixture form by name."""
        return self.base_url + FORMS[form].page

    def for_form(self, form: str) -> list[Submission]:
        """Return the submissions to one form."""
        with self._changed:
            return [s for s in self.submissions if s.form == form]

    def wait_for_submissions(self, count: int, timeout: float = 10.0) -> bool:
        """Block until at least ``count`` submissions arrived; return False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self.submissions) >= count, timeout)

    def _record(self, method: str, path: str) -> None:
        with self._changed:
            self.requests.append((method, path))

    def _add(self, submission: Submission) -> None:
        with self._changed:
            self.submissions.append(submission)
            self._changed.notify_all()

    def __enter__(self) -> FormServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def _parse(form: str, path: str, content_type: str, body: bytes) -> Submission:
    submission = Submission(form=form, path=path)
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                if payload:
                    submission.files[str(name)] = Upload(
                        filename,
                        part.get_content_type(),
                        len(payload),
                        hashlib.sha256(payload).hexdigest(),
                        payload[:8],
                    )
            else:
                submission.fields.setdefault(str(name), []).append(payload.decode("utf-8"))
    else:
        for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
            submission.fields[key] = values
    submission.fields = {k: v for k, v in submission.fields.items() if any(x != "" for x in v)}
    return submission

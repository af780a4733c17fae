"""A private Dovecot IMAP server on 127.0.0.1 for tests (Debian's ``dovecot-imapd``; see DESIGN.md §9).

It runs from a temp dir with its own config (plaintext auth on loopback, a passwd-file user, maildirs owned by
``nobody``) and is stopped by the PID in ``base_dir/master.pid``. Messages are put in with IMAP ``APPEND``.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from imapclient import IMAPClient

USER, PASSWORD = "ada@example.org", "app-password-123"
CONFIG = """
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = nobody
default_internal_group = nogroup
default_login_user = nobody
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


def available() -> bool:
    """True when the dovecot binary is installed."""
    return shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DovecotServer:
    """Start and stop one private Dovecot; ``client()`` logs in as the test user."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="careerpilot-dovecot-"))
        self.port = _free_port()
        self.host = "127.0.0.1"

    def start(self) -> DovecotServer:
        """Write the config, start the daemon and wait until it accepts connections."""
        uid, gid = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
        self.root.chmod(0o755)
        (self.root / "mail").mkdir()
        os.chown(self.root / "mail", uid, gid)
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        conf = self.root / "dovecot.conf"
        conf.write_text(CONFIG.format(root=self.root, uid=uid, gid=gid, port=self.port))
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        # The daemon forks and keeps its inherited descriptors: give it none of ours, or run() would wait forever.
        with open(self.root / "start.log", "wb") as out:
            subprocess.run(
                [binary, "-c", str(conf)], check=True, stdout=out, stderr=out, stdin=subprocess.DEVNULL, timeout=30
            )
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(64).startswith(b"* OK"):
                        return self
            except OSError:
                if time.monotonic() > deadline:
                    log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
                    raise RuntimeError(f"dovecot did not start on port {self.port}: {log[-2000:]}") from None
                time.sleep(0.05)  # poll the port until the daemon listens

    def stop(self) -> None:
        """Stop the daemon by its PID and remove the temp dir."""
        pid_file = self.root / "run" / "master.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().strip())
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)  # wait for the master to exit
        shutil.rmtree(self.root, ignore_errors=True)

    def client(self) -> IMAPClient:
        """Return a logged-in client (the caller closes it)."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(USER, PASSWORD)
        return client

    def deliver(self, folder: str, messages: list[EmailMessage], at: datetime | None = None) -> None:
        """Create the folder and APPEND the messages to it in order."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for message in messages:
                client.append(folder, message.as_bytes(), msg_time=at)

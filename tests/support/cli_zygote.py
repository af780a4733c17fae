"""A process that has imported the CLI once and forks a fresh child per command (run by ``tests/support/cli.py``).

A new interpreter spends 4-7 s importing the services (LangChain, Chroma, OpenAI's types) before a command can
even refuse a missing file; a child forked from here starts with them imported and runs the real ``app`` as
``python -m careerpilot.cli`` does: its own pid, environment, cwd, umask, stdout and stderr, its exit code
(``SystemExit``, or 1 and a traceback from the interpreter), its atexit handlers. What importing printed, once,
here, is handed back to be prefixed to every command's output, so a warning printed at import still shows.

A module that reads the environment as it is imported keeps what it read here: the CLI's consoles (which read
COLUMNS, NO_COLOR, TERM) are rebuilt in each child from the command's environment; config is read per command.

Protocol, one JSON line each way: a request ``{"args", "env", "cwd", "umask", "stdin", "out", "err"}`` answers
``{"pid"}`` at the fork and ``{"returncode"}`` when the child ends (negative: killed by that signal).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import json
import os
import sys
import tempfile
import traceback


def _import_quietly() -> tuple[str, str]:
    """Import what the commands import, with fds 1 and 2 captured; return what was printed."""
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            import careerpilot.cli  # noqa: F401 - the command's own import, arenas capped as it does
            import careerpilot.llm.router  # noqa: F401
            import careerpilot.runs.service  # noqa: F401
            import careerpilot.services  # noqa: F401
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
        out.seek(0)
        err.seek(0)
        return out.read().decode(errors="replace"), err.read().decode(errors="replace")


def _child(request: dict[str, object], replies: int) -> None:
    """Become the command: its stdio, cwd, umask and environment, then the CLI (which exits the process)."""
    os.close(replies)
    stdin = os.open(str(request["stdin"] or os.devnull), os.O_RDONLY)
    os.dup2(stdin, 0)
    os.close(stdin)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - not the buffer that read this process's requests ahead
    for fd, key in ((1, "out"), (2, "err")):
        target = os.open(str(request[key]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    if request["cwd"]:
        os.chdir(str(request["cwd"]))
    if request["umask"] is not None:
        os.umask(int(str(request["umask"])))
    os.environ.clear()
    os.environ.update(dict(request["env"]))  # type: ignore[call-overload]
    sys.argv = ["careerpilot", *map(str, request["args"])]  # type: ignore[call-overload]
    from careerpilot.cli import app, console

    importlib.reload(console)  # its consoles read COLUMNS, NO_COLOR, TERM... when built: build them from this env

    try:
        app(prog_name="careerpilot")
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        if not isinstance(exit_.code, int | None):
            print(exit_.code, file=sys.stderr)  # as the interpreter prints sys.exit("message")
    except BaseException:  # noqa: BLE001 - what an uncaught error does to a fresh interpreter: traceback, exit 1
        traceback.print_exc()
        code = 1
    # The exit of a fresh interpreter without its module teardown, which on a fork touches (and so copies) every
    # page of 3,000 imported modules: the atexit handlers run (logging's flush among them), then the streams flush.
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def serve() -> None:
    """Answer requests on stdin until it closes."""
    replies = os.dup(1)
    imported = _import_quietly()
    gc.freeze()  # the imported objects stay out of the children's collections: fewer pages copied after the fork
    os.write(replies, (json.dumps({"stdout": imported[0], "stderr": imported[1]}) + "\n").encode())
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request, replies)
        os.write(replies, (json.dumps({"pid": pid}) + "\n").encode())
        _, status = os.waitpid(pid, 0)
        os.write(replies, (json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n").encode())


if __name__ == "__main__":
    serve()

"""A loopback TCP listener that counts the connections made to it: the 'attacker' of the network-wall tests.

It accepts on ``host`` (127.0.0.1 by default; any 127.x address or ::1 works) and answers every connection with an
empty ``200 OK``, recording the first line the client sent (empty for a bare preconnect). A test asserts that
``connections`` stays empty: nothing was attempted, not merely refused.
"""

from __future__ import annotations

import socket
import threading


class CountingListener:
    """Accept TCP connections on a loopback address in a background thread and record each one."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self._socket.listen(64)
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        self.connections: list[str] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        """The listener's base URL, e.g. http://127.0.0.1:41234."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def __enter__(self) -> CountingListener:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self._socket.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
        except OSError:
            pass
        self._socket.close()
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._socket.accept()
            except OSError:
                return  # closed by __exit__
            with conn:
                conn.settimeout(1)
                try:
                    first = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                except OSError:
                    first = ""
                self.connections.append(first)  # before answering: a client that got its answer finds it here
                try:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

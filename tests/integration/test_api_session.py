"""Dashboard sign-in through a real uvicorn server on loopback: the key lives in an HttpOnly cookie for reads only."""

from __future__ import annotations

import httpx

from tests.support.api import ApiServer, prepared_settings


def test_the_dashboard_needs_a_sign_in_and_the_cookie_only_opens_reads(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    with ApiServer(settings, embedder) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        assert client.get("/dashboard").status_code == 401
        page = client.get("/login")
        assert page.status_code == 200 and 'type="password"' in page.text

        refused = client.post("/login", data={"key": "not-a-key"})
        assert refused.status_code == 401 and "not accepted" in refused.text
        assert "careerpilot_key" not in client.cookies

        signed_in = client.post("/login", data={"key": key})
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/dashboard"
        cookie = signed_in.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert client.get("/dashboard").status_code == 200
        assert client.get("/dashboard/data").status_code == 200

        # The cookie never authorizes a write: a cross-site form cannot change anything.
        assert client.post("/jobs/from-page", json={"url": "http://127.0.0.1/x", "html": "<p>x</p>"}).status_code == 401
        assert client.put("/profile", json={}).status_code == 401
        assert client.get("/dashboard/data", headers={"X-API-Key": "wrong"}).status_code == 401  # a header wins

        client.post("/logout")
        assert client.get("/dashboard").status_code == 401

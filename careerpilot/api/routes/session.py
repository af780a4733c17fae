"""Browser sign-in for the dashboard: the key goes into an HttpOnly cookie that only read requests accept."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careerpilot.api.auth import SESSION_COOKIE, authenticate
from careerpilot.api.errors import ApiProblem

router = APIRouter(tags=["session"], include_in_schema=False)

LOGIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CareerPilot — sign in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}
input,button{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;margin:.4rem 0}
.error{color:#b00020}</style></head>
<body><h1>CareerPilot</h1><p>Paste an API key (create one with <code>careerpilot keys create dashboard</code>).</p>
<form method="post" action="/login"><label for="key">API key</label>
<input id="key" name="key" type="password" autocomplete="off" required autofocus>
<button type="submit">Open the dashboard</button></form>{error}</body></html>"""
LOGIN_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"}


@router.get("/login", response_class=HTMLResponse)
def login_page() -> HTMLResponse:
    """Show the sign-in form (no key needed; it shows nothing else)."""
    return HTMLResponse(LOGIN_PAGE.replace("{error}", ""), headers=LOGIN_HEADERS)


@router.post("/login")
async def login(request: Request, key: Annotated[str, Form(max_length=200)]) -> Response:
    """Check the key and keep it in an HttpOnly cookie for the dashboard's read requests."""
    state = request.app.state
    try:
        await authenticate(state.services.keys, state.limiter, key.strip())
    except ApiProblem as exc:
        error = '<p class="error">That key was not accepted.</p>'
        return HTMLResponse(LOGIN_PAGE.replace("{error}", error), status_code=exc.status, headers=LOGIN_HEADERS)
    response = RedirectResponse("/dashboard", status_code=303)
    secure = request.url.scheme == "https"
    response.set_cookie(SESSION_COOKIE, key.strip(), httponly=True, samesite="strict", secure=secure, max_age=86400)
    return response


@router.post("/logout")
def logout() -> Response:
    """Forget the dashboard cookie."""
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response

"""The dashboard: a board by status, the funnel and per-source response rates, drawn with vendored Chart.js.

No build step: one HTML page with the data embedded as JSON (escaped so it cannot close its script tag), plus
static JS and CSS. The page's script renders every string with ``textContent``, never as HTML.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response

from careerpilot.api.deps import ServicesDep
from careerpilot.domain.errors import NotFoundError
from careerpilot.domain.tracking import DashboardData

router = APIRouter(prefix="/dashboard", tags=["dashboard"])
STATIC = Path(__file__).resolve().parents[1] / "static"
ASSETS = {
    "dashboard.js": (STATIC / "dashboard" / "dashboard.js", "text/javascript"),
    "dashboard.css": (STATIC / "dashboard" / "dashboard.css", "text/css"),
    "chart.umd.min.js": (STATIC / "vendor" / "chart.umd.min.js", "text/javascript"),
}
CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"


def embed_json(data: str) -> str:
    """Make JSON safe inside a <script type="application/json"> element."""
    return data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@router.get("", response_class=HTMLResponse)
def dashboard_page(services: ServicesDep) -> HTMLResponse:
    """Serve the dashboard page with the current data embedded."""
    data = services.tracking.dashboard().model_dump_json()
    page = (STATIC / "dashboard" / "index.html").read_text(encoding="utf-8")
    html = page.replace("__DASHBOARD_DATA__", embed_json(data))
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"})


@router.get("/data")
def dashboard_data(services: ServicesDep) -> DashboardData:
    """Return the board, funnel and source rates as JSON."""
    return services.tracking.dashboard()


@router.get("/assets/{name}")
def dashboard_asset(name: str) -> Response:
    """Serve the page's script, style sheet and the vendored Chart.js."""
    if name not in ASSETS:
        raise NotFoundError(f"no dashboard asset {name}")
    path, media = ASSETS[name]
    return FileResponse(path, media_type=media, headers={"Cache-Control": "max-age=3600"})

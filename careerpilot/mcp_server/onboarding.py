"""Onboarding over MCP: store and read the person's profile, resume, job filters and default sources.

The tools call the same ProfileService as the API's PUT /profile, PUT /resume, POST /resume/upload and the CLI's
resume importer, so a profile stored here is the one every face runs on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

from careerpilot.domain.documents import ParsedResume
from careerpilot.domain.filters import JobFilters
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import JobSources
from careerpilot.mcp_server.errors import resource_errors, tool_errors
from careerpilot.mcp_server.hints import READ, WRITE
from careerpilot.profile.service import dumps
from careerpilot.services import Services


def register(server: MCPServer[Services], services: Callable[[], Services], *, local_files: bool = False) -> None:
    """Add the profile, resume, filters and sources tools and resources to a server."""
    _register_tools(server, services, local_files)
    _register_resources(server, services)


def _register_tools(server: MCPServer[Services], services: Callable[[], Services], local_files: bool) -> None:
    @server.tool(annotations=READ)
    @tool_errors
    def get_profile() -> Profile:
        """Return the stored profile: contact details, preferences, screening answers."""
        return services().profile.profile()

    @server.tool(annotations=WRITE)
    @tool_errors
    def set_profile(profile: Profile) -> Profile:
        """Store the person's profile (replaces the stored one): contact details, preferences, screening answers."""
        return services().profile.save_profile(profile)

    @server.tool(annotations=READ)
    @tool_errors
    def get_resume() -> Resume:
        """Return the stored resume (JSON Resume)."""
        return services().profile.resume()

    @server.tool(annotations=WRITE)
    @tool_errors
    def set_resume(resume: Resume) -> Resume:
        """Store the person's resume as a JSON Resume (replaces the stored one); it needs something to match on."""
        return services().profile.save_resume(resume)

    @server.tool(annotations=WRITE)
    @tool_errors
    def import_resume(path: str = "", text: str = "") -> ParsedResume:
        """Read a resume and store it: ``path`` to a .pdf, .docx, .md, .txt or JSON Resume file, or ``text`` pasted.

        Give exactly one. The result lists what the importer guessed (``uncertain``): show it to the person, and fix
        what is wrong with set_resume.
        """
        if path and not text and not local_files:
            raise ToolError(
                "argument path: this server reads no files for its clients (it is reached over "
                "HTTP); paste the resume as text instead, or use the stdio server 'careerpilot mcp'"
            )
        return services().profile.import_resume(Path(path).expanduser() if path else None, text)

    @server.tool(annotations=READ)
    @tool_errors
    def get_filters() -> JobFilters:
        """Return the stored job filters (none stored: the defaults, which exclude nothing)."""
        return services().profile.filters()

    @server.tool(annotations=WRITE)
    @tool_errors
    def set_filters(filters: JobFilters) -> JobFilters:
        """Store the hard job filters every run applies (replaces the stored ones); a posting failing one is dropped."""
        return services().profile.save_filters(filters)

    @server.tool(annotations=READ)
    @tool_errors
    def get_sources() -> JobSources:
        """Return the sources start_run searches when given none (stored with set_sources)."""
        stored = services().profile.sources()
        if not stored:
            raise ToolError("no default sources stored yet: store your usual ones with set_sources")
        return JobSources(sources=stored)

    @server.tool(annotations=WRITE)
    @tool_errors
    def set_sources(sources: list[str]) -> JobSources:
        """Store the sources start_run searches when given none (replaces the stored ones); each is checked now.

        Folders of saved postings on this machine, or board specs: 'greenhouse:COMPANY', 'lever:COMPANY',
        'ashby:COMPANY', 'workable:COMPANY', 'careers:https://COMPANY/careers', 'remoteok', 'hn'.
        """
        return services().profile.save_sources(JobSources(sources=sources))


def _register_resources(server: MCPServer[Services], services: Callable[[], Services]) -> None:
    @server.resource("careerpilot://profile", mime_type="application/json")
    @resource_errors
    def profile() -> str:
        """Return the person's stored profile: contact, preferences, screening answers."""
        return dumps(services().profile.profile())

    @server.resource("careerpilot://resume", mime_type="application/json")
    @resource_errors
    def resume() -> str:
        """Return the person's current resume (JSON Resume)."""
        return dumps(services().profile.resume())

    @server.resource("careerpilot://filters", mime_type="application/json")
    @resource_errors
    def filters() -> str:
        """Return the job filters every run applies."""
        return dumps(services().profile.filters())

    @server.resource("careerpilot://sources", mime_type="application/json")
    @resource_errors
    def sources() -> str:
        """Return the sources a run searches when started without any (empty: none stored)."""
        return json.dumps({"sources": services().profile.sources()}, indent=2)

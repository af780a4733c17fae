"""Company research: a short, cached brief per company, citing the URLs it used.

Sources: the posting, the company's own site (home/about pages, robots.txt respected) and, only when
configured, an OpenAI-compatible online search model for recent news.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from careerpilot.config import Settings
from careerpilot.domain.companies import company_key
from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.skills import find_skills
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.memory.sql import Store
from careerpilot.prompts import as_data, render
from careerpilot.prompts.research import NEWS_SYSTEM, NEWS_USER
from careerpilot.tools.addresses import AddressGuard
from careerpilot.tools.http import HttpPolicy, PoliteClient
from careerpilot.tools.sources.registry import SPECS

log = logging.getLogger(__name__)

SITE_PAGES = ("/", "/about", "/about-us", "/company")
MAX_SITE_PAGES = 3
# Hosts that are never the employer's own site: the job sources' (from their specs) and reference sites.
_REFERENCE_HOSTS = ("wikidata.org", "wikipedia.org", "schema.org")
_JOB_HOSTS = re.compile(
    "|".join(re.escape(host) for host in (*(h for spec in SPECS for h in spec.hosts), *_REFERENCE_HOSTS)), re.I
)
_SIZE = re.compile(r"\b(\d[\d,.]*\+?\s*(?:k\+?)?)\s+(employees|people|team members|colleagues|staff)\b", re.I)
_STAGE = re.compile(
    r"\b(pre-seed|seed[- ]stage|series [a-h]\b|publicly traded|ipo\b|bootstrapped|profitable|unicorn|"
    r"fortune 500|nasdaq|nyse|backed by [A-Z][\w&]+(?: [A-Z][\w&]+)*)",
    re.I,
)
_ABOUT = re.compile(r"^(about|who we are|about us|the company|our mission)\b", re.I)
_URL = re.compile(r"https?://[^\s)\]>\"']+")


class CompanyBrief(BaseModel):
    """What a job seeker should know about a company, with the URLs each part came from."""

    company: str
    summary: str = ""
    size: str | None = None
    stage: str | None = None
    keywords: list[str] = Field(default_factory=list)
    news: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    searched: bool = False
    built_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class NewsSearch(Protocol):
    """A web search provider for recent company news; returns lines and the URLs they cite."""

    async def news(self, company: str, website: str | None) -> tuple[list[str], list[str]]:
        """Return news lines and cited URLs."""
        ...


class OnlineModelSearch:
    """News through an OpenAI-compatible online model (Perplexity's sonar, or any search-backed endpoint)."""

    def __init__(self, model: BaseChatModel) -> None:
        self.model = model  # Services hands in the research_search route's model

    @classmethod
    def at(cls, base_url: str, api_key: str, model: str, timeout_s: float = 60) -> OnlineModelSearch:
        """Search through one endpoint, without routes."""
        from langchain_openai import ChatOpenAI

        from careerpilot.llm.chat_model import own_async_http_client

        return cls(
            ChatOpenAI(  # type: ignore[call-arg]
                base_url=base_url,
                api_key=api_key,  # type: ignore[arg-type]
                model=model,
                temperature=0,
                timeout=timeout_s,
                max_retries=1,
                http_async_client=own_async_http_client(),
            )
        )

    async def news(self, company: str, website: str | None) -> tuple[list[str], list[str]]:
        """Ask the model for recent news; citations come from the response metadata or the answer's URLs."""
        user = render(NEWS_USER, company=as_data(company), website=as_data(website or "unknown"))
        reply = await self.model.ainvoke([SystemMessage(NEWS_SYSTEM), HumanMessage(user)])
        text = str(reply.content).strip()
        if not text or text.upper().startswith("NONE"):
            return [], []
        lines = [line.strip(" -*•\t") for line in text.splitlines() if line.strip(" -*•\t")]
        cited = list(reply.response_metadata.get("citations") or []) + _URL.findall(text)
        return lines[:5], list(dict.fromkeys(url.rstrip(".,;") for url in cited))


class _PageText(HTMLParser):
    """Collect a page's title, meta description and paragraph text."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: str | None = None
        self.paragraphs: list[str] = []
        self._in_p = False
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and (values.get("name") or values.get("property") or "").lower() in (
            "description",
            "og:description",
        ):
            self.meta = self.meta or (values.get("content") or "").strip() or None
        elif tag == "p":
            self._in_p, self._current = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self._in_p:
            text = " ".join("".join(self._current).split())
            if len(text) > 40:
                self.paragraphs.append(text)
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self._current.append(data)


class ResearchService:
    """Builds and caches company briefs for shortlisted postings."""

    def __init__(self, store: Store, settings: Settings, search: NewsSearch | None = None) -> None:
        self.store = store
        self.settings = settings
        self.search = search or _configured_search(settings)

    async def brief_jobs(self, job_ids: list[str]) -> list[str]:
        """Build (or reuse) a brief for each job's company; return notes on what could not be researched."""
        notes: list[str] = []
        jobs = self.store.get_jobs(job_ids)
        for job_id in job_ids:
            job = jobs.get(job_id)
            if job is None or not job.company:
                continue
            brief = await self.brief(job)
            if not brief.summary and not brief.news:
                notes.append(f"research: nothing found about {job.company} beyond the posting")
        return notes

    def cached(self, company: str) -> CompanyBrief | None:
        """Return a fresh cached brief for a company, or None."""
        found = self.store.company_brief(company_key(company))
        if found is None:
            return None
        data, made = found
        if datetime.now(UTC) - made > timedelta(days=self.settings.research_cache_days):
            return None
        return CompanyBrief.model_validate(data)

    def brief_text(self, job: JobPosting) -> str | None:
        """Return the cached brief of a job's company as plain text for cover letters, or None."""
        brief = self.cached(job.company) if job.company else None
        if brief is None:
            return None
        keywords = f"Keywords: {', '.join(brief.keywords)}" if brief.keywords else ""
        return "\n".join(part for part in (brief.summary, keywords, *brief.news) if part) or None

    async def brief(self, job: JobPosting) -> CompanyBrief:
        """Return the company's brief, from the cache when fresh, else built now and cached."""
        company = job.company or "unknown"
        cached = self.cached(company)
        if cached is not None:
            return cached
        brief = brief_from_posting(job)
        website = company_website(job)
        if website and self.settings.research_fetch_company_site:
            await self._add_site(brief, website)
        if self.search is not None:
            await self._add_news(brief, website)
        self.store.save_company_brief(company_key(company), brief.model_dump(mode="json"))
        return brief

    async def _add_site(self, brief: CompanyBrief, website: str) -> None:
        """Read the site's home and about pages (robots.txt respected) into the summary."""
        policy = HttpPolicy(
            user_agent=self.settings.http_user_agent, timeout_s=self.settings.http_timeout_s, max_retries=1
        )
        # The site's URL comes from the posting, written by a stranger: public addresses only (FETCH_ALLOWED_HOSTS).
        async with PoliteClient(policy, guard=AddressGuard(self.settings.fetch_allow_list)) as http:
            for path in SITE_PAGES[:MAX_SITE_PAGES]:
                url = urljoin(website, path)
                try:
                    response = await http.get(url, crawl=True, allow=(404,))
                except SourceError as exc:
                    log.info("company site %s not read: %s", url, exc)
                    break  # robots, a block or a dead host: the other pages will not fare better
                if response.status_code != 200 or "html" not in response.headers.get("content-type", ""):
                    continue
                parser = _PageText()
                parser.feed(response.text)
                text = " ".join(p for p in [parser.meta, *parser.paragraphs[:3]] if p)
                if text:
                    brief.summary = " ".join(filter(None, [brief.summary, text]))[:1200]
                    brief.sources.append(str(response.url))
                    _add_facts(brief, text)

    async def _add_news(self, brief: CompanyBrief, website: str | None) -> None:
        assert self.search is not None
        try:
            lines, urls = await self.search.news(brief.company, website)
        except LLM_ERRORS as exc:
            log.warning("news search for %s failed: %s", brief.company, exc)
            return
        brief.news, brief.searched = lines, True
        brief.sources.extend(u for u in urls if u not in brief.sources)


def _configured_search(settings: Settings) -> NewsSearch | None:
    """Return the online search model when one is configured; web search is off otherwise."""
    if not settings.research_search_base_url:
        return None
    key = settings.research_search_api_key.get_secret_value() if settings.research_search_api_key else "none"
    return OnlineModelSearch.at(settings.research_search_base_url, key, settings.research_search_model)


def brief_from_posting(job: JobPosting) -> CompanyBrief:
    """Return what the posting itself says: its 'About <company>' section, size, stage and domain keywords."""
    company = job.company or "unknown"
    about = about_section(job.description_text, company)
    brief = CompanyBrief(company=company, summary=about)
    if job.url:
        brief.sources.append(job.url)
    _add_facts(brief, job.description_text)
    brief.keywords = sorted(find_skills(job.description_text))[:15]
    return brief


def about_section(text: str, company: str) -> str:
    """Return the paragraph under an 'About ...' heading (or the first paragraph naming the company)."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    for index, block in enumerate(blocks):
        first = block.splitlines()[0]
        if _ABOUT.match(first) and len(first) < 80:
            body = block.split("\n", 1)[1].strip() if "\n" in block else ""
            body = body or (blocks[index + 1] if index + 1 < len(blocks) else "")
            return body[:800]
    key = company.split()[0].lower() if company.split() else ""
    return next((b[:800] for b in blocks if key and key in b.lower() and len(b) > 80), "")


def company_website(job: JobPosting) -> str | None:
    """Return the company's own site: the posting's organisation URL, or the posting host when not a job board."""
    organisation: Any = job.raw.get("hiringOrganization")
    candidates: list[Any] = []
    if isinstance(organisation, dict):
        candidates += [organisation.get("url"), organisation.get("sameAs")]
    candidates += [job.raw.get("company_url_direct"), job.raw.get("company_url"), job.url]
    for candidate in candidates:
        for url in candidate if isinstance(candidate, list) else [candidate]:
            parts = urlsplit(url) if isinstance(url, str) else None
            if parts and parts.scheme in ("http", "https") and parts.netloc and not _JOB_HOSTS.search(parts.netloc):
                return f"{parts.scheme}://{parts.netloc}/"
    return None


def _add_facts(brief: CompanyBrief, text: str) -> None:
    """Fill size and stage from the first sentence that states them."""
    size = _SIZE.search(text)
    if size and not brief.size:
        brief.size = f"{size.group(1).strip()} {size.group(2).lower()}"
    stage = _STAGE.search(text)
    if stage and not brief.stage:
        brief.stage = stage.group(1)

"""Job sources: one file each declares a ``SourceSpec``; ``registry.SPECS`` lists them; ``normalize`` maps postings."""

from careerpilot.tools.sources.base import JobSource, RawPosting, SourceResult
from careerpilot.tools.sources.local_files import LocalFilesSource, read_postings_file
from careerpilot.tools.sources.normalize import normalize, normalize_all
from careerpilot.tools.sources.registry import REGISTRY, SPECS, SourceRegistry, build_source
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, UrlId, url_id
from careerpilot.tools.sources.text import html_to_text

__all__ = [
    "REGISTRY",
    "SPECS",
    "DedupeKeys",
    "JobSource",
    "LocalFilesSource",
    "RawPosting",
    "SourceRegistry",
    "SourceResult",
    "SourceSpec",
    "UrlId",
    "build_source",
    "html_to_text",
    "normalize",
    "normalize_all",
    "read_postings_file",
    "url_id",
]

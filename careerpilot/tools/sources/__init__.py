"""Job sources: each yields RawPostings in its board's shape; ``normalize`` turns them into JobPostings."""

from careerpilot.tools.sources.base import POSTING_FORMATS, JobSource, PostingFormat, RawPosting, SourceResult
from careerpilot.tools.sources.local_files import LocalFilesSource, read_postings_file
from careerpilot.tools.sources.normalize import NORMALIZERS, normalize, normalize_all
from careerpilot.tools.sources.registry import SOURCE_KINDS, build_source
from careerpilot.tools.sources.text import html_to_text

__all__ = [
    "NORMALIZERS",
    "POSTING_FORMATS",
    "SOURCE_KINDS",
    "JobSource",
    "LocalFilesSource",
    "PostingFormat",
    "RawPosting",
    "SourceResult",
    "build_source",
    "html_to_text",
    "normalize",
    "normalize_all",
    "read_postings_file",
]

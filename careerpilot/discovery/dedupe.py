"""Cross-source dedupe: one job seen on an ATS, a career page and an aggregator becomes one posting with sources.

Three kinds of evidence join postings: the same canonical URL (tracking parameters stripped), the same ATS
requisition id (from the posting or read out of an ATS URL), or near-duplicate text (MinHash signatures from
``fingerprints``, bucketed by LSH here, verified by exact Jaccard and a title-similarity guard so different jobs
with similar titles stay apart). Which ids a source has, where they sit in URLs and how a source ranks when a
group keeps one posting is declared in each source's ``SourceSpec.dedupe``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlunsplit

import numpy as np

from careerpilot.domain.companies import company_key
from careerpilot.domain.jobs import POSTING_FRAGMENT, JobPosting, split_url, without_params
from careerpilot.text.fingerprints import PERMUTATIONS, jaccard, shingle_sets, signatures
from careerpilot.tools.bulk import collector_paused
from careerpilot.tools.sources.registry import SPECS
from careerpilot.tools.sources.spec import IdReader, SourceSpec

BANDS = 16
ROWS = PERMUTATIONS // BANDS
TEXT_THRESHOLD = 0.6
TITLE_THRESHOLD = 0.5
MIN_WORDS = 30
MAX_BUCKET = 64  # a bucket this full is shared boilerplate, not one job

_TRACKING = re.compile(
    r"^(utm_.*|gh_src|lever-.*|source|ref|referrer|src|trk|trkid|fbclid|gclid|msclkid|mc_[ce]id|_hs.*|igshid|"
    r"li_fat_id|campaign|medium|utm)$",
    re.I,
)
_WORD = re.compile(r"[a-z0-9]+")
_TITLE_NOISE = re.compile(r"\((?:m|f|w|d|x|h)(?:\s*/\s*(?:m|f|w|d|x|h))+\)|\b(?:remote|hybrid|onsite)\b", re.I)
_APPLY_SUFFIX = re.compile(r"/apply/?$")
UNRANKED = 3  # a source whose spec gives no rank (or no spec at all) ranks with the aggregators


@dataclass(frozen=True)
class SourceKeys:
    """The sources' dedupe keys, gathered from their specs' ``dedupe`` declarations by posting ``source``."""

    own_ids: frozenset[str]
    url_ids: tuple[tuple[str, str, IdReader], ...]  # (source name, URL hint, id reader)
    requisition_ids: frozenset[str]
    rank: dict[str, int]

    @classmethod
    def of(cls, specs: Iterable[SourceSpec]) -> SourceKeys:
        """Return the keys the specs declare; a spec's rank covers every ``source`` label its postings carry."""
        specs = tuple(specs)
        return cls(
            own_ids=frozenset(spec.name for spec in specs if spec.dedupe.own_ids),
            url_ids=tuple((spec.name, u.hint, u.read) for spec in specs for u in spec.dedupe.url_ids),
            requisition_ids=frozenset(label for spec in specs if spec.dedupe.requisition_ids for label in spec.labels),
            rank={label: spec.dedupe.rank for spec in specs for label in spec.labels},
        )


SOURCE_KEYS = SourceKeys.of(SPECS)


@dataclass
class DedupeResult:
    """The merged postings in first-seen order, how many were folded in, and each input id's kept id."""

    postings: list[JobPosting] = field(default_factory=list)
    duplicates: int = 0
    kept_id: dict[str, str] = field(default_factory=dict)


def canonical_url(url: str | None) -> str | None:
    """Return a URL for comparison: https, lower-case host without www, no tracking query, fragment or /apply."""
    if not url:
        return None
    url, _, fragment = url.strip().partition("#")
    # One page's postings told apart by their slot stay apart; every other fragment is only a place on a page.
    slot = f"#{fragment}" if fragment.startswith(POSTING_FRAGMENT) else ""
    scheme, netloc, path, query = split_url(url)
    if scheme not in ("http", "https") or not netloc:
        return None
    host = netloc.lower().removeprefix("www.").removesuffix(":443").removesuffix(":80")
    if "/apply" in path:
        path = _APPLY_SUFFIX.sub("", path)
    path = path.rstrip("/") or "/"
    query = without_params(query, _TRACKING, sort=True)
    if not host:  # 'https://www./': let urlunsplit decide what an empty host means
        return urlunsplit(("https", host, path, query, "")) + slot
    # What urlunsplit builds from a host and a path that starts with '/', without its overhead.
    return (f"https://{host}{path}?{query}" if query else f"https://{host}{path}") + slot


def ats_ids(posting: JobPosting, keys: SourceKeys = SOURCE_KEYS) -> set[str]:
    """Return ATS requisition keys: the source's own id, ids in its URLs, and a company-scoped requisition id."""
    found: set[str] = set()
    if posting.source in keys.own_ids and posting.source_id:
        found.add(f"{posting.source}:{posting.source_id}")
    for url in (posting.url, posting.apply_url):
        lowered = (url or "").lower()
        for name, hint, read in keys.url_ids:
            job_id = read(url) if url and hint in lowered else None
            if job_id:
                found.add(f"{name}:{job_id}")
    company = company_key(posting.company)
    requisition = posting.raw.get("requisition_id") or posting.raw.get("refNumber")
    if posting.source in keys.requisition_ids and posting.source_id:
        requisition = requisition or posting.source_id
    if company and isinstance(requisition, str | int) and str(requisition).strip():
        found.add(f"req:{company}:{str(requisition).strip().lower()}")
    return found


def title_tokens(title: str) -> frozenset[str]:
    """Return the title's words without gender markers or workplace words."""
    return frozenset(_WORD.findall(_TITLE_NOISE.sub(" ", title.lower())))


class _Groups:
    """Union-find over posting indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def dedupe_postings(postings: list[JobPosting], keys: SourceKeys = SOURCE_KEYS) -> DedupeResult:
    """Merge postings that are the same job; the kept one lists every source in ``raw['sources']``.

    ``keys`` are the sources' declared dedupe keys (``SourceKeys.of(specs)``; the registry's specs by default).
    """
    with collector_paused():
        groups = _Groups(len(postings))
        _join_exact(postings, groups, keys)
        _join_near_duplicates(postings, groups)
        members: dict[int, list[int]] = {}
        for index in range(len(postings)):
            members.setdefault(groups.find(index), []).append(index)
        result = DedupeResult()
        for root in sorted(members):
            group = [postings[i] for i in members[root]]
            kept = merge_group(group, keys)
            result.postings.append(kept)
            result.duplicates += len(group) - 1
            for posting in group:
                result.kept_id[posting.id] = kept.id
    return result


def _join_exact(postings: list[JobPosting], groups: _Groups, source_keys: SourceKeys) -> None:
    """Join postings sharing an id, a canonical URL or an ATS key."""
    owner: dict[str, int] = {}
    for index, posting in enumerate(postings):
        keys = ats_ids(posting, source_keys)
        keys.add(f"id:{posting.id}")
        url = canonical_url(posting.url)
        if url:
            keys.add(f"url:{url}")
        if posting.apply_url != posting.url:
            apply_url = canonical_url(posting.apply_url)
            if apply_url:
                keys.add(f"url:{apply_url}")
        for key in keys:
            if key in owner:
                groups.union(owner[key], index)
            else:
                owner[key] = index


def _join_near_duplicates(postings: list[JobPosting], groups: _Groups) -> None:
    """Join postings whose descriptions are near-duplicates and whose titles agree (MinHash LSH)."""
    sets = shingle_sets(postings, MIN_WORDS)
    indices = np.fromiter(sets, dtype=np.intp, count=len(sets))
    checked: set[tuple[int, int]] = set()
    for rows in _lsh_buckets(signatures(list(sets.values()))):
        bucket = indices[rows].tolist()
        for position, i in enumerate(bucket):
            for j in bucket[position + 1 :]:
                if (i, j) in checked or groups.find(i) == groups.find(j):
                    continue
                checked.add((i, j))
                if _same_job(postings[i], postings[j], sets[i], sets[j]):
                    groups.union(i, j)


def _lsh_buckets(signatures: np.ndarray) -> Iterator[np.ndarray]:
    """Yield the sorted signature rows of each LSH bucket (rows equal on one band) holding 2 to MAX_BUCKET rows."""
    for band in range(BANDS):
        keys = _packed(signatures[:, band * ROWS : (band + 1) * ROWS])
        order = np.lexsort(keys.T[::-1])
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1), True])
        sizes = np.diff(starts)
        shared = np.flatnonzero((sizes >= 2) & (sizes <= MAX_BUCKET))
        for start, size in zip(starts[shared].tolist(), sizes[shared].tolist(), strict=True):
            yield np.sort(order[start : start + size])


def _packed(rows: np.ndarray) -> np.ndarray:
    """Return the 32-bit signature values two to a uint64: same lexicographic order, half the keys to sort."""
    if rows.shape[1] % 2:
        rows = np.hstack([rows, np.zeros((len(rows), 1), dtype=rows.dtype)])
    return (rows[:, 0::2] << np.uint64(32)) | rows[:, 1::2]


def _same_job(a: JobPosting, b: JobPosting, sa: np.ndarray, sb: np.ndarray) -> bool:
    """Return True when two postings with similar text are one job, not two openings that share boilerplate."""
    if a.source == b.source and a.source_id and b.source_id and a.source_id != b.source_id:
        return False  # the board itself says these are different openings
    ta, tb = title_tokens(a.title), title_tokens(b.title)
    if not ta or not tb or len(ta & tb) / len(ta | tb) < TITLE_THRESHOLD:
        return False
    return jaccard(sa, sb) >= TEXT_THRESHOLD


def merge_group(group: list[JobPosting], keys: SourceKeys = SOURCE_KEYS) -> JobPosting:
    """Return the group's richest posting with gaps filled from the others and every source listed."""
    if len(group) == 1:
        return group[0]
    ranked = sorted(group, key=lambda p: (keys.rank.get(p.source, UNRANKED), -len(p.description_text)))
    kept = ranked[0]
    update: dict[str, object] = {}
    for name in ("company", "salary", "apply_url", "remote", "employment_type", "seniority", "department", "url"):
        if getattr(kept, name) is None:
            value = next((getattr(p, name) for p in ranked[1:] if getattr(p, name) is not None), None)
            if value is not None:
                update[name] = value
    if not kept.locations:
        update["locations"] = next((p.locations for p in ranked if p.locations), [])
    dates = [p.date_posted for p in group if p.date_posted]
    if dates:
        update["date_posted"] = min(dates)
    sources = [{"source": p.source, "id": p.id, "url": p.url, "source_id": p.source_id} for p in ranked]
    update["raw"] = {**kept.raw, "sources": sources}
    return kept.model_copy(update=update)

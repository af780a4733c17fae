"""Cross-source dedupe: one job seen on an ATS, a career page and an aggregator becomes one posting with sources.

Three kinds of evidence join postings: the same canonical URL (tracking parameters stripped), the same ATS
requisition id (from the posting or read out of an ATS URL), or near-duplicate text (MinHash over word
shingles with the company's own name removed, so an agency repost without the employer still matches,
verified by exact Jaccard and a title-similarity guard so different jobs with similar titles stay apart).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import numpy as np

from careerpilot.domain.jobs import JobPosting, split_url, without_params
from careerpilot.tools.bulk import collector_paused

SHINGLE = 4
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
TEXT_THRESHOLD = 0.6
TITLE_THRESHOLD = 0.5
MIN_WORDS = 30
MAX_BUCKET = 64  # a bucket this full is shared boilerplate, not one job
_RNG = np.random.default_rng(20260901)
_A = _RNG.integers(1, 2**63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)
_COMBINE = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multipliers (golden ratio, splitmix64)
_FINAL = np.uint64(0xBF58476D1CE4E5B9)
_CHUNK = 1024  # postings hashed together: big enough to amortize numpy calls, small enough to stay in cache

_TRACKING = re.compile(
    r"^(utm_.*|gh_src|lever-.*|source|ref|referrer|src|trk|trkid|fbclid|gclid|msclkid|mc_[ce]id|_hs.*|igshid|"
    r"li_fat_id|campaign|medium|utm)$",
    re.I,
)
_ATS_URLS = (  # (host part the URL must contain, pattern, ATS): the cheap substring test skips most regexes
    ("greenhouse.io/", re.compile(r"greenhouse\.io/[^/]+/jobs/(\d+)", re.I), "greenhouse"),
    ("lever.co/", re.compile(r"jobs(?:\.eu)?\.lever\.co/[^/]+/([0-9a-f-]{36})", re.I), "lever"),
    ("ashbyhq.com/", re.compile(r"jobs\.ashbyhq\.com/[^/]+/([0-9a-f-]{36})", re.I), "ashby"),
    ("workable.com/", re.compile(r"apply\.workable\.com/(?:[^/]+/)?j/([0-9A-F]{10})", re.I), "workable"),
    ("smartrecruiters.com/", re.compile(r"jobs\.smartrecruiters\.com/[^/]+/(\d+)", re.I), "smartrecruiters"),
)
_APPLY_SUFFIX = re.compile(r"/apply/?$")
_ATS_ID_SOURCES = frozenset({"greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee"})
_WORD = re.compile(r"[a-z0-9]+")
_NOT_WORD_BYTES = bytes(c if 0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_TITLE_NOISE = re.compile(r"\((?:m|f|w|d|x|h)(?:\s*/\s*(?:m|f|w|d|x|h))+\)|\b(?:remote|hybrid|onsite)\b", re.I)
_COMPANY_SUFFIX = re.compile(r"\b(inc|llc|ltd|gmbh|corp|corporation|co|company|plc|sa|ag|bv|limited)\b\.?", re.I)
# Richer sources first: the kept posting is the one from the highest-ranked source.
_SOURCE_RANK = {
    "greenhouse": 0,
    "lever": 0,
    "ashby": 0,
    "workable": 0,
    "smartrecruiters": 0,
    "recruitee": 0,
    "jsonld": 1,
    "careerpilot": 2,
    "local": 2,
}


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
    scheme, netloc, path, query = split_url(url.strip())
    if scheme not in ("http", "https") or not netloc:
        return None
    host = netloc.lower().removeprefix("www.").removesuffix(":443").removesuffix(":80")
    path = _APPLY_SUFFIX.sub("", path).rstrip("/") or "/"
    return urlunsplit(("https", host, path, without_params(query, _TRACKING, sort=True), ""))


def ats_ids(posting: JobPosting) -> set[str]:
    """Return ATS requisition keys: the source's own id, ids in its URLs, and a company-scoped requisition id."""
    keys: set[str] = set()
    if posting.source in _ATS_ID_SOURCES and posting.source_id:
        keys.add(f"{posting.source}:{posting.source_id}")
    for url in (posting.url, posting.apply_url):
        lowered = (url or "").lower()
        for hint, pattern, ats in _ATS_URLS:
            match = pattern.search(url or "") if hint in lowered else None
            if match:
                keys.add(f"{ats}:{match.group(1).lower() if ats != 'workable' else match.group(1).upper()}")
        gh_jid = dict(parse_qsl(urlsplit(url or "").query)).get("gh_jid") if "gh_jid" in lowered else None
        if gh_jid and gh_jid.isdigit():
            keys.add(f"greenhouse:{gh_jid}")
    company = company_key(posting.company)
    requisition = posting.raw.get("requisition_id") or posting.raw.get("refNumber")
    if posting.source == "jsonld" and posting.source_id:
        requisition = requisition or posting.source_id
    if company and isinstance(requisition, str | int) and str(requisition).strip():
        keys.add(f"req:{company}:{str(requisition).strip().lower()}")
    return keys


def company_key(company: str | None) -> str:
    """Return a company name reduced for comparison ('ACME, Inc.' -> 'acme')."""
    return " ".join(_WORD.findall(_COMPANY_SUFFIX.sub(" ", (company or "").lower())))


def title_tokens(title: str) -> frozenset[str]:
    """Return the title's words without gender markers or workplace words."""
    return frozenset(_WORD.findall(_TITLE_NOISE.sub(" ", title.lower())))


def description_words(posting: JobPosting) -> list[bytes]:
    """Return the description's lower-case ``[a-z0-9]+`` words (as ASCII bytes) without the company's own name.

    The same words as ``_WORD.findall`` on the lower-cased text, twice as fast: in UTF-8 every byte that is not
    ASCII a-z/0-9 (non-ASCII letters included) becomes a space, and ``split`` does the rest.
    """
    text = posting.description_text.lower().encode("utf-8")
    words = text.translate(_NOT_WORD_BYTES).split()
    drop = {word.encode("ascii") for word in company_key(posting.company).split()}
    if drop and any(word in text for word in drop):
        words = [word for word in words if word not in drop]
    return words


def shingles(posting: JobPosting) -> np.ndarray:
    """Return the sorted unique 32-bit hashes of the description's word shingles, company name removed."""
    return next(iter(shingle_sets([posting]).values()), np.empty(0, dtype=np.uint64))


def shingle_sets(postings: list[JobPosting], minimum: int = 1) -> dict[int, np.ndarray]:
    """Return each posting's shingle hashes (as ``shingles``) by index, for those with at least ``minimum`` (>= 1).

    Works a chunk of postings at a time: every word is hashed once (CRC-32), then numpy combines each run of
    SHINGLE word hashes into a shingle hash and sorts out the unique ones for the whole chunk in one go, which is
    far cheaper than building and hashing one string per shingle.
    """
    sets: dict[int, np.ndarray] = {}
    for begin in range(0, len(postings), _CHUNK):
        counts: list[int] = []
        words: list[bytes] = []
        for posting in postings[begin : begin + _CHUNK]:
            posting_words = description_words(posting)
            counts.append(len(posting_words))
            words.extend(posting_words)
        positions = len(words) - SHINGLE + 1
        if positions < 1:
            continue
        # CRC-32, not hash(): Python salts bytes hashes per process, and dedupe must not depend on which
        # process runs it. 32-bit word hashes are enough; the shingle combination below is 64-bit.
        hashed = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
        with np.errstate(over="ignore"):
            combined = hashed[:positions].copy()
            for offset in range(1, SHINGLE):
                combined *= _COMBINE
                combined += hashed[offset : offset + positions]
            combined ^= combined >> np.uint64(31)  # mix so the kept high 32 bits depend on every word
            combined *= _FINAL
        owner = np.repeat(np.arange(len(counts), dtype=np.uint64), counts)
        inside = owner[:positions] == owner[SHINGLE - 1 :]  # drop shingles that straddle two postings
        keys = np.sort((owner[:positions][inside] << np.uint64(32)) | (combined[inside] >> np.uint64(32)))
        unique = np.ones(len(keys), dtype=bool)  # not np.unique: its hash-table path is slower on large arrays
        np.not_equal(keys[1:], keys[:-1], out=unique[1:])
        keys = keys[unique]
        bounds = np.searchsorted(keys, np.arange(len(counts) + 1, dtype=np.uint64) << np.uint64(32))
        low = keys & np.uint64(0xFFFFFFFF)
        for offset in range(len(counts)):
            if bounds[offset + 1] - bounds[offset] >= minimum:
                sets[begin + offset] = low[bounds[offset] : bounds[offset + 1]]
    return sets


def minhash(hashes: np.ndarray) -> np.ndarray:
    """Return the MinHash signature (multiply-shift hashing, one row per permutation)."""
    mixed = np.multiply.outer(hashes, _A)  # uint64 arrays wrap silently; in place avoids a temporary
    mixed += _B
    return mixed.min(axis=0) >> np.uint64(32)  # shifting is monotonic: the min's high bits are the high bits' min


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return the exact Jaccard similarity of two shingle-hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


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


def dedupe_postings(postings: list[JobPosting]) -> DedupeResult:
    """Merge postings that are the same job; the kept one lists every source in ``raw['sources']``."""
    with collector_paused():
        groups = _Groups(len(postings))
        _join_exact(postings, groups)
        _join_near_duplicates(postings, groups)
        members: dict[int, list[int]] = {}
        for index in range(len(postings)):
            members.setdefault(groups.find(index), []).append(index)
        result = DedupeResult()
        for root in sorted(members):
            group = [postings[i] for i in members[root]]
            kept = merge_group(group)
            result.postings.append(kept)
            result.duplicates += len(group) - 1
            for posting in group:
                result.kept_id[posting.id] = kept.id
    return result


def _join_exact(postings: list[JobPosting], groups: _Groups) -> None:
    """Join postings sharing an id, a canonical URL or an ATS key."""
    owner: dict[str, int] = {}
    for index, posting in enumerate(postings):
        keys = {f"id:{posting.id}"} | ats_ids(posting)
        keys |= {f"url:{u}" for u in map(canonical_url, (posting.url, posting.apply_url)) if u}
        for key in keys:
            if key in owner:
                groups.union(owner[key], index)
            else:
                owner[key] = index


def _join_near_duplicates(postings: list[JobPosting], groups: _Groups) -> None:
    """Join postings whose descriptions are near-duplicates and whose titles agree (MinHash LSH)."""
    sets = shingle_sets(postings, MIN_WORDS)
    indices = np.fromiter(sets, dtype=np.intp, count=len(sets))
    signatures = np.empty((len(sets), PERMUTATIONS), dtype=np.uint64)
    for row, hashed in enumerate(sets.values()):
        signatures[row] = minhash(hashed)
    checked: set[tuple[int, int]] = set()
    for rows in _lsh_buckets(signatures):
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
        keys = signatures[:, band * ROWS : (band + 1) * ROWS]
        order = np.lexsort(keys.T[::-1])
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1), True])
        sizes = np.diff(starts)
        for start, size in zip(starts[:-1].tolist(), sizes.tolist(), strict=True):
            if 2 <= size <= MAX_BUCKET:
                yield np.sort(order[start : start + size])


def _same_job(a: JobPosting, b: JobPosting, sa: np.ndarray, sb: np.ndarray) -> bool:
    """Return True when two postings with similar text are one job, not two openings that share boilerplate."""
    if a.source == b.source and a.source_id and b.source_id and a.source_id != b.source_id:
        return False  # the board itself says these are different openings
    ta, tb = title_tokens(a.title), title_tokens(b.title)
    if not ta or not tb or len(ta & tb) / len(ta | tb) < TITLE_THRESHOLD:
        return False
    return jaccard(sa, sb) >= TEXT_THRESHOLD


def merge_group(group: list[JobPosting]) -> JobPosting:
    """Return the group's richest posting with gaps filled from the others and every source listed."""
    if len(group) == 1:
        return group[0]
    ranked = sorted(group, key=lambda p: (_SOURCE_RANK.get(p.source, 3), -len(p.description_text)))
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

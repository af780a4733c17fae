"""Content fingerprints of job descriptions: word shingles, MinHash signatures and exact Jaccard.

Dedupe uses them to find one job posted on several sources with near-identical text. The company's own name is
left out of the words, so an agency repost that strips the employer's name still fingerprints like the original.
Hashes are CRC-32 and a fixed-seed permutation set, so fingerprints are the same in every process.
"""

from __future__ import annotations

import numpy as np

from careerpilot.domain.companies import company_key
from careerpilot.domain.jobs import JobPosting
from careerpilot.text.word_hashes import word_crcs

SHINGLE = 4
PERMUTATIONS = 64
_RNG = np.random.default_rng(20260901)
_A = _RNG.integers(1, 2**63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)
_COMBINE = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multipliers (golden ratio, splitmix64)
_FINAL = np.uint64(0xBF58476D1CE4E5B9)
_CHUNK = 1024  # postings hashed together: big enough to amortize numpy calls, small enough to stay in cache
_SIGNATURE_GROUP = 256  # shingle sets signed together (~40k hashes, ~300 KB per temporary: fits in L2)
_NOT_WORD_BYTES = bytes(c if 0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 else 0x20 for c in range(256))


def _spaced_description(posting: JobPosting) -> bytes:
    """Return the lower-cased UTF-8 description with every byte that is not ASCII a-z/0-9 made a space."""
    return posting.description_text.lower().encode("utf-8").translate(_NOT_WORD_BYTES)


def _company_words(posting: JobPosting, spaced: bytes) -> set[bytes]:
    """Return the words of the company's name that occur in the spaced description (usually none)."""
    names = (name.encode("ascii") for name in company_key(posting.company).split())
    return {name for name in names if name in spaced}


def shingle_sets(postings: list[JobPosting], minimum: int = 1) -> dict[int, np.ndarray]:
    """Return each posting's shingle hashes by index, for those with at least ``minimum`` (>= 1).

    A posting's shingle hashes are the sorted unique 64-bit hashes of every SHINGLE-word run of its description.
    Words are the lower-case ``[a-z0-9]+`` runs (as ``re.findall`` would give, twice as fast: in UTF-8 every byte
    that is not ASCII a-z/0-9 becomes a space, then ``split``), without the company's own name.

    Works a chunk of postings at a time: every word is hashed once (CRC-32, all words of the chunk together),
    then numpy combines each run of SHINGLE word hashes into a shingle hash and sorts out the unique ones for the
    whole chunk in one go, which is far cheaper than building and hashing one string per shingle.
    """
    sets: dict[int, np.ndarray] = {}
    for begin in range(0, len(postings), _CHUNK):
        chunk = postings[begin : begin + _CHUNK]
        spaced = [_spaced_description(posting) for posting in chunk]
        # CRC-32, not hash(): Python salts bytes hashes per process, and dedupe must not depend on which
        # process runs it. 32-bit word hashes are enough; the shingle combination below is 64-bit.
        hashed, owner = word_crcs(spaced)
        kept = _not_company_words(chunk, spaced, owner)
        if kept is not None:
            hashed, owner = hashed[kept], owner[kept]
        positions = len(hashed) - SHINGLE + 1
        if positions < 1:
            continue
        with np.errstate(over="ignore"):
            combined = hashed[:positions].copy()
            for offset in range(1, SHINGLE):
                combined *= _COMBINE
                combined += hashed[offset : offset + positions]
            combined ^= combined >> np.uint64(31)  # mix so the kept high 32 bits depend on every word
            combined *= _FINAL
        inside = owner[:positions] == owner[SHINGLE - 1 :]  # drop shingles that straddle two postings
        keys = np.sort((owner[:positions][inside] << np.uint64(32)) | (combined[inside] >> np.uint64(32)))
        unique = np.ones(len(keys), dtype=bool)  # not np.unique: its hash-table path is slower on large arrays
        np.not_equal(keys[1:], keys[:-1], out=unique[1:])
        keys = keys[unique]
        bounds = np.searchsorted(keys, np.arange(len(chunk) + 1, dtype=np.uint64) << np.uint64(32))
        low = keys & np.uint64(0xFFFFFFFF)
        for offset in range(len(chunk)):
            if bounds[offset + 1] - bounds[offset] >= minimum:
                sets[begin + offset] = low[bounds[offset] : bounds[offset + 1]]
    return sets


def _not_company_words(chunk: list[JobPosting], spaced: list[bytes], owner: np.ndarray) -> np.ndarray | None:
    """Return a mask that is False on each word of a posting's own company name; None when no posting has one."""
    kept: np.ndarray | None = None
    for index, (posting, text) in enumerate(zip(chunk, spaced, strict=True)):
        drop = _company_words(posting, text)
        if drop:
            kept = np.ones(len(owner), dtype=bool) if kept is None else kept
            first, last = np.searchsorted(owner, np.array([index, index + 1], dtype=np.uint64))
            kept[first:last] = [word not in drop for word in text.split()]
    return kept


def signatures(sets: list[np.ndarray]) -> np.ndarray:
    """Return one MinHash signature row (multiply-shift hashing, one column per permutation) per non-empty set.

    A group of sets is laid end to end and hashed one permutation at a time: each step is a flat multiply, add
    and per-set ``minimum.reduceat`` over the whole group, 3x faster than one (shingles x permutations) matrix
    per set, whose 64-wide rows make numpy loop over short rows. Groups stay small enough to sit in cache.
    """
    result = np.empty((len(sets), PERMUTATIONS), dtype=np.uint64)
    for begin in range(0, len(sets), _SIGNATURE_GROUP):
        group = sets[begin : begin + _SIGNATURE_GROUP]
        hashes = np.concatenate(group)
        starts = np.zeros(len(group), dtype=np.intp)
        np.cumsum(np.fromiter(map(len, group[:-1]), dtype=np.intp, count=len(group) - 1), out=starts[1:])
        mixed = np.empty_like(hashes)
        rows = result[begin : begin + len(group)]
        for permutation in range(PERMUTATIONS):
            np.multiply(hashes, _A[permutation], out=mixed)  # uint64 arithmetic wraps silently
            mixed += _B[permutation]
            rows[:, permutation] = np.minimum.reduceat(mixed, starts)
        rows >>= np.uint64(32)  # shifting is monotonic: the min's high bits are the high bits' min
    return result


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return the exact Jaccard similarity of two shingle-hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)

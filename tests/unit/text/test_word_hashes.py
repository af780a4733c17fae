"""The vectorised word CRC-32 and MinHash signatures give exactly what the one-at-a-time versions give."""

import json
import random
import zlib

import numpy as np

from careerpilot.text.fingerprints import _A, _B, _NOT_WORD_BYTES, signatures
from careerpilot.text.word_hashes import word_crcs
from tests.support.datasets import TEST_DATA

RJDB = TEST_DATA / "matching" / "rjdb_test.jsonl"


def _one_at_a_time(texts: list[bytes]) -> tuple[list[int], list[int]]:
    pairs = [(zlib.crc32(word), index) for index, text in enumerate(texts) for word in text.split()]
    return [crc for crc, _ in pairs], [index for _, index in pairs]


def test_word_crcs_match_zlib_on_real_job_descriptions():
    lines = RJDB.read_text(encoding="utf-8").splitlines()[:200]
    texts = [json.loads(line)["Job-Description"].lower().encode("utf-8").translate(_NOT_WORD_BYTES) for line in lines]

    crcs, owners = word_crcs(texts)

    assert (crcs.tolist(), owners.tolist()) == _one_at_a_time(texts)


def test_word_crcs_match_zlib_on_odd_even_long_and_empty_words_and_texts():
    rng = random.Random(3)
    alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789"
    lengths = [1, 2, 3, 7, 8, 63, 64, 65, 66, 300]
    texts = [b"", b"   ", b"a", b"x" * 5000]
    for _ in range(200):
        words = [bytes(rng.choices(alphabet, k=rng.choice(lengths))) for _ in range(rng.randint(0, 12))]
        texts.append(b" " * rng.randint(0, 2) + b"  ".join(words) + b" " * rng.randint(0, 2))

    crcs, owners = word_crcs(texts)

    assert (crcs.tolist(), owners.tolist()) == _one_at_a_time(texts)
    assert word_crcs([])[0].size == 0


def test_grouped_signatures_equal_one_matrix_per_shingle_set():
    rng = np.random.default_rng(5)
    sets = [rng.integers(0, 2**32, size, dtype=np.uint64) for size in rng.integers(1, 400, 600)]

    expected = [(np.multiply.outer(hashes, _A) + _B).min(axis=0) >> np.uint64(32) for hashes in sets]

    assert (signatures(sets) == np.array(expected)).all()

